package extractor

import (
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html/atom"
)

// assembler decides block by block around the chosen container.
type assembler struct {
	blocks   []*block.Block
	top      *block.Elem
	total    int                  // runes of prose in the whole page
	repeats  map[string]int       // how often each block text occurs in the page
	inside   map[string]int       // how often it occurs inside the content region
	sibling  map[*block.Elem]bool // siblings of top, and whether each joins the content
	headline *block.Elem          // the element of the title heading, if the page has one
	captions bool                 // keep the captions of body figures (Options.KeepCaptions)
}

// assembleArticle marks the blocks to keep: those inside the best container or a sibling good
// enough to join it, less chrome, link lists and repeated text; plus correction and update
// notes that belong to the article wherever they sit. With captions, the captions of the
// body's figures are kept too. page gives the page's prose and how often each block text
// occurs in it.
func assembleArticle(blocks []*block.Block, top *block.Elem, headline *block.Elem, page pageFacts, captions bool) []*block.Block {
	a := &assembler{blocks: blocks, top: top, sibling: map[*block.Elem]bool{}, total: page.prose,
		repeats: page.repeats, inside: make(map[string]int), headline: headline, captions: captions}
	roots := make([]*block.Elem, len(blocks))
	for i, b := range blocks {
		roots[i] = a.region(b)
		if roots[i] != nil && a.repeats[b.Text] > 1 {
			a.inside[b.Text]++
		}
	}
	first, last := -1, -1
	for i, b := range blocks {
		if roots[i] == nil {
			b.Reason = block.ReasonOutside
			continue
		}
		b.Keep, b.Reason = a.decide(b, roots[i])
		if b.Keep {
			if first < 0 {
				first = b.Index
			}
			last = b.Index
		}
	}
	a.addNotes(first, last)
	dropLeadingScraps(blocks)
	dropTrailingScraps(blocks)
	dropTrailingFollowUs(blocks)
	block.DropBoxTitles(blocks)
	block.DropEmptyHeadings(blocks)
	var kept []*block.Block
	for _, b := range blocks {
		if b.Keep {
			if b.Note {
				b.Kind = view.Note
			}
			kept = append(kept, b)
		}
	}
	return kept
}

// region returns the top container or the joining sibling that holds b, or nil.
func (a *assembler) region(b *block.Block) *block.Elem {
	for e := b.El; e != nil; e = e.Parent {
		if e == a.top {
			return e
		}
		if e.Parent == a.top.Parent && e.Parent != nil {
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
func (a *assembler) joins(e *block.Elem) bool {
	if v, ok := a.sibling[e]; ok {
		return v
	}
	v := false
	switch {
	case block.IsBoilerElem(e, a.total) || e.Sig&(block.SigForm|block.SigHeader) != 0:
	case a.top.Node.DataAtom == atom.Article && (e.Node.DataAtom == atom.Article || a.headline != nil && block.Contains(a.top, a.headline)):
		// Sibling <article>s are other posts (a teaser row after the story), not more of it;
		// and the headline's own <article> is the whole story: what follows it (replies,
		// webmentions) is not.
	case e.Score+a.sameClassBonus(e) >= max(siblingMinScore, siblingScoreShare*a.top.Score) && block.ElemLinkDensity(e) < block.MaxLinkDensity:
		v = true
	case e.Prose >= block.MinProseChars && float64(e.Prose) >= siblingProseShare*float64(e.Chars) && block.ElemLinkDensity(e) < siblingMaxLinkDensity:
		// Mostly prose: a part of the body in a wrapper of its own.
		v = true
	case e.Node.DataAtom == atom.P && e.Chars > block.MinProseChars && block.ElemLinkDensity(e) < ledeMaxLinkDensity:
		// A paragraph of its own beside the body: the lede or a closing line.
		v = true
	}
	a.sibling[e] = v
	return v
}

// sameClassBonus helps a sibling with the top container's class attribute: one of a series
// of body cards or sections (Readability's rule).
func (a *assembler) sameClassBonus(e *block.Elem) float64 {
	if c := dom.Attr(a.top.Node, "class"); c != "" && dom.Attr(e.Node, "class") == c {
		return siblingScoreShare * a.top.Score
	}
	return 0
}

// decide keeps or drops a block inside the content region, and says why.
func (a *assembler) decide(b *block.Block, root *block.Elem) (bool, string) {
	b.Note = isNote(b)
	ctx := block.BlockContext(b, root, a.total)
	switch {
	case b.Note && ctx&block.CtxForm == 0:
		return true, "correction or update note"
	case ctx&block.CtxBoiler != 0:
		return false, block.ReasonChrome
	case ctx&block.CtxForm != 0:
		return false, block.ReasonForm
	case ctx&block.CtxCaption != 0 && !(a.captions && isFigureCaption(b)):
		return false, block.ReasonCaption
	case ctx&block.CtxHeader != 0 && b.Kind != view.Heading:
		return false, "article header (byline, date)"
	case (b.Kind == view.Heading || b.Kind == view.Paragraph) && b.El == a.headline:
		return false, "the title"
	case b.Teaser:
		return false, "teaser: an <article> other than the headline's"
	case a.repeated(b):
		return false, block.ReasonRepeated
	case block.IsAdLabel(b):
		return false, "advertisement label"
	case b.Kind == view.ListItem && b.LinkDensity() > block.MaxListLinkDensity:
		return false, block.ReasonLinkList
	case b.Kind != view.ListItem && b.Kind != view.Heading && b.LinkDensity() > block.MaxLinkDensity:
		return false, block.ReasonMostlyLinks
	case ctx&block.CtxCaption != 0:
		b.Kind = view.Caption
		return true, "figure caption"
	}
	return true, "content"
}

// repeated reports whether b's text is boilerplate by repetition: it also occurs outside the
// content (a subscribe box repeated down the page), or it is a short label the content
// itself repeats over and over ("Advertisement"). Text repeated only inside the content
// (a recipe step, a table row) stays.
func (a *assembler) repeated(b *block.Block) bool {
	n := a.repeats[b.Text]
	switch {
	case n <= 1 || b.Kind == view.Heading:
		return false
	case a.inside[b.Text] < n:
		return true
	}
	return n >= block.MinLabelRepeats && b.Chars < block.MaxLabelChars
}

// addNotes keeps note blocks outside the region when they sit near the kept content
// (a correction box just before the body, an update just after it) and not in chrome.
func (a *assembler) addNotes(first, last int) {
	if first < 0 {
		return
	}
	for _, b := range a.blocks {
		if b.Keep || b.Index < first-noteReach || b.Index > last+noteReach || a.repeats[b.Text] > 1 {
			continue
		}
		if !isNoteText(b.Text) {
			continue
		}
		if block.BlockContext(b, nil, a.total)&(block.CtxBoiler|block.CtxForm) != 0 {
			continue
		}
		b.Keep, b.Note, b.Reason = true, true, "correction or update note near the content"
	}
}

// dropLeadingScraps drops the short non-heading lines kept before the first prose paragraph:
// the byline row of a story ("5 min read", "·", a date) that themes with meaningless class
// names put inside the article. Notes and list items stay.
func dropLeadingScraps(blocks []*block.Block) {
	for _, b := range blocks {
		if !b.Keep {
			continue
		}
		if b.IsProse() {
			return
		}
		if b.Kind == view.Paragraph && !b.Note && (b.Chars < maxScrapChars || b.Chars < block.MaxDateLineChars && looksLikeDateLine(b.Text)) {
			b.Keep, b.Reason = false, "short line before the body (byline, date, reading time)"
		}
	}
}

// dropTrailingScraps drops the short label lines kept after the last prose paragraph
// ("Comments", "Related Articles", "Advertisement", "Topics"): the titles of boxes whose
// items were dropped. Headings are left to block.DropEmptyHeadings; notes and list items stay,
// and so does the title of an end box ("この記事を書いた人" over a bio of short sentences),
// which dropEndBoxes drops with its box.
func dropTrailingScraps(blocks []*block.Block) {
	for i := len(blocks) - 1; i >= 0; i-- {
		b := blocks[i]
		if !b.Keep {
			continue
		}
		if b.IsProse() {
			return
		}
		if b.Kind == view.Paragraph && !b.Note && b.Chars < maxScrapChars && !block.EndsSentence(b.Text) && !opensEndBox(b) {
			b.Keep, b.Reason = false, "short label after the body"
		} else if b.Kind == view.Paragraph && !b.Note && b.Chars < block.MaxDateLineChars && isDatedLine(b.Text) {
			b.Keep, b.Reason = false, "date line after the body (in the metadata)"
		}
	}
}

// looksLikeDateLine reports whether a short line carries a date or time: a four-digit year
// or an hh:mm time, and no sentence ending ("Updated 1:39 am EST, November 20, 2019").
func looksLikeDateLine(text string) bool {
	if block.EndsSentence(text) {
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
