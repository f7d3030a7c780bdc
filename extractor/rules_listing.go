package extractor

import "github.com/pithdev/pith/extractor/internal/block"

// dropIndexPromos drops, from a listing's or a collection's result, the site's promotions
// that the kind's assembly took in with the cards around them: the boxes named a call to
// action by their class or id ("Start your free trial" between two rows of a course index,
// a membership banner atop a shop's grid: see dropCallsToAction, with its share bound) and
// the short plugs for the site's newsletter (see dropNewsletterPlugs). An index page is not
// a landing page: its content is its items, and a call to act on the site's offer is none of
// them. A product page is left alone: a product's page is its own offer, and its calls to
// act (the plan's sign-up, the trial) are often what its truth keeps. It returns the blocks
// still kept; the dropped ones say why.
func dropIndexPromos(kept []*block.Block) []*block.Block {
	return dropNewsletterPlugs(dropCallsToAction(kept))
}
