package extractor

// boilerShare: an element whose class names chrome but that holds more than this share of the
// page's prose is a page wrapper with an unlucky class ("has-sidebar", "penci_sidebar",
// "comments-open"), not chrome.
const boilerShare = 0.5

// ancestry is what the ancestors of a block say about it.
type ancestry uint8

const (
	ctxBoiler ancestry = 1 << iota
	ctxCaption
	ctxHeader
	ctxForm
)

// isBoilerElem reports whether an element is chrome: by semantic tag or ARIA role always, by
// class/id only while it does not wrap most of the page's prose.
func isBoilerElem(e *elem, totalProse int) bool {
	if e.sig&sigChrome != 0 {
		return true
	}
	if e.sig&(sigBoiler|sigComments) == 0 {
		return false
	}
	return float64(e.prose) <= boilerShare*float64(totalProse)
}

// blockContext collects the signals of the ancestors of b, from its own element up to, not
// including, stop. An ancestor marked itemprop=articleBody ends the walk: inside it, the
// page's author has said what the content is.
func blockContext(b *block, stop *elem, totalProse int) ancestry {
	var c ancestry
	for e := b.el; e != nil && e != stop; e = e.parent {
		if e.node == nil {
			break
		}
		if e.sig&sigStrongContent != 0 {
			break
		}
		if isBoilerElem(e, totalProse) {
			c |= ctxBoiler
		}
		if e.sig&sigCaption != 0 {
			c |= ctxCaption
		}
		if e.sig&sigHeader != 0 {
			c |= ctxHeader
		}
		if e.sig&sigForm != 0 {
			c |= ctxForm
		}
	}
	return c
}
