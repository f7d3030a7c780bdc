package extractor

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/pithdev/pith/extractor/internal/assemble"
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
)

// TestLeadClassGridsAreNotProse checks that the shop's tiles, which share only their lead
// class, make a grid of products, and that the customers' reviews below them, which share
// only theirs too ("review review-5-stars verified"), do not: they are prose.
func TestLeadClassGridsAreNotProse(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "testdata", "kinds", "collection-shop-tiles.html"))
	require.NoError(t, err)
	doc, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	tr, err := (&run{opts: Options{PageType: PageCollection}}).decide(context.Background(), doc)
	require.NoError(t, err)
	var classes []string
	for _, g := range block.FindCardGroups(tr.blocks, block.ProductGrid) {
		classes = append(classes, dom.Attr(g.Parent.Node, "class"))
	}
	assert.Contains(t, classes, "products columns-4", "the tiles are a grid")
	assert.NotContains(t, classes, "review-list", "the reviews are no grid of products")
}

// TestOutweighsLeavesOutChrome checks that prose the article path kept in page chrome (a promo
// bar's slides, which the second opinion may take for prose) does not make a page of cards an
// article: it does not count against the grid, while the page's own prose of the same weight
// does.
func TestOutweighsLeavesOutChrome(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "testdata", "kinds", "collection-promo-prose.html"))
	require.NoError(t, err)
	doc, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	tr, err := (&run{opts: Options{PageType: PageCollection}}).decide(context.Background(), doc)
	require.NoError(t, err)
	groups, _ := assemble.MainGrids(tr.blocks, block.ProductGrid, nil)
	require.NotEmpty(t, groups, "the product cards are a grid")
	cards := 0
	for _, g := range groups {
		cards += g.Chars
	}
	var promo, text []*block.Block
	promoChars := 0
	for _, b := range tr.blocks {
		switch {
		case strings.HasPrefix(b.Text, "Free "):
			promo = append(promo, b)
			promoChars += b.Chars
		case strings.HasPrefix(b.Text, "Our socks") || strings.HasPrefix(b.Text, "Every pair"):
			text = append(text, b)
		}
	}
	require.Len(t, promo, 4)
	require.Greater(t, promoChars, cards, "the slides hold more prose than the grid holds text")
	assert.False(t, assemble.Outweighs(tr.blocks, promo, groups), "prose in a promo bar does not outweigh the grid")
	assert.True(t, assemble.Outweighs(tr.blocks, text, groups), "the page's own prose outside the grid does")
}
