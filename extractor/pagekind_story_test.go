package extractor

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/pagekind"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestStoryOverridesUnsureListing: a blog post with a sidebar of teaser cards. When the
// classifier names it a listing with a probability under minGridKindProb, the story the article
// path kept makes it an article; a sure verdict, or a page with no story, stands.
func TestStoryOverridesUnsureListing(t *testing.T) {
	page, err := os.ReadFile("../testdata/kinds/blog-post-teaser-sidebar.html")
	require.NoError(t, err)
	e, err := New(Options{PageType: PageArticle})
	require.NoError(t, err)
	doc, err := html.Parse(strings.NewReader(string(page)))
	require.NoError(t, err)
	tr, err := newRun(e, Source{}).decide(context.Background(), doc)
	require.NoError(t, err)
	require.NotEmpty(t, tr.kept, "the article path keeps the story")

	verdict := func(p float64) *pagekind.Verdict {
		v := &pagekind.Verdict{Kind: pagekind.Listing}
		v.Probs[pagekind.Listing], v.Probs[pagekind.Article] = p, 1-p
		return v
	}
	tr.pageType, tr.kind = PageListing, verdict(minGridKindProb-0.1)
	assert.True(t, storyOverrides(tr), "an unsure listing verdict beside a story is an article")

	tr.kind = verdict(minGridKindProb + 0.1)
	assert.False(t, storyOverrides(tr), "a sure listing verdict stands")

	tr.kind, tr.pageType = verdict(minGridKindProb-0.1), PageService
	assert.False(t, storyOverrides(tr), "only listing and forum verdicts give way")

	tr.pageType, tr.kept = PageListing, nil
	assert.False(t, storyOverrides(tr), "no story: the verdict stands")

	// End to end: whatever the classifier says of this page, the story comes back and the
	// sidebar's teasers do not.
	res, err := Extract(page, Source{URL: "https://greenfingers.example/2012/11/first-frost.html"})
	require.NoError(t, err)
	assert.Contains(t, res.BodyText(), "sweeter for it")
	assert.NotContains(t, res.BodyText(), "four old pallets")
}
