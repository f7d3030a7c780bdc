package view

import (
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Math on a page comes as MathML (<math>), often with its TeX source in an <annotation
// encoding="application/x-tex"> or an alttext attribute, inside the wrappers of the tools
// that typeset it: KaTeX (class "katex", whose "katex-html" copy is glyphs for the eye),
// MathJax ("MathJax", "mjx-container") and Wikipedia ("mwe-math-element", whose MathML is
// hidden and whose fallback image's alt text is the TeX). The text of such a formula is its
// TeX between "$" (inline) or "$$" (display), never the glyphs or the MathML's own text
// beside it; without TeX it is the MathML's text, as plain text.

// Formula is one formula of a page, as the segmenter writes it into a block's text and the
// renderers show it.
type Formula struct {
	// Text is what the block's text holds for the formula: "$TeX$", "$$TeX$$" for display
	// math, or the MathML's text when the page gives no TeX; whitespace not collapsed.
	Text string
	// Math is the formula's MathML, its elements and attributes limited to those clean HTML
	// may hold (see MathNode); nil when the page shows it as an image only.
	Math *MathNode
}

// MathNode is an element or text of a formula's MathML, copied from the page.
type MathNode struct {
	// Tag is the element's name ("mi", "mrow"); "" for text.
	Tag string
	// Text is a text node's text.
	Text string
	// Attrs are the element's display, encoding and alttext attributes, when it has them.
	Attrs []html.Attribute
	Kids  []MathNode
}

// mathTags are the MathML elements copied into clean HTML; the content of others is copied
// in their place.
var mathTags = map[string]bool{"math": true, "semantics": true, "annotation": true, "mrow": true, "mi": true,
	"mn": true, "mo": true, "mtext": true, "msup": true, "msub": true, "msubsup": true, "mfrac": true,
	"msqrt": true, "mroot": true, "mover": true, "munder": true, "mtable": true, "mtr": true, "mtd": true}

// mathAttrs are the attributes copied with them.
var mathAttrs = map[string]bool{"display": true, "encoding": true, "alttext": true}

// maxMathNodes bounds the MathML copied for one formula.
const maxMathNodes = 4096

// IsMath reports cheaply whether n may be a formula: a <math>, or an element whose class
// names a typesetter's wrapper or Wikipedia's fallback image.
func IsMath(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if n.DataAtom == atom.Math {
		return true
	}
	if n.Namespace != "" || n.DataAtom != atom.Span && n.DataAtom != atom.Div && n.DataAtom != atom.Img && n.Data != "mjx-container" {
		return false
	}
	if n.Data == "mjx-container" {
		return true
	}
	cls := dom.Attr(n, "class")
	if !strings.Contains(cls, "katex") && !strings.Contains(cls, "MathJax") && !strings.Contains(cls, "mwe-math") {
		return false
	}
	// Whole class words only: a page's "katex-enabled" article is no formula.
	for c := range strings.FieldsSeq(cls) {
		if mathClasses[c] {
			return true
		}
	}
	return false
}

// mathClasses are the class words of a formula's wrapper, and of Wikipedia's fallback image.
var mathClasses = map[string]bool{
	"katex": true, "katex-display": true,
	"MathJax": true, "MathJax_Display": true, "MathJax_SVG": true, "MathJax_CHTML": true, "MathJax_SVG_Display": true,
	"mwe-math-element": true, "mwe-math-fallback-image-inline": true, "mwe-math-fallback-image-display": true,
}

// ReadFormula reads the formula that n is or wraps (see IsMath), and false when n holds none.
// A wrapper's content is all the formula: its glyphs are no text of their own.
func ReadFormula(n *html.Node) (Formula, bool) {
	if n.DataAtom == atom.Img {
		cls := dom.Attr(n, "class")
		tex := dom.Attr(n, "alt")
		if !strings.Contains(cls, "mwe-math-fallback-image") || strings.TrimSpace(tex) == "" {
			return Formula{}, false
		}
		return Formula{Text: delimit(tex, strings.Contains(cls, "display"))}, true
	}
	math := n
	if n.DataAtom != atom.Math {
		math = findMath(n, 0)
	}
	if math == nil {
		// Wikipedia's wrapper without MathML: its fallback image.
		if img := findFallbackImage(n, 0); img != nil {
			return ReadFormula(img)
		}
		return Formula{}, false
	}
	display := dom.Attr(math, "display") == "block" || n.Data == "mjx-container" && dom.Attr(n, "display") == "true" ||
		strings.Contains(dom.Attr(n, "class"), "display")
	budget := maxMathNodes
	copied := copyMath(math, &budget)
	if tex := texOf(math); tex != "" {
		return Formula{Text: delimit(tex, display), Math: &copied}, true
	}
	text := strings.TrimSpace(mathText(math))
	if text == "" {
		return Formula{}, false
	}
	return Formula{Text: text, Math: &copied}, true
}

// delimit returns TeX between "$" or, for display math, "$$", without a \displaystyle
// wrapper ("{\displaystyle x^2}" is "x^2").
func delimit(tex string, display bool) string {
	tex = strings.TrimSpace(tex)
	if inner, ok := strings.CutPrefix(tex, "{\\displaystyle"); ok && strings.HasSuffix(inner, "}") {
		tex = strings.TrimSpace(strings.TrimSuffix(inner, "}"))
	} else if inner, ok := strings.CutPrefix(tex, "\\displaystyle"); ok {
		tex = strings.TrimSpace(inner)
	}
	if display {
		return "$$" + tex + "$$"
	}
	return "$" + tex + "$"
}

// texOf returns a <math>'s TeX: its x-tex annotation, else its alttext; "" when it has none.
func texOf(math *html.Node) string {
	var tex string
	var find func(*html.Node, int)
	find = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && tex == "" && depth < 8; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.Data == "annotation" && strings.EqualFold(dom.Attr(c, "encoding"), "application/x-tex") {
				tex = strings.TrimSpace(dom.TextOf(c))
				return
			}
			if c.Data == "semantics" {
				find(c, depth+1)
			}
		}
	}
	find(math, 0)
	if tex == "" {
		tex = strings.TrimSpace(dom.Attr(math, "alttext"))
	}
	return tex
}

// mathText is the text a <math> shows, less its annotations.
func mathText(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				sb.WriteString(c.Data)
			case c.Type == html.ElementNode && c.Namespace == "math" && c.Data != "annotation" && c.Data != "annotation-xml":
				walk(c)
			}
		}
	}
	walk(n)
	return sb.String()
}

// findMath returns the first <math> under n, looking a few levels down.
func findMath(n *html.Node, depth int) *html.Node {
	for c := n.FirstChild; c != nil && depth < 6; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Math {
			return c
		}
		if m := findMath(c, depth+1); m != nil {
			return m
		}
	}
	return nil
}

// findFallbackImage returns Wikipedia's fallback image of a formula under n, or nil.
func findFallbackImage(n *html.Node, depth int) *html.Node {
	for c := n.FirstChild; c != nil && depth < 4; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Img && strings.Contains(dom.Attr(c, "class"), "mwe-math-fallback-image") {
			return c
		}
		if img := findFallbackImage(c, depth+1); img != nil {
			return img
		}
	}
	return nil
}

// copyMath copies a MathML element, keeping the elements of mathTags with the attributes of
// mathAttrs; the content of other elements takes their place. budget bounds the nodes.
func copyMath(n *html.Node, budget *int) MathNode {
	out := MathNode{Tag: n.Data}
	for _, a := range n.Attr {
		if a.Namespace == "" && mathAttrs[a.Key] {
			out.Attrs = append(out.Attrs, html.Attribute{Key: a.Key, Val: a.Val})
		}
	}
	var kids func(*html.Node)
	kids = func(p *html.Node) {
		for c := p.FirstChild; c != nil && *budget > 0; c = c.NextSibling {
			*budget--
			switch {
			case c.Type == html.TextNode:
				out.Kids = append(out.Kids, MathNode{Text: c.Data})
			case c.Type != html.ElementNode:
			case c.Namespace == "math" && mathTags[c.Data]:
				out.Kids = append(out.Kids, copyMath(c, budget))
			case c.Namespace == "math" && c.Data != "annotation-xml":
				kids(c)
				// Other elements (HTML inside <annotation-xml> or <mtext>, SVG) are left out
				// with their content.
			}
		}
	}
	kids(n)
	return out
}
