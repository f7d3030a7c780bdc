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
	block.CardBlocks(in.Blocks, groups, in.Repeats, "collection: an item")
	block.KeepIntro(in.Blocks, in.Headline, groups, "collection: the page's text beside its grid")
	return block.KeptInOrder(in.Blocks), true
}
