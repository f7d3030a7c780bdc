package extractor

import "golang.org/x/net/html/atom"

// boilerShare: a chrome-named element holding more than this share of the page's text is a
// page wrapper with an unlucky class ("has-sidebar", "layout-with-rail"), not chrome.
const boilerShare = 0.7

// ancestry is what the ancestors of a block say about it.
type ancestry uint8

const (
	ctxBoiler ancestry = 1 << iota
	ctxCaption
	ctxHeader
	ctxForm
)

// isBoilerElem reports whether an element is chrome: by semantic tag always, by class/id or
// role only while it does not wrap most of the page.
func isBoilerElem(e *elem, total int) bool {
	if e.sig&(sigBoiler|sigComments) == 0 {
		return false
	}
	switch e.node.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Menu, atom.Dialog:
		return true
	}
	return float64(e.chars) < boilerShare*float64(total)
}

// blockContext collects the signals of the ancestors of b, from its own element up to, not
// including, stop. An ancestor marked itemprop=articleBody ends the walk: inside it, the
// page's author has said what the content is.
func blockContext(b *block, stop *elem, total int) ancestry {
	var c ancestry
	for e := b.el; e != nil && e != stop; e = e.parent {
		if e.node == nil {
			break
		}
		if e.sig&sigStrongContent != 0 {
			break
		}
		if isBoilerElem(e, total) {
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
