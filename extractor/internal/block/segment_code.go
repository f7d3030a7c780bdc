package block

import (
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A code listing's line numbers are no part of its code. Highlighters put them in a gutter:
// a table cell beside the code (Jekyll's Rouge "rouge-gutter", Pygments' "linenos"), a span
// before each line ("line-number", "lineno"), an element hidden from screen readers or one
// with a data-line-number attribute. Such an element is left out of the code's text only
// when its text is nothing but digits and whitespace: code is never dropped on a class name.

// gutterWords are parts of the class words of line-number gutters ("rouge-gutter",
// "linenos", "hljs-ln-numbers", "line-numbers-rows"); a class word "line-number" marks one
// too, but not Prism's "line-numbers", which is on the <pre> of the code itself.
var gutterWords = []string{"gutter", "lineno", "linenumber", "ln-num", "line-numbers-rows"}

// isGutter reports whether n is an element of a code listing's line-number gutter: marked as
// one (class, aria-hidden, data-line-number) and holding only digits and whitespace.
func isGutter(n *html.Node) bool {
	if n.Type != html.ElementNode || !isGutterMarked(n) {
		return false
	}
	return digitsOnly(dom.TextOf(n))
}

// isGutterMarked reports whether n's attributes mark it as a gutter or line number.
func isGutterMarked(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "data-line-number", "data-linenumber":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "class":
			for cls := range strings.FieldsSeq(strings.ToLower(a.Val)) {
				if cls == "line-number" {
					return true
				}
				for _, w := range gutterWords {
					if strings.Contains(cls, w) {
						return true
					}
				}
			}
		}
	}
	return false
}

// digitsOnly reports whether s holds at least one digit and nothing but ASCII digits and
// whitespace.
func digitsOnly(s string) bool {
	digit := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digit = true
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f':
		default:
			return false
		}
	}
	return digit
}

// isGutterPre reports whether a <pre> is a listing's gutter of its own: marked as one
// itself or by an ancestor up to its table cell, or, unmarked, a run of consecutive line
// numbers in a table cell followed by a cell that holds a <pre>.
func isGutterPre(pre *html.Node) bool {
	text := dom.TextOf(pre)
	if !digitsOnly(text) {
		return false
	}
	var cell *html.Node
	for p, k := pre, 0; p != nil && p.Type == html.ElementNode && k < 4; p, k = p.Parent, k+1 {
		if isGutterMarked(p) {
			return true
		}
		if p.DataAtom == atom.Td || p.DataAtom == atom.Th {
			cell = p
			break
		}
	}
	if cell == nil || !consecutiveNumbers(text) {
		return false
	}
	for c := cell.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
			return hasPre(c)
		}
	}
	return false
}

// consecutiveNumbers reports whether text is the numbers n, n+1, n+2, ... one per line.
func consecutiveNumbers(text string) bool {
	prev := -1
	for f := range strings.FieldsSeq(text) {
		if len(f) > 9 {
			return false
		}
		n := 0
		for i := 0; i < len(f); i++ {
			n = n*10 + int(f[i]-'0')
		}
		if prev >= 0 && n != prev+1 {
			return false
		}
		prev = n
	}
	return prev >= 0
}

// hasPre reports whether n holds a <pre>, looking a few levels down.
func hasPre(n *html.Node) bool {
	var find func(*html.Node, int) bool
	find = func(n *html.Node, depth int) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Pre || depth < 4 && find(c, depth+1)) {
				return true
			}
		}
		return false
	}
	return find(n, 0)
}
