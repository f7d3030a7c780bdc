package extractor

import "github.com/pithdev/pith/extractor/internal/block"

// dropCallsToAction drops the boxes inside a story or a manual's page that call the reader
// to act on the site's own offer: a "Ready to get started?" banner, a course's sign-up box,
// a shop's product pitch between two sections. It reads the theme's class and id words
// ("cta", "call-to-action": block.SigCallToAction), not the box's text, so it needs no table
// of phrases and holds in any language. A kept block inside such an element is dropped when
// the page's calls to action together hold at most ctaShare of the kept text: a page whose
// body sits in a page builder's "cta" widgets (cards named for the widget, not for what
// they say) keeps it. It returns the blocks still kept; the dropped ones say why.
func dropCallsToAction(kept []*block.Block) []*block.Block {
	n := 0
	for _, b := range kept {
		if inCallToAction(b) {
			n += b.Chars
		}
	}
	if n == 0 || float64(n) > ctaShare*float64(block.KeptChars(kept)) {
		return kept
	}
	out := kept[:0:0]
	for _, b := range kept {
		if inCallToAction(b) && !b.Note {
			b.Keep, b.Reason = false, "a call to action inside the body (its class names it): the site's offer, not the text"
			continue
		}
		out = append(out, b)
	}
	return out
}

// inCallToAction reports whether b sits in an element named a call to action.
func inCallToAction(b *block.Block) bool {
	for e := b.El; e != nil; e = e.Parent {
		if e.Sig&block.SigCallToAction != 0 {
			return true
		}
	}
	return false
}
