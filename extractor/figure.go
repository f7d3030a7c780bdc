package extractor

import (
	"strings"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Figures. A <figure> in the body is content: the text of its <figcaption> is kept as a
// [KindCaption] block, and the renderers show the figure's images with it. A figure that is
// chrome is not: a card that links to another page (Ghost's bookmark card, an embed of
// another story: text mostly in links beside the caption, or a class word of
// figureChromeTokens), and any figure inside chrome (a related box), which the ancestors'
// signals drop already. Other caption markup (a credit <span>, a "wp-caption-text" line) is
// dropped as before.

// figureChromeTokens are class/id words of figures that show another page, not this one.
var figureChromeTokens = dom.TokenSet("bookmark", "bookmarks", "linkpreview", "preview", "related", "recirculation")

// isFigureCaption reports whether b is the text of the <figcaption> of a figure that is content:
// the first caption-named element above b is a <figcaption> in a <figure> that is no card.
func isFigureCaption(b *block.Block) bool {
	for e := b.El; e != nil && e.Node != nil; e = e.Parent {
		if e.Sig&block.SigCaption == 0 {
			continue
		}
		if e.Node.DataAtom != atom.Figcaption {
			return false // a credit or caption line of its own
		}
		fig := figureOf(e.Node)
		return fig != nil && !isCardFigure(fig)
	}
	return false
}

// figureOf returns the <figure> that holds a <figcaption>, or nil.
func figureOf(n *html.Node) *html.Node {
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if p.DataAtom == atom.Figure {
			return p
		}
	}
	return nil
}

// isCardFigure reports whether a figure shows another page: a class or id word says so, or
// the text beside its caption is mostly links (a link preview card).
func isCardFigure(fig *html.Node) bool {
	for _, a := range fig.Attr {
		if a.Key == "class" || a.Key == "id" {
			for w := range strings.FieldsFuncSeq(strings.ToLower(a.Val), isClassSeparator) {
				if figureChromeTokens[w] {
					return true
				}
			}
		}
	}
	chars, links := 0, 0
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				k := utf8.RuneCountInString(strings.TrimSpace(c.Data))
				chars += k
				if inLink {
					links += k
				}
			case c.Type == html.ElementNode && c.DataAtom != atom.Figcaption && !block.SkipTags.Has(c.DataAtom):
				walk(c, inLink || c.DataAtom == atom.A)
			}
		}
	}
	walk(fig, false)
	return chars > 0 && float64(links) > block.MaxLinkDensity*float64(chars)
}

// isClassSeparator splits class and id values into words.
func isClassSeparator(r rune) bool {
	return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
}
