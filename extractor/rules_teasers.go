package extractor

import (
	"net/url"
	"strings"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropTrailingTeasers drops the grid of teaser cards that ends a story or a documentation
// page: other posts, products or case studies, each card a heading that is wholly a link
// (the card's title) with a short excerpt, price or date under it, in an element of their
// own after the body (a "Blog." carousel, "More checklists", "Essentials for happy plants:"),
// and the short heading that titles the grid. A run of such cards is teasers, not body, when
// it is all that follows the body's last block and the element that holds its cards holds
// none of the body: a roundup whose sections open with linked product names holds its prose
// beside them, in the same element, and stays. Bounded by size (at most teaserShare of the
// kept text). It returns the blocks still kept; the dropped ones say why.
func dropTrailingTeasers(kept []*block.Block, pageURL string) []*block.Block {
	start, titles := teaserRun(kept, pageURL)
	if titles < minTeaserCards || start == 0 {
		return kept
	}
	if b := kept[start-1]; start > 1 && b.Kind == view.Heading && b.LinkDensity() < minCardTitleLinkDensity && b.Chars <= maxGridTitleChars {
		start-- // the grid's title
	}
	n := block.KeptChars(kept[start:])
	if float64(n) > teaserShare*float64(block.KeptChars(kept)) {
		return kept
	}
	for _, b := range kept[start:] {
		b.Keep, b.Reason = false, "teaser cards after the body: other pages' titles and excerpts"
	}
	return kept[:start]
}

// teaserRun returns where the run of teaser cards that ends kept starts and how many card
// titles it holds, or 0 titles when kept does not end with one (see dropTrailingTeasers).
// The run opens with a card title; every block in it is a card title of the first one's
// level or a short line (at most maxTeaserChars, not a heading); and the smallest element
// that holds its titles does not hold the block before it.
func teaserRun(kept []*block.Block, pageURL string) (start, titles int) {
	start = len(kept)
	level := 0
	var page *url.URL // the page's address, read at the first card title (most pages have none)
	read := false
	address := func() *url.URL {
		if !read {
			page, read = pageAddress(pageURL), true
		}
		return page
	}
	for i := len(kept) - 1; i > 0; i-- {
		b := kept[i]
		switch {
		case isCardTitle(b) && (level == 0 || b.Level == level) && linksWithin(b, address()):
			level = b.Level
			titles++
			start = i
			continue
		case b.Kind != view.Heading && !b.Note && b.Chars <= maxTeaserChars:
			continue
		}
		break
	}
	if titles < minTeaserCards {
		return 0, 0
	}
	var grid *block.Elem
	for _, b := range kept[start:] {
		if isCardTitle(b) {
			grid = commonElem(grid, b.El)
		}
	}
	if grid == nil {
		return 0, 0
	}
	if block.Contains(grid, kept[start-1].El) && !cardsApart(kept, start, grid) {
		return 0, 0
	}
	for _, b := range kept[start:] {
		if !block.Contains(grid, b.El) {
			return 0, 0
		}
	}
	return start, titles
}

// isCardTitle reports whether b is a heading that is wholly a link: the title of a card that
// leads to another page.
func isCardTitle(b *block.Block) bool {
	return b.Kind == view.Heading && b.LinkDensity() >= minCardTitleLinkDensity
}

// commonElem returns the smallest element that holds both a and b (b when a is nil).
func commonElem(a, b *block.Elem) *block.Elem {
	if a == nil {
		return b
	}
	for e := a; e != nil; e = e.Parent {
		if block.Contains(e, b) {
			return e
		}
	}
	return nil
}

// linksWithin reports whether the link of a card's title leads to another page of the site:
// a relative address or one on the page's host (any web address when the page's is not
// known), not an anchor on the page itself (an accordion's toggle, a section's link to
// itself; the page's own address without one is its card in a grid of the site's posts), a
// script or a mail address. The link is the first <a> inside the title, or the
// one that holds it, up to maxCardLinkDepth levels up (a card wholly inside its link).
func linksWithin(b *block.Block, page *url.URL) bool {
	a := cardLink(b.El.Node)
	if a == nil {
		return false
	}
	href := strings.TrimSpace(dom.Attr(a, "href"))
	if href == "" || href[0] == '#' {
		return false
	}
	u, err := url.Parse(href)
	switch {
	case err != nil:
		return false
	case u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https":
		return false
	case page == nil:
		return true
	}
	u = page.ResolveReference(u)
	return sameHost(u, page) && (u.Fragment == "" || strings.TrimSuffix(u.Path, "/") != strings.TrimSuffix(page.Path, "/"))
}

// sameHost reports whether two addresses are on one host, "www." aside.
func sameHost(a, b *url.URL) bool {
	return strings.TrimPrefix(strings.ToLower(a.Hostname()), "www.") == strings.TrimPrefix(strings.ToLower(b.Hostname()), "www.")
}

// cardLink returns the <a> with an href inside n or around it (see linksWithin), or nil.
func cardLink(n *html.Node) *html.Node {
	if n == nil {
		return nil
	}
	for a, up := n, 0; a != nil && up <= maxCardLinkDepth; a, up = a.Parent, up+1 {
		if a.Type == html.ElementNode && a.DataAtom == atom.A {
			return a
		}
	}
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			if _, ok := dom.AttrOK(c, "href"); ok {
				return c
			}
		}
	}
	return nil
}

// pageAddress returns the page's address when it is a web address, or nil.
func pageAddress(pageURL string) *url.URL {
	u, err := url.Parse(pageURL)
	if err != nil || u.Host == "" {
		return nil
	}
	return u
}

// cardsApart reports whether the cards of a run that shares its element with the body stand
// apart from it: the run is a small share of the kept text (at most siblingTeaserShare), and
// the children of grid that hold its card titles hold no block before the run.
func cardsApart(kept []*block.Block, start int, grid *block.Elem) bool {
	if float64(block.KeptChars(kept[start:])) > siblingTeaserShare*float64(block.KeptChars(kept)) {
		return false
	}
	prev := kept[start-1].El
	for _, b := range kept[start:] {
		if !isCardTitle(b) {
			continue
		}
		card := b.El
		for card.Parent != nil && card.Parent != grid {
			card = card.Parent
		}
		if block.Contains(card, prev) {
			return false
		}
	}
	return true
}
