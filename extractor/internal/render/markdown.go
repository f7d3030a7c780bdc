package render

import (
	"io"
	"strconv"
	"strings"

	"github.com/pithdev/pith/extractor/internal/view"
)

// Markdown writes p as CommonMark with GitHub's pipe tables (see extractor.Result.Markdown)
// and returns the first error of out; it stops writing at that error.
func Markdown(out io.Writer, p *view.Page, o Options) error {
	w := &mdWriter{out: out, opts: &o}
	return writePage(w, p, &o)
}

// mdWriter writes Markdown blocks separated by blank lines.
type mdWriter struct {
	out   io.Writer
	err   error // the first error of out: nothing is written after it
	wrote bool  // a block has been written
	opts  *Options
	spans mdSpans // reused for every block's inline content
}

func (w *mdWriter) failed() error { return w.err }

func (w *mdWriter) title(s string) {
	w.block("# " + escapeClosingHashes(escapeMarkdown(s, true)))
}

func (w *mdWriter) mainImage(src, alt string) {
	w.block("![" + escapeMarkdown(alt, false) + "](" + mdURL(src) + ")")
}

func (w *mdWriter) heading(b *view.Block, level int) {
	w.block(strings.Repeat("#", level) + " " + escapeClosingHashes(w.inlines(b)))
}

func (w *mdWriter) table(b *view.Block) { w.block(mdTable(b.Text)) }

// code writes a fenced code block, the fence longer than any backtick run inside.
func (w *mdWriter) code(b *view.Block) {
	fence := strings.Repeat("`", max(3, longestRun(b.Text, '`')+1))
	w.block(fence + b.Marks().Lang + "\n" + b.Text + "\n" + fence)
}

func (w *mdWriter) note(b *view.Block) { w.block("> " + w.inlines(b)) }

func (w *mdWriter) paragraph(b *view.Block) { w.block(w.inlines(b)) }

// caption writes a figure caption: with images on, the figure's images first, one per
// line, then the caption in italics.
func (w *mdWriter) caption(b *view.Block) {
	if w.opts.Images {
		var imgs []string
		for _, im := range b.Marks().Images {
			if src := w.opts.src(im.Src); src != "" {
				imgs = append(imgs, "!["+escapeMarkdown(im.Alt, false)+"]("+mdURL(src)+")")
			}
		}
		w.block(strings.Join(imgs, "\n"))
	}
	w.block(escapeLineStart(w.spans.render(w.opts, b.Spans(), "*")))
}

// block writes one block, a blank line before it unless it is the first.
func (w *mdWriter) block(s string) {
	if strings.TrimSpace(s) == "" || w.err != nil {
		return
	}
	if w.wrote {
		w.write("\n")
	}
	w.wrote = true
	w.write(s)
	w.write("\n")
}

// write writes s to out unless an earlier write failed.
func (w *mdWriter) write(s string) {
	if w.err == nil {
		_, w.err = io.WriteString(w.out, s)
	}
}

// list writes the run of list items that starts at blocks[i], nested lists indented under
// their item, and returns the index after it. Items of different <ul>/<ol> elements next to
// each other at one depth get different markers ("-" and "*", "." and ")"), which is how
// CommonMark tells two adjacent lists apart. An ordered item has the number the page shows
// (start, reversed and value honoured); the text of an item after its nested list goes on
// under it; a <dl>'s term is in bold, its definition on the line under it.
func (w *mdWriter) list(blocks []view.Block, i int) int {
	var sb strings.Builder
	var levels []mdListLevel
	var top view.Block // the last top-level item written
	for ; i < len(blocks) && blocks[i].Kind == view.ListItem; i++ {
		b := &blocks[i]
		m := b.Marks()
		d := min(m.Depth, len(levels))
		if d == 0 && sb.Len() > 0 && ((m.Def != view.NoDef) != (top.Marks().Def != view.NoDef) || b.Ordered != top.Ordered) {
			// A bulleted list, a numbered one and a definition list next to each other are
			// blocks of their own.
			w.block(strings.TrimSuffix(sb.String(), "\n"))
			sb.Reset()
			levels = levels[:0]
		}
		if d == 0 {
			top = *b
		}
		if d < len(levels) {
			levels = levels[:d+1]
		} else {
			indent := 0
			if d > 0 {
				indent = levels[d-1].content
				if b.Ordered && m.Number != 0 && m.Number != 1 {
					// Only a list numbered from 1 may interrupt the item's text.
					sb.WriteString("\n")
				}
			}
			levels = append(levels, mdListLevel{list: m.List, indent: indent, content: indent})
		}
		lv := &levels[d]
		pad := strings.Repeat(" ", lv.indent)
		text := w.inlines(b)
		if m.Item != 0 && m.Item == lv.item && m.Def == view.NoDef {
			// More text of the item before, after its nested list: a paragraph of its own
			// under it (the blank line ends the nested list's last item).
			sb.WriteString("\n" + strings.Repeat(" ", lv.content) + text + "\n")
			continue
		}
		lv.item = m.Item
		if m.List != lv.list {
			lv.alt, lv.n, lv.list = !lv.alt, 0, m.List
		}
		lv.n++
		switch m.Def {
		case view.Term:
			if lv.n > 1 {
				sb.WriteString("\n") // a blank line between a definition and the next term
			}
			sb.WriteString(pad + "**" + strings.TrimSpace(text) + "**\n")
			lv.content = lv.indent
			continue
		case view.Definition:
			sb.WriteString(pad + text + "\n")
			lv.content = lv.indent
			continue
		}
		marker := "- "
		num := lv.n
		if m.Number != 0 {
			num = m.Number
		}
		switch {
		case b.Ordered && lv.alt:
			marker = strconv.Itoa(num) + ") "
		case b.Ordered:
			marker = strconv.Itoa(num) + ". "
		case lv.alt:
			marker = "* "
		}
		lv.content = lv.indent + len(marker)
		sb.WriteString(pad + marker + text + "\n")
	}
	w.block(strings.TrimSuffix(sb.String(), "\n"))
	return i
}

// mdListLevel is one depth of the list being written: its list's id, the column its markers
// start at, the column its last item's text starts at, its last item's id, its marker
// style and its count of items.
type mdListLevel struct {
	list, indent, content, item, n int
	alt                            bool
}

// quote writes the run of quote blocks from one <blockquote> that starts at blocks[i], as
// one blockquote of several paragraphs, and returns the index after it.
func (w *mdWriter) quote(blocks []view.Block, i int) int {
	var parts []string
	q := blocks[i].Marks().Quote
	for ; i < len(blocks) && blocks[i].Kind == view.Quote; i++ {
		if len(parts) > 0 && blocks[i].Marks().Quote != q {
			break
		}
		parts = append(parts, "> "+w.inlines(&blocks[i]))
	}
	w.block(strings.Join(parts, "\n>\n"))
	return i
}

// inlines renders a block's inline content as Markdown on one line.
func (w *mdWriter) inlines(b *view.Block) string {
	return escapeLineStart(w.spans.render(w.opts, b.Spans(), ""))
}

// comments writes the comments as a "## Comments" section: per comment, its byline (the
// author in bold) as a paragraph, then its paragraphs; a reply is a blockquote, one level
// per depth.
func (w *mdWriter) comments(comments []view.Comment) {
	if len(comments) == 0 {
		return
	}
	w.block("## " + commentsHeading)
	for _, c := range comments {
		var parts []string
		if line := mdByline(c); line != "" {
			parts = append(parts, line)
		}
		for p := range strings.SplitSeq(c.Text, "\n\n") {
			parts = append(parts, escapeMarkdown(p, true))
		}
		text := strings.Join(parts, "\n\n")
		if c.Depth > 0 {
			prefix := strings.Repeat("> ", min(c.Depth, maxCommentQuoteDepth))
			text = prefix + strings.ReplaceAll(text, "\n", "\n"+prefix)
			text = strings.ReplaceAll(text, "\n"+prefix+"\n", "\n"+strings.TrimSpace(prefix)+"\n")
		}
		w.block(text)
	}
}

// mdByline is a comment's byline in Markdown: the author in bold, then the date.
func mdByline(c view.Comment) string {
	switch {
	case c.Author != "" && c.Date != "":
		return "**" + escapeMarkdown(c.Author, false) + "** · " + escapeMarkdown(c.Date, false)
	case c.Author != "":
		return "**" + escapeMarkdown(c.Author, false) + "**"
	}
	return escapeMarkdown(c.Date, true)
}

// mdSpans writes inline spans as Markdown, as the spanSink of walkSpans. Emphasis is written
// once its content is known, so that the delimiters hug the text.
type mdSpans struct {
	cur    *strings.Builder
	frames []mdFrame // the emphasis and links open around cur, innermost last
}

// mdFrame is one open emphasis (outer is the text before it, delim its delimiter) or link.
type mdFrame struct {
	outer *strings.Builder
	delim string
	href  string
}

// render returns spans as Markdown on one line, inside emphasis delim when it is not "".
func (m *mdSpans) render(o *Options, spans []view.Span, delim string) string {
	var sb strings.Builder
	m.cur, m.frames = &sb, m.frames[:0]
	if delim != "" {
		m.frames = append(m.frames, mdFrame{outer: m.cur, delim: delim})
		m.cur = &strings.Builder{}
	}
	o.walkSpans(spans, m)
	if delim != "" {
		m.close(view.EmSpan)
	}
	m.cur = nil
	return sb.String()
}

func (m *mdSpans) text(s string) { m.cur.WriteString(escapeMarkdown(s, false)) }

func (m *mdSpans) code(s string) { m.cur.WriteString(mdCodeSpan(s)) }

// math writes a formula's TeX as it is, between its dollar signs, for Markdown's math
// extensions; the MathML's text (no TeX) is escaped as text.
func (m *mdSpans) math(tex string, _ *view.MathNode) {
	if strings.HasPrefix(tex, "$") {
		m.cur.WriteString(tex)
		return
	}
	m.text(tex)
}

func (m *mdSpans) open(k view.SpanKind, href string, _ bool) {
	switch k {
	case view.LinkSpan:
		m.cur.WriteString("[")
		m.frames = append(m.frames, mdFrame{href: href})
	case view.StrongSpan:
		m.frames = append(m.frames, mdFrame{outer: m.cur, delim: "**"})
		m.cur = &strings.Builder{}
	default:
		m.frames = append(m.frames, mdFrame{outer: m.cur, delim: "*"})
		m.cur = &strings.Builder{}
	}
}

// close ends a link, or writes emphasis: the delimiters hug the text, spaces at its ends go
// outside ("*a* b", not "*a *b"), and emphasis around nothing is dropped.
func (m *mdSpans) close(k view.SpanKind) {
	f := m.frames[len(m.frames)-1]
	m.frames = m.frames[:len(m.frames)-1]
	if k == view.LinkSpan {
		m.cur.WriteString("](" + mdURL(f.href) + ")")
		return
	}
	t := m.cur.String()
	m.cur = f.outer
	core := strings.TrimSpace(t)
	if core == "" {
		m.cur.WriteString(t)
		return
	}
	lead, trail := t[:strings.Index(t, core)], t[strings.Index(t, core)+len(core):]
	m.cur.WriteString(lead + f.delim + core + f.delim + trail)
}

func (m *mdSpans) image(src, alt string, spaceAfter bool) {
	m.cur.WriteString("![" + escapeMarkdown(alt, false) + "](" + mdURL(src) + ")")
	if spaceAfter {
		m.cur.WriteString(" ") // the space collapsed away before the image, kept after it
	}
}
