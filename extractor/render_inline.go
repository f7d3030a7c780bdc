package extractor

import (
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
	url  string   // inLink: href; inImage: src; as the page has them, checked and resolved when rendered
	kids []inline // inEm, inStrong, inLink: the spans inside
}

// blockMarkup is what the renderers need from a block's DOM element beyond its text. It is
// read once, when the Result is built, so that a Result does not keep the parsed page alive.
type blockMarkup struct {
	spans  []inline // the inline content; nil when it could not be read (then Block.Text is used)
	list   int      // 1-based id of the <ul>, <ol>, <menu> or <dl> holding a list item; 0 for none
	quote  int      // 1-based id of the <blockquote> holding a quote; 0 for none
	header bool     // a table whose first row holds <th> cells
	lang   string   // a code block's language, from a "language-*" class
}

// captureMarkup reads the markup of every block from its node and drops the node. Spans
// are kept only when their text is exactly the block's text: that excludes a node split
// into several blocks by <br><br> (it owns more than one block) and text around a nested
// block.
func captureMarkup(blocks []Block) {
	shared := sharedNodes(blocks)
	ids := map[*html.Node]int{}
	id := func(n *html.Node) int {
		if n == nil {
			return 0
		}
		if _, ok := ids[n]; !ok {
			ids[n] = len(ids) + 1
		}
		return ids[n]
	}
	for i := range blocks {
		b := &blocks[i]
		if b.node == nil {
			continue
		}
		m := &blockMarkup{list: id(listOf(b.node)), quote: id(quoteOf(b.node))}
		switch b.Kind {
		case KindTable:
			m.header = tableHasHeader(b.node)
		case KindCode:
			m.lang = codeLanguage(b.node)
		default:
			if !shared[b.node] {
				m.spans = readInlines(b.node, b.Text)
			}
		}
		b.markup, b.node = m, nil
	}
}

// readInlines reads the inline spans of node, or returns nil when their text is not text.
func readInlines(node *html.Node, text string) []inline {
	ir := &inlineReader{}
	spans := collapseInlines(ir.children(node, 0))
	if inlineText(spans) != text {
		return nil
	}
	return spans
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
		return []inline{{kind: inImage, text: collapse(attr(n, "alt")), url: imageSource(n)}}
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
			return []inline{{kind: inLink, url: strings.TrimSpace(attr(n, "href")), kids: ir.children(n, flags|inlineInLink)}}
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
