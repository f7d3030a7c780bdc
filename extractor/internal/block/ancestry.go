package block

import (
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html/atom"
)

// Ancestry is what the ancestors of a block say about it.
type Ancestry uint8

const (
	CtxBoiler Ancestry = 1 << iota
	CtxCaption
	CtxHeader
	CtxForm
)

// IsBoilerElem reports whether an element is chrome. A semantic tag or ARIA role decides
// alone. A class or id word is evidence, weighed by its strength (see boilerTokens and
// ambiguousTokens) against the element's own text:
//   - a strong word makes chrome of an element unless the element, or the run of sibling
//     sections it is one of (see isSection), holds more than BoilerShare of the page's prose,
//     or a class name of it names a part of the body and its text agrees (see bodyNamedPart);
//   - an ambiguous word only of an element whose text does not read as prose (short lines,
//     links) and that does not wrap most of the page;
//   - a "widget" only of one that is mostly not prose and partly links.
func IsBoilerElem(e *Elem, totalProse int) bool {
	if e.Sig&SigChrome != 0 {
		return true
	}
	limit := BoilerShare * float64(totalProse)
	switch {
	case e.Sig&SigComments != 0:
		return float64(e.Prose) <= limit
	case e.Sig&SigBoiler != 0:
		if bodyNamedPart(e, totalProse) {
			return false
		}
		if isSection(e) && e.Node.DataAtom == e.Parent.sectionTag && e.Parent.sections >= 2 && float64(e.Parent.sectionProse) > limit {
			return false
		}
		return float64(e.Prose) <= limit
	case e.Sig&SigAmbiguous != 0:
		if float64(e.Prose) > limit || isSection(e) && e.Node.DataAtom == e.Parent.sectionTag && e.Parent.sections >= 2 && float64(e.Parent.sectionProse) > limit {
			return false
		}
		return !ReadsAsProse(e) || float64(e.Prose) <= ambiguousShare*float64(totalProse)
	}
	// A widget is chrome when it is mostly not prose and partly links (link lists, feeds);
	// a page builder's heading or text widget is neither.
	return e.Sig&SigWeakBoiler != 0 && 2*e.Prose < e.Chars && ElemLinkDensity(e) > weakBoilerLinkDensity
}

// ReadsAsProse reports whether an element's own text disagrees with a chrome word: most of it
// is prose with sentences (not menu items, a byline or a URL) and little of it links.
func ReadsAsProse(e *Elem) bool {
	return e.sentences >= MinProseChars && float64(e.sentences) >= wordProseShare*float64(e.Chars) && ElemLinkDensity(e) < wordMaxLinkDensity
}

// HasSentence reports whether text holds the end of a sentence, in any script: a full stop,
// question or exclamation mark followed by a space or the end ("example.com/a.html" has none).
func HasSentence(text string) bool {
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
func isSection(e *Elem) bool {
	return e.headed && e.Parent != nil && e.Sig&SigChrome == 0 && ReadsAsProse(e)
}

// BlockContext collects the signals of the ancestors of b, from its own element up to, not
// including, stop. An ancestor marked itemprop=articleBody ends the walk: inside it, the
// page's author has said what the content is.
func BlockContext(b *Block, stop *Elem, totalProse int) Ancestry {
	var c Ancestry
	for e := b.El; e != nil && e != stop; e = e.Parent {
		if e.Node == nil {
			break
		}
		if e.Sig&SigStrongContent != 0 {
			break
		}
		if IsBoilerElem(e, totalProse) {
			c |= CtxBoiler
		}
		if e.Sig&SigCaption != 0 && (e.Node.DataAtom == atom.Figcaption || float64(e.Prose) <= BoilerShare*float64(totalProse)) {
			c |= CtxCaption
		}
		if e.Sig&SigHeader != 0 {
			c |= CtxHeader
		}
		if e.Sig&SigForm != 0 {
			c |= CtxForm
		}
	}
	return c
}

// relaxWrappers clears signals that name a whole page wrong: comment-named elements that
// together hold nearly all the prose (a forum thread is all "comments"; not when the prose
// outside them is a story of its own, minStoryProse, with its readers' long thread under it),
// and forms that
// wrap most of the page. It also marks the elements whose first block is a heading and counts,
// on each element, its children that are sections (see isSection). Without this, such pages would have no content at all.
func relaxWrappers(blocks []*Block, total int) {
	var comments []*Elem
	threadProse := 0
	for _, b := range blocks {
		for e := b.El; e != nil && e.Node != nil && !e.seen; e = e.Parent {
			// Ancestors of a seen element were seen with it: stop there.
			e.seen = true
			if e.Sig&SigForm != 0 && e.Node.DataAtom == atom.Form && float64(e.Prose) > formShare*float64(total) {
				e.Sig &^= SigForm
			}
			if e.Sig&SigComments != 0 {
				comments = append(comments, e)
			}
			e.headed = b.Kind == view.Heading
			if p := e.Parent; isSection(e) && (p.sections == 0 || p.sectionTag == e.Node.DataAtom) {
				p.sections++
				p.sectionProse += e.Prose
				p.sectionTag = e.Node.DataAtom
			}
		}
	}
	for _, e := range comments {
		if !Under(e.Parent, SigComments) {
			threadProse += e.Prose
		}
	}
	if total > 0 && float64(threadProse) >= threadShare*float64(total) && total-threadProse < minStoryProse {
		for _, e := range comments {
			e.Sig &^= SigComments | SigBoiler
		}
	}
}

// Contains reports whether outer is inner or one of its ancestors.
func Contains(outer, inner *Elem) bool {
	for e := inner; e != nil; e = e.Parent {
		if e == outer {
			return true
		}
	}
	return false
}

// IsPageRoot reports whether e is the page's <body> or <html>.
func IsPageRoot(e *Elem) bool {
	return e.Node.DataAtom == atom.Body || e.Node.DataAtom == atom.Html
}
