package assemble

import "github.com/pithdev/pith/extractor/internal/block"

// The collection assembly: a category page or a product grid. Its content is the category's
// heading and text, which the article path keeps, then each item's name, short description
// and price: the cards of the page's grids (internal/block/cards.go). Facets, sort bars and cart buttons stay
// out (block.FindCardGroups skips grids in filters; block.CardBlocks drops the labels every card repeats).
// A page with no grid of text is declined: the article path stands.

// Collection assembles a collection page from its grids of products.
func Collection(in Input) ([]*block.Block, bool) {
	groups, copies := MainGrids(in.Blocks, block.ProductGrid, in.Headline)
	if len(groups) == 0 || Outweighs(in.Blocks, in.Article, groups) {
		return nil, false
	}
	block.DropKeptChrome(in.Blocks)
	dropCopyGrids(in.Blocks, copies)
	block.CardBlocks(in.Blocks, groups, in.Repeats, "collection: an item", true)
	block.KeepIntro(in.Blocks, in.Headline, groups, "collection: the page's text beside its grid")
	all := block.WithHidden(in.Blocks, in.Hidden)
	keepHiddenInCards(all, groups, in.Repeats)
	return block.KeptInOrder(all), true
}

// keepHiddenInCards keeps the short hidden lines inside the shown cards of the grids: a
// tile's text that its theme folds away (the colours past the first few swatches), not a text
// the page shows elsewhere, nor a longer hidden text (a quick-view panel, a tab of another
// list inside a card, at least block.MaxLabelChars). A hidden grid (a second view of the items,
// shown on another screen) is no card's and stays out.
func keepHiddenInCards(blocks []*block.Block, groups []block.CardGroup, shown map[string]int) {
	cards := map[*block.Elem]bool{}
	for _, g := range groups {
		for _, c := range g.Cards {
			cards[c] = true
		}
	}
	for _, b := range blocks {
		if !b.Hidden || b.Keep || b.Chars == 0 || b.Chars >= block.MaxLabelChars || shown[b.Text] > 0 {
			continue
		}
		for e := b.El; e != nil; e = e.Parent {
			if cards[e] {
				b.Keep, b.Reason = true, "collection: an item's text, hidden until a reader opens it"
				break
			}
		}
	}
}
