package extractor

import (
	"strconv"
	"strings"
	"unicode/utf8"

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
func isFigureCaption(b *block) bool {
	for e := b.el; e != nil && e.node != nil; e = e.parent {
		if e.sig&sigCaption == 0 {
			continue
		}
		if e.node.DataAtom != atom.Figcaption {
			return false // a credit or caption line of its own
		}
		fig := figureOf(e.node)
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
			case c.Type == html.ElementNode && c.DataAtom != atom.Figcaption && !skipTags[c.DataAtom]:
				walk(c, inLink || c.DataAtom == atom.A)
			}
		}
	}
	walk(fig, false)
	return chars > 0 && float64(links) > maxLinkDensity*float64(chars)
}

// isClassSeparator splits class and id values into words.
func isClassSeparator(r rune) bool {
	return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
}

// figureImage is one image of a figure, as the renderers show it above the caption.
type figureImage struct {
	src string // as the page has it: resolved and checked when rendered
	alt string
}

// captionFigure returns the <figure> whose <figcaption> holds n, or nil.
func captionFigure(n *html.Node) *html.Node {
	for p := n; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if p.DataAtom == atom.Figcaption {
			return figureOf(p)
		}
	}
	return nil
}

// figureImages returns the images of a figure, outside its caption, each resolved to one URL
// (see imageSource).
func figureImages(fig *html.Node) []figureImage {
	if fig == nil {
		return nil
	}
	var out []figureImage
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom == atom.Figcaption || skipTags[c.DataAtom] || isHidden(c) {
				continue
			}
			if c.DataAtom == atom.Img {
				if src := imageSource(c); src != "" && len(out) < maxFigureImages {
					out = append(out, figureImage{src: src, alt: dom.Collapse(dom.Attr(c, "alt"))})
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
// thousandth for "x" (so any width wins over densities), 1 for a bare URL. Data URLs are
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
