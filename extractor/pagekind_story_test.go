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
	page, tr := articlePathOf(t, "../testdata/kinds/blog-post-teaser-sidebar.html")
	require.NotEmpty(t, tr.kept, "the article path keeps the story")

	verdict := func(p float64) *pagekind.Verdict {
		v := &pagekind.Verdict{Kind: pagekind.Listing}
		v.Probs[pagekind.Listing], v.Probs[pagekind.Article] = p, 1-p
		return v
	}
	tr.pageType, tr.kind = PageListing, verdict(minGridKindProb-0.1)
	assert.True(t, storyOverrides(tr, ""), "an unsure listing verdict beside a story is an article")

	tr.kind = verdict(minGridKindProb + 0.1)
	assert.False(t, storyOverrides(tr, ""), "a sure listing verdict stands")

	tr.kind, tr.pageType = verdict(minGridKindProb-0.1), PageService
	assert.False(t, storyOverrides(tr, ""), "only listing and forum verdicts give way")

	tr.pageType, tr.kept = PageListing, nil
	assert.False(t, storyOverrides(tr, ""), "no story: the verdict stands")

	// End to end: whatever the classifier says of this page, the story comes back and the
	// sidebar's teasers do not.
	res, err := Extract(page, Source{URL: "https://greenfingers.example/2012/11/first-frost.html"})
	require.NoError(t, err)
	assert.Contains(t, res.BodyText(), "sweeter for it")
	assert.NotContains(t, res.BodyText(), "four old pallets")
}

// TestIndexAddressKeepsListing: a news section page with an intro paragraph above its grid of
// stories. At an address shaped like an index (a section's short name), an unsure listing
// verdict stands beside the intro, and every story's title and teaser come back; at a story's
// address (a slug), the same intro would make the page an article.
func TestIndexAddressKeepsListing(t *testing.T) {
	page, tr := articlePathOf(t, "../testdata/kinds/section-page-intro.html")
	require.NotEmpty(t, tr.kept, "the article path keeps the intro")
	v := &pagekind.Verdict{Kind: pagekind.Listing}
	v.Probs[pagekind.Listing], v.Probs[pagekind.Article] = minGridKindProb-0.1, 1.1-minGridKindProb
	tr.pageType, tr.kind = PageListing, v
	assert.False(t, storyOverrides(tr, "https://news.example/science/"), "an index address: the listing stands")
	assert.True(t, storyOverrides(tr, "https://news.example/science/glaciers-retreat-faster-than-said"), "a story's address: the intro wins")
	assert.True(t, storyOverrides(tr, ""), "no address: the story wins, as before")
	assert.False(t, storyOverrides(tr, "https://news.example/category/glaciers-and-ice-sheets-of-europe"),
		"a category's name after its folder, however long: the listing stands")

	res2, err := Extract(page, Source{URL: "https://news.example/science/"})
	require.NoError(t, err)
	assert.Equal(t, PageListing, res2.PageType)
	body := res2.BodyText()
	for _, s := range []string{"Glaciers in the Alps retreat", "How bees decide where to build", "Scout bees dance"} {
		assert.Contains(t, body, s)
	}
	assert.NotContains(t, body, "Next page")
	assert.NotContains(t, body, "All rights reserved")

	tagged, err := Extract(page, Source{URL: "https://news.example/tag/glaciers-and-ice-sheets-of-europe"})
	require.NoError(t, err)
	assert.Equal(t, PageListing, tagged.PageType, "a tag's page keeps its listing")
	assert.Contains(t, tagged.BodyText(), "How bees decide where to build")

	story, err := Extract(page, Source{URL: "https://news.example/science/glaciers-retreat-faster-than-said"})
	require.NoError(t, err)
	assert.Equal(t, PageArticle, story.PageType, "at a story's address the unsure verdict gives way")
}

// TestForumAddressKeepsThread: a Q&A thread whose question the article path keeps as a story.
// At an address in a forum's folder, a forum verdict of at least minForumAddressProb stands
// beside that story; under it, or at a blog's address, the story wins as for any unsure
// verdict.
func TestForumAddressKeepsThread(t *testing.T) {
	_, tr := articlePathOf(t, "../testdata/kinds/forum-question.html")
	require.NotEmpty(t, tr.kept, "the article path keeps the question")
	verdict := func(p float64) *pagekind.Verdict {
		v := &pagekind.Verdict{Kind: pagekind.Forum}
		v.Probs[pagekind.Forum], v.Probs[pagekind.Article] = p, 1-p
		return v
	}
	thread := "https://bakers.example/questions/7101/why-does-my-starter-smell-of-acetone"
	tr.pageType, tr.kind = PageForum, verdict((minForumAddressProb+minGridKindProb)/2)
	assert.False(t, storyOverrides(tr, thread), "a forum's address: the thread stands")
	assert.True(t, storyOverrides(tr, "https://bakers.example/blog/why-does-my-starter-smell"), "a blog's address: the story wins")
	assert.True(t, storyOverrides(tr, ""), "no address: the story wins")

	tr.kind = verdict(minForumAddressProb - 0.1)
	assert.True(t, storyOverrides(tr, thread), "too unsure a verdict gives way even at a forum's address")
}

// articlePathOf reads a test page and decides it as an article (Options.PageType), for tests
// that then set the classifier's verdict by hand.
func articlePathOf(t *testing.T, path string) ([]byte, *trace) {
	t.Helper()
	page, err := os.ReadFile(path)
	require.NoError(t, err)
	e, err := New(Options{PageType: PageArticle})
	require.NoError(t, err)
	doc, err := html.Parse(strings.NewReader(string(page)))
	require.NoError(t, err)
	tr, err := newRun(e, Source{}).decide(context.Background(), doc)
	require.NoError(t, err)
	return page, tr
}
