package view

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readInlines reads the inline spans of node, or returns nil when their text is not text.
// hidden says which elements are not shown.
func readInlines(node *html.Node, text string, hidden func(*html.Node) bool) []Span {
	ir := &inlineReader{hidden: hidden}
	spans := collapseInlines(ir.children(node, 0, nil))
	if rest, ok := cutInlineText(spans, text); !ok || rest != "" {
		return nil
	}
	return spans
}

// isTextOnly reports whether n's only child is a text node.
func isTextOnly(n *html.Node) bool {
	c := n.FirstChild
	return c != nil && c.Type == html.TextNode && c.NextSibling == nil
}

// collapsedEquals reports whether raw, whitespace collapsed as collapseInlines does for a
// single text span (runs of space and zero-width space become one space, none at the start
// or the end), is want.
func collapsedEquals(raw, want string) bool {
	j, space := 0, false
	for i := 0; i < len(raw); {
		// ASCII, most of a page's text, is read a byte at a time, with no rune decoded and no
		// call of unicode.IsSpace.
		c := raw[i]
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(raw[i:])
		}
		i += w
		if c < utf8.RuneSelf && dom.ASCIISpace[c] || c >= utf8.RuneSelf && (unicode.IsSpace(r) || r == '\u200b') {
			space = j > 0
			continue
		}
		if space {
			if j >= len(want) || want[j] != ' ' {
				return false
			}
			j++
			space = false
		}
		if c < utf8.RuneSelf {
			if j >= len(want) || want[j] != c {
				return false
			}
			j++
			continue
		}
		// Invalid UTF-8 is read as U+FFFD, as collapseRun writes it.
		var buf [utf8.UTFMax]byte
		enc := buf[:utf8.EncodeRune(buf[:], r)]
		if !strings.HasPrefix(want[j:], string(enc)) {
			return false
		}
		j += len(enc)
	}
	return j == len(want)
}

// GluedNames reports whether the text node n, read after the text node prev whose text ended
// in the byte last, starts a second name that a page's style sets apart from the first with no
// space in its markup: two sibling inline elements, each holding one of the two texts, where
// the two would read as one word with no sense (see startsName): "<span
// class=brand>Acme</span><span class=name>Trail Boots</span>" reads "Acme Trail Boots", not
// "AcmeTrail Boots". A word split between an element and the text around it ("<b>Mc</b>Donald")
// is no two siblings' whole texts. The segmenter and the span reader both ask, so a block's
// text and its spans read the same.
func GluedNames(last byte, prev, n *html.Node) bool {
	if prev == nil || n.Data == "" || !startsName(last, n.Data) {
		return false
	}
	a, b := prev.Parent, n.Parent
	return a != nil && b != nil && a != b && a.Parent != nil && a.Parent == b.Parent &&
		a.FirstChild == prev && a.LastChild == prev && b.FirstChild == n && b.LastChild == n
}

// startsName reports whether next, after a text ending in the byte last, would be glued to it
// into one word that is two: a lower-case letter or a digit, then a capital ("Size 4" "Wide
// fit"); a capital, then a capitalised word ("ACME" "Trail Boots": not "ACME" "TRAIL", an
// abbreviation's letters); a digit, then a digit ("2026" "1h 52m", a year beside a running
// time).
func startsName(last byte, next string) bool {
	lower := last >= 'a' && last <= 'z'
	digit := last >= '0' && last <= '9'
	upper := last >= 'A' && last <= 'Z'
	switch c := next[0]; {
	case c >= 'A' && c <= 'Z':
		return lower || digit || upper && len(next) > 1 && next[1] >= 'a' && next[1] <= 'z'
	case c >= '0' && c <= '9':
		return digit
	}
	return false
}

// maxInlineDepth bounds the nesting of inline elements followed; deeper content is read as text.
const maxInlineDepth = 64

// inlineReader turns a block's node into spans.
type inlineReader struct {
	depth  int
	hidden func(*html.Node) bool // elements that are not shown: skipped with their content
	// prev is the text node read last, while no other span has followed it (see GluedNames).
	prev *html.Node
}

// children appends the inline content of n's children to out.
func (ir *inlineReader) children(n *html.Node, flags int, out []Span) []Span {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = ir.node(c, flags, out)
	}
	return out
}

// Flags of the inline context: nested emphasis, code and links are flattened.
const (
	inlineInEm = 1 << iota
	inlineInStrong
	inlineInLink
)

// node appends one node's spans to out.
func (ir *inlineReader) node(n *html.Node, flags int, out []Span) []Span {
	switch n.Type {
	case html.TextNode:
		prev := ir.prev
		ir.prev = n
		if prev != nil && prev.Data != "" && GluedNames(prev.Data[len(prev.Data)-1], prev, n) {
			out = append(out, Span{Kind: TextSpan, Text: " "})
		}
		return append(out, Span{Kind: TextSpan, Text: dom.RepairMojibake(n.Data)})
	case html.ElementNode:
	default:
		return out
	}
	if IsMath(n) && (n.DataAtom == atom.Math || !ir.hidden(n)) {
		// As the segmenter reads it: the formula, or nothing for a <math> with no text.
		if f, ok := ReadFormula(n); ok {
			return append(out, Span{Kind: MathSpan, Text: f.Text, Math: f.Math})
		}
		if n.DataAtom == atom.Math {
			return out
		}
	}
	if ir.hidden(n) || dom.BlockTags.Has(n.DataAtom) {
		// Nested blocks are blocks of their own; their text is not part of this one.
		return out
	}
	ir.depth++
	defer func() { ir.depth-- }()
	if ir.depth > maxInlineDepth {
		return append(out, Span{Kind: TextSpan, Text: dom.TextOf(n)})
	}
	switch n.DataAtom {
	case atom.Br, atom.Img, atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		ir.prev = nil
	}
	switch n.DataAtom {
	case atom.Br:
		return append(out, Span{Kind: TextSpan, Text: " "})
	case atom.Img:
		return append(out, Span{Kind: ImageSpan, Text: dom.Collapse(dom.Attr(n, "alt")), URL: imageSource(n)})
	case atom.Em, atom.I, atom.Cite, atom.Dfn, atom.Var:
		if flags&inlineInEm == 0 {
			return append(out, Span{Kind: EmSpan, Kids: ir.children(n, flags|inlineInEm, nil)})
		}
	case atom.Strong, atom.B:
		if flags&inlineInStrong == 0 {
			return append(out, Span{Kind: StrongSpan, Kids: ir.children(n, flags|inlineInStrong, nil)})
		}
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		return append(out, Span{Kind: CodeSpan, Text: dom.TextOf(n)})
	case atom.A:
		if flags&inlineInLink == 0 {
			return append(out, Span{Kind: LinkSpan, URL: strings.TrimSpace(dom.Attr(n, "href")), Kids: ir.children(n, flags|inlineInLink, nil)})
		}
	}
	return ir.children(n, flags, out)
}

// collapseInlines collapses whitespace across the spans as the segmenter does: runs of
// space become one, none at the start or end. Code spans take part too.
func collapseInlines(spans []Span) []Span {
	space := true // at the start, as after a space: leading space is dropped
	var walk func([]Span) []Span
	walk = func(in []Span) []Span {
		out := in[:0]
		for _, s := range in {
			switch s.Kind {
			case TextSpan, CodeSpan, MathSpan:
				s.Text = collapseRun(s.Text, &space)
				if s.Text == "" {
					continue
				}
			case ImageSpan:
			default:
				s.Kids = walk(s.Kids)
			}
			out = append(out, s)
		}
		return out
	}
	spans, _ = trimInlineEnd(walk(spans))
	return spans
}

// collapseRun collapses whitespace in t; *space says whether the text before ended in a space.
// Text that is collapsed already, most of it, is returned as it is.
func collapseRun(t string, space *bool) string {
	i := collapsedPrefix(t, *space)
	if i == len(t) {
		if t != "" {
			*space = t[len(t)-1] == ' '
		}
		return t
	}
	if i > 0 {
		*space = t[i-1] == ' '
	}
	var sb strings.Builder
	sb.Grow(len(t))
	sb.WriteString(t[:i])
	for _, r := range t[i:] {
		if unicode.IsSpace(r) || r == '\u200b' {
			if !*space {
				sb.WriteByte(' ')
				*space = true
			}
			continue
		}
		sb.WriteRune(r)
		*space = false
	}
	return sb.String()
}

// collapsedPrefix returns the length of the longest prefix of t that collapseRun leaves as it
// is: no space but single ' ' after other text, none at the start after a space, valid UTF-8.
func collapsedPrefix(t string, space bool) int {
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if space {
					return i
				}
				space = true
			} else if dom.ASCIISpace[c] {
				return i
			} else {
				space = false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(t[i:])
		if r == utf8.RuneError && w == 1 || unicode.IsSpace(r) || r == '\u200b' {
			return i
		}
		space = false
		i += w
	}
	return len(t)
}

// trimInlineEnd drops the trailing space of the last text in the spans, and the last text span
// itself when that leaves it empty (white space after the block's last word, which the page may
// or may not have written), and reports whether it found text.
func trimInlineEnd(spans []Span) ([]Span, bool) {
	for i := len(spans) - 1; i >= 0; i-- {
		s := &spans[i]
		switch s.Kind {
		case TextSpan, CodeSpan, MathSpan:
			s.Text = strings.TrimRight(s.Text, " ")
			if s.Text == "" && s.Kind == TextSpan {
				spans = append(spans[:i], spans[i+1:]...)
			}
			return spans, true
		case ImageSpan:
		default:
			var found bool
			if s.Kids, found = trimInlineEnd(s.Kids); found {
				return spans, true
			}
		}
	}
	return spans, false
}

// PlainText is the plain text of spans, as the block's Text has it.
func PlainText(spans []Span) string {
	var sb strings.Builder
	var walk func([]Span)
	walk = func(in []Span) {
		for _, s := range in {
			switch s.Kind {
			case TextSpan, CodeSpan, MathSpan:
				sb.WriteString(s.Text)
			case ImageSpan:
			default:
				walk(s.Kids)
			}
		}
	}
	walk(spans)
	return sb.String()
}

// cutInlineText reports whether text starts with the plain text of spans, as the block's Text
// has it, and returns the rest of text.
func cutInlineText(spans []Span, text string) (string, bool) {
	for _, s := range spans {
		ok := true
		switch s.Kind {
		case TextSpan, CodeSpan, MathSpan:
			text, ok = strings.CutPrefix(text, s.Text)
		case ImageSpan:
		default:
			text, ok = cutInlineText(s.Kids, text)
		}
		if !ok {
			return "", false
		}
	}
	return text, true
}

// listOf returns the <ul>, <ol>, <menu> or <dl> that holds a list item's node, or nil.
func listOf(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Menu || n.DataAtom == atom.Dl) {
			return n
		}
	}
	return nil
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

// codeLanguage returns the language a <pre>, its <code> or the elements around it name:
// in a class ("language-go", "lang-go", "highlight-go", GitHub's "highlight-source-go") or a
// data-lang attribute; "" when none does. Only names of letters, digits and "+#-_." up to 20
// bytes are taken.
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
	// The wrappers of a highlighter, up to the table that lays a listing out beside its
	// line numbers: not past a section of the page.
	for p, k := pre.Parent, 0; p != nil && p.Type == html.ElementNode && k < 6; p, k = p.Parent, k+1 {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Section || p.DataAtom == atom.Main || p.DataAtom == atom.Body {
			break
		}
		nodes = append(nodes, p)
	}
	for _, n := range nodes {
		if l := dom.Attr(n, "data-lang"); isLanguageName(l) {
			return l
		}
		for cls := range strings.FieldsSeq(dom.Attr(n, "class")) {
			for _, p := range []string{"language-", "lang-", "highlight-source-", "highlight-"} {
				if l, ok := strings.CutPrefix(cls, p); ok && isLanguageName(l) {
					return l
				}
			}
		}
	}
	return ""
}

// isLanguageName reports whether l can be a code language's name: 1 to 20 letters, digits
// and "+#-_.".
func isLanguageName(l string) bool {
	return l != "" && len(l) <= 20 && strings.Trim(l, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+#-_.") == ""
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

// captionFigure returns the <figure> whose <figcaption> holds n, or nil.
func captionFigure(n *html.Node) *html.Node {
	inCaption := false
	for p := n; p != nil && p.Type == html.ElementNode; p = p.Parent {
		switch {
		case inCaption && p.DataAtom == atom.Figure:
			return p
		case !inCaption && p.DataAtom == atom.Figcaption:
			inCaption = true
		}
	}
	return nil
}

// figureImages returns the images of a figure, outside its caption, each resolved to one URL
// (see imageSource).
func figureImages(fig *html.Node, hidden func(*html.Node) bool) []Image {
	if fig == nil {
		return nil
	}
	var out []Image
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom == atom.Figcaption || hidden(c) {
				continue
			}
			if c.DataAtom == atom.Img {
				if src := imageSource(c); src != "" && len(out) < maxFigureImages {
					out = append(out, Image{Src: src, Alt: dom.Collapse(dom.Attr(c, "alt"))})
				}
				continue
			}
			walk(c)
		}
	}
	walk(fig)
	return out
}

// maxFigureImages bounds the images one figure shows: a gallery figure of hundreds of
// thumbnails is not shown whole.
const maxFigureImages = 16

// imageSource returns an <img>'s picture URL, one of: the largest candidate of its srcset (or
// a lazy loader's data-srcset / data-lazy-srcset), or of the srcset of the <source>s of its
// <picture>; else its src, or a lazy loader's data-src, data-lazy-src or data-original when src
// is a placeholder (a data: URL or empty).
func imageSource(n *html.Node) string {
	best, bestSize := "", 0.0
	consider := func(el *html.Node) {
		for _, key := range []string{"srcset", "data-srcset", "data-lazy-srcset"} {
			if u, size := largestCandidate(dom.Attr(el, key)); u != "" && size > bestSize {
				best, bestSize = u, size
			}
		}
	}
	consider(n)
	if p := n.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom == atom.Picture {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Source {
				consider(c)
			}
		}
	}
	if best != "" {
		return best
	}
	src := strings.TrimSpace(dom.Attr(n, "src"))
	if src == "" || strings.HasPrefix(strings.ToLower(src), "data:") {
		src = dom.FirstNonEmpty(dom.Attr(n, "data-src"), dom.Attr(n, "data-lazy-src"), dom.Attr(n, "data-original"))
	}
	return src
}

// largestCandidate returns the URL of the largest candidate of a srcset ("a.jpg 300w, b.jpg
// 1200w", "a.jpg 1x, b.jpg 2x") and its size: the width for "w", the density times a
// thousandth for "x" (so any width wins over densities), 0.001 for a bare URL (as "1x"). Data URLs are
// skipped. It returns "" and 0 when there is none.
func largestCandidate(srcset string) (string, float64) {
	best, bestSize := "", 0.0
	s := srcset
	for {
		// A candidate is a URL (which may hold commas), then descriptors up to a comma.
		s = strings.TrimLeft(s, " \t\n\r\f,")
		if s == "" {
			break
		}
		end := strings.IndexAny(s, " \t\n\r\f")
		if end < 0 {
			end = len(s)
		}
		u, desc := s[:end], ""
		s = s[end:]
		if t := strings.TrimRight(u, ","); t != u {
			u = t
		} else if j := strings.IndexByte(s, ','); j >= 0 {
			desc, s = s[:j], s[j+1:]
		} else {
			desc, s = s, ""
		}
		if u == "" || strings.HasPrefix(strings.ToLower(u), "data:") {
			continue
		}
		size := 0.001
		if f := strings.Fields(desc); len(f) > 0 {
			d := f[0]
			v, err := strconv.ParseFloat(d[:len(d)-1], 64)
			switch {
			case err != nil || v <= 0:
				continue
			case strings.HasSuffix(d, "w"):
				size = v
			case strings.HasSuffix(d, "x"):
				size = v / 1000
			default:
				continue
			}
		}
		if size > bestSize {
			best, bestSize = u, size
		}
	}
	return best, bestSize
}
