package extractor

import (
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
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
func mainRegion(top *elem, total int) *elem {
	if top == nil {
		return nil
	}
	for e := top; e != nil && e.node != nil; e = e.parent {
		if e.node.DataAtom == atom.Main || strings.EqualFold(dom.Attr(e.node, "role"), "main") {
			return e
		}
	}
	region := top
	for e := top.parent; e != nil && e.node != nil; e = e.parent {
		if e.node.DataAtom == atom.Html {
			break
		}
		if e.node.DataAtom == atom.Body {
			// A page whose sections are the children of <body>: the region is the body,
			// unless the child that holds top holds most of the page's text out of links.
			if float64(region.chars-region.linkChars) < minProseShare*float64(e.chars-e.linkChars) {
				region = e
			}
			break
		}
		if isBoilerElem(e, total) || e.sig&sigForm != 0 {
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
func regionKeeps(b *block, region *elem, headline *elem, repeats, inside map[string]int, total int, rules regionRules) (bool, string) {
	ctx := regionContext(b, region, total, rules.section)
	switch {
	case b.note && ctx&ctxForm == 0:
		return true, "correction or update note"
	case ctx&ctxBoiler != 0:
		return false, reasonChrome
	case ctx&ctxForm != 0:
		return false, reasonForm
	case ctx&ctxHeader != 0 && b.kind != KindHeading:
		return false, "page header"
	case b.el == headline:
		return false, "the title"
	case repeats[b.text] > 1 && b.kind != KindHeading && (b.chars < minCopyChars || inside[b.text] < repeats[b.text]):
		return false, reasonRepeated
	case isAdLabel(b):
		return false, "advertisement label"
	case rules.linked != nil && rules.linked(b):
		return true, "content in a link"
	case b.kind == KindListItem && b.linkDensity() > maxListLinkDensity:
		return false, reasonLinkList
	case b.kind != KindListItem && b.linkDensity() > maxLinkDensity:
		return false, reasonMostlyLinks
	}
	return true, "content"
}

// regionRules are the exceptions a page kind makes to regionKeeps; the zero value makes none.
type regionRules struct {
	// section, when not nil, tells an element named chrome that is a section on this kind of
	// page (see regionContext).
	section func(*elem) bool
	// linked, when not nil, tells a block inside a link that is content on this kind of page
	// (a card's title or text), whatever its link density.
	linked func(*block) bool
}

// proseTotal is the prose of the whole page, in runes (see block.isProse).
func proseTotal(blocks []*block) int {
	n := 0
	for _, b := range blocks {
		if b.isProse() {
			n += b.chars
		}
	}
	return n
}

// regionContext is blockContext inside a page's main region, up to and including the
// region's own element: a tab list (role=tablist) is chrome on an article page, but on a
// service, product or documentation page its panels hold the FAQ, the description or the
// specifications; and a <header> inside the page's <main> is a section's (a hero's). An
// element that section (when not nil) accepts is not chrome either: a service page's
// accordion dropdown or testimonial carousel (see isLandingSection).
func regionContext(b *block, region *elem, total int, section func(*elem) bool) ancestry {
	var c ancestry
	for e := b.el; e != nil && e != region.parent; e = e.parent {
		if e.node == nil || e.sig&sigStrongContent != 0 {
			break
		}
		if isBoilerElem(e, total) && !isTabList(e) && (section == nil || !section(e)) {
			c |= ctxBoiler
		}
		// Inside the page's <main>, a <header> heads a section (a hero), not the page.
		if e.sig&sigHeader != 0 && region.node.DataAtom != atom.Main {
			c |= ctxHeader
		}
		if e.sig&sigForm != 0 {
			c |= ctxForm
		}
	}
	return c
}

// isTabList reports whether e is chrome only by its role of tab list or tab (an accordion,
// a set of tabs), no class word nor tag naming it chrome.
func isTabList(e *elem) bool {
	switch strings.ToLower(dom.Attr(e.node, "role")) {
	case "tablist", "tab", "tabpanel":
		return e.sig&(sigBoiler|sigAmbiguous|sigWeakBoiler) == 0 && !isChromeTag(e.node.DataAtom)
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
func widenToRegion(in kindInput, region *elem, total int, reason string, rules regionRules) bool {
	added := false
	// inside counts the copies of each repeated text in the region out of its chrome: a text
	// the page repeats only there (a line of two pricing cards) is content.
	inside := map[string]int{}
	for _, b := range in.blocks {
		if in.repeats[b.text] > 1 && contains(region, b.el) && regionContext(b, region, total, rules.section)&(ctxBoiler|ctxForm) == 0 {
			inside[b.text]++
		}
	}
	for _, b := range in.blocks {
		if b.keep || !contains(region, b.el) {
			continue
		}
		ok, why := regionKeeps(b, region, in.headline, in.repeats, inside, total, rules)
		switch {
		case ok:
			b.keep, b.reason, added = true, reason, true
		case b.reason == reasonOutside:
			// The block is in the region now: say what keeps it out.
			b.reason = why
		}
	}
	return added
}

// dropCopies drops a kept block whose text a kept block before it already holds: the
// mobile and desktop copies of a section, a tab's text shown twice. Short texts (a price, a
// label) are left to the other rules.
func dropCopies(blocks []*block) {
	seen := map[string]bool{}
	for _, b := range blocks {
		if !b.keep || b.note {
			continue
		}
		if b.chars >= minCopyChars && seen[b.text] {
			b.keep, b.reason = false, "a copy of a block kept before it"
			continue
		}
		seen[b.text] = true
	}
}

// keptBlocks returns the kept blocks, in document order, after the kind-independent
// clean-ups: box titles and headings left with nothing under them.
func keptBlocks(blocks []*block) []*block {
	dropBoxTitles(blocks)
	dropEmptyHeadings(blocks)
	var kept []*block
	for _, b := range blocks {
		if b.keep {
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
func dropTitledBoxes(blocks []*block, region *elem, isTitle func(*block) bool, reason string) {
	for i, b := range blocks {
		if !b.keep || !contains(region, b.el) || !isTitle(b) {
			continue
		}
		box := b.el.parent
		for box != nil && box != region && box.chars <= b.chars {
			box = box.parent
		}
		inBox := box != nil && box != region && float64(box.chars) <= titledBoxShare*float64(region.chars)
		var run []*block
		for _, o := range blocks[i+1:] {
			if inBox && !contains(box, o.el) || !inBox && o.kind == KindHeading && (b.kind != KindHeading || o.level <= b.level) {
				break
			}
			if o.keep {
				run = append(run, o)
			}
		}
		if !inBox && float64(keptChars(run)) > titledBoxShare*float64(keptText(blocks)) {
			continue
		}
		b.keep, b.reason = false, reason
		for _, o := range run {
			o.keep, o.reason = false, reason
		}
	}
}

// keptText is the length of the kept blocks' text among blocks.
func keptText(blocks []*block) int {
	n := 0
	for _, b := range blocks {
		if b.keep {
			n += b.chars
		}
	}
	return n
}

// looksLikeArticle reports whether the article path found a story: its container holds the
// headline's own <article>, or it is inside it, or an element the page marked as the
// article body (itemprop=articleBody). A page kind's assembly that widens the result
// declines such a page: the kind was likely misjudged.
func looksLikeArticle(in kindInput) bool {
	if in.top == nil {
		return false
	}
	if own := outermostArticle(in.headline); own != nil && own.node.DataAtom == atom.Article && (contains(own, in.top) || contains(in.top, own)) {
		return true
	}
	for e := in.top; e != nil; e = e.parent {
		if e.sig&sigStrongContent != 0 {
			return true
		}
	}
	return false
}
