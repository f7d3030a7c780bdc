package extractor

import "github.com/pithdev/pith/extractor/internal/block"

// The collection assembly: a category page or a product grid. Its content is the category's
// heading and text, which the article path keeps, then each item's name, short description
// and price: the cards of the page's grids (cards.go). Facets, sort bars and cart buttons stay
// out (block.FindCardGroups skips grids in filters; block.CardBlocks drops the labels every card repeats).
// A page with no grid of text is declined: the article path stands.

// assembleCollection assembles a collection page from its grids of products.
func assembleCollection(in kindInput) ([]*block.Block, bool) {
	groups, copies := mainGrids(in.blocks, block.ProductGrid, in.headline)
	if len(groups) == 0 || outweighs(in.blocks, in.article, groups) {
		return nil, false
	}
	block.DropKeptChrome(in.blocks)
	dropCopyGrids(in.blocks, copies)
	block.CardBlocks(in.blocks, groups, in.repeats, "collection: an item", true)
	block.KeepIntro(in.blocks, in.headline, groups, "collection: the page's text beside its grid")
	return block.KeptInOrder(in.blocks), true
}
