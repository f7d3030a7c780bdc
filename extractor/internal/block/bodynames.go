package block

import (
	"strings"
)

// bodyNamedPart reports whether an element whose class names chrome is a part of the body
// after all: one of its class names opens with a word that names the body and has a strong
// chrome word in its middle, not at its end ("content-nav-section", "post-sidebar-block": a
// section of the content that a theme fits beside a menu, as an intro written above the section
// that holds the rest), and its text disagrees with the chrome word: it reads as prose and holds
// more than ambiguousShare of the page's prose. A name whose chrome word comes last names the
// chrome ("post-nav", "media-text-menu", "entry-footer"), and one whose body word comes after it
// names what the chrome holds ("sidebar-content").
func bodyNamedPart(e *Elem, totalProse int) bool {
	if e.Sig&SigContent == 0 || e.Sig&SigChrome != 0 || !ReadsAsProse(e) || float64(e.Prose) <= ambiguousShare*float64(totalProse) {
		return false
	}
	for _, a := range e.Node.Attr {
		if a.Key == "class" && hasBodyChromeName(a.Val) {
			return true
		}
	}
	return false
}

// hasBodyChromeName reports whether one of the class names in v opens with a body word and
// holds a strong chrome word that is neither its first nor its last word (see bodyNamedPart).
func hasBodyChromeName(v string) bool {
	for field := range strings.FieldsSeq(v) {
		if bodyChromeName(field) {
			return true
		}
	}
	return false
}

// bodyChromeName reads one class name as bodyNamedPart describes.
func bodyChromeName(field string) bool {
	var sigs [8]Signal
	n := 0
	ws := nameSplitter{field: field}
	for w := ws.next(); w != nil; w = ws.next() {
		if n == len(sigs) {
			return false
		}
		sigs[n] = WordSignal(w)
		n++
	}
	// The splitter's last word is the whole name glued: leave it out.
	n--
	if n < 3 || sigs[0]&SigContent == 0 || sigs[n-1]&(SigBoiler|SigChrome) != 0 {
		return false
	}
	for _, s := range sigs[1 : n-1] {
		if s&SigBoiler != 0 {
			return true
		}
	}
	return false
}
