package block

import (
	"bytes"
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Elem is a block-level element, or an element that carries a signal, seen by the segmenter.
// Elements form a tree through parent; blocks point into it.
type Elem struct {
	Node   *html.Node
	Parent *Elem
	Sig    Signal
	Depth  int

	// Filled by the score stage.
	Chars     int     // runes of text under the element
	LinkChars int     // runes of link text under the element
	Prose     int     // runes of prose (see isProse) under the element
	sentences int     // runes of prose with a sentence end under the element (see hasSentence)
	Score     float64 // content score gathered from paragraphs below
	seen      bool    // visited by relaxWrappers
	headed    bool    // the element's first block is a heading (set by relaxWrappers)
	// sections and sectionProse count the children of this element that are sections of a
	// body (see isSection) and the prose under them.
	sections     int
	sectionProse int
	sectionTag   atom.Atom // the tag of the sections counted: the first section's
}

// Under reports whether e or one of its ancestors has a signal in sig.
func Under(e *Elem, sig Signal) bool { return Nearest(e, sig) != nil }

// Nearest returns e or its nearest ancestor that carries one of sig, or nil.
func Nearest(e *Elem, sig Signal) *Elem {
	for ; e != nil; e = e.Parent {
		if e.Sig&sig != 0 {
			return e
		}
	}
	return nil
}

// Block is a run of text owned by one block-level element: a paragraph, heading, list item, table or code.
type Block struct {
	El        *Elem
	Kind      view.Kind
	Level     int
	Ordered   bool
	Text      string
	Chars     int // runes of text
	LinkChars int // runes of text inside links
	Index     int

	Teaser bool // inside an <article> other than the one holding the headline
	// hidden: the block is inside a block-level element hidden from readers (a closed
	// accordion's answer, a tab panel not shown; see SegmentPage). at is then the position
	// among the page's shown blocks it stands before.
	Hidden bool
	At     int

	Keep   bool
	Note   bool
	Reason string // why the block was kept or dropped
}

// isProse reports whether a block reads like running text: long enough and few links.
func (b *Block) IsProse() bool {
	return b.Chars >= MinProseChars && b.LinkDensity() < MaxProseLinkDensity && b.Kind != view.Heading
}

// linkDensity is the share of the block's text that sits inside links.
func (b *Block) LinkDensity() float64 {
	if b.Chars == 0 {
		return 0
	}
	return float64(b.LinkChars) / float64(b.Chars)
}

// SkipTags hold no readable text: their content is never segmented.
var SkipTags = dom.NewAtomSet(
	atom.Script, atom.Style, atom.Template, atom.Svg,
	atom.Math, atom.Iframe, atom.Object, atom.Embed, atom.Canvas,
	atom.Select, atom.Option, atom.Textarea, atom.Input, atom.Head,
	atom.Button, atom.Audio, atom.Video, atom.Frameset, atom.Map,
	// A <title> the parser moved into <body> (markup before it closed <head>) is the page's
	// title, read by the title stage, never a paragraph of text.
	atom.Title,
	// A ruby annotation's reading and its fallback brackets: 漢字(かんじ) reads 漢字.
	atom.Rt, atom.Rp,
)

// segmenter walks the DOM once and cuts it into blocks.
type segmenter struct {
	ctx       context.Context
	err       error // the context's error, once it is done: the walk stops
	seenElems int
	classes   classCache
	slab      []Elem // elems are carved from here (see newElem)
	blocks    []*Block
	hidden    []*Block // the blocks of hidden elements (see segmentPage)
	inHidden  int      // depth of hidden block-level elements the walk is in
	elems     int

	buf       []byte // pending inline text, whitespace collapsed
	bufChars  int
	linkChars int
	inLink    int
	noscript  int // depth of <noscript> elements the walk is in
	brRun     int // consecutive <br> with no text between
	// sources counts the text nodes that gave the pending text; source is the last. When one
	// node gave it all, unchanged, the block's text is a substring of the node's, not a copy.
	sources    int
	source     string
	sourceNode *html.Node // the text node source is, to tell two names apart (see view.GluedNames)

	kind    view.Kind // kind for text of the current context (list item, quote)
	ordered bool
}

// Segment cuts the document into blocks in document order, leaving out hidden text.
// It stops early, returning ctx's error, when ctx is done: it looks every ctxCheckEvery elements.
func Segment(ctx context.Context, doc *html.Node) ([]*Block, error) {
	blocks, _, err := SegmentPage(ctx, doc)
	return blocks, err
}

// SegmentPage cuts the document into the blocks a reader sees, in document order, and apart
// the blocks of block-level elements hidden from readers (hidden attribute, display:none, a
// hiding class): a closed accordion's answers or a tab panel not shown, which a service
// page's assembly takes back (see WithHidden), but also closed menus and dialogs. A hidden
// Block's index follows the shown blocks' (its position once appended to them); its at is
// the index of the shown block it stands before. Hidden inline text (a screen reader's
// "opens in a new window") is left out. Every other stage reads only the shown blocks.
func SegmentPage(ctx context.Context, doc *html.Node) (shown, hidden []*Block, err error) {
	s := &segmenter{ctx: ctx, classes: make(classCache, classCacheSize)}
	root := &Elem{Node: doc}
	s.walkChildren(doc, root, root)
	s.flush(root)
	for i, b := range s.hidden {
		b.Index = len(s.blocks) + i
	}
	return s.blocks, s.hidden, s.err
}

// classCacheSize is the room the segmenter's class cache starts with: a page's distinct class
// and id values and names run to a few hundred, and a map made that size is not grown
// (rehashed) again and again while the walk fills it.
const classCacheSize = 512

// ctxCheckEvery is how many elements the segmenter walks between looks at its context: often
// enough to stop within milliseconds, rarely enough to cost nothing.
const ctxCheckEvery = 4096

func (s *segmenter) walkChildren(n *html.Node, parent, owner *Elem) {
	for c := n.FirstChild; c != nil && s.err == nil; c = c.NextSibling {
		s.walk(c, parent, owner)
	}
}

func (s *segmenter) walk(n *html.Node, parent, owner *Elem) {
	switch n.Type {
	case html.TextNode:
		if s.noscript > 0 && isEscapedMarkup(n.Data) {
			return
		}
		before := s.bufChars
		if before > 0 && view.GluedNames(s.buf[len(s.buf)-1], s.sourceNode, n) {
			s.addASCII(' ')
		}
		s.addText(n.Data)
		if s.bufChars != before {
			s.sources++
			s.source = n.Data
			s.sourceNode = n
		}
		return
	case html.ElementNode:
	case html.DocumentNode:
		s.walkChildren(n, parent, owner)
		return
	default:
		return
	}
	if view.IsMath(n) && (n.DataAtom == atom.Math || !IsHidden(n)) {
		// A formula is its TeX (see internal/view/math.go), never its glyphs.
		if f, ok := view.ReadFormula(n); ok {
			s.addText(f.Text)
			s.sources += 2 // not one text node's text
			return
		}
	}
	if SkipTags.Has(n.DataAtom) {
		return
	}
	if s.seenElems++; s.seenElems%ctxCheckEvery == 0 {
		if s.err = s.ctx.Err(); s.err != nil {
			return
		}
	}
	switch n.DataAtom {
	case atom.Br:
		s.lineBreak(owner)
		return
	case atom.Img, atom.Hr:
		if n.DataAtom == atom.Hr {
			s.flush(owner)
		}
		return
	case atom.Noscript:
		s.noscript++
		s.element(n, parent, owner)
		s.noscript--
		return
	}
	s.element(n, parent, owner)
}

// element walks an element that may hold text, with the walk's state set for it: inside a
// link, inside a hidden element. The state is set and reset around the call of contents, not
// by deferred calls: walk runs for every node of the page, and a function of many returns with
// defers in it pays for them at run time.
func (s *segmenter) element(n *html.Node, parent, owner *Elem) {
	sig := elementSignals(n, s.classes)
	if isEditLink(n) {
		return
	}
	blockTag := dom.BlockTags.Has(n.DataAtom) // looked up once: this runs for every element
	hidden := sig&sigHidden != 0
	var saved pending
	if hidden {
		if !blockTag {
			return
		}
		// The hidden element's text goes to blocks of its own; the shown text around it
		// stays one run, as if the element were not there.
		saved = s.setAside()
		s.inHidden++
	}
	link := n.DataAtom == atom.A
	if link {
		s.inLink++
	}
	s.contents(n, parent, owner, sig, blockTag)
	if link {
		s.inLink--
	}
	if hidden {
		s.inHidden--
		s.restore(saved)
	}
}

// contents cuts an element's text into blocks: its own, when it is a block-level element or
// one whose signals call for one, or the enclosing block's.
func (s *segmenter) contents(n *html.Node, parent, owner *Elem, sig Signal, blockTag bool) {
	// An inline element that names chrome or a caption (<span class="credit">, <a
	// class="share">) gets a block of its own, so that it can be dropped alone; but one inside
	// a run of text (<p>KHARTOUM, <span class="meta-loc">Sudan</span> — ...) is a part of the
	// sentence, whatever its class says.
	const inlineChrome = SigBoiler | SigAmbiguous | SigChrome | SigCaption | SigForm
	if !blockTag && sig&inlineChrome != 0 && (s.bufChars > 0 || textFollows(n, owner.Node)) {
		sig &^= inlineChrome | SigWeakBoiler
	}
	isBlock := blockTag || sig&inlineChrome != 0
	if !isBlock && sig == 0 {
		s.walkChildren(n, parent, owner)
		return
	}
	e := s.newElem()
	*e = Elem{Node: n, Parent: parent, Sig: sig, Depth: parent.Depth + 1}
	s.elems++
	if !isBlock {
		// An inline element with a signal (a <span class="share">) owns no block of its own, but its
		// text is attributed to the enclosing block; keep it in the tree for context only.
		s.walkChildren(n, e, owner)
		return
	}
	s.flush(owner)
	saveKind, saveOrdered := s.kind, s.ordered
	switch n.DataAtom {
	case atom.Pre:
		if isGutterPre(n) {
			return // a listing's line numbers, beside its code
		}
		text, links := preText(n)
		s.addBlock(e, view.Code, text, links)
		return
	case atom.Table:
		if isDataTable(n) {
			text, links := tableText(n)
			s.addBlock(e, view.Table, text, links)
			return
		}
	case atom.Ul, atom.Menu:
		s.ordered = false
	case atom.Ol:
		s.ordered = true
	case atom.Li, atom.Dd, atom.Dt:
		s.kind = view.ListItem
	case atom.Blockquote:
		s.kind = view.Quote
	}
	s.walkChildren(n, e, e)
	s.flush(e)
	s.kind, s.ordered = saveKind, saveOrdered
}

// textFollows reports whether text follows n in its block: a text node or an inline element
// with text after it, before the next block-level element, looking through n's inline
// ancestors up to owner. It looks at most maxFollowNodes nodes.
func textFollows(n, owner *html.Node) bool {
	budget := maxFollowNodes
	for ; n != nil && n != owner; n = n.Parent {
		for c := n.NextSibling; c != nil; c = c.NextSibling {
			switch found := lineText(c, &budget); {
			case found > 0:
				return true
			case found < 0:
				return false
			}
		}
		if n.Parent == nil || n.Parent.Type != html.ElementNode || dom.BlockTags.Has(n.Parent.DataAtom) {
			return false
		}
	}
	return false
}

// maxFollowNodes bounds textFollows: a run of text is found within a few nodes, or not at all.
const maxFollowNodes = 32

// lineText reports 1 when n holds visible text in the flow of a line, -1 when n ends the
// line (a block-level element, a line break) or the budget is spent, and 0 otherwise.
func lineText(n *html.Node, budget *int) int {
	if *budget--; *budget < 0 {
		return -1
	}
	switch n.Type {
	case html.TextNode:
		if strings.TrimSpace(n.Data) != "" {
			return 1
		}
		return 0
	case html.ElementNode:
	default:
		return 0
	}
	switch {
	case dom.BlockTags.Has(n.DataAtom) || n.DataAtom == atom.Br:
		return -1
	case SkipTags.Has(n.DataAtom):
		return 0
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if r := lineText(c, budget); r != 0 {
			return r
		}
	}
	return 0
}

// isEscapedMarkup reports whether text inside a <noscript> is markup written as text
// (&lt;img src=...&gt;, a tracking pixel): never text a reader sees.
func isEscapedMarkup(text string) bool {
	t := strings.TrimSpace(text)
	return len(t) > 1 && t[0] == '<' && (t[1] == '/' || t[1] == '!' || 'a' <= t[1]|0x20 && t[1]|0x20 <= 'z')
}

// elemSlab is how many elems are allocated at once: one allocation per slab instead of per element.
const elemSlab = 64

// newElem returns a zeroed elem from the current slab. Elems are never freed one by one:
// they live as long as the extraction.
func (s *segmenter) newElem() *Elem {
	if len(s.slab) == cap(s.slab) {
		s.slab = make([]Elem, 0, elemSlab)
	}
	s.slab = s.slab[:len(s.slab)+1]
	return &s.slab[len(s.slab)-1]
}

// addText appends text to the pending block, collapsing whitespace.
func (s *segmenter) addText(t string) {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			s.addTextSlow(t[i:])
			return
		}
		s.addASCII(c)
	}
}

// addASCII adds one ASCII character of text: a space (as unicode.IsSpace reads ASCII) is one
// space after a word, anything else a character of the block.
func (s *segmenter) addASCII(c byte) {
	if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
		if len(s.buf) > 0 && s.buf[len(s.buf)-1] != ' ' {
			s.buf = append(s.buf, ' ')
		}
		return
	}
	s.brRun = 0
	s.buf = append(s.buf, c)
	s.bufChars++
	if s.inLink > 0 {
		s.linkChars++
	}
}

// addTextSlow is addText for text that is not ASCII. Its ASCII characters (the spaces and
// letters around a curly quote) take addText's way, without a call of unicode.IsSpace.
func (s *segmenter) addTextSlow(t string) {
	t = dom.RepairMojibake(t)
	for _, r := range t {
		if r < utf8.RuneSelf {
			s.addASCII(byte(r))
			continue
		}
		if unicode.IsSpace(r) || r == '\u200b' {
			if len(s.buf) > 0 && s.buf[len(s.buf)-1] != ' ' {
				s.buf = append(s.buf, ' ')
			}
			continue
		}
		s.brRun = 0
		s.buf = utf8.AppendRune(s.buf, r)
		s.bufChars++
		if s.inLink > 0 {
			s.linkChars++
		}
	}
}

// lineBreak handles <br>: one is a space, two in a row end the paragraph (pages that use
// <br><br> instead of <p>).
func (s *segmenter) lineBreak(owner *Elem) {
	s.brRun++
	if s.brRun >= 2 {
		s.flush(owner)
		return
	}
	s.addText(" ")
}

// flush turns the pending text into a block owned by owner.
func (s *segmenter) flush(owner *Elem) {
	if s.bufChars == 0 {
		s.buf, s.linkChars, s.sources = s.buf[:0], 0, 0
		return
	}
	text := ""
	if s.sources == 1 {
		if t := strings.TrimSpace(s.source); string(bytes.TrimSpace(s.buf)) == t {
			text = t
		}
	}
	if text == "" {
		text = strings.TrimSpace(string(s.buf))
	}
	kind, level := s.kind, 0
	if owner.Node != nil {
		switch owner.Node.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			kind, level = view.Heading, int(owner.Node.Data[1]-'0')
			// The brackets an edit link left ("History[]", see isEditLink).
			if t, ok := strings.CutSuffix(text, "[]"); ok {
				text, s.bufChars = strings.TrimSpace(t), s.bufChars-2
				if text == "" {
					s.buf, s.bufChars, s.linkChars, s.brRun, s.sources = s.buf[:0], 0, 0, 0, 0
					return
				}
			}
		}
	}
	s.add(&Block{El: owner, Kind: kind, Level: level, Ordered: s.ordered && kind == view.ListItem,
		Text: text, Chars: s.bufChars, LinkChars: s.linkChars})
	s.buf, s.bufChars, s.linkChars, s.brRun, s.sources = s.buf[:0], 0, 0, 0, 0
}

// addBlock adds a block whose text was gathered apart (code, tables).
func (s *segmenter) addBlock(e *Elem, kind view.Kind, text string, links int) {
	if strings.TrimSpace(text) == "" {
		return
	}
	n := utf8.RuneCountInString(text)
	if s.inLink > 0 {
		links = n
	}
	s.add(&Block{El: e, Kind: kind, Text: text, Chars: n, LinkChars: links})
}

// pending is the segmenter's text not yet cut into a block (see setAside).
type pending struct {
	buf                                 []byte
	bufChars, linkChars, brRun, sources int
	source                              string
	sourceNode                          *html.Node
}

// setAside returns the pending text and empties it, for a hidden element's walk.
func (s *segmenter) setAside() pending {
	p := pending{buf: bytes.Clone(s.buf), bufChars: s.bufChars, linkChars: s.linkChars, brRun: s.brRun, sources: s.sources, source: s.source, sourceNode: s.sourceNode}
	s.buf, s.bufChars, s.linkChars, s.brRun, s.sources, s.source = s.buf[:0], 0, 0, 0, 0, ""
	return p
}

// restore puts back the pending text setAside returned, once the hidden element's text is
// cut into its blocks.
func (s *segmenter) restore(p pending) {
	s.buf = append(s.buf[:0], p.buf...)
	s.bufChars, s.linkChars, s.brRun, s.sources, s.source, s.sourceNode = p.bufChars, p.linkChars, p.brRun, p.sources, p.source, p.sourceNode
}

// add appends a block to the shown blocks, or to the hidden ones inside a hidden element.
func (s *segmenter) add(b *Block) {
	if s.inHidden > 0 {
		b.Hidden, b.At, b.Reason = true, len(s.blocks), ReasonHidden
		s.hidden = append(s.hidden, b)
		return
	}
	b.Index = len(s.blocks)
	s.blocks = append(s.blocks, b)
}
