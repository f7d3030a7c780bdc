package guard

import (
	"bytes"
	"context"
	"errors"
	"io"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits are the limits one guard pass enforces.
type Limits struct {
	Depth      int // deepest open element kept, counting <html> and <body>
	Formatting int // most formatting elements kept in the list of active formatting elements
	MaxNodes   int // stop with ErrTooManyNodes once more elements than this are expected
	// Textless drops what cannot hold readable text, so that it neither reaches the tree nor
	// counts toward MaxNodes: the content of <svg> and <math> (the element itself is kept,
	// empty), <br> past [maxBreaks] in a row, <wbr>, and inline elements closed right after
	// they open (<span class="icon"></span>). For pages flooded with such elements.
	Textless bool
}

// Result is what a guard pass found.
type Result struct {
	Out     []byte // the input without the dropped tags; nil when nothing was dropped
	Nodes   int    // elements the tree builder is expected to make
	Dropped int    // start tags dropped
}

// gelem is an element on the modelled stack of open elements.
type gelem struct {
	a       atom.Atom
	name    string // tag name, for elements without an atom
	key     string // attributes of a formatting element, for Noah's Ark
	foreign bool   // in SVG or MathML
	math    bool   // in MathML
	html    bool   // a MathML <annotation-xml> that holds HTML
	open    bool   // on the stack of open elements
	inAFE   bool   // in the list of active formatting elements
}

func (e *gelem) is(a atom.Atom, name string) bool {
	return e.a == a && (a != 0 || e.name == name)
}

// integration reports whether HTML content inside e is parsed as HTML again.
func (e *gelem) integration() bool {
	switch {
	case !e.foreign:
		return false
	case e.math:
		switch e.a {
		case atom.Mi, atom.Mo, atom.Mn, atom.Ms, atom.Mtext:
			return true
		}
		return e.html
	}
	switch e.a {
	case atom.Foreignobject, atom.Desc, atom.Title:
		return true
	}
	return false
}

// special reports whether e is in the "special" category of the HTML standard, which stops the
// search for the element an end tag closes.
func (e *gelem) special() bool {
	switch {
	case !e.foreign:
		return specialTags[e.a]
	case e.math:
		return e.a == atom.AnnotationXml || e.integration()
	}
	return e.integration()
}

// htmlEncoding reports whether the current tag has an encoding attribute that says HTML.
func htmlEncoding(z *html.Tokenizer) bool {
	for {
		k, v, more := z.TagAttr()
		if string(k) == "encoding" && (bytes.EqualFold(v, []byte("text/html")) || bytes.EqualFold(v, []byte("application/xhtml+xml"))) {
			return true
		}
		if !more {
			return false
		}
	}
}

// dropped is a start tag left out; its end tag is left out too.
type dropped struct {
	a     atom.Atom
	name  string
	level int // stack length when it was dropped
}

type guard struct {
	lim      Limits
	stack    []*gelem
	afe      []*gelem // nil entries are markers
	offStack int      // formatting elements in afe that are not open: the next text re-creates them
	onStack  map[string]int
	dropped  []dropped
	nDropped map[string]int
	inRaw    bool // the next text token is the content of a raw text element
	nameBuf  []byte
	nodes    int
	drops    int
	hidden   *gelem // the <svg> or <math> whose content a Textless pass drops
	breaks   int    // <br> kept in a row, with only blank text between
	sawBreak bool   // the current token is a <br> or </br>
	rest     []byte // the input after the current token
}

// ErrTooManyNodes stops a guard pass that expects more elements than [Limits].MaxNodes.
var ErrTooManyNodes = errors.New("guard: too many elements")

// Run runs one guard pass over text. See the package comment.
func Run(ctx context.Context, text []byte, lim Limits) (Result, error) {
	g := &guard{lim: lim, onStack: map[string]int{}, nDropped: map[string]int{}}
	z := html.NewTokenizer(bytes.NewReader(text))
	var out []byte
	offset := 0
	openText, gap := false, false // the last token kept is text that openEnd; tokens were dropped since
	for i := 0; ; i++ {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return Result{}, err
			}
		}
		if g.nodes > lim.MaxNodes {
			return Result{Nodes: g.nodes}, ErrTooManyNodes
		}
		z.AllowCDATA(g.inForeign())
		tt := z.Next()
		raw := z.Raw()
		g.rest = text[offset+len(raw):]
		keep, nodes, hiding := true, g.nodes, g.hiding()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return Result{}, err
			}
			res := Result{Nodes: g.nodes, Dropped: g.drops}
			if out != nil {
				res.Out = out
			}
			return res, nil
		case html.TextToken:
			if !g.inRaw {
				g.reconstruct()
			}
			g.inRaw = false
		case html.StartTagToken, html.SelfClosingTagToken:
			g.inRaw = false
			keep = g.start(z, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			g.inRaw = false
			keep = g.end(z)
		}
		if lim.Textless {
			if hiding && g.hiding() {
				// Inside the <svg> or <math> before and after this token: dropped, not counted.
				keep, g.nodes = false, nodes
			}
			if !g.sawBreak && (tt != html.TextToken || !isBlank(raw)) && tt != html.CommentToken {
				g.breaks = 0
			}
			g.sawBreak = false
		}
		if !keep && out == nil {
			out = make([]byte, 0, len(text))
			out = append(out, text[:offset]...)
		}
		if keep && out != nil {
			if gap && openText && tt == html.TextToken {
				// Text on both sides of a dropped tag would join: "x<" and "b>" make a tag.
				out = append(out, "<!---->"...)
			}
			out = append(out, raw...)
		}
		if keep {
			openText, gap = tt == html.TextToken && openEnd(raw), false
		} else {
			gap = true
		}
		offset += len(raw)
	}
}

// tagIdent returns the atom and name of the current tag, read from its raw text: the
// tokenizer's TagName allocates a copy for every tag.
func (g *guard) tagIdent(z *html.Tokenizer) (atom.Atom, string) {
	raw := z.Raw()[1:]
	if len(raw) > 0 && raw[0] == '/' {
		raw = raw[1:]
	}
	n := 0
	for n < len(raw) && !isTagNameEnd(raw[n]) {
		n++
	}
	g.nameBuf = append(g.nameBuf[:0], raw[:n]...)
	for i, c := range g.nameBuf {
		if 'A' <= c && c <= 'Z' {
			g.nameBuf[i] = c + 'a' - 'A'
		}
	}
	if a := atom.Lookup(g.nameBuf); a != 0 {
		return a, a.String()
	}
	return 0, string(g.nameBuf)
}

// hiding reports whether a Textless pass is inside the <svg> or <math> whose content it drops.
func (g *guard) hiding() bool { return g.hidden != nil && g.hidden.open }

// closedNext reports whether rest starts with the end tag of name: </name>, any case.
func closedNext(rest []byte, name string) bool {
	n := len(name)
	if len(rest) < n+3 || rest[0] != '<' || rest[1] != '/' || !bytes.EqualFold(rest[2:2+n], []byte(name)) {
		return false
	}
	rest = rest[2+n:]
	for len(rest) > 0 && isSpace(rest[0]) {
		rest = rest[1:]
	}
	return len(rest) > 0 && rest[0] == '>'
}

// openEnd reports whether text, a text token, ends in a way the text after it can continue
// into markup or a character reference: with "<", or with "&" and the letters or digits of a
// reference not yet closed.
func openEnd(text []byte) bool {
	if len(text) > 0 && text[len(text)-1] == '<' {
		return true
	}
	tail := text[max(0, len(text)-maxRefLen):]
	i := bytes.LastIndexByte(tail, '&')
	if i < 0 {
		return false
	}
	for _, c := range tail[i+1:] {
		if !isASCIILetter(c) && !('0' <= c && c <= '9') && c != '#' {
			return false
		}
	}
	return true
}

// isBlank reports whether text holds only HTML whitespace.
func isBlank(text []byte) bool {
	for _, c := range text {
		if !isSpace(c) {
			return false
		}
	}
	return true
}

// breakOut closes the SVG and MathML elements down to HTML content.
func (g *guard) breakOut() {
	for g.inForeign() {
		g.pop()
	}
}

func (g *guard) top() *gelem {
	if len(g.stack) == 0 {
		return nil
	}
	return g.stack[len(g.stack)-1]
}

func (g *guard) inForeign() bool {
	t := g.top()
	return t != nil && t.foreign && !t.integration()
}

// depth is the depth the next element would get: <html>, <body>, the open elements, and the
// formatting elements the next text will re-create.
func (g *guard) depth() int { return 2 + len(g.stack) + g.offStack }

// start handles a start tag and reports whether to keep it.
func (g *guard) start(z *html.Tokenizer, selfClosing bool) bool {
	a, name := g.tagIdent(z)
	if g.inForeign() {
		if breaksOutOfForeign(a, z) {
			g.breakOut()
		} else {
			// Foreign elements are never raw text; a self-closing one is closed at once.
			z.NextIsNotRawText()
			if selfClosing {
				g.nodes++
				return true
			}
			if !g.push(a, name, "") {
				return false
			}
			if e := g.top(); a == atom.AnnotationXml && e.math {
				e.html = htmlEncoding(z)
			}
			return true
		}
	}
	if g.lim.Textless {
		switch {
		case a == atom.Wbr:
			return false
		case a == atom.Br:
			g.sawBreak = true
			if g.breaks >= maxBreaks {
				return false
			}
			g.breaks++
		case emptyInline[a] && closedNext(g.rest, name) && (a != atom.A || g.lastFormatting(a, name) < 0):
			// Dropped with its end tag, the next token. An <a> closes an open one: that stays.
			g.drop(a, name)
			return false
		}
	}
	switch {
	case a == atom.Html, a == atom.Body, a == atom.Head, a == atom.Frameset:
		return true // merged into the element the parser made, or ignored
	case (a == atom.Svg || a == atom.Math) && selfClosing:
		g.reconstruct()
		g.nodes++ // closed at once
		return true
	case voidTags[a]:
		if !blockStart[a] {
			g.reconstruct()
		}
		g.nodes++
		return true
	case rawTextTags[a]:
		g.nodes++
		g.inRaw = true
		return true
	case a == atom.Noscript:
		// Scripting is off (see internal/tree's parse.go), so <noscript> holds markup, not raw text.
		z.NextIsNotRawText()
	}
	if tableTags[a] && g.onStack["table"] == 0 {
		return true // table parts outside a table are ignored
	}
	g.implyEnd(a)
	if formattingTags[a] {
		return g.startFormatting(z, a, name)
	}
	if !blockStart[a] {
		g.reconstruct()
	}
	return g.push(a, name, "")
}

// push opens a new element, or drops its start tag past the depth limit.
func (g *guard) push(a atom.Atom, name, key string) bool {
	if g.depth() >= g.lim.Depth {
		g.drop(a, name)
		return false
	}
	t := g.top()
	e := &gelem{a: a, name: name, key: key, open: true}
	switch {
	case t != nil && t.foreign && !t.integration() && !(a == atom.Svg && t.math && t.a == atom.AnnotationXml):
		// Foreign content: the element takes its parent's namespace, whatever its name (a
		// <math> inside <svg> is an SVG element, and a MathML <mi> in it no integration
		// point), but for an <svg> in a MathML <annotation-xml>.
		e.foreign, e.math = true, t.math
	default:
		e.foreign, e.math = a == atom.Svg || a == atom.Math, a == atom.Math
	}
	g.stack = append(g.stack, e)
	g.onStack[name]++
	g.nodes++
	if g.lim.Textless && (a == atom.Svg || a == atom.Math) && !g.hiding() {
		g.hidden = e
	}
	if markerTags[a] && !e.foreign {
		g.afe = append(g.afe, nil)
	}
	return true
}

// pushImplied opens an element the parser makes without a tag (<tbody>, <tr>).
func (g *guard) pushImplied(a atom.Atom, name string) {
	if g.depth() < g.lim.Depth {
		g.push(a, name, "")
	}
}

func (g *guard) drop(a atom.Atom, name string) {
	g.dropped = append(g.dropped, dropped{a: a, name: name, level: len(g.stack)})
	g.nDropped[name]++
	g.drops++
}

// pop closes the current element.
func (g *guard) pop() {
	e := g.stack[len(g.stack)-1]
	g.stack = g.stack[:len(g.stack)-1]
	g.onStack[e.name]--
	e.open = false
	if e.inAFE {
		g.offStack++
	}
	if markerTags[e.a] && !e.foreign {
		g.clearToMarker()
	}
	// Start tags dropped inside e are gone with it.
	for len(g.dropped) > 0 && g.dropped[len(g.dropped)-1].level > len(g.stack) {
		d := g.dropped[len(g.dropped)-1]
		g.dropped = g.dropped[:len(g.dropped)-1]
		g.nDropped[d.name]--
	}
}

// popTo closes elements until the one at index i is closed.
func (g *guard) popTo(i int) {
	for len(g.stack) > i {
		g.pop()
	}
}

// find returns the index of the innermost open element named name, looking down from the
// current node and stopping at elements for which stop is true; -1 if there is none.
func (g *guard) find(a atom.Atom, name string, stop func(*gelem) bool) int {
	if g.onStack[name] == 0 {
		return -1
	}
	for i := len(g.stack) - 1; i >= 0; i-- {
		e := g.stack[i]
		if e.is(a, name) {
			return i
		}
		if stop != nil && stop(e) {
			return -1
		}
	}
	return -1
}

func inDefaultScope(e *gelem) bool { return scopeTags[e.a] || e.integration() }

func inButtonScope(e *gelem) bool { return inDefaultScope(e) || e.a == atom.Button }

func inTableScope(e *gelem) bool { return e.a == atom.Table || e.a == atom.Template }

func (g *guard) closeP() {
	if i := g.find(atom.P, "p", inButtonScope); i >= 0 {
		g.popTo(i)
	}
}

// implyEnd closes the elements a start tag a closes implicitly.
func (g *guard) implyEnd(a atom.Atom) {
	if closesP[a] {
		g.closeP()
	}
	switch a {
	case atom.Li, atom.Dd, atom.Dt:
		for i := len(g.stack) - 1; i >= 0; i-- {
			e := g.stack[i]
			if e.a == a || a != atom.Li && (e.a == atom.Dd || e.a == atom.Dt) {
				g.popTo(i)
				break
			}
			if e.special() && e.a != atom.Address && e.a != atom.Div && e.a != atom.P {
				break
			}
		}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if t := g.top(); t != nil && headingTags[t.a] {
			g.pop()
		}
	case atom.Button:
		if i := g.find(atom.Button, "button", inDefaultScope); i >= 0 {
			g.popTo(i)
		}
	case atom.Option, atom.Optgroup:
		if t := g.top(); t != nil && t.a == atom.Option {
			g.pop()
		}
		if t := g.top(); a == atom.Optgroup && t != nil && t.a == atom.Optgroup {
			g.pop()
		}
	case atom.Table, atom.Caption, atom.Colgroup, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th:
		g.implyTable(a)
	}
}

// implyTable closes and opens what the table insertion modes do for a table start tag a.
func (g *guard) implyTable(a atom.Atom) {
	// The innermost table-structure element decides the insertion mode.
	i := len(g.stack) - 1
	for ; i >= 0; i-- {
		switch g.stack[i].a {
		case atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Caption, atom.Template:
		default:
			continue
		}
		break
	}
	if i < 0 {
		return
	}
	ctx := g.stack[i].a
	inCell := ctx == atom.Td || ctx == atom.Th || ctx == atom.Caption || ctx == atom.Template
	if a == atom.Table {
		if !inCell {
			// A table start tag in a table ends that table.
			if j := g.find(atom.Table, "table", inTableScope); j >= 0 {
				g.popTo(j)
			}
		}
		return
	}
	if inCell {
		if ctx == atom.Template {
			return
		}
		// A table part inside a cell or caption closes it first.
		g.popTo(i)
		g.implyTable(a)
		return
	}
	g.popTo(i + 1)
	switch a {
	case atom.Tr:
		if ctx == atom.Table {
			g.pushImplied(atom.Tbody, "tbody")
		} else if ctx == atom.Tr {
			g.popTo(i)
		}
	case atom.Td, atom.Th:
		if ctx == atom.Table {
			g.pushImplied(atom.Tbody, "tbody")
			g.pushImplied(atom.Tr, "tr")
		} else if ctx != atom.Tr {
			g.pushImplied(atom.Tr, "tr")
		}
	case atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption, atom.Colgroup:
		if ctx != atom.Table {
			if j := g.find(atom.Table, "table", inTableScope); j >= 0 {
				g.popTo(j + 1)
			}
		}
	}
}

// startFormatting handles <a>, <b>, <font> and the other formatting elements.
func (g *guard) startFormatting(z *html.Tokenizer, a atom.Atom, name string) bool {
	g.reconstruct()
	if a == atom.A && g.lastFormatting(a, name) >= 0 {
		g.endFormatting(a, name) // a new link ends the open one
		g.reconstruct()
	}
	if a == atom.Nobr && g.find(a, name, inDefaultScope) >= 0 {
		g.endFormatting(a, name)
		g.reconstruct()
	}
	key := attrKey(z)
	if a != atom.A && g.formattingLen() >= g.lim.Formatting {
		g.drop(a, name)
		return false
	}
	if !g.push(a, name, key) {
		return false
	}
	e := g.top()
	// Noah's Ark: at most three identical entries after the last marker.
	same := 0
	for i := len(g.afe) - 1; i >= 0 && g.afe[i] != nil; i-- {
		if f := g.afe[i]; f.is(a, name) && f.key == key {
			if same++; same >= 3 {
				g.removeAFE(i)
			}
		}
	}
	e.inAFE = true
	g.afe = append(g.afe, e)
	return true
}

// attrKey returns the attributes of the current tag as one string.
func attrKey(z *html.Tokenizer) string {
	var b []byte
	for {
		k, v, more := z.TagAttr()
		if k == nil && !more {
			return string(b)
		}
		b = append(b, k...)
		b = append(b, '=')
		b = append(b, v...)
		b = append(b, 0)
		if !more {
			return string(b)
		}
	}
}

// formattingLen is the number of entries after the last marker.
func (g *guard) formattingLen() int {
	n := 0
	for i := len(g.afe) - 1; i >= 0 && g.afe[i] != nil; i-- {
		n++
	}
	return n
}

// lastFormatting returns the index in afe of the last entry named name after the last marker, or -1.
func (g *guard) lastFormatting(a atom.Atom, name string) int {
	for i := len(g.afe) - 1; i >= 0 && g.afe[i] != nil; i-- {
		if g.afe[i].is(a, name) {
			return i
		}
	}
	return -1
}

func (g *guard) removeAFE(i int) {
	e := g.afe[i]
	e.inAFE = false
	if !e.open {
		g.offStack--
	}
	g.afe = append(g.afe[:i], g.afe[i+1:]...)
}

func (g *guard) clearToMarker() {
	for len(g.afe) > 0 {
		e := g.afe[len(g.afe)-1]
		if e == nil {
			g.afe = g.afe[:len(g.afe)-1]
			return
		}
		g.removeAFE(len(g.afe) - 1)
	}
}

// reconstruct re-opens the formatting elements that were closed without their end tag, as the
// parser does before text and inline elements.
func (g *guard) reconstruct() {
	if g.offStack == 0 || len(g.afe) == 0 {
		return
	}
	i := len(g.afe) - 1
	if g.afe[i] == nil || g.afe[i].open {
		return
	}
	for i > 0 && g.afe[i-1] != nil && !g.afe[i-1].open {
		i--
	}
	for ; i < len(g.afe); i++ {
		old := g.afe[i]
		e := &gelem{a: old.a, name: old.name, key: old.key, open: true, inAFE: true}
		old.inAFE = false
		g.offStack--
		g.afe[i] = e
		g.stack = append(g.stack, e)
		g.onStack[e.name]++
		g.nodes++
	}
}

// endFormatting closes a formatting element, a much simplified adoption agency algorithm: the
// element leaves the stack and the list; block elements opened inside it stay open.
func (g *guard) endFormatting(a atom.Atom, name string) {
	i := g.lastFormatting(a, name)
	if i < 0 {
		g.endOther(a, name)
		return
	}
	e := g.afe[i]
	if !e.open {
		g.removeAFE(i)
		return
	}
	g.removeAFE(i)
	j := len(g.stack) - 1
	for g.stack[j] != e {
		j--
	}
	// The furthest block: the first special element opened inside e.
	k := j + 1
	for k < len(g.stack) && !g.stack[k].special() {
		k++
	}
	if k == len(g.stack) {
		g.popTo(j)
		return
	}
	// The parser moves the furthest block out of e and makes a clone of e inside it: e and the
	// elements between leave the stack, the block and what is above it stay.
	g.popTo(k + 1)
	for _, el := range g.stack[j:k] {
		g.onStack[el.name]--
		el.open = false
		if el.inAFE {
			g.offStack++
		}
	}
	g.stack = append(g.stack[:j], g.stack[k])
	for n := len(g.dropped) - 1; n >= 0 && g.dropped[n].level > len(g.stack); n-- {
		g.dropped[n].level = len(g.stack)
	}
	g.nodes++
}

// end handles an end tag and reports whether to keep it.
func (g *guard) end(z *html.Tokenizer) bool {
	a, name := g.tagIdent(z)
	if g.nDropped[name] > 0 {
		for {
			d := g.dropped[len(g.dropped)-1]
			g.dropped = g.dropped[:len(g.dropped)-1]
			g.nDropped[d.name]--
			if d.a == a && d.name == name {
				return false
			}
		}
	}
	if t := g.top(); t != nil && t.foreign {
		// The parser reads an end tag by the rules of foreign content whenever the current
		// node is in SVG or MathML, an integration point too (where only start tags and text
		// are read as HTML): "<svg><foreignObject></svg>" closes the <svg>.
		if i := g.find(a, name, func(e *gelem) bool { return !e.foreign }); i >= 0 {
			g.popTo(i)
			return true
		}
	}
	switch {
	case a == atom.Html, a == atom.Body:
	case a == atom.P:
		if i := g.find(atom.P, "p", inButtonScope); i >= 0 {
			g.popTo(i)
		} else {
			// </p> without <p> makes an empty paragraph, whose start tag ends SVG or MathML.
			g.breakOut()
			g.nodes++
		}
	case a == atom.Br:
		// The parser reads </br> as <br>, which ends SVG or MathML.
		g.breakOut()
		if g.lim.Textless {
			g.sawBreak = true
			if g.breaks >= maxBreaks {
				return false
			}
			g.breaks++
		}
		g.nodes++
	case formattingTags[a]:
		g.endFormatting(a, name)
	default:
		g.endOther(a, name)
	}
	return true
}

// endOther closes the element an end tag names, if it is in scope.
func (g *guard) endOther(a atom.Atom, name string) {
	stop := (*gelem).special
	switch {
	case a == atom.Li:
		stop = func(e *gelem) bool { return inDefaultScope(e) || e.a == atom.Ol || e.a == atom.Ul }
	case tableTags[a] || a == atom.Table:
		stop = inTableScope
	case specialTags[a]:
		stop = inDefaultScope
	}
	if headingTags[a] {
		for i := len(g.stack) - 1; i >= 0 && !inDefaultScope(g.stack[i]); i-- {
			if headingTags[g.stack[i].a] {
				g.popTo(i)
				return
			}
		}
		return
	}
	if i := g.find(a, name, stop); i >= 0 {
		g.popTo(i)
	}
}

// breaksOutOfForeign reports whether an HTML start tag inside SVG or MathML ends that content.
func breaksOutOfForeign(a atom.Atom, z *html.Tokenizer) bool {
	if a == atom.Font {
		for more := true; more; {
			var k []byte
			k, _, more = z.TagAttr()
			switch string(k) {
			case "color", "face", "size":
				return true
			}
		}
		return false
	}
	return foreignBreakers[a]
}

func atomSet(as ...atom.Atom) map[atom.Atom]bool {
	m := make(map[atom.Atom]bool, len(as))
	for _, a := range as {
		m[a] = true
	}
	return m
}

var (
	// formattingTags are the elements of the list of active formatting elements.
	formattingTags = atomSet(atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr,
		atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U)
	// markerTags push a marker on the list of active formatting elements.
	markerTags = atomSet(atom.Applet, atom.Marquee, atom.Object, atom.Template, atom.Td, atom.Th, atom.Caption)
	// scopeTags bound the default scope.
	scopeTags = atomSet(atom.Applet, atom.Caption, atom.Html, atom.Table, atom.Td, atom.Th, atom.Marquee,
		atom.Object, atom.Template)
	voidTags = atomSet(atom.Area, atom.Base, atom.Basefont, atom.Bgsound, atom.Br, atom.Col, atom.Embed,
		atom.Frame, atom.Hr, atom.Img, atom.Image, atom.Input, atom.Keygen, atom.Link, atom.Meta, atom.Param,
		atom.Source, atom.Track, atom.Wbr)
	// rawTextTags hold text, not markup, and so never nest.
	rawTextTags = atomSet(atom.Script, atom.Style, atom.Title, atom.Textarea, atom.Xmp, atom.Iframe,
		atom.Noembed, atom.Noframes, atom.Plaintext)
	// tableTags are table parts that only mean something inside a table.
	tableTags = atomSet(atom.Caption, atom.Colgroup, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th)
	// closesP start tags close an open <p>.
	closesP = atomSet(atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer,
		atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Search, atom.Section,
		atom.Summary, atom.Ul, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Listing,
		atom.Form, atom.Li, atom.Dd, atom.Dt, atom.Plaintext, atom.Table, atom.Hr, atom.Xmp)
	// blockStart start tags do not re-create closed formatting elements.
	blockStart  = closesP
	headingTags = atomSet(atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6)
	// specialTags are the "special" category of the HTML standard.
	specialTags = atomSet(atom.Address, atom.Applet, atom.Area, atom.Article, atom.Aside, atom.Base,
		atom.Basefont, atom.Bgsound, atom.Blockquote, atom.Body, atom.Br, atom.Button, atom.Caption,
		atom.Center, atom.Col, atom.Colgroup, atom.Dd, atom.Details, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Embed, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.Frame,
		atom.Frameset, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Head, atom.Header,
		atom.Hgroup, atom.Hr, atom.Html, atom.Iframe, atom.Img, atom.Input, atom.Keygen, atom.Li, atom.Link,
		atom.Listing, atom.Main, atom.Marquee, atom.Menu, atom.Meta, atom.Nav, atom.Noembed, atom.Noframes,
		atom.Noscript, atom.Object, atom.Ol, atom.P, atom.Param, atom.Plaintext, atom.Pre, atom.Script,
		atom.Search, atom.Section, atom.Select, atom.Source, atom.Style, atom.Summary, atom.Table,
		atom.Tbody, atom.Td, atom.Template, atom.Textarea, atom.Tfoot, atom.Th, atom.Thead, atom.Title,
		atom.Tr, atom.Track, atom.Ul, atom.Wbr, atom.Xmp)
	// emptyInline are the inline elements a Textless pass drops when they close right after
	// they open: they hold no text and mean nothing to the tree without it. Not <nobr>, which
	// closes an open one.
	emptyInline = atomSet(atom.A, atom.Abbr, atom.B, atom.Bdi, atom.Bdo, atom.Big, atom.Cite, atom.Code,
		atom.Data, atom.Del, atom.Dfn, atom.Em, atom.Font, atom.I, atom.Ins, atom.Kbd, atom.Label, atom.Mark,
		atom.Q, atom.S, atom.Samp, atom.Small, atom.Span, atom.Strike, atom.Strong, atom.Sub, atom.Sup,
		atom.Time, atom.Tt, atom.U, atom.Var)
	// foreignBreakers end SVG or MathML content when they appear inside it.
	foreignBreakers = atomSet(atom.B, atom.Big, atom.Blockquote, atom.Body, atom.Br, atom.Center, atom.Code,
		atom.Dd, atom.Div, atom.Dl, atom.Dt, atom.Em, atom.Embed, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5,
		atom.H6, atom.Head, atom.Hr, atom.I, atom.Img, atom.Li, atom.Listing, atom.Menu, atom.Meta, atom.Nobr,
		atom.Ol, atom.P, atom.Pre, atom.Ruby, atom.S, atom.Small, atom.Span, atom.Strong, atom.Strike,
		atom.Sub, atom.Sup, atom.Table, atom.Tt, atom.U, atom.Ul, atom.Var)
)
