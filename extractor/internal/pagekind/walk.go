package pagekind

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// walker is the one walk of the tree: counts of elements, text shares, class words and the
// groups of sibling cards alike.
type walker struct {
	tags      [tagCount]int
	classes   [classCount]int
	actions   [actionCount]int
	itemtypes declBit
	itemprops int
	links     int

	text, link, code, para int // bytes of visible text: all, in links, in code, in <p>
	heading                int // bytes of text in headings
	inHeading              int
	shortParas             int
	longParas, longestPara int
	prices                 int

	inLink, inCode, inPara int

	cards, cardChars, priceCards, cardGroups int // the largest group of sibling cards, and how many groups
	timeCards, headCards, imgCards           int // cards of the largest group with a <time>, heading, image
	excerptCards, secondCards                int // ... with text beyond links; the second largest group
	headings, linkedHeads                    int // headings, and those that hold a link
	runText, runParas                        int // the most paragraph text one element holds in its children, and their count
	nodes                                    int
	// groups is a stack of the card groups of the elements being walked: each element's
	// are above its parent's, and are dropped when it is done.
	groups []sibGroup
}

// Counted tags, indexes of walker.tags.
const (
	tPre = iota
	tCode
	tH1
	tH2
	tH3
	tSection
	tArticle
	tForm
	tButton
	tInput
	tImg
	tLi
	tTable
	tDl
	tNav
	tAside
	tTime
	tBlockquote
	tagCount
)

// tag is what the walk reads of an element's tag, looked up once per element (tagOf).
type tag struct {
	counted uint8 // 1 + the tag's index in walker.tags, or 0
	context uint8 // the text context it opens (ctxLink, ...), or 0
	flags   uint8 // tagSkip, tagLink, tagImg, tagHeading, tagTime
}

// Text contexts an element opens, for tag.context.
const (
	ctxNone = iota
	ctxLink
	ctxCode
	ctxPara
	ctxHeading
)

// Flags of a tag.
const (
	tagSkip    = 1 << iota // an element whose content no reader sees: not walked
	tagLink                // <a>
	tagImg                 // <img>, <picture>
	tagHeading             // <h1> to <h6>
	tagTime                // <time>
)

// tagOf returns what the walk reads of the tag a. One switch, not a map or several
// switches: it runs for every element.
func tagOf(a atom.Atom) tag {
	switch a {
	case atom.Head, atom.Script, atom.Style, atom.Template, atom.Svg, atom.Math, atom.Iframe, atom.Noscript, atom.Object:
		return tag{flags: tagSkip}
	case atom.A:
		return tag{context: ctxLink, flags: tagLink}
	case atom.Pre:
		return tag{counted: 1 + tPre, context: ctxCode}
	case atom.Code:
		return tag{counted: 1 + tCode, context: ctxCode}
	case atom.Kbd, atom.Samp:
		return tag{context: ctxCode}
	case atom.P:
		return tag{context: ctxPara}
	case atom.H1:
		return tag{counted: 1 + tH1, context: ctxHeading, flags: tagHeading}
	case atom.H2:
		return tag{counted: 1 + tH2, context: ctxHeading, flags: tagHeading}
	case atom.H3, atom.H4, atom.H5, atom.H6:
		return tag{counted: 1 + tH3, context: ctxHeading, flags: tagHeading}
	case atom.Section:
		return tag{counted: 1 + tSection}
	case atom.Article:
		return tag{counted: 1 + tArticle}
	case atom.Form:
		return tag{counted: 1 + tForm}
	case atom.Button:
		return tag{counted: 1 + tButton}
	case atom.Input, atom.Select, atom.Textarea:
		return tag{counted: 1 + tInput}
	case atom.Img:
		return tag{counted: 1 + tImg, flags: tagImg}
	case atom.Picture:
		return tag{flags: tagImg}
	case atom.Li:
		return tag{counted: 1 + tLi}
	case atom.Table:
		return tag{counted: 1 + tTable}
	case atom.Dl:
		return tag{counted: 1 + tDl}
	case atom.Nav:
		return tag{counted: 1 + tNav}
	case atom.Aside:
		return tag{counted: 1 + tAside}
	case atom.Time:
		return tag{counted: 1 + tTime, flags: tagTime}
	case atom.Blockquote:
		return tag{counted: 1 + tBlockquote}
	}
	return tag{}
}

// context returns the counter of the text context c (ctxLink, ...), or nil.
func (w *walker) context(c uint8) *int {
	switch c {
	case ctxLink:
		return &w.inLink
	case ctxCode:
		return &w.inCode
	case ctxPara:
		return &w.inPara
	case ctxHeading:
		return &w.inHeading
	}
	return nil
}

// maxWalkDepth and maxWalkNodes bound the walk: a crafted page costs no more than a big one.
const (
	maxWalkDepth = 256
	maxWalkNodes = 200_000
)

// longParaBytes is the text of a <p> that counts as a long paragraph.
const longParaBytes = 200

// maxCardBytes is the most text a card holds: more is a section, not a card.
const maxCardBytes = 1500

// minCardGroup is the fewest sibling cards alike that make a group.
const minCardGroup = 4

// summary is what a subtree holds, for the card test of its parent.
type summary struct {
	text, linkText int
	has            uint8 // what the subtree holds: holdsLink, holdsImg, holdsHeading, holdsTime, holdsPrice
}

// What a subtree holds, for summary.has: the tag flags of the elements it holds, and a price.
const (
	holdsLink    = tagLink
	holdsImg     = tagImg
	holdsHeading = tagHeading
	holdsTime    = tagTime
	holdsPrice   = tagTime << 1
)

// sibGroup is the children of one element that look alike: the same tag and class.
type sibGroup struct {
	tag          atom.Atom
	class        string
	cards, chars int
	priceCards   int
	timeCards    int
	headCards    int
	imgCards     int
	excerptCards int
}

// maxSibGroups bounds the kinds of child an element's children are grouped into.
const maxSibGroups = 8

func (w *walker) walk(n *html.Node, depth int) summary {
	var s summary
	var t tag
	switch n.Type {
	case html.TextNode:
		return w.textNode(n)
	case html.ElementNode:
		if t = tagOf(n.DataAtom); t.flags&tagSkip != 0 {
			return s
		}
		w.element(n, &s, t)
	case html.DocumentNode:
	default:
		return s
	}
	if w.nodes++; depth > maxWalkDepth || w.nodes > maxWalkNodes {
		return s
	}
	a := n.DataAtom
	in := w.context(t.context)
	if in != nil {
		*in++
	}
	start := len(w.groups)
	runText, runParas := 0, 0 // the text of the paragraphs among n's children
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		var cs summary
		switch c.Type {
		case html.TextNode:
			if blank(c.Data) {
				continue // no text: an empty summary, which adds nothing
			}
			cs = w.textNode(c)
		case html.ElementNode, html.DocumentNode:
			cs = w.walk(c, depth+1)
		default:
			continue // a comment, a doctype: an empty summary
		}
		if c.DataAtom == atom.P && cs.text >= minRunParaBytes {
			runText += cs.text
			runParas++
		}
		s.text += cs.text
		s.linkText += cs.linkText
		s.has |= cs.has
		if c.Type != html.ElementNode || cs.has&holdsLink == 0 || cs.has&(holdsImg|holdsHeading|holdsPrice) == 0 || cs.text > maxCardBytes {
			continue
		}
		class := firstClass(c)
		i := start
		for i < len(w.groups) && (w.groups[i].tag != c.DataAtom || w.groups[i].class != class) {
			i++
		}
		if i == len(w.groups) {
			if i-start == maxSibGroups {
				continue
			}
			w.groups = append(w.groups, sibGroup{tag: c.DataAtom, class: class})
		}
		g := &w.groups[i]
		g.cards++
		g.chars += cs.text
		if cs.has&holdsPrice != 0 {
			g.priceCards++
		}
		if cs.has&holdsTime != 0 {
			g.timeCards++
		}
		if cs.has&holdsHeading != 0 {
			g.headCards++
		}
		if cs.has&holdsImg != 0 {
			g.imgCards++
		}
		if cs.text-cs.linkText >= minExcerptBytes {
			g.excerptCards++
		}
	}
	if in != nil {
		*in--
	}
	if runText > w.runText {
		w.runText, w.runParas = runText, runParas
	}
	for _, g := range w.groups[start:] {
		if g.cards >= minCardGroup {
			w.cardGroups++
		}
		if g.cards > w.cards {
			w.secondCards = w.cards
			w.cards, w.cardChars, w.priceCards = g.cards, g.chars, g.priceCards
			w.timeCards, w.headCards, w.imgCards, w.excerptCards = g.timeCards, g.headCards, g.imgCards, g.excerptCards
		} else if g.cards > w.secondCards {
			w.secondCards = g.cards
		}
	}
	w.groups = w.groups[:start]
	if t.flags&tagHeading != 0 {
		w.headings++
		if s.has&holdsLink != 0 {
			w.linkedHeads++
		}
	}
	if a == atom.P && s.text >= longParaBytes {
		w.longParas++
	}
	if a == atom.P {
		w.longestPara = max(w.longestPara, s.text)
		if s.text >= 20 && s.text < longParaBytes {
			w.shortParas++
		}
	}
	return s
}

// textNode counts the text node n and returns its summary.
func (w *walker) textNode(n *html.Node) summary {
	var s summary
	t := trim(n.Data)
	if t == "" {
		return s
	}
	s.text = len(t)
	w.text += len(t)
	if w.inLink > 0 {
		w.link += len(t)
		s.linkText = len(t)
	}
	if w.inCode > 0 {
		w.code += len(t)
	}
	if w.inPara > 0 {
		w.para += len(t)
	}
	if w.inHeading > 0 {
		w.heading += len(t)
	}
	if p := n.Parent; p != nil && (p.DataAtom == atom.A || p.DataAtom == atom.Button) {
		if a := action(t); a >= 0 {
			w.actions[a]++
		}
	}
	if len(t) <= maxPriceBytes && hasPrice(t) {
		s.has |= holdsPrice
		w.prices++
	}
	return s
}

// trim is strings.TrimSpace(t), with the ends scanned here while they are ASCII: the common
// case, without the call and its Unicode checks. A text that has a byte beyond ASCII at an end
// goes to strings.TrimSpace, so the result is always the same.
func trim(t string) string {
	i := 0
	for ; i < len(t); i++ {
		c := t[i]
		if c >= 0x80 {
			return strings.TrimSpace(t)
		}
		if !asciiSpace[c] {
			break
		}
	}
	j := len(t)
	for ; j > i; j-- {
		c := t[j-1]
		if c >= 0x80 {
			return strings.TrimSpace(t)
		}
		if !asciiSpace[c] {
			break
		}
	}
	return t[i:j]
}

// asciiSpace marks the ASCII white space strings.TrimSpace trims.
var asciiSpace = [128]bool{' ': true, '\n': true, '\t': true, '\r': true, '\f': true, '\v': true}

// blank reports whether t is only ASCII white space (what strings.TrimSpace would leave
// nothing of, read without its Unicode path): most text nodes of a page are the line breaks
// and indents between tags.
func blank(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case ' ', '\n', '\t', '\r', '\f', '\v':
		default:
			return false
		}
	}
	return true
}

// element counts what n is and says: its tag, class words, itemtype, itemprop.
// t is what tagOf read of its tag.
func (w *walker) element(n *html.Node, s *summary, t tag) {
	a := n.DataAtom
	if t.counted > 0 && (a != atom.Code || w.inCode == 0) {
		w.tags[t.counted-1]++
	}
	if t.flags&tagLink != 0 {
		w.links++
	}
	s.has = t.flags & (holdsLink | holdsImg | holdsHeading | holdsTime)
	var bits classBit
	for _, at := range n.Attr {
		switch at.Key {
		case "class", "id":
			bits |= classBits(at.Val)
		case "itemtype":
			for t := range strings.FieldsSeq(at.Val) {
				w.itemtypes |= typeBits(t)
			}
		case "itemprop":
			w.itemprops++
		case "role":
			if at.Val == "navigation" && a != atom.Nav {
				w.tags[tNav]++
			}
		}
	}
	for ; bits != 0; bits &= bits - 1 { // each group named, lowest first
		w.classes[bits.lowest()]++
	}
}

// firstClass returns the first word of n's class attribute: with its tag, what makes
// siblings alike ("card" of "card card--featured").
func firstClass(n *html.Node) string {
	for _, at := range n.Attr {
		if at.Key == "class" {
			v := strings.TrimSpace(at.Val)
			if i := strings.IndexAny(v, " \t\n\r\f"); i >= 0 {
				v = v[:i]
			}
			return v
		}
	}
	return ""
}

// minRunParaBytes is the text of a paragraph that counts in the run of paragraphs of an
// element: the container of an article holds a run of them.
const minRunParaBytes = 80

// minExcerptBytes is the text beyond its links that makes a card one with an excerpt.
const minExcerptBytes = 40

// maxPriceBytes is the longest text read for a price: a price stands in a short text of its
// own, and a sum in a sentence ("a $5 million deal") is no price.
const maxPriceBytes = 48

// hasPrice reports whether t holds a currency sign ($ € £ ¥ ₹ ₽ ₩) next to a digit ("$19",
// "19,99 €").
func hasPrice(t string) bool {
	for i := 0; i < len(t); i++ {
		if c := t[i]; c != '$' && c != 0xC2 && c != 0xE2 {
			continue // opens no currency sign: most bytes
		}
		size := currencySign(t[i:])
		if size == 0 {
			continue
		}
		if strings.ContainsAny(t[max(0, i-2):i], "0123456789") ||
			strings.ContainsAny(t[i+size:min(len(t), i+size+2)], "0123456789") {
			return true
		}
	}
	return false
}

// currencySign returns the length in bytes of the currency sign t opens with, or 0.
func currencySign(t string) int {
	switch {
	case t[0] == '$':
		return 1
	case len(t) >= 2 && t[0] == 0xC2 && (t[1] == 0xA3 || t[1] == 0xA5): // £ ¥
		return 2
	case len(t) >= 3 && t[0] == 0xE2 && t[1] == 0x82 && (t[2] == 0xAC || t[2] == 0xB9 || t[2] == 0xBD || t[2] == 0xA9): // € ₹ ₽ ₩
		return 3
	}
	return 0
}

// set writes the walk's counts into f.
func (w *walker) set(f *Features) {
	f[fTextChars] = logCount(w.text)
	f[fLinkShare] = share(w.link, w.text)
	f[fCodeShare] = share(w.code, w.text)
	f[fParaShare] = share(w.para, w.text)
	f[fLongParas] = logCount(w.longParas)
	f[fLongestPara] = share(w.longestPara, w.text)
	f[fPre] = logCount(w.tags[tPre])
	f[fCode] = logCount(w.tags[tCode])
	f[fH1] = logCount(w.tags[tH1])
	f[fH2] = logCount(w.tags[tH2])
	f[fH3] = logCount(w.tags[tH3])
	if w.text > 0 {
		f[fHeadingDens] = min(10, 1000*float64(w.tags[tH1]+w.tags[tH2]+w.tags[tH3])/float64(w.text))
	}
	f[fSections] = logCount(w.tags[tSection])
	f[fArticles] = logCount(w.tags[tArticle])
	f[fForms] = logCount(w.tags[tForm])
	f[fButtons] = logCount(w.tags[tButton])
	f[fInputs] = logCount(w.tags[tInput])
	f[fImages] = logCount(w.tags[tImg])
	f[fListItems] = logCount(w.tags[tLi])
	f[fTables] = logCount(w.tags[tTable])
	f[fDefLists] = logCount(w.tags[tDl])
	f[fNavs] = logCount(w.tags[tNav])
	f[fAsides] = logCount(w.tags[tAside])
	f[fPrices] = logCount(w.prices)
	f[fTimes] = logCount(w.tags[tTime])
	f[fBlockquotes] = logCount(w.tags[tBlockquote])
	f[fCards] = logCount(w.cards)
	f[fCardShare] = share(w.cardChars, w.text)
	f[fCardGroups] = logCount(w.cardGroups)
	f[fPriceCards] = logCount(w.priceCards)
	f[fClassForum] = logCount(w.classes[cForum])
	f[fClassDocs] = logCount(w.classes[cDocs])
	f[fClassProduct] = logCount(w.classes[cProduct])
	f[fClassCollect] = logCount(w.classes[cCollect])
	f[fClassListing] = logCount(w.classes[cListing])
	f[fClassService] = logCount(w.classes[cService])
	f[fClassArticle] = logCount(w.classes[cArticle])
	f[fClassComment] = logCount(w.classes[cComment])
	f[fClassUser] = logCount(w.classes[cUser])
	f[fItemprops] = logCount(w.itemprops)
	f[fHeadingShare] = share(w.heading, w.text)
	f[fShortParas] = logCount(w.shortParas)
	f[fLinks] = logCount(w.links)
	f[fTimeCards] = logCount(w.timeCards)
	f[fHeadCards] = logCount(w.headCards)
	f[fImgCards] = logCount(w.imgCards)
	f[fRunShare] = share(w.runText, w.text)
	f[fRunParas] = logCount(w.runParas)
	f[fActCTA] = logCount(w.actions[actCTA])
	f[fActMore] = logCount(w.actions[actMore])
	f[fActCart] = logCount(w.actions[actCart])
	f[fActReply] = logCount(w.actions[actReply])
	f[fExcerptCards] = logCount(w.excerptCards)
	f[fSecondCards] = logCount(w.secondCards)
	f[fLinkedHeads] = share(w.linkedHeads, w.headings)
	f[fParasPerHead] = min(20, float64(w.longParas)/float64(max(1, w.headings)))
}
