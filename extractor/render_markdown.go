package extractor

import (
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/urls"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Markdown renders the result as CommonMark, with GitHub's pipe tables: the title as a
// level-1 heading, then each block in order. Headings keep their level (#, ##, ...); list
// items become "- " or numbered "1. " lists, consecutive items of one list together;
// quotes are "> " blockquotes; tables are pipe tables with the first row as header; code is
// fenced (with the language of a "language-*" class); correction and update notes are
// blockquotes too; a figure caption is in italics, after the figure's images with
// [RenderOptions.Images]; comments follow under "## Comments" (see [Result.Comments]). Emphasis (<em>, <i>, <strong>, <b>) and inline code are kept; links and
// images only with [RenderOptions.Links] and [RenderOptions.Images]. Text that Markdown
// would read as markup is backslash-escaped. The output ends with a newline unless empty.
func (r *Result) Markdown(opts RenderOptions) string {
	var sb strings.Builder
	_ = r.WriteMarkdown(&sb, opts) // a strings.Builder never fails
	return sb.String()
}

// WriteMarkdown writes [Result.Markdown] to out, block by block, and returns the first error
// of out; it stops writing at that error.
func (r *Result) WriteMarkdown(out io.Writer, opts RenderOptions) error {
	r = r.filtered(opts)
	w := &mdWriter{out: out, opts: opts, base: r.base(opts)}
	if r.Title != "" {
		w.block("# " + escapeClosingHashes(escapeMarkdown(r.Title, true)))
	}
	if opts.Images && r.Metadata.Image != "" {
		if src := urls.Safe(w.base, r.Metadata.Image, false); src != "" {
			w.block("![" + escapeMarkdown(r.Title, false) + "](" + mdURL(src) + ")")
		}
	}
	for i := 0; i < len(r.Blocks); i++ {
		b := r.Blocks[i]
		switch b.Kind {
		case KindListItem:
			i = w.list(r.Blocks, i) - 1
		case KindQuote:
			i = w.quote(r.Blocks, i) - 1
		case KindHeading:
			level := min(max(b.Level, 1), 6)
			w.block(strings.Repeat("#", level) + " " + escapeClosingHashes(w.inlines(b)))
		case KindTable:
			w.block(mdTable(b.Text))
		case KindCode:
			w.block(mdCode(b))
		case KindNote:
			w.block("> " + w.inlines(b))
		case KindCaption:
			w.caption(b)
		default:
			w.block(w.inlines(b))
		}
		if w.err != nil {
			break
		}
	}
	w.comments(r.Comments)
	return w.err
}

// mdWriter writes Markdown blocks separated by blank lines.
type mdWriter struct {
	out   io.Writer
	err   error // the first error of out: nothing is written after it
	wrote bool  // a block has been written
	opts  RenderOptions
	base  *url.URL
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

// list writes the run of list items of one kind (bulleted or numbered) that starts at
// blocks[i] and returns the index after it. Items of different <ul>/<ol> elements next to
// each other get different markers ("-" and "*", "." and ")"), which is how CommonMark
// tells two adjacent lists apart.
func (w *mdWriter) list(blocks []Block, i int) int {
	var sb strings.Builder
	alt := false
	n := 0
	ordered := blocks[i].Ordered
	prev := blocks[i].markupOf().list
	for ; i < len(blocks) && blocks[i].Kind == KindListItem && blocks[i].Ordered == ordered; i++ {
		b := blocks[i]
		if l := b.markupOf().list; l != prev {
			alt, n, prev = !alt, 0, l
		}
		n++
		marker := "- "
		switch {
		case ordered && alt:
			marker = strconv.Itoa(n) + ") "
		case ordered:
			marker = strconv.Itoa(n) + ". "
		case alt:
			marker = "* "
		}
		sb.WriteString(marker + w.inlines(b) + "\n")
	}
	w.block(strings.TrimSuffix(sb.String(), "\n"))
	return i
}

// listOf returns the <ul>, <ol> or <menu> that holds a list item's node, or nil.
func listOf(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Menu || n.DataAtom == atom.Dl) {
			return n
		}
	}
	return nil
}

// quote writes the run of quote blocks from one <blockquote> that starts at blocks[i], as
// one blockquote of several paragraphs, and returns the index after it.
func (w *mdWriter) quote(blocks []Block, i int) int {
	var parts []string
	q := blocks[i].markupOf().quote
	for ; i < len(blocks) && blocks[i].Kind == KindQuote; i++ {
		if len(parts) > 0 && blocks[i].markupOf().quote != q {
			break
		}
		parts = append(parts, "> "+w.inlines(blocks[i]))
	}
	w.block(strings.Join(parts, "\n>\n"))
	return i
}

// quoteOf returns the <blockquote> that holds a quote block's node, or nil.
func quoteOf(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && n.DataAtom == atom.Blockquote {
			return n
		}
	}
	return nil
}

// inlines renders a block's inline content as Markdown on one line.
func (w *mdWriter) inlines(b Block) string {
	var sb strings.Builder
	w.spans(&sb, b.inlines())
	return escapeLineStart(sb.String())
}

// spans writes spans as Markdown.
func (w *mdWriter) spans(sb *strings.Builder, spans []inline) {
	for i, s := range spans {
		switch s.kind {
		case inText:
			sb.WriteString(escapeMarkdown(s.text, false))
		case inCode:
			sb.WriteString(mdCodeSpan(s.text))
		case inEm:
			w.delimited(sb, "*", s.kids)
		case inStrong:
			w.delimited(sb, "**", s.kids)
		case inLink:
			href := urls.Safe(w.base, s.url, true)
			if !w.opts.Links || href == "" || inlineText(s.kids) == "" && !w.hasImage(s.kids) {
				w.spans(sb, s.kids)
				continue
			}
			sb.WriteString("[")
			w.spans(sb, s.kids)
			sb.WriteString("](" + mdURL(href) + ")")
		case inImage:
			if src := urls.Safe(w.base, s.url, false); w.opts.Images && src != "" {
				sb.WriteString("![" + escapeMarkdown(s.text, false) + "](" + mdURL(src) + ")")
				if i+1 < len(spans) && !strings.HasPrefix(inlineText(spans[i+1:i+2]), " ") {
					sb.WriteString(" ") // the space collapsed away before the image, kept after it
				}
			}
		}
	}
}

// hasImage reports whether spans hold an image that will be rendered.
func (w *mdWriter) hasImage(spans []inline) bool {
	if !w.opts.Images {
		return false
	}
	for _, s := range spans {
		if s.kind == inImage && urls.Safe(w.base, s.url, false) != "" || w.hasImage(s.kids) {
			return true
		}
	}
	return false
}

// delimited writes emphasis: the delimiters hug the text, spaces at its ends go outside
// ("*a* b", not "*a *b"), and emphasis around nothing is dropped.
func (w *mdWriter) delimited(sb *strings.Builder, delim string, kids []inline) {
	var inner strings.Builder
	w.spans(&inner, kids)
	t := inner.String()
	core := strings.TrimSpace(t)
	if core == "" {
		sb.WriteString(t)
		return
	}
	lead, trail := t[:strings.Index(t, core)], t[strings.Index(t, core)+len(core):]
	sb.WriteString(lead + delim + core + delim + trail)
}

// mdEscaper backslash-escapes the characters that are markup anywhere in a line.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`, "|", `\|`)

// escapeMarkdown escapes text so that Markdown shows it as it is. Pipes are escaped too,
// so the same text is safe in a table cell. atStart also escapes what is markup only at
// the start of a line.
func escapeMarkdown(s string, atStart bool) string {
	s = mdEscaper.Replace(s)
	s = escapeEntities(s)
	if atStart {
		s = escapeLineStart(s)
	}
	return s
}

// escapeEntities escapes an "&" that would start a character reference ("&amp;", "&#39;").
func escapeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '&' && isEntityAt(s[i+1:]) {
			sb.WriteString(`\&`)
			continue
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// isEntityAt reports whether s starts like the rest of a character reference: "amp;", "#39;".
func isEntityAt(s string) bool {
	for i := 0; i < len(s) && i < 32; i++ {
		c := s[i]
		switch {
		case c == ';':
			return i > 0
		case c == '#' && i == 0, 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		default:
			return false
		}
	}
	return false
}

// escapeLineStart escapes what would open a block if the line started with it: a heading
// "#", a list marker "-", "+", "1." or "1)", a quote ">", a thematic break, a setext "=".
func escapeLineStart(s string) string {
	switch {
	case s == "":
		return s
	case strings.ContainsRune("#>+=-~", rune(s[0])):
		return `\` + s
	}
	i := 0
	for i < len(s) && i < 9 && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// escapeClosingHashes escapes a "#" that ends a heading's text: "## Issue #" would
// otherwise lose it as an optional closing sequence.
func escapeClosingHashes(s string) string {
	if strings.HasSuffix(s, "#") && !strings.HasSuffix(s, `\#`) {
		return s[:len(s)-1] + `\#`
	}
	return s
}

// mdCodeSpan writes inline code with a backtick fence longer than any run inside it.
func mdCodeSpan(t string) string {
	fence := strings.Repeat("`", longestRun(t, '`')+1)
	if strings.HasPrefix(t, "`") || strings.HasSuffix(t, "`") || strings.HasPrefix(t, " ") && strings.HasSuffix(t, " ") {
		t = " " + t + " "
	}
	return fence + t + fence
}

// mdCode writes a fenced code block, the fence longer than any backtick run inside.
func mdCode(b Block) string {
	fence := strings.Repeat("`", max(3, longestRun(b.Text, '`')+1))
	return fence + b.markupOf().lang + "\n" + b.Text + "\n" + fence
}

// codeLanguage returns the language a <pre> or its <code> names in a class
// ("language-go", "lang-go"), or "". Only letters, digits and "+#-_." are kept.
func codeLanguage(pre *html.Node) string {
	if pre == nil {
		return ""
	}
	nodes := []*html.Node{pre}
	for c := pre.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Code {
			nodes = append(nodes, c)
		}
	}
	for _, n := range nodes {
		for cls := range strings.FieldsSeq(dom.Attr(n, "class")) {
			for _, p := range []string{"language-", "lang-"} {
				if l, ok := strings.CutPrefix(cls, p); ok && l != "" && len(l) <= 20 && strings.Trim(l, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+#-_.") == "" {
					return l
				}
			}
		}
	}
	return ""
}

// longestRun returns the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// mdTable renders a table block's text (rows on lines, cells split by tabs) as a GitHub
// pipe table. The first row is the header; short rows are padded.
func mdTable(text string) string {
	var rows [][]string
	cols := 0
	for line := range strings.SplitSeq(text, "\n") {
		cells := strings.Split(line, "\t")
		cols = max(cols, len(cells))
		rows = append(rows, cells)
	}
	var sb strings.Builder
	for i, row := range rows {
		sb.WriteString("|")
		for c := range cols {
			cell := ""
			if c < len(row) {
				cell = escapeMarkdown(strings.TrimSpace(row[c]), false)
			}
			sb.WriteString(" " + cell + " |")
		}
		sb.WriteString("\n")
		if i == 0 {
			sb.WriteString("|" + strings.Repeat(" --- |", cols) + "\n")
		}
	}
	return strings.TrimSuffix(sb.String(), "\n")
}

// mdURL writes a URL as a Markdown link destination: spaces, parentheses and angle
// brackets percent-encoded so that the destination ends where it should.
func mdURL(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(u)
}
