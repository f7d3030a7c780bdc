package render

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTML writes p as a clean HTML fragment (see extractor.Result.HTML) and returns the first
// error of out; it stops writing at that error. A writer without WriteString and WriteByte
// is buffered.
func HTML(out io.Writer, p *view.Page, o Options) error {
	sw, direct := out.(stringWriter)
	var buf *bufio.Writer
	if !direct {
		buf = bufio.NewWriter(out)
		sw = buf
	}
	hw := &htmlWriter{out: sw, opts: &o}
	if err := writePage(hw, p, &o); err != nil {
		return err
	}
	if buf != nil {
		return buf.Flush()
	}
	return nil
}

// stringWriter is what html.Render writes to without a buffer of its own.
type stringWriter interface {
	io.Writer
	io.ByteWriter
	io.StringWriter
}

// headingAtoms are <h1> to <h6>, by level minus one.
var headingAtoms = [6]atom.Atom{atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6}

// htmlWriter builds each block as a small node tree and renders it with html.Render, which
// escapes text and attribute values.
type htmlWriter struct {
	out   stringWriter
	err   error // the first error of out: nothing is written after it
	opts  *Options
	spans htmlSpans // reused for every block's inline content
}

func (hw *htmlWriter) failed() error { return hw.err }

func (hw *htmlWriter) title(s string) { hw.emit(elem1(atom.H1, textNode(s))) }

func (hw *htmlWriter) mainImage(src, alt string) { hw.emit(elem1(atom.P, imgNode(src, alt))) }

func (hw *htmlWriter) heading(b *view.Block, level int) {
	hw.emit(hw.inlineElem(headingAtoms[level-1], b))
}

func (hw *htmlWriter) note(b *view.Block) {
	hw.emit(elem1(atom.Blockquote, hw.inlineElem(atom.P, b)))
}

func (hw *htmlWriter) paragraph(b *view.Block) { hw.emit(hw.inlineElem(atom.P, b)) }

// emit renders one top-level element on a line of its own.
func (hw *htmlWriter) emit(n *html.Node) {
	if n == nil {
		return
	}
	if hw.err == nil {
		hw.err = html.Render(hw.out, n)
	}
	if hw.err == nil {
		_, hw.err = hw.out.WriteString("\n")
	}
}

// list renders the run of list items of one list that starts at blocks[i] as <ul>, <ol> or
// <dl>, nested lists inside the <li> they belong to, and returns the index after it. An
// <ol> has start, reversed and <li value> where its numbers need them; the text of an item
// after its nested list is a <p> in the item.
func (hw *htmlWriter) list(blocks []view.Block, i int) int {
	var levels []htmlListLevel
	first := blocks[i].Marks()
	for ; i < len(blocks) && blocks[i].Kind == view.ListItem; i++ {
		b := &blocks[i]
		m := b.Marks()
		d := min(m.Depth, len(levels))
		if d == 0 && len(levels) > 0 && (m.List != first.List || listTag(b) != levels[0].list.DataAtom) {
			break // another list: written on its own
		}
		if d < len(levels)-1 {
			levels = levels[:d+1]
		}
		if d == len(levels) || levels[d].id != m.List || levels[d].list.DataAtom != listTag(b) {
			l := element(listTag(b))
			if d > 0 {
				parent := levels[d-1].item
				if parent == nil {
					parent = levels[d-1].list
				}
				parent.AppendChild(l)
			}
			levels = append(levels[:d], htmlListLevel{list: l, id: m.List})
		}
		lv := &levels[d]
		if m.Item != 0 && m.Item == lv.itemID && m.Def == view.NoDef && lv.item != nil {
			lv.item.AppendChild(hw.inlineElem(atom.P, b))
			continue
		}
		tag := atom.Li
		switch m.Def {
		case view.Term:
			tag = atom.Dt
		case view.Definition:
			tag = atom.Dd
		}
		li := hw.inlineElem(tag, b)
		if lv.list.DataAtom == atom.Ol {
			lv.number(li, m.Number)
		}
		if d == 0 {
			lv.list.AppendChild(textNode("\n"))
		}
		lv.list.AppendChild(li)
		lv.item, lv.itemID = li, m.Item
	}
	root := levels[0].list
	root.AppendChild(textNode("\n"))
	hw.emit(root)
	return i
}

// listTag is the list element an item of b's kind sits in: <dl> for a term or definition,
// <ol> for a numbered item, else <ul>.
func listTag(b *view.Block) atom.Atom {
	switch {
	case b.Marks().Def != view.NoDef:
		return atom.Dl
	case b.Ordered:
		return atom.Ol
	}
	return atom.Ul
}

// htmlListLevel is one depth of the list being written: its element, its id, its last item
// (element and id) and, for an <ol>, the count of items and the number the next is to have.
type htmlListLevel struct {
	list, item *html.Node
	id, itemID int
	count      int
	next, step int
}

// number gives an <ol>'s item the attributes its number n needs (0: the next one): a start
// on the list for a first item other than 1, reversed for a second item one below the
// first, else a value where n is not the next number.
func (lv *htmlListLevel) number(li *html.Node, n int) {
	lv.count++
	switch {
	case lv.count == 1:
		lv.step, lv.next = 1, 1
		if n != 0 && n != 1 {
			lv.list.Attr = append(lv.list.Attr, html.Attribute{Key: "start", Val: strconv.Itoa(n)})
			lv.next = n
		}
	case lv.count == 2 && n != 0 && n == lv.next-2:
		lv.list.Attr = append(lv.list.Attr, html.Attribute{Key: "reversed"})
		lv.step, lv.next = -1, n
	case n != 0 && n != lv.next:
		li.Attr = append(li.Attr, html.Attribute{Key: "value", Val: strconv.Itoa(n)})
		lv.next = n
	}
	lv.next += lv.step
}

// quote renders the run of quote blocks from one <blockquote> that starts at blocks[i] as
// one <blockquote> of paragraphs, and returns the index after it.
func (hw *htmlWriter) quote(blocks []view.Block, i int) int {
	q := element(atom.Blockquote)
	src := blocks[i].Marks().Quote
	for ; i < len(blocks) && blocks[i].Kind == view.Quote; i++ {
		if q.FirstChild != nil && blocks[i].Marks().Quote != src {
			break
		}
		q.AppendChild(hw.inlineElem(atom.P, &blocks[i]))
	}
	hw.emit(q)
	return i
}

// inlineElem returns an element of type a holding the block's inline content.
func (hw *htmlWriter) inlineElem(a atom.Atom, b *view.Block) *html.Node {
	n := element(a)
	hw.spans.render(hw.opts, n, b.Spans())
	return n
}

// table renders a table block's text (rows on lines, cells split by tabs) as <table>. The
// first row is a header row of <th> when the page's table starts with <th> cells. A cell
// that spans rows or columns has its colspan and rowspan, and the cells it covers (empty
// in the text) are left out.
func (hw *htmlWriter) table(b *view.Block) {
	t := element(atom.Table)
	m := b.Marks()
	spans := m.Cells // in row order, then column order, as view reads them
	var busy []int   // per column, the last row a span from above covers; -1 for none
	for i, line := range strings.Split(b.Text, "\n") {
		tr := element(atom.Tr)
		cell := atom.Td
		if i == 0 && m.Header {
			cell = atom.Th
		}
		// The spans that start on this row: their cells are covered from here on.
		var here []view.CellSpan
		for len(spans) > 0 && spans[0].Row <= i {
			if c := spans[0]; c.Row == i {
				here = append(here, c)
				for j := c.Col; j < c.Col+c.Cols; j++ {
					for len(busy) <= j {
						busy = append(busy, -1)
					}
					busy[j] = max(busy[j], c.Row+c.Rows-1)
				}
			}
			spans = spans[1:]
		}
		j := 0
		for c := range strings.SplitSeq(line, "\t") {
			col := j
			j++
			var origin *view.CellSpan
			for k := range here {
				if here[k].Col == col {
					origin = &here[k]
				}
			}
			if origin == nil && c == "" && col < len(busy) && busy[col] >= i {
				continue // covered by a span
			}
			td := elem1(cell, textNode(c))
			if origin != nil {
				if origin.Cols > 1 {
					td.Attr = append(td.Attr, html.Attribute{Key: "colspan", Val: strconv.Itoa(origin.Cols)})
				}
				if origin.Rows > 1 {
					td.Attr = append(td.Attr, html.Attribute{Key: "rowspan", Val: strconv.Itoa(origin.Rows)})
				}
			}
			tr.AppendChild(td)
		}
		t.AppendChild(textNode("\n"))
		t.AppendChild(tr)
	}
	t.AppendChild(textNode("\n"))
	hw.emit(t)
}

// code renders a code block as <pre><code>, with the language as class="language-x".
func (hw *htmlWriter) code(b *view.Block) {
	code := elem1(atom.Code, textNode(b.Text))
	if l := b.Marks().Lang; l != "" {
		code.Attr = []html.Attribute{{Key: "class", Val: "language-" + l}}
	}
	hw.emit(elem1(atom.Pre, code))
}

// caption renders a figure caption as <figure>: with images on, the figure's images, then
// the <figcaption>.
func (hw *htmlWriter) caption(b *view.Block) {
	fig := element(atom.Figure)
	if hw.opts.Images {
		for _, im := range b.Marks().Images {
			if src := hw.opts.src(im.Src); src != "" {
				fig.AppendChild(imgNode(src, im.Alt))
			}
		}
	}
	fig.AppendChild(hw.inlineElem(atom.Figcaption, b))
	hw.emit(fig)
}

// comments renders the comments as an <h2>Comments</h2> and, per comment, a <p> with the
// author in <strong> and the date, then a <p> per paragraph; a reply sits in <blockquote>s,
// one per depth.
func (hw *htmlWriter) comments(comments []view.Comment) {
	if len(comments) == 0 {
		return
	}
	hw.emit(elem1(atom.H2, textNode(commentsHeading)))
	for _, c := range comments {
		box := element(atom.Div)
		if c.Author != "" || c.Date != "" {
			p := element(atom.P)
			if c.Author != "" {
				p.AppendChild(elem1(atom.Strong, textNode(c.Author)))
			}
			if c.Date != "" {
				sep := ""
				if c.Author != "" {
					sep = " · "
				}
				p.AppendChild(textNode(sep + c.Date))
			}
			box.AppendChild(p)
		}
		for para := range strings.SplitSeq(c.Text, "\n\n") {
			box.AppendChild(elem1(atom.P, textNode(para)))
		}
		for range min(c.Depth, maxCommentQuoteDepth) {
			q := element(atom.Blockquote)
			for k := box.FirstChild; k != nil; k = box.FirstChild {
				box.RemoveChild(k)
				q.AppendChild(k)
			}
			box.AppendChild(q)
		}
		for k := box.FirstChild; k != nil; k = box.FirstChild {
			box.RemoveChild(k)
			hw.emit(k)
		}
	}
}

// htmlSpans appends inline spans to an element as nodes, as the spanSink of walkSpans.
type htmlSpans struct {
	cur   *html.Node
	outer []*html.Node // the elements around cur, innermost last
}

// render appends spans to parent.
func (h *htmlSpans) render(o *Options, parent *html.Node, spans []view.Span) {
	h.cur, h.outer = parent, h.outer[:0]
	o.walkSpans(spans, h)
	h.cur = nil
}

func (h *htmlSpans) text(s string) { h.cur.AppendChild(textNode(s)) }

func (h *htmlSpans) code(s string) { h.cur.AppendChild(elem1(atom.Code, textNode(s))) }

// math writes a formula's MathML (its elements and attributes limited by package view), or
// its text when the page had no MathML.
func (h *htmlSpans) math(tex string, m *view.MathNode) {
	if m == nil {
		h.cur.AppendChild(textNode(tex))
		return
	}
	h.cur.AppendChild(mathNode(m))
}

// mathNode turns a formula's MathML into nodes for html.Render.
func mathNode(m *view.MathNode) *html.Node {
	if m.Tag == "" {
		return textNode(m.Text)
	}
	n := &html.Node{Type: html.ElementNode, Data: m.Tag, Namespace: "math", Attr: m.Attrs}
	if m.Tag == "math" {
		n.DataAtom = atom.Math
	}
	for i := range m.Kids {
		n.AppendChild(mathNode(&m.Kids[i]))
	}
	return n
}

// open starts <em>, <strong> or <a href>; emphasis around nothing shown is left out, its
// content written in place.
func (h *htmlSpans) open(k view.SpanKind, href string, empty bool) {
	h.outer = append(h.outer, h.cur)
	var e *html.Node
	switch {
	case k == view.LinkSpan:
		e = element(atom.A)
		e.Attr = []html.Attribute{{Key: "href", Val: href}}
	case empty:
		return
	case k == view.StrongSpan:
		e = element(atom.Strong)
	default:
		e = element(atom.Em)
	}
	h.cur.AppendChild(e)
	h.cur = e
}

func (h *htmlSpans) close(view.SpanKind) {
	h.cur = h.outer[len(h.outer)-1]
	h.outer = h.outer[:len(h.outer)-1]
}

func (h *htmlSpans) image(src, alt string, spaceAfter bool) {
	h.cur.AppendChild(imgNode(src, alt))
	if spaceAfter {
		h.cur.AppendChild(textNode(" ")) // the space collapsed away before the image
	}
}

// element returns an element node of type a with no attributes.
func element(a atom.Atom) *html.Node {
	return &html.Node{Type: html.ElementNode, DataAtom: a, Data: a.String()}
}

// elem1 returns an element of type a with one child.
func elem1(a atom.Atom, child *html.Node) *html.Node {
	n := element(a)
	n.AppendChild(child)
	return n
}

// textNode returns a text node.
func textNode(s string) *html.Node { return &html.Node{Type: html.TextNode, Data: s} }

// imgNode returns <img src alt>.
func imgNode(src, alt string) *html.Node {
	n := element(atom.Img)
	n.Attr = []html.Attribute{{Key: "src", Val: src}, {Key: "alt", Val: alt}}
	return n
}
