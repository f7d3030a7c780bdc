package block

import (
	"sort"
	"strings"

	"github.com/pithdev/pith/extractor/internal/dates"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Cards: the repeated sibling structures of a page. A listing's items, a shop's product tiles
// and a thread's posts are runs of sibling elements of one shape (one tag and one class
// attribute, digits aside) under one parent: the grid. The article path keeps one container
// and its prose, so it keeps one card of twenty, or none when the cards are mostly links; the
// kinds' assemblies (internal/assemble: listing.go, collection.go, forum.go) read
// the grids found here instead.

// CardGroup is one grid: the cards of one shape under one parent, in document order.
type CardGroup struct {
	Parent *Elem
	Cards  []*Elem
	Chars  int // runes of text in the cards
	Prose  int // runes of prose in the cards
}

// GridRules say what a grid must be: how many cards at least, and the most of the grid's text
// one card may hold (posts of a thread differ in length more than the items of a listing).
type GridRules struct {
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
	AnyWords bool
}

// The rules of the grids of items (listings), of products (collections) and of posts (forum
// threads).
var (
	ItemGrid    = GridRules{minCards: minItemCards, maxCardShare: maxCardShare, alikeShare: minAlikeShare}
	ProductGrid = GridRules{minCards: minItemCards, maxCardShare: maxCardShare, alikeShare: minAlikeShare, leadClass: true}
	PostGrid    = GridRules{minCards: MinPosts, maxCardShare: 1, thread: true}
)

// FindCardGroups returns the grids of the page that are not page chrome: at least
// rules.minCards sibling elements of one shape that together hold most of their parent's
// text, each card holding some text. blocks must have been scored (score fills the elements'
// counts). Groups come largest first.
func FindCardGroups(blocks []*Block, rules GridRules) []CardGroup {
	total, pageChars := PageTotals(blocks)
	children := map[*Elem][]*Elem{}
	seen := map[*Elem]bool{}
	first := map[*Elem]int{} // the index of the first block under each parent
	for _, b := range blocks {
		for e := b.El; e != nil && e.Parent != nil && !seen[e]; e = e.Parent {
			seen[e] = true
			if _, ok := first[e.Parent]; !ok {
				first[e.Parent] = b.Index
			}
			children[e.Parent] = append(children[e.Parent], e)
		}
	}
	chrome := map[*Elem]bool{}
	var groups []CardGroup
	for parent, kids := range children {
		if len(kids) < rules.minCards || parent.Node == nil {
			continue
		}
		g, ok := gridOf(parent, kids, children, rules)
		if !ok {
			continue
		}
		if inChrome(parent, total, pageChars, rules.thread, !rules.AnyWords, chrome) {
			continue
		}
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool {
		if groups[i].Chars != groups[j].Chars {
			return groups[i].Chars > groups[j].Chars
		}
		if groups[i].Parent.Depth != groups[j].Parent.Depth {
			return groups[i].Parent.Depth > groups[j].Parent.Depth
		}
		return first[groups[i].Parent] < first[groups[j].Parent]
	})
	return groups
}

// gridOf reads the children of parent as a grid by rules, or reports false. Cards share a
// class; in a shop, where each card's class also names its own category ("product
// product_cat-mugs instock"), they share their lead class (rules.leadClass); under atomic
// CSS, where every card's classes differ, they share their structure. The first shape whose
// cards are alike makes the grid; a thread's posts share their class or, with none in
// common, their structure.
func gridOf(parent *Elem, kids []*Elem, children map[*Elem][]*Elem, rules GridRules) (CardGroup, bool) {
	byStruct := func(e *Elem) string { return structShape(e, children, structDepth) }
	shapes := []func(*Elem) string{CardShape, byStruct}
	if rules.leadClass {
		shapes = []func(*Elem) string{CardShape, leadClassShape, byStruct}
	}
	// The cards are the parent's children with text: those of the common shape and those
	// between them (a title row and a detail row per item, a heading before the grid).
	g := CardGroup{Parent: parent}
	largest := 0
	for _, k := range kids {
		if k.Chars > 0 {
			g.Cards = append(g.Cards, k)
			g.Chars += k.Chars
			g.Prose += k.Prose
			largest = max(largest, k.Chars)
		}
	}
	// Cards are alike: one that holds most of the grid's text makes the siblings the parts of
	// a page (a header, the body, a footer), not cards.
	if float64(g.Chars) < minGridShare*float64(parent.Chars) || g.Chars < minCardChars*len(g.Cards) || float64(largest) > rules.maxCardShare*float64(g.Chars) {
		return g, false
	}
	for i, shapeOf := range shapes {
		shape, n := CommonShape(kids, shapeOf)
		if n < rules.minCards {
			continue
		}
		if !rules.thread && !holdsItems(kids, shape, shapeOf) {
			return g, false
		}
		alike := 0
		for _, k := range kids {
			if shapeOf(k) == shape {
				alike += k.Chars
			}
		}
		if minAlikeShare*float64(len(g.Cards)) <= float64(n) && float64(alike) >= rules.alikeShare*float64(g.Chars) {
			// Tiles that share only their lead class are a shop's: names and prices, not the
			// prose of a grid of reviews ("review review-4-stars verified").
			lead := rules.leadClass && i == 1
			return g, !lead || float64(g.Prose) < MinPostProseShare*float64(g.Chars)
		}
		if i == 0 && rules.thread {
			return g, false // a thread's posts share their class or nothing
		}
	}
	return g, false
}

// leadClassShape is the tag and the first class word of an element, digits dropped.
func leadClassShape(e *Elem) string {
	lead, _, _ := strings.Cut(strings.TrimSpace(dom.Attr(e.Node, "class")), " ")
	return e.Node.Data + " " + strings.Map(func(r rune) rune {
		if '0' <= r && r <= '9' {
			return -1
		}
		return r
	}, lead)
}

// TableGrids returns the tables of the page that can be its list of items, largest first: a
// table block of at least MinListingChars and minItemCards rows, outside page chrome, each
// a grid of one card (the table is one block; its rows are the items).
func TableGrids(blocks []*Block) []CardGroup {
	total, pageChars := PageTotals(blocks)
	memo := map[*Elem]bool{}
	var groups []CardGroup
	for _, b := range blocks {
		if b.Kind != view.Table || b.Chars < MinListingChars || countRows(b.El.Node, minItemCards) < minItemCards ||
			inChrome(b.El, total, pageChars, false, true, memo) {
			continue
		}
		groups = append(groups, CardGroup{Parent: b.El, Cards: []*Elem{b.El}, Chars: b.Chars, Prose: b.El.Prose})
	}
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].Chars > groups[j].Chars })
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

// CardShape is what makes sibling elements cards of one grid: the tag and the class
// attribute with digits and state words dropped ("post-123 is-active" and "post-124" are one).
func CardShape(e *Elem) string {
	var sb strings.Builder
	sb.WriteString(e.Node.Data)
	for name := range strings.FieldsSeq(dom.Attr(e.Node, "class")) {
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
func structShape(e *Elem, children map[*Elem][]*Elem, depth int) string {
	var sb strings.Builder
	sb.WriteString(e.Node.Data)
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

// CommonShape returns the most common shape among kids and how many have it.
func CommonShape(kids []*Elem, shapeOf func(*Elem) string) (string, int) {
	count := map[string]int{}
	best, n := "", 0
	for _, k := range kids {
		if k.Chars == 0 {
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

// inChrome reports whether e or an ancestor is page chrome (see IsBoilerElem), a form, the
// page header, or a filter or sort bar (see facetWords). With replies, a comment section or
// an element named with an ambiguous word only is not chrome; without byWord, class words
// that name chrome (see chromeByWord) do not count, only tags, roles, forms and filters.
// memo remembers the answers.
func inChrome(e *Elem, total, pageChars int, replies, byWord bool, memo map[*Elem]bool) bool {
	return MemoUp(e, nil, memo, func(x *Elem) bool {
		if replies && x.Sig&SigChrome == 0 && (x.Sig&SigComments != 0 || x.Sig&SigBoiler == 0 && x.Sig&(SigAmbiguous|SigWeakBoiler) != 0) {
			return false
		}
		return x.Sig&SigChrome != 0 || x.Sig&(SigForm|SigHeader) != 0 && x.Node.DataAtom != atom.Form || isFacetBar(x, pageChars) || byWord && chromeByWord(x, total, pageChars)
	})
}

// MemoUp reports whether e or one of its ancestors below stop (nil: the root) passes test,
// climbing from e until test passes or memo holds the answer for an element on the way, and
// writes the answer into memo for every element it passed.
func MemoUp(e, stop *Elem, memo map[*Elem]bool, test func(*Elem) bool) bool {
	var path []*Elem
	v := false
	for x := e; x != nil && x != stop && x.Node != nil; x = x.Parent {
		if c, ok := memo[x]; ok {
			v = c
			break
		}
		path = append(path, x)
		if test(x) {
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
// holds over BoilerShare of the page's text (a "recirc-feed" wrapper of the page's cards), an
// ambiguous word ("search", "feed", "teaser") only when e holds less than ambiguousGridShare
// of it (a search page's results are its content).
func chromeByWord(e *Elem, total, pageChars int) bool {
	switch {
	case e.Sig&SigBoiler != 0:
		return float64(e.Chars) <= BoilerShare*float64(pageChars)
	case IsBoilerElem(e, total):
		return float64(e.Chars) < ambiguousGridShare*float64(pageChars)
	}
	return false
}

// facetWords are class and id words of a shop's or listing's filters and sort bars: never
// the items.
var facetWords = dom.TokenSet("facet", "facets", "filter", "filters", "refinement", "refinements", "sort", "sorting", "sortby")

// isFacetBar reports whether e is a filter or sort bar: named for one (see NamesFacet) and
// holding at most BoilerShare of the page's text. A wrapper that holds most of the page
// ("search-page--with-filters", id "filter_results") is named for what its layout has room
// for: the results it holds are the page's content.
func isFacetBar(e *Elem, pageChars int) bool {
	return NamesFacet(e) && float64(e.Chars) <= BoilerShare*float64(pageChars)
}

// NamesFacet reports whether an element's class or id names a filter or sort bar.
func NamesFacet(e *Elem) bool {
	found := false
	for _, a := range e.Node.Attr {
		if a.Key == "class" || a.Key == "id" {
			EachClassWord(a.Val, func(w []byte) {
				if facetWords[string(w)] {
					found = true
				}
			})
		}
	}
	return found
}

// CardBlocks marks the blocks of the given grids as kept, with reason, unless they are
// chrome inside the grid (a form, a share bar), a label the cards repeat ("Read more", "Add to
// cart"), a text their own card already shows (see ReasonCardCopy) or empty. With fieldNames, a label the cards repeat that names a field of the card,
// its value beside it ("Capacity:", see isFieldName), is kept: a product tile's. It also keeps
// the heading just before each grid (a section's title). It returns how many blocks it newly
// kept.
func CardBlocks(blocks []*Block, groups []CardGroup, repeats map[string]int, reason string, fieldNames bool) int {
	in := map[*Elem]*CardGroup{}
	for i := range groups {
		for _, c := range groups[i].Cards {
			in[c] = &groups[i]
		}
	}
	total := 0
	for _, b := range blocks {
		if b.IsProse() {
			total += b.Chars
		}
	}
	added := 0
	shown := cardTexts{}
	for i, b := range blocks {
		g, card := CardOf(b, in)
		if g == nil {
			continue
		}
		if b.Keep {
			shown.add(card, b.Text)
		}
		if i > 0 && b == firstBlockOf(blocks, i, g) {
			if h := blocks[i-1]; h.Kind == view.Heading && !h.Keep && Contains(g.Parent.Parent, h.El) && BlockContext(h, nil, total)&(CtxBoiler|CtxForm) == 0 {
				h.Keep, h.Reason = true, reason+": the title of a grid"
				added++
			}
		}
		if b.Keep {
			continue
		}
		if chromeInCard(b, card) || IsAdLabel(b) {
			continue
		}
		if b.Chars < MaxLabelChars && 2*repeats[b.Text] >= len(g.Cards) && repeats[b.Text] >= MinLabelRepeats && !(fieldNames && isFieldName(b.Text)) {
			continue // "Read more", "Add to cart" on every card
		}
		if shown.has(card, b.Text) {
			b.Reason = ReasonCardCopy
			continue
		}
		shown.add(card, b.Text)
		b.Keep, b.Reason = true, reason
		added++
	}
	return added
}

// ReasonCardCopy is why a card's block is left out when a block before it in the same card
// has its text: a tile that writes its item's name twice (the picture's link and the
// heading), an event's card laid out twice in one element (one layout per screen size, CSS
// shows one). The first copy is kept.
const ReasonCardCopy = "a text its card already shows"

// cardTexts holds the texts kept so far in each card.
type cardTexts map[cardText]bool

// cardText is a text in a card.
type cardText struct {
	card *Elem
	text string
}

// add records text as kept in card.
func (t cardTexts) add(card *Elem, text string) { t[cardText{card, text}] = true }

// has reports whether card already holds a kept block of text.
func (t cardTexts) has(card *Elem, text string) bool { return t[cardText{card, text}] }

// CardOf returns the grid and the card that hold b, or nil. The innermost card decides.
func CardOf(b *Block, in map[*Elem]*CardGroup) (*CardGroup, *Elem) {
	for e := b.El; e != nil; e = e.Parent {
		if g, ok := in[e]; ok {
			return g, e
		}
	}
	return nil, nil
}

// firstBlockOf returns the first block of grid g at or before index i.
func firstBlockOf(blocks []*Block, i int, g *CardGroup) *Block {
	for i > 0 && Contains(g.Parent, blocks[i-1].El) {
		i--
	}
	return blocks[i]
}

// KeptInOrder returns the kept blocks in document order.
func KeptInOrder(blocks []*Block) []*Block {
	var kept []*Block
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

// chromeInCard reports whether b sits in chrome inside its card: a nav, aside, form or sort
// bar, or an
// element named like chrome that holds less than half of the card's text (a card's share bar,
// its "sponsored" label), but for a byline with a date. The grid is the content, so the class words of the card itself, or
// of a wrapper holding most of it ("recirc-list-item"), do not count.
func chromeInCard(b *Block, card *Elem) bool {
	// A card's byline with its date ("Ines Baker answered Mar 4, 2025") is a part of it, in
	// whatever box the theme puts it ("post-signature", "user-details").
	byline := IsByline(b)
	for e := b.El; e != nil && e != card; e = e.Parent {
		if e.Sig&(SigChrome|SigForm) != 0 || NamesFacet(e) {
			return true
		}
		if e.Sig&(SigBoiler|SigComments) != 0 && 2*e.Chars < card.Chars && !byline {
			return true
		}
	}
	return false
}

// IsByline reports whether b is a short line with a written date, not in a comment section:
// a post's or an item's byline.
func IsByline(b *Block) bool {
	return b.Chars <= MaxDateLineChars && dates.Index(b.Text) >= 0 && !Under(b.El, SigComments)
}

// DropKeptChrome drops the blocks the article path kept inside page chrome, now judged against
// the page's text rather than its prose: on a page of cards, with little prose, a cookie
// notice's paragraph is most of the prose but little of the text.
func DropKeptChrome(blocks []*Block) {
	total, pageChars := PageTotals(blocks)
	memo := map[*Elem]bool{}
	for _, b := range blocks {
		if b.Keep && !b.Note && NamedChrome(b.El, total, pageChars, memo) {
			b.Keep, b.Reason = false, "inside page chrome, on a page of cards"
		}
	}
}

// NamedChrome reports whether e or an ancestor is chrome by its tag or role, or by its class
// words weighed against the page's text (see chromeByWord). memo remembers the answers.
func NamedChrome(e *Elem, total, pageChars int, memo map[*Elem]bool) bool {
	return MemoUp(e, nil, memo, func(x *Elem) bool { return x.Sig&SigChrome != 0 || chromeByWord(x, total, pageChars) })
}

// holdsItems reports whether the siblings of one shape can be the items of a grid: not the
// paragraphs and headings of a text (an article's body, an SEO text under a shop's grid).
func holdsItems(kids []*Elem, shape string, shapeOf func(*Elem) string) bool {
	for _, k := range kids {
		if shapeOf(k) != shape {
			continue
		}
		switch k.Node.DataAtom {
		case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Blockquote:
			return false
		}
		return true
	}
	return false
}

// KeepIntro keeps the page's own text around its grids: the paragraphs of prose, outside the
// grids and page chrome, in the smallest element that holds both the headline and the largest
// grid ("Our air purifiers are designed with...", set below the grid by the theme). The
// article path leaves them out when it takes the grid for the body. With no headline it keeps
// none: the region would be guesswork.
func KeepIntro(blocks []*Block, headline *Elem, groups []CardGroup, reason string) {
	if headline == nil || len(groups) == 0 {
		return
	}
	region := groups[0].Parent
	for region != nil && !Contains(region, headline) {
		region = region.Parent
	}
	if region == nil || region.Node == nil {
		return
	}
	total, pageChars := PageTotals(blocks)
	memo := map[*Elem]bool{}
	for _, b := range blocks {
		if b.Keep || b.Kind != view.Paragraph || !b.IsProse() || b.LinkDensity() > MaxLinkDensity || !Contains(region, b.El) || inGrids(b, groups) {
			continue
		}
		if BlockContext(b, nil, total)&(CtxBoiler|CtxForm) != 0 || NamedChrome(b.El, total, pageChars, memo) {
			continue
		}
		b.Keep, b.Reason = true, reason
	}
}

// inGrids reports whether b sits in one of the grids.
func inGrids(b *Block, groups []CardGroup) bool {
	for _, g := range groups {
		if Contains(g.Parent, b.El) {
			return true
		}
	}
	return false
}

// PageTotals returns the runes of prose and of text in the page's blocks: what chrome and grids
// are weighed against.
func PageTotals(blocks []*Block) (prose, chars int) {
	for _, b := range blocks {
		chars += b.Chars
		if b.IsProse() {
			prose += b.Chars
		}
	}
	return prose, chars
}

// isFieldName reports whether a card's line is the name of one of its fields, its value next
// to it ("Heel to Toe Drop:", "Capacity:"): every card repeats it, as it repeats a button's
// label, but it says what the item's own value is.
func isFieldName(text string) bool {
	t := strings.TrimSpace(text)
	return len(t) > 1 && strings.HasSuffix(t, ":")
}
