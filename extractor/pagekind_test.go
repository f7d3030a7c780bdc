package extractor

import (
	"context"
	"os"
	"testing"

	"github.com/pithdev/pith/extractor/internal/tree"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPageTypeJudged: the classifier's kind is Result.PageType, and its verdict stays on the
// trace for the explain report.
func TestPageTypeJudged(t *testing.T) {
	page, err := os.ReadFile("../testdata/pagekind/forum-thread.html")
	require.NoError(t, err)
	src := Source{URL: "https://bread.example/forums/sourdough/threads/starter-smells-like-nail-polish.4411/"}
	res, err := Extract(page, src)
	require.NoError(t, err)
	assert.Equal(t, PageForum, res.PageType)

	doc, err := tree.Parse(context.Background(), page, DefaultMaxNodes)
	require.NoError(t, err)
	tr, err := newRun(defaultExtractor, src).decide(context.Background(), doc)
	require.NoError(t, err)
	require.NotNil(t, tr.kind)
	assert.Equal(t, PageForum, tr.pageType)
	assert.NotEmpty(t, tr.kind.Evidence)
}

// TestPageTypeOverride: Options.PageType is what Result.PageType says, and the classifier
// does not run.
func TestPageTypeOverride(t *testing.T) {
	page, err := os.ReadFile("../testdata/pagekind/forum-thread.html")
	require.NoError(t, err)
	e, err := New(Options{PageType: PageService})
	require.NoError(t, err)
	src := Source{URL: "https://bread.example/forums/sourdough/threads/4411/"}
	res, err := e.Extract(context.Background(), page, src)
	require.NoError(t, err)
	assert.Equal(t, PageService, res.PageType)

	doc, err := tree.Parse(context.Background(), page, DefaultMaxNodes)
	require.NoError(t, err)
	tr, err := newRun(e, src).decide(context.Background(), doc)
	require.NoError(t, err)
	assert.Nil(t, tr.kind, "an override leaves no verdict")
}

// TestPageTypeNoContent: a page with no content still names its kind, with ErrNoContent.
func TestPageTypeNoContent(t *testing.T) {
	page := []byte(`<html><head><title>Shop</title><meta property="og:type" content="product"></head><body><div id="app"></div></body></html>`)
	res, err := Extract(page, Source{URL: "https://shop.example/products/kettle"})
	require.ErrorIs(t, err, ErrNoContent)
	require.NotNil(t, res)
	assert.Contains(t, PageTypes, res.PageType)
}
