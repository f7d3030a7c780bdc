package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// inlineKind is the kind of an inline span of a block: text, emphasis, code, a link or an image.
type inlineKind uint8

const (
	inText inlineKind = iota
	inEm
	inStrong
	inCode
	inLink
	inImage
)

// inline is one span of a block's inline content, read from the block's DOM node. The
// renderers of Markdown and HTML serialize the same spans.
type inline struct {
	kind inlineKind
	text string   // inText and inCode: the text, whitespace collapsed; inImage: the alt text
	url  string   // inLink: href; inImage: src; as the page has them, checked and resolved when rendered
	kids []inline // inEm, inStrong, inLink: the spans inside
}

// blockMarkup is what the renderers need from a block's DOM element beyond its text. It is
// read once, when the Result is built, so that a Result does not keep the parsed page alive.
type blockMarkup struct {
	spans  []inline      // the inline content; nil when it could not be read (then Block.Text is used)
	list   int           // 1-based id of the <ul>, <ol>, <menu> or <dl> holding a list item; 0 for none
	quote  int           // 1-based id of the <blockquote> holding a quote; 0 for none
	header bool          // a table whose first row holds <th> cells
	lang   string        // a code block's language, from a "language-*" class
	images []figureImage // a caption's figure's images, on the first block of its caption
}

// readInlines reads the inline spans of node, or returns nil when their text is not text.
func readInlines(node *html.Node, text string) []inline {
	ir := &inlineReader{}
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
	for _, r := range raw {
		if unicode.IsSpace(r) || r == '\u200b' {
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
		if r < utf8.RuneSelf {
			if j >= len(want) || want[j] != byte(r) {
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

// inlines returns the block's inline spans: its captured markup, or its text as one span.
func (b *Block) inlines() []inline {
	if b.markup != nil && b.markup.spans != nil {
		return b.markup.spans
	}
	return []inline{{kind: inText, text: b.Text}}
}

// markupOf returns the block's markup, or an empty one for a block made outside the extractor.
func (b *Block) markupOf() *blockMarkup {
	if b.markup != nil {
		return b.markup
	}
	return &blockMarkup{}
}

// maxInlineDepth bounds the nesting of inline elements followed; deeper content is read as text.
const maxInlineDepth = 64

// inlineReader turns a block's node into spans.
type inlineReader struct {
	depth int
}

// children appends the inline content of n's children to out.
func (ir *inlineReader) children(n *html.Node, flags int, out []inline) []inline {
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
func (ir *inlineReader) node(n *html.Node, flags int, out []inline) []inline {
	switch n.Type {
	case html.TextNode:
		return append(out, inline{kind: inText, text: n.Data})
	case html.ElementNode:
	default:
		return out
	}
	if skipTags[n.DataAtom] || isHidden(n) || dom.BlockTags[n.DataAtom] {
		// Nested blocks are blocks of their own; their text is not part of this one.
		return out
	}
	ir.depth++
	defer func() { ir.depth-- }()
	if ir.depth > maxInlineDepth {
		return append(out, inline{kind: inText, text: dom.TextOf(n)})
	}
	switch n.DataAtom {
	case atom.Br:
		return append(out, inline{kind: inText, text: " "})
	case atom.Img:
		return append(out, inline{kind: inImage, text: dom.Collapse(dom.Attr(n, "alt")), url: imageSource(n)})
	case atom.Em, atom.I, atom.Cite, atom.Dfn, atom.Var:
		if flags&inlineInEm == 0 {
			return append(out, inline{kind: inEm, kids: ir.children(n, flags|inlineInEm, nil)})
		}
	case atom.Strong, atom.B:
		if flags&inlineInStrong == 0 {
			return append(out, inline{kind: inStrong, kids: ir.children(n, flags|inlineInStrong, nil)})
		}
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		return append(out, inline{kind: inCode, text: dom.TextOf(n)})
	case atom.A:
		if flags&inlineInLink == 0 {
			return append(out, inline{kind: inLink, url: strings.TrimSpace(dom.Attr(n, "href")), kids: ir.children(n, flags|inlineInLink, nil)})
		}
	}
	return ir.children(n, flags, out)
}

// collapseInlines collapses whitespace across the spans as the segmenter does: runs of
// space become one, none at the start or end. Code spans take part too.
func collapseInlines(spans []inline) []inline {
	space := true // at the start, as after a space: leading space is dropped
	var walk func([]inline) []inline
	walk = func(in []inline) []inline {
		out := in[:0]
		for _, s := range in {
			switch s.kind {
			case inText, inCode:
				s.text = collapseRun(s.text, &space)
				if s.text == "" {
					continue
				}
			case inImage:
			default:
				s.kids = walk(s.kids)
			}
			out = append(out, s)
		}
		return out
	}
	spans = walk(spans)
	trimInlineEnd(spans)
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

// trimInlineEnd drops the trailing space of the last text in the spans, and reports whether it found text.
func trimInlineEnd(spans []inline) bool {
	for i := len(spans) - 1; i >= 0; i-- {
		s := &spans[i]
		switch s.kind {
		case inText, inCode:
			s.text = strings.TrimRight(s.text, " ")
			return true
		case inImage:
		default:
			if trimInlineEnd(s.kids) {
				return true
			}
		}
	}
	return false
}

// inlineText is the plain text of spans, as the block's Text has it.
func inlineText(spans []inline) string {
	var sb strings.Builder
	var walk func([]inline)
	walk = func(in []inline) {
		for _, s := range in {
			switch s.kind {
			case inText, inCode:
				sb.WriteString(s.text)
			case inImage:
			default:
				walk(s.kids)
			}
		}
	}
	walk(spans)
	return sb.String()
}

// cutInlineText reports whether text starts with the plain text of spans, as the block's Text
// has it, and returns the rest of text.
func cutInlineText(spans []inline, text string) (string, bool) {
	for _, s := range spans {
		ok := true
		switch s.kind {
		case inText, inCode:
			text, ok = strings.CutPrefix(text, s.text)
		case inImage:
		default:
			text, ok = cutInlineText(s.kids, text)
		}
		if !ok {
			return "", false
		}
	}
	return text, true
}
