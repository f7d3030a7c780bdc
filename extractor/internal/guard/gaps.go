package guard

import "golang.org/x/net/html/atom"

// The white space between two blocks' tags, such as the line break and indent between
// "</p>" and "<div>", is a text node in the parsed tree that no stage reads: a block is
// words apart from what is beside it whatever is between them, and pages of today indent their
// markup so that one node in three is such white space. [Elide] leaves it out where the
// parser would make nothing else of it. A gapModel follows the tags of a page in order and says
// where that is.
//
// White space is left out only after a block's end tag (or a void block's tag: <meta>,
// <link>, <hr>) and before a block's tag, start or end: the white space inside a block before
// its first child is kept, as readers of a block's text count its leading white space as its
// start. Never inside <pre> or <listing>, where it is text, never inside <select>, whose
// parser mode drops most tags, and never while a formatting element may be open: the parser
// makes each formatting element left open again before any text, white space too, that follows
// a block (its list of active formatting elements), so that white space there may hold an
// element. The model of that list errs one way: it may think an element open that the parser
// closed, never the other way but for markup no page has (an end tag the adoption agency gives
// up on after eight rounds; see FuzzElide).
//
// A block's tag in the page is not always a block in the tree: the parser drops an end tag
// whose element is not open ("a</div> </div>b") and a start tag it has no place for (<td>
// outside a table, <body> in the body), and the white space between two such tags is all
// that keeps the words beside them apart ("a b"). So the white space is left out only where
// the tree is sure to hold a block on one side of it: before a start tag that always makes a
// block (<div>, <p>, <li>, a heading, ...; makesBlock), before "</p>" (which makes an empty
// paragraph when none is open), or when no text and no inline element may have come since the
// last block the tree surely ends there (inline): "</p>", <hr>, or the end tag of a block the
// model knows to be the parser's current node. It knows that of the elements in its chain: a
// block whose start tag came (the parser makes it the current node wherever it is), then the
// plain inline elements opened inside it in turn, each popped by its own end tag; any other tag
// (an end tag of another name, a start tag the chain does not follow) ends the chain's
// knowledge, as "<li><a href=x>t</a></li>" keeps it and "<li><a>t</li>" does not.
type gapModel struct {
	afterEnd bool     // the last tag was a block's end tag or a void block's tag
	pre      int      // <pre> and <listing> elements open
	inSelect bool     // a <select> may be open
	inline   bool     // text or an inline element may have come since the last sure block end
	chain    gapChain // the elements known to be the parser's current node and its parents

	// The formatting elements open, per name (gapFormatting), and for each table or marker
	// element open (gapScopes) the counts when it opened: an end tag inside it closes only a
	// formatting element opened inside it too, as the parser's scope and markers have it.
	open   [len(gapFormatting)]int32
	frames []gapFrame
	lost   bool // more scopes nested than maxGapFrames: the model stops
}

// gapChain is a stack of elements the model knows the parser holds open in this order, the
// last its current node; empty when it knows nothing.
type gapChain struct {
	names [maxGapChain]atom.Atom
	n     int
}

// maxGapChain bounds the chain; deeper, the model forgets it.
const maxGapChain = 16

// push adds a to the chain, which forgets all when full.
func (c *gapChain) push(a atom.Atom) {
	if c.n == maxGapChain {
		c.n = 0
		return
	}
	c.names[c.n] = a
	c.n++
}

// pop takes a off the chain and reports true when it is the chain's last element; otherwise
// the chain forgets all and pop reports false.
func (c *gapChain) pop(a atom.Atom) bool {
	if c.n > 0 && c.names[c.n-1] == a {
		c.n--
		return true
	}
	c.n = 0
	return false
}

// gapFrame is a table or marker element open and the formatting counts when it opened.
type gapFrame struct {
	name  atom.Atom
	floor [len(gapFormatting)]int32
}

// maxGapFrames bounds the nesting of tables and markers the model follows.
const maxGapFrames = 64

// gapFormatting are the formatting elements of the HTML parser's list.
var gapFormatting = [...]atom.Atom{
	atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S,
	atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U,
}

// mayCut reports whether white space that starts here may be left out, if a block's tag follows
// it (see startTag and endTag): a block's end tag came last, and no <pre> and no formatting
// element is open.
func (g *gapModel) mayCut() bool {
	if !g.afterEnd || g.pre > 0 || g.lost || g.inSelect {
		return false
	}
	for _, n := range g.open {
		if n > 0 {
			return false
		}
	}
	return true
}

// text follows a run of text that is not all white space.
func (g *gapModel) text() {
	g.inline = true
	g.afterEnd = false
}

// foreign follows the start tag of an <svg> or <math> element: inline, and opaque to the model.
func (g *gapModel) foreign() {
	g.inline = true
	g.afterEnd = false
	g.chain.n = 0
}

// startTag follows a start tag of the element a (0 for a name of no atom) of class c and
// reports whether white space just before it, where mayCut allowed, may be left out: the tag is a block's, and it makes one
// for sure or the tree holds one on the other side of the white space.
func (g *gapModel) startTag(a atom.Atom, c tagClass) bool {
	cut := c.has(gapBlock) && (!g.inline || c.has(makesBlock))
	switch {
	case g.inSelect:
		if a == atom.Select {
			g.inSelect = false // a <select> inside a <select> ends it
		}
	case a == atom.Select:
		g.inSelect = true
		g.inline = true
		g.chain.n = 0
	case a == atom.Hr:
		// It closes an open paragraph, which may be the current node.
		g.inline = false
		g.chain.n = 0
	case c.has(makesBlock):
		g.inline = false
		g.chain.n = 0
		g.chain.push(a)
	case c.has(invisible):
		// Made and closed in place, or dropped; the chain stays.
	case c.has(keepsInline):
		g.chain.n = 0
	case c.has(voidInline):
		g.inline = true
	case c.has(plainInline):
		g.inline = true
		if k := c.formatting(); k >= 0 && g.open[k] > 0 {
			g.chain.n = 0 // the parser may close one it had already, or make one again
		} else {
			g.chain.push(a)
		}
	default:
		g.inline = true
		g.chain.n = 0
	}
	switch {
	case a == atom.Pre || a == atom.Listing:
		g.pre++
	case c.has(gapScope):
		if len(g.frames) == maxGapFrames {
			g.lost = true
			break
		}
		g.frames = append(g.frames, gapFrame{name: a, floor: g.open})
	default:
		if k := c.formatting(); k >= 0 {
			g.open[k]++
		}
	}
	g.afterEnd = c.has(gapBlock) && (a == atom.Meta || a == atom.Link || a == atom.Base || a == atom.Hr)
	return cut
}

// endTag follows an end tag of the element a (0 for a name of no atom) of class c and
// reports whether white space just before it, where mayCut allowed, may be left out (as startTag).
func (g *gapModel) endTag(a atom.Atom, c tagClass) bool {
	cut := c.has(gapBlock) && (!g.inline || a == atom.P)
	switch {
	case g.inSelect:
		if a == atom.Select {
			g.inSelect = false
			g.inline = true
		}
	case c.has(invisible):
		// The end of a raw text element the tokenizer read to its end tag, or ignored.
	case g.chain.pop(a):
		if c.has(makesBlock) {
			g.inline = false
		}
	case a == atom.P:
		// "</p>" ends a paragraph or makes an empty one.
		g.inline = false
	}
	switch {
	case a == atom.Pre || a == atom.Listing:
		if g.pre > 0 {
			g.pre--
		}
	case c.has(gapScope):
		// The counts stay as they are: a marker's end clears the formatting elements opened
		// inside it only when the parser took its start tag, which the model cannot tell.
		if n := len(g.frames); n > 0 && g.frames[n-1].name == a {
			g.frames = g.frames[:n-1]
		}
	default:
		if k := c.formatting(); k >= 0 {
			var floor int32
			if n := len(g.frames); n > 0 {
				floor = g.frames[n-1].floor[k]
			}
			if g.open[k] > floor {
				g.open[k]--
			}
		}
	}
	g.afterEnd = c.has(gapBlock)
	return cut
}

// tagClass is what the model knows of an element by its name: a set of the flags below and,
// for a formatting element, its index in gapFormatting. classOf gives it, in one switch.
type tagClass uint32

// The flags of a tagClass.
const (
	// gapBlock: the element starts and ends a block of its own for every stage that reads the
	// tree, so that white space beside its tags separates nothing (its tags may be cut beside).
	gapBlock tagClass = 1 << iota
	// makesBlock: its start tag always makes a block element that holds what follows it
	// (outside <select> and foreign content): the parser drops none of these, and a text reader
	// sets each apart from what is beside it.
	makesBlock
	// invisible: an element no text reader reads that the parser makes and closes in place (its
	// end tag is the one the tokenizer reads its text to), or drops: a start or end tag of it
	// leaves the current node and what a reader finds as they were.
	invisible
	// keepsInline: its start tag leaves what a text reader finds beside the white space that
	// follows as it was, but not the current node: it makes a block of a table or form, or
	// nothing at all where the parser drops it (<td> outside a table, <form> inside a form,
	// <body> in the body).
	keepsInline
	// voidInline: a void inline element the parser makes in place and closes at once, the
	// current node unchanged.
	voidInline
	// plainInline: an inline element whose start tag the parser always makes the current node
	// without closing any other (a formatting element of a name not open before) and whose end
	// tag, when it is the current node, closes it alone.
	plainInline
	// gapScope: the element bounds a formatting element's scope for the parser's end tags: a
	// table, or a marker of the list of active formatting elements.
	gapScope

	// formattingShift: the bits from here hold a formatting element's index in gapFormatting,
	// plus one (0: not one).
	formattingShift = 8
)

// has reports whether c has every flag of f.
func (c tagClass) has(f tagClass) bool { return c&f == f }

// formatting returns the element's index in gapFormatting, or -1.
func (c tagClass) formatting() int { return int(c>>formattingShift) - 1 }

// formattingIndex returns a's index in gapFormatting, or -1.
func formattingIndex(a atom.Atom) int { return classOf(a).formatting() }

// classOf returns the class of the element a.
func classOf(a atom.Atom) tagClass {
	const blockMade = gapBlock | makesBlock
	switch a {
	case atom.Div, atom.P, atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd, atom.Section,
		atom.Article, atom.Header, atom.Footer, atom.Nav, atom.Main, atom.Aside, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Figure, atom.Figcaption, atom.Blockquote,
		atom.Address, atom.Hr:
		return blockMade
	case atom.Meta, atom.Link, atom.Base, atom.Title, atom.Script, atom.Style:
		return gapBlock | invisible
	case atom.Html, atom.Head, atom.Body, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Form:
		return gapBlock | keepsInline
	case atom.Table, atom.Td, atom.Th, atom.Caption:
		return gapBlock | keepsInline | gapScope
	case atom.Pre, atom.Listing:
		return gapBlock
	case atom.Col, atom.Colgroup, atom.Frame, atom.Frameset:
		return keepsInline
	case atom.Applet, atom.Marquee, atom.Object, atom.Template:
		return gapScope
	case atom.Br, atom.Img, atom.Wbr, atom.Embed:
		return voidInline
	case atom.Span, atom.Label, atom.Time, atom.Abbr, atom.Cite, atom.Sup, atom.Sub, atom.Mark,
		atom.Q, atom.Kbd, atom.Var, atom.Dfn, atom.Bdi, atom.Bdo, atom.Data:
		return plainInline
	case atom.Nobr:
		return formattingClass(atom.Nobr)
	case atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.S, atom.Small,
		atom.Strike, atom.Strong, atom.Tt, atom.U:
		return plainInline | formattingClass(a)
	}
	return 0
}

// formattingClass returns the formatting bits of a tagClass for a, one of gapFormatting.
func formattingClass(a atom.Atom) tagClass {
	for k, f := range gapFormatting {
		if f == a {
			return tagClass(k+1) << formattingShift
		}
	}
	return 0
}

// lowerAtom returns the atom of a tag name in any case, or 0.
func lowerAtom(name []byte) atom.Atom {
	if len(name) > maxAtomName {
		return 0
	}
	var buf [maxAtomName]byte
	for i, c := range name {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return atom.Lookup(buf[:len(name)])
}

// maxAtomName is the longest tag name lowerAtom looks up: longer names are no block's.
const maxAtomName = 10

// allSpace reports whether b holds only HTML white space.
func allSpace(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return false
		}
	}
	return true
}
