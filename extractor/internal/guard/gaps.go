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
// start. Never inside <pre> or <listing>, where it is text, and never while a formatting
// element may be open: the parser makes each formatting element left open again before any
// text, white space too, that follows a block (its list of active formatting elements), so
// that white space there may hold an element. The model of that list errs one way: it may think
// an element open that the parser closed, never the other way but for markup no page has (an
// end tag the adoption agency gives up on after eight rounds; see FuzzElide).
type gapModel struct {
	afterEnd bool // the last tag was a block's end tag or a void block's tag
	pre      int  // <pre> and <listing> elements open

	// The formatting elements open, per name (gapFormatting), and for each table or marker
	// element open (gapScopes) the counts when it opened: an end tag inside it closes only a
	// formatting element opened inside it too, as the parser's scope and markers have it.
	open   [len(gapFormatting)]int32
	frames []gapFrame
	lost   bool // more scopes nested than maxGapFrames: the model stops
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
	if !g.afterEnd || g.pre > 0 || g.lost {
		return false
	}
	for _, n := range g.open {
		if n > 0 {
			return false
		}
	}
	return true
}

// startTag follows a start tag of the given name (any case) and reports whether it is a
// block's, so that white space just before it may be left out.
func (g *gapModel) startTag(name []byte) bool {
	a := lowerAtom(name)
	switch {
	case a == atom.Pre || a == atom.Listing:
		g.pre++
	case isGapScope(a):
		if len(g.frames) == maxGapFrames {
			g.lost = true
			break
		}
		g.frames = append(g.frames, gapFrame{name: a, floor: g.open})
	default:
		if k := formattingIndex(a); k >= 0 {
			g.open[k]++
		}
	}
	block := isGapBlock(a)
	g.afterEnd = block && (a == atom.Meta || a == atom.Link || a == atom.Base || a == atom.Hr)
	return block
}

// endTag follows an end tag of the given name (any case) and reports whether it is a block's.
func (g *gapModel) endTag(name []byte) bool {
	a := lowerAtom(name)
	switch {
	case a == atom.Pre || a == atom.Listing:
		if g.pre > 0 {
			g.pre--
		}
	case isGapScope(a):
		// The counts stay as they are: a marker's end clears the formatting elements opened
		// inside it only when the parser took its start tag, which the model cannot tell.
		if n := len(g.frames); n > 0 && g.frames[n-1].name == a {
			g.frames = g.frames[:n-1]
		}
	default:
		if k := formattingIndex(a); k >= 0 {
			var floor int32
			if n := len(g.frames); n > 0 {
				floor = g.frames[n-1].floor[k]
			}
			if g.open[k] > floor {
				g.open[k]--
			}
		}
	}
	g.afterEnd = isGapBlock(a)
	return g.afterEnd
}

// formattingIndex returns a's index in gapFormatting, or -1.
func formattingIndex(a atom.Atom) int {
	for k, f := range gapFormatting {
		if f == a {
			return k
		}
	}
	return -1
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

// isGapScope reports whether a bounds a formatting element's scope for the parser's end
// tags: a table, or a marker of the list of active formatting elements.
func isGapScope(a atom.Atom) bool {
	switch a {
	case atom.Table, atom.Td, atom.Th, atom.Caption, atom.Applet, atom.Marquee, atom.Object,
		atom.Template:
		return true
	}
	return false
}

// isGapBlock reports whether a starts and ends a block of its own for every stage that reads
// the tree, so that white space beside its tags separates nothing.
func isGapBlock(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Head, atom.Body, atom.Meta, atom.Link, atom.Base, atom.Title,
		atom.Script, atom.Style, atom.Div, atom.P, atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt,
		atom.Dd, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Nav, atom.Main,
		atom.Aside, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Table,
		atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Caption, atom.Form,
		atom.Figure, atom.Figcaption, atom.Blockquote, atom.Hr, atom.Address, atom.Pre, atom.Listing:
		return true
	}
	return false
}

// allSpace reports whether b holds only HTML white space.
func allSpace(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return false
		}
	}
	return true
}
