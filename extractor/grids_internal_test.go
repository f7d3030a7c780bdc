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
	for _, g := range findCardGroups(tr.blocks, productGrid) {
		classes = append(classes, dom.Attr(g.parent.node, "class"))
	}
	assert.Contains(t, classes, "products columns-4", "the tiles are a grid")
	assert.NotContains(t, classes, "review-list", "the reviews are no grid of products")
}
