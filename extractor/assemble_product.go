package extractor

import (
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
)

// assembleProduct assembles a product page: the name, description, specifications and
// what is in the box, from every section of the main region (see assembleService); not the
// customer reviews one by one, nor the boxes that sell other products ("Frequently bought
// together", "You may also like").
func assembleProduct(in kindInput) ([]*block, bool) {
	total := proseTotal(in.blocks)
	region := mainRegion(in.top, total)
	if region == nil {
		return nil, false
	}
	widenToRegion(in, region, total, "product page: a section of the main region")
	dropCopies(in.blocks)
	dropReviews(in.blocks, region)
	dropSellingBoxes(in.blocks, region)
	return keptBlocks(in.blocks), true
}

// reviewWords are the class and id words of a customer review and of a list of them.
var reviewWords = dom.TokenSet("review", "reviews", "reviewlist", "customerreviews", "userreviews", "productreviews")

// dropReviews drops the kept blocks inside a customer review or a list of them, below the
// region: the reviews are the customers' text, not the product's.
func dropReviews(blocks []*block, region *elem) {
	memo := map[*elem]bool{}
	for _, b := range blocks {
		if b.keep && !b.note && inReview(b.el, region, memo) {
			b.keep, b.reason = false, "product page: a customer review"
		}
	}
}

// inReview reports whether e, or an ancestor of it below stop, is a review by its class,
// id or microdata (itemprop=review).
func inReview(e, stop *elem, memo map[*elem]bool) bool {
	var path []*elem
	found := false
	for ; e != nil && e != stop && e.node != nil; e = e.parent {
		if v, ok := memo[e]; ok {
			found = v
			break
		}
		path = append(path, e)
		if isReviewElem(e) {
			found = true
			break
		}
	}
	for _, p := range path {
		memo[p] = found
	}
	return found
}

// isReviewElem reports whether an element's class, id or itemprop names a review.
func isReviewElem(e *elem) bool {
	if strings.EqualFold(dom.Attr(e.node, "itemprop"), "review") {
		return true
	}
	found := false
	for _, attr := range [...]string{"class", "id"} {
		eachClassWord(dom.Attr(e.node, attr), func(w []byte) { found = found || reviewWords[string(w)] })
	}
	return found
}

// sellingBoxTitle reports whether a block is the title of a box that sells other products
// (see sellingBoxWords): a heading or short line that opens with one of the words.
func sellingBoxTitle(b *block) bool {
	if b.chars > maxSellingTitleChars || b.kind != KindHeading && b.kind != KindParagraph {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(b.text))
	for _, w := range sellingBoxTitles {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// dropSellingBoxes drops each box that sells other products (see sellingBoxTitle and
// dropTitledBoxes).
func dropSellingBoxes(blocks []*block, region *elem) {
	dropTitledBoxes(blocks, region, sellingBoxTitle, "product page: a box that sells other products")
}
