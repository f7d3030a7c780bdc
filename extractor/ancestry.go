package extractor

import (
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// ancestry is what the ancestors of a block say about it.
type ancestry uint8

const (
	ctxBoiler ancestry = 1 << iota
	ctxCaption
	ctxHeader
	ctxForm
)

// isBoilerElem reports whether an element is chrome. A semantic tag or ARIA role decides
// alone. A class or id word is evidence, weighed by its strength (see boilerTokens and
// ambiguousTokens) against the element's own text:
//   - a strong word makes chrome of an element unless the element, or the run of sibling
//     sections it is one of (see isSection), holds more than boilerShare of the page's prose;
//   - an ambiguous word only of an element whose text does not read as prose (short lines,
//     links) and that does not wrap most of the page;
//   - a "widget" only of one that is mostly not prose and partly links.
func isBoilerElem(e *elem, totalProse int) bool {
	if e.sig&sigChrome != 0 {
		return true
	}
	limit := boilerShare * float64(totalProse)
	switch {
	case e.sig&sigComments != 0:
		return float64(e.prose) <= limit
	case e.sig&sigBoiler != 0:
		if isSection(e) && e.node.DataAtom == e.parent.sectionTag && e.parent.sections >= 2 && float64(e.parent.sectionProse) > limit {
			return false
		}
		return float64(e.prose) <= limit
	case e.sig&sigAmbiguous != 0:
		if float64(e.prose) > limit || isSection(e) && e.node.DataAtom == e.parent.sectionTag && e.parent.sections >= 2 && float64(e.parent.sectionProse) > limit {
			return false
		}
		return !readsAsProse(e) || float64(e.prose) <= ambiguousShare*float64(totalProse)
	}
	// A widget is chrome when it is mostly not prose and partly links (link lists, feeds);
	// a page builder's heading or text widget is neither.
	return e.sig&sigWeakBoiler != 0 && 2*e.prose < e.chars && elemLinkDensity(e) > weakBoilerLinkDensity
}

// readsAsProse reports whether an element's own text disagrees with a chrome word: most of it
// is prose with sentences (not menu items, a byline or a URL) and little of it links.
func readsAsProse(e *elem) bool {
	return e.sentences >= minProseChars && float64(e.sentences) >= wordProseShare*float64(e.chars) && elemLinkDensity(e) < wordMaxLinkDensity
}

// hasSentence reports whether text holds the end of a sentence, in any script: a full stop,
// question or exclamation mark followed by a space or the end ("example.com/a.html" has none).
func hasSentence(text string) bool {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '.' || c == '!' || c == '?':
			if i+1 == len(text) || text[i+1] == ' ' {
				return true
			}
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch r {
			case '。', '！', '？', '…', '؟', '।':
				return true
			}
			i += size - 1
		}
	}
	return false
}

// isSection reports whether e is a section of a body: it opens with a heading, reads as prose
// and is not chrome by tag or role. Sibling sections of one tag are measured together against
// a chrome word, so that a chapter split into sections keeps all of them.
func isSection(e *elem) bool {
	return e.headed && e.parent != nil && e.sig&sigChrome == 0 && readsAsProse(e)
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
// wrap most of the page. It also marks the elements whose first block is a heading and counts,
// on each element, its children that are sections (see isSection). Without this, such pages would have no content at all.
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
			e.headed = b.kind == KindHeading
			if p := e.parent; isSection(e) && (p.sections == 0 || p.sectionTag == e.node.DataAtom) {
				p.sections++
				p.sectionProse += e.prose
				p.sectionTag = e.node.DataAtom
			}
		}
	}
	for _, e := range comments {
		if !under(e.parent, sigComments) {
			threadProse += e.prose
		}
	}
	if total > 0 && float64(threadProse) >= threadShare*float64(total) {
		for _, e := range comments {
			e.sig &^= sigComments | sigBoiler
		}
	}
}
