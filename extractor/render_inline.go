package extractor

import (
	"net/url"
	"strings"
	"unicode"

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
	url  string   // inLink: href; inImage: src (safe and absolute, or "" when not allowed)
	kids []inline // inEm, inStrong, inLink: the spans inside
}

// maxInlineDepth bounds the nesting of inline elements followed; deeper content is read as text.
const maxInlineDepth = 64

// inlineReader turns a block's node into spans.
type inlineReader struct {
	base  *url.URL
	depth int
}

// blockInlines returns the inline spans of a block: read from its node when the node's
// inline text is exactly the block's text, else one text span. The check guards the
// cases where the node holds more than the block (a node split into several blocks by
// <br><br>, text around a nested block) and blocks made outside the extractor (no node).
// shared marks a node that owns more than one kept block.
func blockInlines(b Block, shared bool, base *url.URL) []inline {
	plain := []inline{{kind: inText, text: b.Text}}
	if b.node == nil || shared {
		return plain
	}
	ir := &inlineReader{base: base}
	spans := ir.children(b.node, 0)
	spans = collapseInlines(spans)
	if inlineText(spans) != b.Text {
		return plain
	}
	return spans
}

// children reads the inline content of n's children.
func (ir *inlineReader) children(n *html.Node, flags int) []inline {
	var out []inline
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, ir.node(c, flags)...)
	}
	return out
}

// Flags of the inline context: nested emphasis, code and links are flattened.
const (
	inlineInEm = 1 << iota
	inlineInStrong
	inlineInLink
)

// node reads one node as spans.
func (ir *inlineReader) node(n *html.Node, flags int) []inline {
	switch n.Type {
	case html.TextNode:
		return []inline{{kind: inText, text: n.Data}}
	case html.ElementNode:
	default:
		return nil
	}
	if skipTags[n.DataAtom] || isHidden(n) || blockTags[n.DataAtom] {
		// Nested blocks are blocks of their own; their text is not part of this one.
		return nil
	}
	ir.depth++
	defer func() { ir.depth-- }()
	if ir.depth > maxInlineDepth {
		return []inline{{kind: inText, text: textOf(n)}}
	}
	switch n.DataAtom {
	case atom.Br:
		return []inline{{kind: inText, text: " "}}
	case atom.Img:
		return []inline{{kind: inImage, text: collapse(attr(n, "alt")), url: safeURL(ir.base, imageSource(n), false)}}
	case atom.Em, atom.I, atom.Cite, atom.Dfn, atom.Var:
		if flags&inlineInEm == 0 {
			return []inline{{kind: inEm, kids: ir.children(n, flags|inlineInEm)}}
		}
	case atom.Strong, atom.B:
		if flags&inlineInStrong == 0 {
			return []inline{{kind: inStrong, kids: ir.children(n, flags|inlineInStrong)}}
		}
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		return []inline{{kind: inCode, text: textOf(n)}}
	case atom.A:
		if flags&inlineInLink == 0 {
			return []inline{{kind: inLink, url: safeURL(ir.base, attr(n, "href"), true), kids: ir.children(n, flags|inlineInLink)}}
		}
	}
	return ir.children(n, flags)
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
func collapseRun(t string, space *bool) string {
	var sb strings.Builder
	for _, r := range t {
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

// sharedNodes returns the nodes that own more than one of the blocks: such a node's inline
// content belongs to several blocks, so none of them is read from it.
func sharedNodes(blocks []Block) map[*html.Node]bool {
	seen := make(map[*html.Node]bool, len(blocks))
	shared := map[*html.Node]bool{}
	for _, b := range blocks {
		if b.node == nil {
			continue
		}
		if seen[b.node] {
			shared[b.node] = true
		}
		seen[b.node] = true
	}
	return shared
}
