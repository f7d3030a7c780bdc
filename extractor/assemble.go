package extractor

import (
	"strings"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html/atom"
)

// The reasons for which an explanation gives the evidence that matched (see evidence).
const (
	reasonOutside     = "outside the content"
	reasonChrome      = "inside page chrome (nav, share bar, related, comments, ...)"
	reasonForm        = "inside a form"
	reasonCaption     = "figure caption or credit"
	reasonRepeated    = "text repeated on the page"
	reasonLinkList    = "link list"
	reasonMostlyLinks = "mostly links"
)

// assembler decides block by block around the chosen container.
type assembler struct {
	blocks   []*block
	top      *elem
	total    int            // runes of prose in the whole page
	repeats  map[string]int // how often each block text occurs in the page
	inside   map[string]int // how often it occurs inside the content region
	sibling  map[*elem]bool // siblings of top, and whether each joins the content
	headline *elem          // the element of the title heading, if the page has one
	captions bool           // keep the captions of body figures (Options.KeepCaptions)
}

// assemble marks the blocks to keep: those inside the best container or a sibling good
// enough to join it, less chrome, link lists and repeated text; plus correction and update
// notes that belong to the article wherever they sit. With captions, the captions of the
// body's figures are kept too. page gives the page's prose and how often each block text
// occurs in it.
func assemble(blocks []*block, top *elem, headline *elem, page pageFacts, captions bool) []*block {
	a := &assembler{blocks: blocks, top: top, sibling: map[*elem]bool{}, total: page.prose,
		repeats: page.repeats, inside: make(map[string]int), headline: headline, captions: captions}
	roots := make([]*elem, len(blocks))
	for i, b := range blocks {
		roots[i] = a.region(b)
		if roots[i] != nil && a.repeats[b.text] > 1 {
			a.inside[b.text]++
		}
	}
	first, last := -1, -1
	for i, b := range blocks {
		if roots[i] == nil {
			b.reason = reasonOutside
			continue
		}
		b.keep, b.reason = a.decide(b, roots[i])
		if b.keep {
			if first < 0 {
				first = b.index
			}
			last = b.index
		}
	}
	a.addNotes(first, last)
	dropLeadingScraps(blocks)
	dropTrailingScraps(blocks)
	dropTrailingFollowUs(blocks)
	dropBoxTitles(blocks)
	dropEmptyHeadings(blocks)
	var kept []*block
	for _, b := range blocks {
		if b.keep {
			if b.note {
				b.kind = KindNote
			}
			kept = append(kept, b)
		}
	}
	return kept
}

// region returns the top container or the joining sibling that holds b, or nil.
func (a *assembler) region(b *block) *elem {
	for e := b.el; e != nil; e = e.parent {
		if e == a.top {
			return e
		}
		if e.parent == a.top.parent && e.parent != nil {
			if a.joins(e) {
				return e
			}
			return nil
		}
	}
	return nil
}

// joins reports whether a sibling of the top container is content too: it scores well
// enough, or it is a paragraph of its own (a lede or a last line split from the body).
func (a *assembler) joins(e *elem) bool {
	if v, ok := a.sibling[e]; ok {
		return v
	}
	v := false
	switch {
	case isBoilerElem(e, a.total) || e.sig&(sigForm|sigHeader) != 0:
	case a.top.node.DataAtom == atom.Article && (e.node.DataAtom == atom.Article || a.headline != nil && contains(a.top, a.headline)):
		// Sibling <article>s are other posts (a teaser row after the story), not more of it;
		// and the headline's own <article> is the whole story: what follows it (replies,
		// webmentions) is not.
	case e.score+a.sameClassBonus(e) >= max(siblingMinScore, siblingScoreShare*a.top.score) && elemLinkDensity(e) < maxLinkDensity:
		v = true
	case e.prose >= minProseChars && float64(e.prose) >= siblingProseShare*float64(e.chars) && elemLinkDensity(e) < siblingMaxLinkDensity:
		// Mostly prose: a part of the body in a wrapper of its own.
		v = true
	case e.node.DataAtom == atom.P && e.chars > minProseChars && elemLinkDensity(e) < ledeMaxLinkDensity:
		// A paragraph of its own beside the body: the lede or a closing line.
		v = true
	}
	a.sibling[e] = v
	return v
}

// sameClassBonus helps a sibling with the top container's class attribute: one of a series
// of body cards or sections (Readability's rule).
func (a *assembler) sameClassBonus(e *elem) float64 {
	if c := dom.Attr(a.top.node, "class"); c != "" && dom.Attr(e.node, "class") == c {
		return siblingScoreShare * a.top.score
	}
	return 0
}

// decide keeps or drops a block inside the content region, and says why.
func (a *assembler) decide(b *block, root *elem) (bool, string) {
	b.note = isNote(b)
	ctx := blockContext(b, root, a.total)
	switch {
	case b.note && ctx&ctxForm == 0:
		return true, "correction or update note"
	case ctx&ctxBoiler != 0:
		return false, reasonChrome
	case ctx&ctxForm != 0:
		return false, reasonForm
	case ctx&ctxCaption != 0 && !(a.captions && isFigureCaption(b)):
		return false, reasonCaption
	case ctx&ctxHeader != 0 && b.kind != KindHeading:
		return false, "article header (byline, date)"
	case (b.kind == KindHeading || b.kind == KindParagraph) && b.el == a.headline:
		return false, "the title"
	case b.teaser:
		return false, "teaser: an <article> other than the headline's"
	case a.repeated(b):
		return false, reasonRepeated
	case isAdLabel(b):
		return false, "advertisement label"
	case b.kind == KindListItem && b.linkDensity() > maxListLinkDensity:
		return false, reasonLinkList
	case b.kind != KindListItem && b.kind != KindHeading && b.linkDensity() > maxLinkDensity:
		return false, reasonMostlyLinks
	case ctx&ctxCaption != 0:
		b.kind = KindCaption
		return true, "figure caption"
	}
	return true, "content"
}

// repeated reports whether b's text is boilerplate by repetition: it also occurs outside the
// content (a subscribe box repeated down the page), or it is a short label the content
// itself repeats over and over ("Advertisement"). Text repeated only inside the content
// (a recipe step, a table row) stays.
func (a *assembler) repeated(b *block) bool {
	n := a.repeats[b.text]
	switch {
	case n <= 1 || b.kind == KindHeading:
		return false
	case a.inside[b.text] < n:
		return true
	}
	return n >= minLabelRepeats && b.chars < maxLabelChars
}

// addNotes keeps note blocks outside the region when they sit near the kept content
// (a correction box just before the body, an update just after it) and not in chrome.
func (a *assembler) addNotes(first, last int) {
	if first < 0 {
		return
	}
	for _, b := range a.blocks {
		if b.keep || b.index < first-noteReach || b.index > last+noteReach || a.repeats[b.text] > 1 {
			continue
		}
		if !isNoteText(b.text) {
			continue
		}
		if blockContext(b, nil, a.total)&(ctxBoiler|ctxForm) != 0 {
			continue
		}
		b.keep, b.note, b.reason = true, true, "correction or update note near the content"
	}
}

// contains reports whether outer is inner or one of its ancestors.
func contains(outer, inner *elem) bool {
	for e := inner; e != nil; e = e.parent {
		if e == outer {
			return true
		}
	}
	return false
}

// dropEmptyHeadings drops a kept heading with nothing kept under it: the title of a
// playlist, a "Related" or "Up next" box whose items were all dropped.
func dropEmptyHeadings(blocks []*block) {
	var open *block
	for _, b := range blocks {
		if !b.keep {
			continue
		}
		if open != nil && b.kind == KindHeading && b.level <= open.level {
			open.keep, open.reason = false, "heading with no content under it"
		}
		open = nil
		if b.kind == KindHeading {
			open = b
		}
	}
	if open != nil {
		open.keep, open.reason = false, "heading with no content under it"
	}
}

// dropBoxTitles drops a heading that opens a box of links that were all dropped: the title
// of a "Related news" box set inside the story. A heading alone in its element (or in a
// <header> with its byline), or followed in it by kept text, stays.
func dropBoxTitles(blocks []*block) {
	for i, b := range blocks {
		if !b.keep || b.kind != KindHeading {
			continue
		}
		box := b.el.parent
		// A heading's own header (with its byline, say) is not the box: what it heads is.
		for box != nil && box.node != nil && (box.node.DataAtom == atom.Header || box.node.DataAtom == atom.Hgroup) {
			box = box.parent
		}
		if box == nil || box.node == nil || box.chars <= b.chars || i > 0 && contains(box, blocks[i-1].el) {
			continue
		}
		// The box's other blocks, up to the first kept one or the first that is not a link.
		links, other := 0, false
		for _, o := range blocks[i+1:] {
			if !contains(box, o.el) {
				break
			}
			if o.keep || o.linkDensity() <= maxLinkDensity {
				other = true
				break
			}
			links++
		}
		if links > 0 && !other {
			b.keep, b.reason = false, "title of a box whose content was dropped"
		}
	}
}

// dropLeadingScraps drops the short non-heading lines kept before the first prose paragraph:
// the byline row of a story ("5 min read", "·", a date) that themes with meaningless class
// names put inside the article. Notes and list items stay.
func dropLeadingScraps(blocks []*block) {
	for _, b := range blocks {
		if !b.keep {
			continue
		}
		if b.isProse() {
			return
		}
		if b.kind == KindParagraph && !b.note && (b.chars < maxScrapChars || b.chars < maxDateLineChars && looksLikeDateLine(b.text)) {
			b.keep, b.reason = false, "short line before the body (byline, date, reading time)"
		}
	}
}

// dropTrailingScraps drops the short label lines kept after the last prose paragraph
// ("Comments", "Related Articles", "Advertisement", "Topics"): the titles of boxes whose
// items were dropped. Headings are left to dropEmptyHeadings; notes and list items stay.
func dropTrailingScraps(blocks []*block) {
	for i := len(blocks) - 1; i >= 0; i-- {
		b := blocks[i]
		if !b.keep {
			continue
		}
		if b.isProse() {
			return
		}
		if b.kind == KindParagraph && !b.note && b.chars < maxScrapChars && !endsSentence(b.text) {
			b.keep, b.reason = false, "short label after the body"
		} else if b.kind == KindParagraph && !b.note && b.chars < maxDateLineChars && isDatedLine(b.text) {
			b.keep, b.reason = false, "date line after the body (in the metadata)"
		}
	}
}

// endsSentence reports whether text ends like a sentence, in any script.
func endsSentence(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, " \"'”’»)"))
	switch r {
	case '.', '!', '?', '。', '！', '？', '…', '؟', '।':
		return true
	}
	return false
}

// looksLikeDateLine reports whether a short line carries a date or time: a four-digit year
// or an hh:mm time, and no sentence ending ("Updated 1:39 am EST, November 20, 2019").
func looksLikeDateLine(text string) bool {
	if endsSentence(text) {
		return false
	}
	digits := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if '0' <= c && c <= '9' {
			digits++
			if digits == 4 && (i+1 == len(text) || text[i+1] < '0' || text[i+1] > '9') && (text[i-3] == '1' || text[i-3] == '2') {
				return true
			}
			continue
		}
		if c == ':' && digits >= 1 && i+2 < len(text) && '0' <= text[i+1] && text[i+1] <= '9' && '0' <= text[i+2] && text[i+2] <= '9' {
			return true
		}
		digits = 0
	}
	return false
}
