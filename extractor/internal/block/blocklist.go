package block

import (
	"strings"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html/atom"
)

// Reasons a block is dropped for, for which the explain report gives the evidence that matched
// (extractor's explain_evidence.go).
const (
	ReasonOutside     = "outside the content"
	ReasonChrome      = "inside page chrome (nav, share bar, related, comments, ...)"
	ReasonForm        = "inside a form"
	ReasonCaption     = "figure caption or credit"
	ReasonRepeated    = "text repeated on the page"
	ReasonLinkList    = "link list"
	ReasonMostlyLinks = "mostly links"
)

// DropEmptyHeadings drops a kept heading with nothing kept under it: the title of a
// playlist, a "Related" or "Up next" box whose items were all dropped.
func DropEmptyHeadings(blocks []*Block) {
	var open *Block
	for _, b := range blocks {
		if !b.Keep {
			continue
		}
		if open != nil && b.Kind == view.Heading && b.Level <= open.Level {
			open.Keep, open.Reason = false, "heading with no content under it"
		}
		open = nil
		if b.Kind == view.Heading {
			open = b
		}
	}
	if open != nil {
		open.Keep, open.Reason = false, "heading with no content under it"
	}
}

// DropBoxTitles drops a heading that opens a box of links that were all dropped: the title
// of a "Related news" box set inside the story. A heading alone in its element (or in a
// <header> with its byline), or followed in it by kept text, stays.
func DropBoxTitles(blocks []*Block) {
	for i, b := range blocks {
		if !b.Keep || b.Kind != view.Heading {
			continue
		}
		box := b.El.Parent
		// A heading's own header (with its byline, say) is not the box: what it heads is.
		for box != nil && box.Node != nil && (box.Node.DataAtom == atom.Header || box.Node.DataAtom == atom.Hgroup) {
			box = box.Parent
		}
		if box == nil || box.Node == nil || box.Chars <= b.Chars || i > 0 && Contains(box, blocks[i-1].El) {
			continue
		}
		// The box's other blocks, up to the first kept one or the first that is not a link.
		links, other := 0, false
		for _, o := range blocks[i+1:] {
			if !Contains(box, o.El) {
				break
			}
			if o.Keep || o.LinkDensity() <= MaxLinkDensity {
				other = true
				break
			}
			links++
		}
		if links > 0 && !other {
			b.Keep, b.Reason = false, "title of a box whose content was dropped"
		}
	}
}

// EndsSentence reports whether text ends like a sentence, in any script.
func EndsSentence(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, " \"'”’»)"))
	switch r {
	case '.', '!', '?', '。', '！', '？', '…', '؟', '।':
		return true
	}
	return false
}

// KeptChars is the length of the kept blocks' text.
func KeptChars(kept []*Block) int {
	n := 0
	for _, b := range kept {
		n += b.Chars
	}
	return n
}
