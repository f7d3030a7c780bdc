package view

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Capture reads the markup of n kept blocks, the i-th given by block(i) as its kind, its
// text and the element that owns its text (nil for a block with no element, such as a
// paragraph of the JSON-LD body), and returns one Markup per block, in one allocation; the
// Markup of a block with no element is left empty and is not to be used. hidden says which
// elements are not shown (their content is no part of a block). Spans are kept only when
// their text is exactly the block's text: that excludes an element split into several
// blocks by <br><br> (it owns more than one block) and text around a nested block.
func Capture(n int, block func(i int) (Kind, string, *html.Node), hidden func(*html.Node) bool) []Markup {
	shared := sharedNodes(n, block)
	var ids map[*html.Node]int
	id := func(n *html.Node) int {
		if n == nil {
			return 0
		}
		if ids == nil {
			ids = map[*html.Node]int{}
		}
		if _, ok := ids[n]; !ok {
			ids[n] = len(ids) + 1
		}
		return ids[n]
	}
	// One allocation for all the blocks' markup, and one for the spans of the blocks that are
	// one run of text, the most common kind.
	marks := make([]Markup, n)
	var texts []Span
	var lastFigure *html.Node
	var numbers map[*html.Node]int // the numbers of the items of the <ol>s seen
	for i := range n {
		kind, text, node := block(i)
		if node == nil {
			continue
		}
		m := &marks[i]
		m.Quote = id(quoteOf(node))
		if list := listOf(node); list != nil {
			m.List = id(list)
			if kind == ListItem {
				item := itemOf(node)
				m.Item, m.Depth, m.Def = id(item), listDepth(list), defPart(item)
				if list.DataAtom == atom.Ol && item != nil {
					if numbers == nil {
						numbers = map[*html.Node]int{}
					}
					if _, ok := numbers[item]; !ok {
						numberItems(list, numbers)
						if _, ok := numbers[item]; !ok {
							numbers[item] = 0 // not a child of its list: numbered by the renderer
						}
					}
					m.Number = numbers[item]
				}
			}
		}
		switch kind {
		case Table:
			m.Header, m.Cells = tableHasHeader(node), tableSpans(node, hidden)
		case Code:
			m.Lang = codeLanguage(node)
		case Caption:
			// The figure's images go with the first block of its caption.
			if fig := captionFigure(node); fig != lastFigure {
				m.Images, lastFigure = figureImages(fig, hidden), fig
			}
			fallthrough
		default:
			switch {
			case shared[node]:
			case text != "" && isTextOnly(node):
				// What readInlines returns for one text node, without building it: the text
				// collapsed, one span when it is the block's text, else none.
				if collapsedEquals(node.FirstChild.Data, text) {
					if texts == nil {
						texts = make([]Span, 0, n-i)
					}
					texts = append(texts, Span{Kind: TextSpan, Text: text})
					m.Spans = texts[len(texts)-1 : len(texts) : len(texts)]
				}
			default:
				m.Spans = readInlines(node, text, hidden)
			}
		}
	}
	return marks
}

// sharedNodes returns the elements that own more than one of the blocks: such an element's
// inline content belongs to several blocks, so none of them is read from it.
func sharedNodes(n int, block func(i int) (Kind, string, *html.Node)) map[*html.Node]bool {
	seen := make(map[*html.Node]bool, n)
	shared := map[*html.Node]bool{}
	for i := range n {
		_, _, node := block(i)
		if node == nil {
			continue
		}
		if seen[node] {
			shared[node] = true
		}
		seen[node] = true
	}
	return shared
}
