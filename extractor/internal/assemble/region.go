package assemble

import (
	"strings"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html/atom"
)

// The main region of a page whose content spans several sections (a service page's hero,
// features, pricing and FAQ; a product page's description and specifications; a manual's
// chapter): where the article path's container sits, widened to the page's <main> or, on a
// page without one, to the outermost element below <body> that is not chrome. The header,
// navigation, footer and boxes inside the region are still told apart block by block (see
// regionKeeps).

// mainRegion returns the element that holds the page's main content around top: the
// nearest <main> (or role=main) above it, else its outermost ancestor below <body> that is
// not chrome. It returns nil when top is nil.
func mainRegion(top *block.Elem, total int) *block.Elem {
	if top == nil {
		return nil
	}
	for e := top; e != nil && e.Node != nil; e = e.Parent {
		if e.Node.DataAtom == atom.Main || strings.EqualFold(dom.Attr(e.Node, "role"), "main") {
			return e
		}
	}
	region := top
	for e := top.Parent; e != nil && e.Node != nil; e = e.Parent {
		if e.Node.DataAtom == atom.Html {
			break
		}
		if e.Node.DataAtom == atom.Body {
			// A page whose sections are the children of <body>: the region is the body,
			// unless the child that holds top holds most of the page's text out of links.
			if float64(region.Chars-region.LinkChars) < block.MinProseShare*float64(e.Chars-e.LinkChars) {
				region = e
			}
			break
		}
		if block.IsBoilerElem(e, total) || e.Sig&block.SigForm != 0 {
			break
		}
		region = e
	}
	return region
}

// regionKeeps reports whether a block of a page's main region is content by its own text
// and the boxes around it, and if not, says why: chrome, forms, page headers, link lists,
// calls to action made of a link, advertising labels, text the page repeats elsewhere (or a
// short one it repeats at all). inside counts the copies of each text in the region out of
// its chrome. rules are the exceptions of the page's kind.
func regionKeeps(b *block.Block, region *block.Elem, headline *block.Elem, repeats, inside map[string]int, total int, rules regionRules) (bool, string) {
	ctx := regionContext(b, region, total, rules.section)
	switch {
	case b.Note && ctx&block.CtxForm == 0:
		return true, "correction or update note"
	case ctx&block.CtxBoiler != 0:
		return false, block.ReasonChrome
	case ctx&block.CtxForm != 0:
		return false, block.ReasonForm
	case ctx&block.CtxHeader != 0 && b.Kind != view.Heading:
		return false, "page header"
	case b.El == headline:
		return false, "the title"
	case repeats[b.Text] > 1 && b.Kind != view.Heading && (b.Chars < minCopyChars || inside[b.Text] < repeats[b.Text]):
		return false, block.ReasonRepeated
	case block.IsAdLabel(b):
		return false, "advertisement label"
	case rules.linked != nil && rules.linked(b):
		return true, "content in a link"
	case b.Kind == view.ListItem && b.LinkDensity() > block.MaxListLinkDensity:
		return false, block.ReasonLinkList
	case b.Kind != view.ListItem && b.LinkDensity() > block.MaxLinkDensity:
		return false, block.ReasonMostlyLinks
	}
	return true, "content"
}

// regionRules are the exceptions a page kind makes to regionKeeps; the zero value makes none.
type regionRules struct {
	// section, when not nil, tells an element named chrome that is a section on this kind of
	// page (see regionContext).
	section func(*block.Elem) bool
	// linked, when not nil, tells a block inside a link that is content on this kind of page
	// (a card's title or text), whatever its link density.
	linked func(*block.Block) bool
}

// proseTotal is the prose of the whole page, in runes (see block.isProse).
func proseTotal(blocks []*block.Block) int {
	n := 0
	for _, b := range blocks {
		if b.IsProse() {
			n += b.Chars
		}
	}
	return n
}

// regionContext is block.BlockContext inside a page's main region, up to and including the
// region's own element: a tab list (role=tablist) is chrome on an article page, but on a
// service, product or documentation page its panels hold the FAQ, the description or the
// specifications; and a <header> inside the page's <main> is a section's (a hero's). An
// element that section (when not nil) accepts is not chrome either: a service page's
// accordion dropdown or testimonial carousel (see isLandingSection).
func regionContext(b *block.Block, region *block.Elem, total int, section func(*block.Elem) bool) block.Ancestry {
	var c block.Ancestry
	for e := b.El; e != nil && e != region.Parent; e = e.Parent {
		if e.Node == nil || e.Sig&block.SigStrongContent != 0 {
			break
		}
		if block.IsBoilerElem(e, total) && !isTabList(e) && (section == nil || !section(e)) {
			c |= block.CtxBoiler
		}
		// Inside the page's <main>, a <header> heads a section (a hero), not the page.
		if e.Sig&block.SigHeader != 0 && region.Node.DataAtom != atom.Main {
			c |= block.CtxHeader
		}
		if e.Sig&block.SigForm != 0 {
			c |= block.CtxForm
		}
	}
	return c
}

// isTabList reports whether e is chrome only by its role of tab list or tab (an accordion,
// a set of tabs), no class word nor tag naming it chrome.
func isTabList(e *block.Elem) bool {
	switch strings.ToLower(dom.Attr(e.Node, "role")) {
	case "tablist", "tab", "tabpanel":
		return e.Sig&(block.SigBoiler|block.SigAmbiguous|block.SigWeakBoiler) == 0 && !isChromeTag(e.Node.DataAtom)
	}
	return false
}

// isChromeTag reports whether a tag alone makes its element chrome (see elementSignals).
func isChromeTag(a atom.Atom) bool {
	switch a {
	case atom.Nav, atom.Footer, atom.Aside, atom.Menu, atom.Dialog:
		return true
	}
	return false
}

// widenToRegion keeps, beside what the article path kept, every block of region that
// regionKeeps accepts, with reason; a block of the region that the article path left
// outside its container and regionKeeps refuses gets regionKeeps' reason. It reports
// whether it kept any block. rules are the exceptions of the page's kind (see regionRules).
func widenToRegion(in Input, region *block.Elem, total int, reason string, rules regionRules) bool {
	added := false
	// inside counts the copies of each repeated text in the region out of its chrome: a text
	// the page repeats only there (a line of two pricing cards) is content.
	inside := map[string]int{}
	for _, b := range in.Blocks {
		if in.Repeats[b.Text] > 1 && block.Contains(region, b.El) && regionContext(b, region, total, rules.section)&(block.CtxBoiler|block.CtxForm) == 0 {
			inside[b.Text]++
		}
	}
	for _, b := range in.Blocks {
		if b.Keep || !block.Contains(region, b.El) {
			continue
		}
		ok, why := regionKeeps(b, region, in.Headline, in.Repeats, inside, total, rules)
		switch {
		case ok:
			b.Keep, b.Reason, added = true, reason, true
		case b.Reason == block.ReasonOutside:
			// The block is in the region now: say what keeps it out.
			b.Reason = why
		}
	}
	return added
}

// dropCopies drops a kept block whose text a kept block before it already holds: the
// mobile and desktop copies of a section, a tab's text shown twice. Short texts (a price, a
// label) are left to the other rules.
func dropCopies(blocks []*block.Block) {
	seen := map[string]bool{}
	for _, b := range blocks {
		if !b.Keep || b.Note {
			continue
		}
		if b.Chars >= minCopyChars && seen[b.Text] {
			b.Keep, b.Reason = false, "a copy of a block kept before it"
			continue
		}
		seen[b.Text] = true
	}
}

// keptBlocks returns the kept blocks, in document order, after the kind-independent
// clean-ups: box titles and headings left with nothing under them.
func keptBlocks(blocks []*block.Block) []*block.Block {
	block.DropBoxTitles(blocks)
	block.DropEmptyHeadings(blocks)
	var kept []*block.Block
	for _, b := range blocks {
		if b.Keep {
			kept = append(kept, b)
		}
	}
	return kept
}

// dropTitledBoxes drops each box whose title isTitle accepts: the title and what its box
// holds, the box being the title's nearest ancestor with more text than the title, when
// that box is a small part of the region (at most titledBoxShare of its text); else the
// title and the blocks after it up to the next heading of its level or higher, when they
// too hold at most titledBoxShare of the kept text.
func dropTitledBoxes(blocks []*block.Block, region *block.Elem, isTitle func(*block.Block) bool, reason string) {
	for i, b := range blocks {
		if !b.Keep || !block.Contains(region, b.El) || !isTitle(b) {
			continue
		}
		box := b.El.Parent
		for box != nil && box != region && box.Chars <= b.Chars {
			box = box.Parent
		}
		inBox := box != nil && box != region && float64(box.Chars) <= titledBoxShare*float64(region.Chars)
		var run []*block.Block
		for _, o := range blocks[i+1:] {
			if inBox && !block.Contains(box, o.El) || !inBox && o.Kind == view.Heading && (b.Kind != view.Heading || o.Level <= b.Level) {
				break
			}
			if o.Keep {
				run = append(run, o)
			}
		}
		if !inBox && float64(block.KeptChars(run)) > titledBoxShare*float64(keptText(blocks)) {
			continue
		}
		b.Keep, b.Reason = false, reason
		for _, o := range run {
			o.Keep, o.Reason = false, reason
		}
	}
}

// keptText is the length of the kept blocks' text among blocks.
func keptText(blocks []*block.Block) int {
	n := 0
	for _, b := range blocks {
		if b.Keep {
			n += b.Chars
		}
	}
	return n
}

// looksLikeArticle reports whether the article path found a story: its container holds the
// Headline's own <article>, or it is inside it, or an element the page marked as the
// Article body (itemprop=articleBody). A page kind's assembly that widens the result
// declines such a page: the kind was likely misjudged.
func looksLikeArticle(in Input) bool {
	if in.Top == nil {
		return false
	}
	if own := block.OutermostArticle(in.Headline); own != nil && own.Node.DataAtom == atom.Article && (block.Contains(own, in.Top) || block.Contains(in.Top, own)) {
		return true
	}
	for e := in.Top; e != nil; e = e.Parent {
		if e.Sig&block.SigStrongContent != 0 {
			return true
		}
	}
	return false
}
