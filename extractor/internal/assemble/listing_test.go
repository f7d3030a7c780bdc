package assemble

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// segmented parses page, cuts it into blocks and scores them, as the extractor's segment and
// score stages do, and returns the blocks and the container the score chose.
func segmented(t *testing.T, page string) ([]*block.Block, *block.Elem) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	blocks, err := block.Segment(context.Background(), doc)
	require.NoError(t, err)
	prose, _ := block.PageTotals(blocks)
	return blocks, block.Score(blocks, nil, prose)
}

// listingPage is an index of six stories, each a card with a linked title and a teaser,
// between a navigation bar and a footer.
func listingPage() string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><main><h1>Latest stories</h1><div class="stories">`)
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&b, `<div class="story"><h2><a href="/s/%d">Story number %d about the harbour</a></h2><p>A short teaser of story %d: the ferry timetable changes next week for the winter.</p></div>`, i, i, i)
	}
	b.WriteString(`</div></main><footer><p>Contact us at the desk.</p></footer></body></html>`)
	return b.String()
}

func TestListingKeepsEveryCard(t *testing.T) {
	blocks, top := segmented(t, listingPage())
	kept, ok := Listing(Input{Blocks: blocks, Top: top})
	require.True(t, ok, "a page with a grid of six stories is a listing")
	var text []string
	for _, b := range kept {
		text = append(text, b.Text)
	}
	all := strings.Join(text, "\n")
	for i := 1; i <= 6; i++ {
		assert.Contains(t, all, fmt.Sprintf("Story number %d about the harbour", i))
		assert.Contains(t, all, fmt.Sprintf("A short teaser of story %d", i))
	}
	assert.NotContains(t, all, "Sport", "the navigation is not an item")
	assert.NotContains(t, all, "Contact us", "the footer is not an item")
}

func TestListingDeclinesWithoutGrid(t *testing.T) {
	blocks, top := segmented(t, `<html><body><article><h1>One story</h1><p>`+strings.Repeat("A sentence of the story. ", 20)+`</p></article></body></html>`)
	_, ok := Listing(Input{Blocks: blocks, Top: top})
	assert.False(t, ok, "no grid of cards: the article path stands")
}
