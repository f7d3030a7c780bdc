package extractor

import (
	"sort"
	"strings"

	"github.com/pithdev/pith/extractor/internal/dates"
	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Cards: the repeated sibling structures of a page. A listing's items, a shop's product tiles
// and a thread's posts are runs of sibling elements of one shape (one tag and one class
// attribute, digits aside) under one parent: the grid. The article path keeps one container
// and its prose, so it keeps one card of twenty, or none when the cards are mostly links; the
// kinds' assemblies (assemble_listing.go, assemble_collection.go, assemble_forum.go) read
// the grids found here instead.

// cardGroup is one grid: the cards of one shape under one parent, in document order.
type cardGroup struct {
	parent *elem
	cards  []*elem
	chars  int // runes of text in the cards
	prose  int // runes of prose in the cards
}

// gridRules say what a grid must be: how many cards at least, and the most of the grid's text
// one card may hold (posts of a thread differ in length more than the items of a listing).
type gridRules struct {
	minCards     int
	maxCardShare float64
	// alikeShare: the cards of the common shape hold at least this share of the grid's text
	// (the rest: a heading, a detail row per item; in a thread, the nested replies).
	alikeShare float64
	// thread: a wrapper named for comments or replies holds cards, not chrome (the replies
	// of a thread), and neither does one named with an ambiguous word ("post-feed").
	thread bool
	// leadClass: cards may share only their first class word (a shop's tiles, whose classes
	// also name each product's category and stock: "product product_cat-mugs instock"). On
	// other pages the first class word is a layout's ("col-md-4") and makes grids of boxes.
	leadClass bool
	// anyWords: a grid in an element whose class words name chrome ("related-products",
	// "pagination-wrapper") counts; its tag, role or a filter's name still rule it out. For
	// a listing with no other grid (see mainGrids).
	anyWords bool
}

// The rules of the grids of items (listings), of products (collections) and of posts (forum
// threads).
var (
	itemGrid    = gridRules{minCards: minItemCards, maxCardShare: maxCardShare, alikeShare: minAlikeShare}
	productGrid = gridRules{minCards: minItemCards, maxCardShare: maxCardShare, alikeShare: minAlikeShare, leadClass: true}
	postGrid    = gridRules{minCards: minPosts, maxCardShare: 1, thread: true}
)

// findCardGroups returns the grids of the page that are not page chrome: at least
// rules.minCards sibling elements of one shape that together hold most of their parent's
// text, each card holding some text. blocks must have been scored (score fills the elements'
// counts). Groups come largest first.
func findCardGroups(blocks []*block, rules gridRules) []cardGroup {
	total, pageChars := pageTotals(blocks)
	children := map[*elem][]*elem{}
	seen := map[*elem]bool{}
	first := map[*elem]int{} // the index of the first block under each parent
	for _, b := range blocks {
		for e := b.el; e != nil && e.parent != nil && !seen[e]; e = e.parent {
			seen[e] = true
			if _, ok := first[e.parent]; !ok {
				first[e.parent] = b.index
			}
			children[e.parent] = append(children[e.parent], e)
		}
	}
	chrome := map[*elem]bool{}
	var groups []cardGroup
	for parent, kids := range children {
		if len(kids) < rules.minCards || parent.node == nil {
			continue
		}
		g, ok := gridOf(parent, kids, children, rules)
		if !ok {
			continue
		}
		if inChrome(parent, total, pageChars, rules.thread, !rules.anyWords, chrome) {
			continue
		}
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool {
		if groups[i].chars != groups[j].chars {
			return groups[i].chars > groups[j].chars
		}
		if groups[i].parent.depth != groups[j].parent.depth {
			return groups[i].parent.depth > groups[j].parent.depth
		}
		return first[groups[i].parent] < first[groups[j].parent]
	})
	return groups
}

// gridOf reads the children of parent as a grid by rules, or reports false. Cards share a
// class; in a shop, where each card's class also names its own category ("product
// product_cat-mugs instock"), they share their lead class (rules.leadClass); under atomic
// CSS, where every card's classes differ, they share their structure. The first shape whose
// cards are alike makes the grid; a thread's posts share their class or, with none in
// common, their structure.
func gridOf(parent *elem, kids []*elem, children map[*elem][]*elem, rules gridRules) (cardGroup, bool) {
	byStruct := func(e *elem) string { return structShape(e, children, structDepth) }
	shapes := []func(*elem) string{cardShape, byStruct}
	if rules.leadClass {
		shapes = []func(*elem) string{cardShape, leadClassShape, byStruct}
	}
	// The cards are the parent's children with text: those of the common shape and those
	// between them (a title row and a detail row per item, a heading before the grid).
	g := cardGroup{parent: parent}
	largest := 0
	for _, k := range kids {
		if k.chars > 0 {
			g.cards = append(g.cards, k)
			g.chars += k.chars
			g.prose += k.prose
			largest = max(largest, k.chars)
		}
	}
	// Cards are alike: one that holds most of the grid's text makes the siblings the parts of
	// a page (a header, the body, a footer), not cards.
	if float64(g.chars) < minGridShare*float64(parent.chars) || g.chars < minCardChars*len(g.cards) || float64(largest) > rules.maxCardShare*float64(g.chars) {
		return g, false
	}
	for i, shapeOf := range shapes {
		shape, n := commonShape(kids, shapeOf)
		if n < rules.minCards {
			continue
		}
		if !rules.thread && !holdsItems(kids, shape, shapeOf) {
			return g, false
		}
		alike := 0
		for _, k := range kids {
			if shapeOf(k) == shape {
				alike += k.chars
			}
		}
		if minAlikeShare*float64(len(g.cards)) <= float64(n) && float64(alike) >= rules.alikeShare*float64(g.chars) {
			// Tiles that share only their lead class are a shop's: names and prices, not the
			// prose of a grid of reviews ("review review-4-stars verified").
			lead := rules.leadClass && i == 1
			return g, !lead || float64(g.prose) < minPostProseShare*float64(g.chars)
		}
		if i == 0 && rules.thread {
			return g, false // a thread's posts share their class or nothing
		}
	}
	return g, false
}

// leadClassShape is the tag and the first class word of an element, digits dropped.
func leadClassShape(e *elem) string {
	lead, _, _ := strings.Cut(strings.TrimSpace(dom.Attr(e.node, "class")), " ")
	return e.node.Data + " " + strings.Map(func(r rune) rune {
		if '0' <= r && r <= '9' {
			return -1
		}
		return r
	}, lead)
}

// tableGrids returns the tables of the page that can be its list of items, largest first: a
// table block of at least minListingChars and minItemCards rows, outside page chrome, each
// a grid of one card (the table is one block; its rows are the items).
func tableGrids(blocks []*block) []cardGroup {
	total, pageChars := pageTotals(blocks)
	memo := map[*elem]bool{}
	var groups []cardGroup
	for _, b := range blocks {
		if b.kind != KindTable || b.chars < minListingChars || countRows(b.el.node, minItemCards) < minItemCards ||
			inChrome(b.el, total, pageChars, false, true, memo) {
			continue
		}
		groups = append(groups, cardGroup{parent: b.el, cards: []*elem{b.el}, chars: b.chars, prose: b.el.prose})
	}
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].chars > groups[j].chars })
	return groups
}

// countRows counts the table rows under n, up to most.
func countRows(n *html.Node, most int) int {
	rows := 0
	for c := n.FirstChild; c != nil && rows < most; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Tr {
			rows++
			continue
		}
		rows += countRows(c, most-rows)
	}
	return rows
}

// cardShape is what makes sibling elements cards of one grid: the tag and the class
// attribute with digits and state words dropped ("post-123 is-active" and "post-124" are one).
func cardShape(e *elem) string {
	var sb strings.Builder
	sb.WriteString(e.node.Data)
	for name := range strings.FieldsSeq(dom.Attr(e.node, "class")) {
		if cardStateWords[strings.ToLower(name)] {
			continue
		}
		sb.WriteByte(' ')
		for i := 0; i < len(name); i++ {
			if c := name[i]; c < '0' || c > '9' {
				sb.WriteByte(c)
			}
		}
	}
	return sb.String()
}

// cardStateWords are class names that mark a card's state, not its shape.
var cardStateWords = dom.TokenSet("active", "is-active", "first", "last", "odd", "even", "selected", "current",
	"featured", "new", "sale", "hidden", "visible", "show", "lazyloaded", "loaded")

// structShape is the shape of an element by its structure: its tag and, depth levels down,
// the tags of the elements under it that hold text ("div(div(article(h2 p)))").
func structShape(e *elem, children map[*elem][]*elem, depth int) string {
	var sb strings.Builder
	sb.WriteString(e.node.Data)
	if kids := children[e]; depth > 0 && len(kids) > 0 {
		sb.WriteByte('(')
		for i, k := range kids {
			if i == maxStructKids {
				sb.WriteString(" ...")
				break
			}
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(structShape(k, children, depth-1))
		}
		sb.WriteByte(')')
	}
	return sb.String()
}

// structDepth and maxStructKids bound structShape: three levels, four children a level, tell a
// card from a menu item without spelling out a whole post.
const (
	structDepth   = 3
	maxStructKids = 4
)

// commonShape returns the most common shape among kids and how many have it.
func commonShape(kids []*elem, shapeOf func(*elem) string) (string, int) {
	count := map[string]int{}
	best, n := "", 0
	for _, k := range kids {
		if k.chars == 0 {
			continue
		}
		s := shapeOf(k)
		count[s]++
		if count[s] > n {
			best, n = s, count[s]
		}
	}
	return best, n
}

// inChrome reports whether e or an ancestor is page chrome (see isBoilerElem), a form, the
// page header, or a filter or sort bar (see facetWords). With replies, a comment section or
// an element named with an ambiguous word only is not chrome; without byWord, class words
// that name chrome (see chromeByWord) do not count, only tags, roles, forms and filters.
// memo remembers the answers.
func inChrome(e *elem, total, pageChars int, replies, byWord bool, memo map[*elem]bool) bool {
	var path []*elem
	v := false
	for x := e; x != nil && x.node != nil; x = x.parent {
		if c, ok := memo[x]; ok {
			v = c
			break
		}
		path = append(path, x)
		if replies && x.sig&sigChrome == 0 && (x.sig&sigComments != 0 || x.sig&sigBoiler == 0 && x.sig&(sigAmbiguous|sigWeakBoiler) != 0) {
			continue
		}
		if x.sig&sigChrome != 0 || x.sig&(sigForm|sigHeader) != 0 && x.node.DataAtom != atom.Form || isFacetBar(x, pageChars) || byWord && chromeByWord(x, total, pageChars) {
			v = true
			break
		}
	}
	for _, x := range path {
		memo[x] = v
	}
	return v
}

// chromeByWord reports whether e's class or id words make it chrome on a page of cards, where
// there is little prose to weigh them against: a strong word ("related", "sidebar") unless e
// holds over boilerShare of the page's text (a "recirc-feed" wrapper of the page's cards), an
// ambiguous word ("search", "feed", "teaser") only when e holds less than ambiguousGridShare
// of it (a search page's results are its content).
func chromeByWord(e *elem, total, pageChars int) bool {
	switch {
	case e.sig&sigBoiler != 0:
		return float64(e.chars) <= boilerShare*float64(pageChars)
	case isBoilerElem(e, total):
		return float64(e.chars) < ambiguousGridShare*float64(pageChars)
	}
	return false
}

// facetWords are class and id words of a shop's or listing's filters and sort bars: never
// the items.
var facetWords = dom.TokenSet("facet", "facets", "filter", "filters", "refinement", "refinements", "sort", "sorting", "sortby")

// isFacetBar reports whether e is a filter or sort bar: named for one (see namesFacet) and
// holding at most boilerShare of the page's text. A wrapper that holds most of the page
// ("search-page--with-filters", id "filter_results") is named for what its layout has room
// for: the results it holds are the page's content.
func isFacetBar(e *elem, pageChars int) bool {
	return namesFacet(e) && float64(e.chars) <= boilerShare*float64(pageChars)
}

// namesFacet reports whether an element's class or id names a filter or sort bar.
func namesFacet(e *elem) bool {
	found := false
	for _, a := range e.node.Attr {
		if a.Key == "class" || a.Key == "id" {
			eachClassWord(a.Val, func(w []byte) {
				if facetWords[string(w)] {
					found = true
				}
			})
		}
	}
	return found
}

// cardBlocks marks the blocks of the given grids as kept, with reason, unless they are
// chrome inside the grid (a form, a share bar), a label the cards repeat ("Read more", "Add to
// cart") or empty. It also keeps the heading just before each grid (a section's title). It
// returns how many blocks it newly kept.
func cardBlocks(blocks []*block, groups []cardGroup, repeats map[string]int, reason string) int {
	in := map[*elem]*cardGroup{}
	for i := range groups {
		for _, c := range groups[i].cards {
			in[c] = &groups[i]
		}
	}
	total := 0
	for _, b := range blocks {
		if b.isProse() {
			total += b.chars
		}
	}
	added := 0
	for i, b := range blocks {
		g, card := cardOf(b, in)
		if g == nil {
			continue
		}
		if i > 0 && b == firstBlockOf(blocks, i, g) {
			if h := blocks[i-1]; h.kind == KindHeading && !h.keep && contains(g.parent.parent, h.el) && blockContext(h, nil, total)&(ctxBoiler|ctxForm) == 0 {
				h.keep, h.reason = true, reason+": the title of a grid"
				added++
			}
		}
		if b.keep {
			continue
		}
		if chromeInCard(b, card) || isAdLabel(b) {
			continue
		}
		if b.chars < maxLabelChars && 2*repeats[b.text] >= len(g.cards) && repeats[b.text] >= minLabelRepeats {
			continue // "Read more", "Add to cart" on every card
		}
		b.keep, b.reason = true, reason
		added++
	}
	return added
}

// cardOf returns the grid and the card that hold b, or nil. The innermost card decides.
func cardOf(b *block, in map[*elem]*cardGroup) (*cardGroup, *elem) {
	for e := b.el; e != nil; e = e.parent {
		if g, ok := in[e]; ok {
			return g, e
		}
	}
	return nil, nil
}

// firstBlockOf returns the first block of grid g at or before index i.
func firstBlockOf(blocks []*block, i int, g *cardGroup) *block {
	for i > 0 && contains(g.parent, blocks[i-1].el) {
		i--
	}
	return blocks[i]
}

// keptInOrder returns the kept blocks in document order.
func keptInOrder(blocks []*block) []*block {
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

// chromeInCard reports whether b sits in chrome inside its card: a nav, aside, form or sort
// bar, or an
// element named like chrome that holds less than half of the card's text (a card's share bar,
// its "sponsored" label), but for a byline with a date. The grid is the content, so the class words of the card itself, or
// of a wrapper holding most of it ("recirc-list-item"), do not count.
func chromeInCard(b *block, card *elem) bool {
	// A card's byline with its date ("Ines Baker answered Mar 4, 2025") is a part of it, in
	// whatever box the theme puts it ("post-signature", "user-details").
	byline := isByline(b)
	for e := b.el; e != nil && e != card; e = e.parent {
		if e.sig&(sigChrome|sigForm) != 0 || namesFacet(e) {
			return true
		}
		if e.sig&(sigBoiler|sigComments) != 0 && 2*e.chars < card.chars && !byline {
			return true
		}
	}
	return false
}

// isByline reports whether b is a short line with a written date, not in a comment section:
// a post's or an item's byline.
func isByline(b *block) bool {
	return b.chars <= maxDateLineChars && dates.Index(b.text) >= 0 && !under(b.el, sigComments)
}

// dropKeptChrome drops the blocks the article path kept inside page chrome, now judged against
// the page's text rather than its prose: on a page of cards, with little prose, a cookie
// notice's paragraph is most of the prose but little of the text.
func dropKeptChrome(blocks []*block) {
	total, pageChars := pageTotals(blocks)
	memo := map[*elem]bool{}
	for _, b := range blocks {
		if b.keep && !b.note && namedChrome(b.el, total, pageChars, memo) {
			b.keep, b.reason = false, "inside page chrome, on a page of cards"
		}
	}
}

// namedChrome reports whether e or an ancestor is chrome by its tag or role, or by its class
// words weighed against the page's text (see chromeByWord). memo remembers the answers.
func namedChrome(e *elem, total, pageChars int, memo map[*elem]bool) bool {
	var path []*elem
	v := false
	for x := e; x != nil && x.node != nil; x = x.parent {
		if c, ok := memo[x]; ok {
			v = c
			break
		}
		path = append(path, x)
		if x.sig&sigChrome != 0 || chromeByWord(x, total, pageChars) {
			v = true
			break
		}
	}
	for _, x := range path {
		memo[x] = v
	}
	return v
}

// holdsItems reports whether the siblings of one shape can be the items of a grid: not the
// paragraphs and headings of a text (an article's body, an SEO text under a shop's grid).
func holdsItems(kids []*elem, shape string, shapeOf func(*elem) string) bool {
	for _, k := range kids {
		if shapeOf(k) != shape {
			continue
		}
		switch k.node.DataAtom {
		case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Blockquote:
			return false
		}
		return true
	}
	return false
}

// keepIntro keeps the page's own text around its grids: the paragraphs of prose, outside the
// grids and page chrome, in the smallest element that holds both the headline and the largest
// grid ("Our air purifiers are designed with...", set below the grid by the theme). The
// article path leaves them out when it takes the grid for the body. With no headline it keeps
// none: the region would be guesswork.
func keepIntro(blocks []*block, headline *elem, groups []cardGroup, reason string) {
	if headline == nil || len(groups) == 0 {
		return
	}
	region := groups[0].parent
	for region != nil && !contains(region, headline) {
		region = region.parent
	}
	if region == nil || region.node == nil {
		return
	}
	total, pageChars := pageTotals(blocks)
	memo := map[*elem]bool{}
	for _, b := range blocks {
		if b.keep || b.kind != KindParagraph || !b.isProse() || b.linkDensity() > maxLinkDensity || !contains(region, b.el) || inGrids(b, groups) {
			continue
		}
		if blockContext(b, nil, total)&(ctxBoiler|ctxForm) != 0 || namedChrome(b.el, total, pageChars, memo) {
			continue
		}
		b.keep, b.reason = true, reason
	}
}

// inGrids reports whether b sits in one of the grids.
func inGrids(b *block, groups []cardGroup) bool {
	for _, g := range groups {
		if contains(g.parent, b.el) {
			return true
		}
	}
	return false
}

// pageTotals returns the runes of prose and of text in the page's blocks: what chrome and grids
// are weighed against.
func pageTotals(blocks []*block) (prose, chars int) {
	for _, b := range blocks {
		chars += b.chars
		if b.isProse() {
			prose += b.chars
		}
	}
	return prose, chars
}
