package extractor

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestAssembledOnTrace checks that the trace says which kind's assembly made the result,
// and says none when the assembly declines (a page with no grid of cards).
func TestAssembledOnTrace(t *testing.T) {
	tests := []struct {
		file string
		kind PageType
		want PageType
	}{
		{"forum-question.html", PageForum, PageForum},
		{"listing-news-section.html", PageListing, PageListing},
		{"collection-boots.html", PageCollection, PageCollection},
		{"blog-comments.html", PageArticle, PageArticle}, // reader comments dropped
		{"listing-news-section.html", PageArticle, ""},   // nothing to change
	}
	for _, tt := range tests {
		page, err := os.ReadFile(filepath.Join("..", "testdata", "kinds", tt.file))
		require.NoError(t, err)
		doc, err := html.Parse(bytes.NewReader(page))
		require.NoError(t, err)
		r := &run{opts: Options{PageType: tt.kind}}
		tr, err := r.decide(context.Background(), doc)
		require.NoError(t, err)
		assert.Equal(t, tt.want, tr.assembled, "%s as %s", tt.file, tt.kind)
	}
	// A short article has no grid: the listing assembly declines.
	doc, err := html.Parse(bytes.NewReader([]byte(`<html><body><h1>One note</h1><p>A single paragraph of text that is long enough to be the body of a short page, and nothing else.</p></body></html>`)))
	require.NoError(t, err)
	tr, err := (&run{opts: Options{PageType: PageListing}}).decide(context.Background(), doc)
	require.NoError(t, err)
	assert.Equal(t, PageType(""), tr.assembled)
	require.Len(t, tr.kept, 1)
}
