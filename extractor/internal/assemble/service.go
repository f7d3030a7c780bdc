package assemble

import (
	"strings"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/view"
)

// Service assembles a service or landing page: every section of the main region
// (hero, features, steps, testimonials, pricing, FAQ), not only the one the article path's
// container holds; the header, navigation, cookie box and sign-up prompts stay out (see
// regionKeeps). What the article path kept stays kept. The region's hidden blocks (a closed
// accordion's answers, the tabs not shown) are weighed like the others: on a service page
// they are the FAQ and the other plans. A heading with nothing kept under it stays (unlike
// keptBlocks): on such a page it is a section's own text (a figure's label whose number a
// script draws, a case study's title), not the title of a box the assembly emptied.
func Service(in Input) ([]*block.Block, bool) {
	total := proseTotal(in.Blocks)
	region := mainRegion(in.Top, total)
	if region == nil {
		return nil, false
	}
	in.Blocks = block.WithHidden(in.Blocks, in.Hidden)
	widenToRegion(in, region, total, "service page: a section of the main region",
		regionRules{section: isLandingSection, linked: isCardText})
	block.DropHiddenCopies(in.Blocks, in.Repeats)
	dropMobileCopies(in.Blocks, region)
	return block.KeptInOrder(in.Blocks), true
}

// dropMobileCopies drops a kept block of region that sits in an element named for small
// screens ("mobileCopy", "mobile-only") when another kept block, not so named, has its text:
// the theme writes a section twice, once per layout, and CSS shows one. Short texts (a price,
// a label) are left to the other rules.
func dropMobileCopies(blocks []*block.Block, region *block.Elem) {
	other := map[string]bool{}
	for _, b := range blocks {
		if b.Keep && b.Chars >= minCopyChars && !forSmallScreens(b.El, region) {
			other[b.Text] = true
		}
	}
	for _, b := range blocks {
		if b.Keep && !b.Note && b.Chars >= minCopyChars && other[b.Text] && forSmallScreens(b.El, region) {
			b.Keep, b.Reason = false, "the small screens' copy of a section the page shows"
		}
	}
}

// forSmallScreens reports whether e, or an ancestor inside region, has a class or id word
// that names small screens (mobileWords).
func forSmallScreens(e, region *block.Elem) bool {
	for x := e; x != nil && x != region && x.Node != nil; x = x.Parent {
		for _, a := range x.Node.Attr {
			if a.Key != "class" && a.Key != "id" {
				continue
			}
			found := false
			block.EachClassWord(a.Val, func(w []byte) {
				found = found || mobileWords[string(w)]
			})
			if found {
				return true
			}
		}
	}
	return false
}

// mobileWords are class words of an element shown on small screens only.
var mobileWords = dom.TokenSet("mobile")

// isCardText reports whether a block inside a link is a card's text on a service page: its
// heading (a case study's title, a service's name), or a description with a sentence (the
// whole card links to the service's page).

func isCardText(b *block.Block) bool {
	return b.Kind == view.Heading || b.Kind == view.Paragraph && b.Chars >= minCardTextChars && block.HasSentence(b.Text)
}

// landingWords are class words that name chrome on an article page but, on a service
// page's main region, a piece of the page itself: an accordion's dropdown, a testimonial
// carousel ("reviews"), a hero banner, a promo card, a tooltip's explanation, a modal or
// overlay panel that opens on the page.
var landingWords = dom.TokenSet("dropdown", "overlay", "tooltip", "reviews", "banner", "promo", "teaser")

// isLandingSection reports whether e is chrome by its class and id words alone, and each of
// those words is one of landingWords or a card's part (see cardPart).
func isLandingSection(e *block.Elem) bool {
	if e.Sig&block.SigChrome != 0 || e.Node == nil {
		return false
	}
	found, other := false, false
	for _, a := range e.Node.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for field := range strings.FieldsSeq(a.Val) {
			var words []string // the words of this one class name
			block.EachClassWord(field, func(w []byte) { words = append(words, string(w)) })
			for i, w := range words {
				if block.WordSignal([]byte(w))&(block.SigBoiler|block.SigAmbiguous|block.SigWeakBoiler|block.SigComments) == 0 {
					continue
				}
				if landingWords[w] || cardPart(words, i) {
					found = true
				} else {
					other = true
				}
			}
		}
	}
	return found && !other
}

// cardPart reports whether words[i], a word of one class name, names a part of a card, not
// of the page: a header or footer right after "card" ("CustomerCardFooter", "card-header"),
// "nav" right before it ("nestedNavCard", a card that leads to a sub-page). On a service page
// they hold a case study's quote or a service's text.
func cardPart(words []string, i int) bool {
	switch words[i] {
	case "header", "footer":
		return i > 0 && cardWords[words[i-1]]
	case "nav":
		return i+1 < len(words) && cardWords[words[i+1]]
	}
	return false
}

// cardWords name a card in a class name.
var cardWords = dom.TokenSet("card", "cards")
