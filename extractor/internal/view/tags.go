package view

import (
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// What the explain report shows of an element: its tag path and its class and id words.

// maxExplainClasses caps ExplainedBlock.Classes: the nearest tokens tell the most, and a
// block deep in a theme's markup can have dozens.
const maxExplainClasses = 12

// TagPath returns the path of elements from <body> (or the topmost element) down to n:
// each tag with its first class, separated by '>'.
func TagPath(n *html.Node) string {
	var parts []string
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		if n.DataAtom == atom.Html {
			break
		}
		parts = append(parts, TagLabel(n))
		if n.DataAtom == atom.Body {
			break
		}
	}
	var sb strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		sb.WriteString(parts[i])
		if i > 0 {
			sb.WriteByte('>')
		}
	}
	return sb.String()
}

// TagLabel is an element's tag with its first class: "div.site", "p".
func TagLabel(n *html.Node) string {
	if c, _, _ := strings.Cut(strings.TrimSpace(dom.Attr(n, "class")), " "); c != "" {
		return n.Data + "." + strings.TrimSpace(c)
	}
	return n.Data
}

// ClassTokens lists the class and id tokens of n and its ancestors, nearest first, each once,
// at most maxExplainClasses of them.
func ClassTokens(n *html.Node) []string {
	var out []string
	seen := map[string]bool{}
	add := func(tok string) bool {
		if tok == "" || seen[tok] {
			return true
		}
		seen[tok] = true
		out = append(out, tok)
		return len(out) < maxExplainClasses
	}
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		if id := strings.TrimSpace(dom.Attr(n, "id")); id != "" && !add("#"+id) {
			return out
		}
		for c := range strings.FieldsSeq(dom.Attr(n, "class")) {
			if !add(c) {
				return out
			}
		}
	}
	return out
}
