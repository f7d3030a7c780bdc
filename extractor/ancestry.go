package extractor

import "golang.org/x/net/html/atom"

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
		// A widget is chrome when it is mostly not prose and partly links (link lists, feeds);
		// a page builder's heading or text widget is neither.
		return e.sig&sigWeakBoiler != 0 && 2*e.prose < e.chars && elemLinkDensity(e) > weakBoilerLinkDensity
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
		if e.sig&sigCaption != 0 && (e.node.DataAtom == atom.Figcaption || float64(e.prose) <= boilerShare*float64(totalProse)) {
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

// relaxWrappers clears signals that name a whole page wrong: comment-named elements that
// together hold nearly all the prose (a forum thread is all "comments"), and forms that
// wrap most of the page. Without this, such pages would have no content at all.
func relaxWrappers(blocks []*block, total int) {
	var comments []*elem
	threadProse := 0
	for _, b := range blocks {
		for e := b.el; e != nil && e.node != nil && !e.seen; e = e.parent {
			// Ancestors of a seen element were seen with it: stop there.
			e.seen = true
			if e.sig&sigForm != 0 && e.node.DataAtom == atom.Form && float64(e.prose) > formShare*float64(total) {
				e.sig &^= sigForm
			}
			if e.sig&sigComments != 0 {
				comments = append(comments, e)
			}
		}
	}
	for _, e := range comments {
		if !hasCommentAncestor(e) {
			threadProse += e.prose
		}
	}
	if total > 0 && float64(threadProse) >= threadShare*float64(total) {
		for _, e := range comments {
			e.sig &^= sigComments | sigBoiler
		}
	}
}

func hasCommentAncestor(e *elem) bool {
	for p := e.parent; p != nil; p = p.parent {
		if p.sig&sigComments != 0 {
			return true
		}
	}
	return false
}
