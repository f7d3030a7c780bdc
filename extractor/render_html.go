package extractor

import (
	"bufio"
	"io"
	"net/url"
	"strings"

	"github.com/pithdev/pith/extractor/internal/urls"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTML renders the result as a clean HTML fragment: the title as <h1>, then the blocks as
// <p>, <h1>-<h6>, <ul>/<ol> with <li>, <blockquote> (quotes, and correction or update
// notes, whose paragraph is a <p>), <table> with <tr>, <th> and <td>, <pre><code>, and
// <figure> with the figure's <img>s (with the option) and a <figcaption> for a caption;
// comments follow under an <h2> (see [Result.Comments]).
// Inside blocks only <em>, <strong>, <code>, <br>, and with the options <a href> and
// <img src alt> appear. No other element or attribute is ever written: no script, style,
// event handler or class (but a code block's "language-*" class), and URLs are absolute
// http, https or mailto (images: http and https) or relative ones when no base URL is known;
// javascript:, data: and all other schemes are dropped. Text is escaped by
// golang.org/x/net/html, so the fragment is safe to embed in another page. One block per
// line; the output ends with a newline unless empty.
func (r *Result) HTML(opts RenderOptions) string {
	var sb strings.Builder
	_ = r.WriteHTML(&sb, opts) // a strings.Builder never fails
	return sb.String()
}

// WriteHTML writes [Result.HTML] to out, block by block, and returns the first error of out;
// it stops writing at that error. A writer without WriteString and WriteByte is buffered.
func (r *Result) WriteHTML(out io.Writer, opts RenderOptions) error {
	r = r.filtered(opts)
	sw, direct := out.(stringWriter)
	var buf *bufio.Writer
	if !direct {
		buf = bufio.NewWriter(out)
		sw = buf
	}
	hw := &htmlWriter{out: sw, opts: opts, base: r.base(opts)}
	if r.Title != "" {
		hw.emit(elem1(atom.H1, textNode(r.Title)))
	}
	if opts.Images && r.Metadata.Image != "" {
		if src := urls.Safe(hw.base, r.Metadata.Image, false); src != "" {
			hw.emit(elem1(atom.P, imgNode(src, r.Title)))
		}
	}
	for i := 0; i < len(r.Blocks); i++ {
		b := r.Blocks[i]
		switch b.Kind {
		case KindListItem:
			i = hw.list(r.Blocks, i) - 1
		case KindQuote:
			i = hw.quote(r.Blocks, i) - 1
		case KindHeading:
			hw.emit(hw.inlineElem(headingAtoms[min(max(b.Level, 1), 6)-1], b))
		case KindTable:
			hw.emit(htmlTable(b))
		case KindCode:
			hw.emit(htmlCode(b))
		case KindNote:
			hw.emit(elem1(atom.Blockquote, hw.inlineElem(atom.P, b)))
		case KindCaption:
			hw.emit(hw.figure(b))
		default:
			hw.emit(hw.inlineElem(atom.P, b))
		}
		if hw.err != nil {
			return hw.err
		}
	}
	hw.comments(r.Comments)
	if hw.err != nil {
		return hw.err
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
	out  stringWriter
	err  error // the first error of out: nothing is written after it
	opts RenderOptions
	base *url.URL
}

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

// list renders the run of list items of one list that starts at blocks[i] as <ul> or <ol>
// and returns the index after it.
func (hw *htmlWriter) list(blocks []Block, i int) int {
	tag := atom.Ul
	if blocks[i].Ordered {
		tag = atom.Ol
	}
	l := newElem(tag)
	src := blocks[i].markupOf().list
	for ; i < len(blocks) && blocks[i].Kind == KindListItem; i++ {
		b := blocks[i]
		if l.FirstChild != nil && (b.Ordered != blocks[i-1].Ordered || b.markupOf().list != src) {
			break
		}
		l.AppendChild(textNode("\n"))
		l.AppendChild(hw.inlineElem(atom.Li, b))
	}
	l.AppendChild(textNode("\n"))
	hw.emit(l)
	return i
}

// quote renders the run of quote blocks from one <blockquote> that starts at blocks[i] as
// one <blockquote> of paragraphs, and returns the index after it.
func (hw *htmlWriter) quote(blocks []Block, i int) int {
	q := newElem(atom.Blockquote)
	src := blocks[i].markupOf().quote
	for ; i < len(blocks) && blocks[i].Kind == KindQuote; i++ {
		if q.FirstChild != nil && blocks[i].markupOf().quote != src {
			break
		}
		q.AppendChild(hw.inlineElem(atom.P, blocks[i]))
	}
	hw.emit(q)
	return i
}

// inlineElem returns an element of type a holding the block's inline content.
func (hw *htmlWriter) inlineElem(a atom.Atom, b Block) *html.Node {
	n := newElem(a)
	hw.spans(n, b.inlines())
	return n
}

// spans appends spans to parent as nodes.
func (hw *htmlWriter) spans(parent *html.Node, spans []inline) {
	for i, s := range spans {
		switch s.kind {
		case inText:
			parent.AppendChild(textNode(s.text))
		case inCode:
			parent.AppendChild(elem1(atom.Code, textNode(s.text)))
		case inEm, inStrong:
			if inlineText(s.kids) == "" && !hw.hasImage(s.kids) {
				hw.spans(parent, s.kids)
				continue
			}
			tag := atom.Em
			if s.kind == inStrong {
				tag = atom.Strong
			}
			e := newElem(tag)
			hw.spans(e, s.kids)
			parent.AppendChild(e)
		case inLink:
			href := urls.Safe(hw.base, s.url, true)
			if !hw.opts.Links || href == "" || inlineText(s.kids) == "" && !hw.hasImage(s.kids) {
				hw.spans(parent, s.kids)
				continue
			}
			a := newElem(atom.A)
			a.Attr = []html.Attribute{{Key: "href", Val: href}}
			hw.spans(a, s.kids)
			parent.AppendChild(a)
		case inImage:
			if src := urls.Safe(hw.base, s.url, false); hw.opts.Images && src != "" {
				parent.AppendChild(imgNode(src, s.text))
				if i+1 < len(spans) && !strings.HasPrefix(inlineText(spans[i+1:i+2]), " ") {
					parent.AppendChild(textNode(" ")) // the space collapsed away before the image
				}
			}
		}
	}
}

// hasImage reports whether spans hold an image that will be rendered.
func (hw *htmlWriter) hasImage(spans []inline) bool {
	if !hw.opts.Images {
		return false
	}
	for _, s := range spans {
		if s.kind == inImage && urls.Safe(hw.base, s.url, false) != "" || hw.hasImage(s.kids) {
			return true
		}
	}
	return false
}

// htmlTable renders a table block's text (rows on lines, cells split by tabs) as <table>.
// The first row is a header row of <th> when the page's table starts with <th> cells.
func htmlTable(b Block) *html.Node {
	t := newElem(atom.Table)
	header := b.markupOf().header
	for i, line := range strings.Split(b.Text, "\n") {
		tr := newElem(atom.Tr)
		cell := atom.Td
		if i == 0 && header {
			cell = atom.Th
		}
		for c := range strings.SplitSeq(line, "\t") {
			tr.AppendChild(elem1(cell, textNode(c)))
		}
		t.AppendChild(textNode("\n"))
		t.AppendChild(tr)
	}
	t.AppendChild(textNode("\n"))
	return t
}

// tableHasHeader reports whether the first row of a <table> holds <th> cells.
func tableHasHeader(table *html.Node) bool {
	var first *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil && first == nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom == atom.Table {
				continue
			}
			if c.DataAtom == atom.Tr {
				first = c
				return
			}
			find(c)
		}
	}
	if table != nil {
		find(table)
	}
	if first == nil {
		return false
	}
	for c := first.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Th {
			return true
		}
	}
	return false
}

// htmlCode renders a code block as <pre><code>, with the language as class="language-x".
func htmlCode(b Block) *html.Node {
	code := elem1(atom.Code, textNode(b.Text))
	if l := b.markupOf().lang; l != "" {
		code.Attr = []html.Attribute{{Key: "class", Val: "language-" + l}}
	}
	return elem1(atom.Pre, code)
}

// newElem returns an element node of type a with no attributes.
func newElem(a atom.Atom) *html.Node {
	return &html.Node{Type: html.ElementNode, DataAtom: a, Data: a.String()}
}

// elem1 returns an element of type a with one child.
func elem1(a atom.Atom, child *html.Node) *html.Node {
	n := newElem(a)
	n.AppendChild(child)
	return n
}

// textNode returns a text node.
func textNode(s string) *html.Node { return &html.Node{Type: html.TextNode, Data: s} }

// imgNode returns <img src alt>.
func imgNode(src, alt string) *html.Node {
	n := newElem(atom.Img)
	n.Attr = []html.Attribute{{Key: "src", Val: src}, {Key: "alt", Val: alt}}
	return n
}
