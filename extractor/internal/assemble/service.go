package assemble

import (
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
	return block.KeptInOrder(in.Blocks), true
}

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
// those words is one of landingWords.
func isLandingSection(e *block.Elem) bool {
	if e.Sig&block.SigChrome != 0 || e.Node == nil {
		return false
	}
	found, other := false, false
	for _, a := range e.Node.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		block.EachClassWord(a.Val, func(w []byte) {
			if block.WordSignal(w)&(block.SigBoiler|block.SigAmbiguous|block.SigWeakBoiler|block.SigComments) == 0 {
				return
			}
			if landingWords[string(w)] {
				found = true
			} else {
				other = true
			}
		})
	}
	return found && !other
}
