package extractor

import (
	"math/rand/v2"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Test helpers shared by this package's tests; the metadata reader's tests have their own.

// randomText is text made of the pieces that collapsing treats apart: ASCII and Unicode
// space, zero-width space, letters, multi-byte runes and invalid UTF-8.
func randomText(r *rand.Rand, pieces int) string {
	parts := []string{" ", "  ", "\t", "\n", "\v", "\r\n", "\u00a0", "\u0085", "\u2003", "\u200b", "\u3000", "a", "Bc",
		"déf", "日本", "\xff", "\xe2\x80", "\xa8", "2023", "March", ".", ","}
	var sb strings.Builder
	for range r.IntN(pieces + 1) {
		sb.WriteString(parts[r.IntN(len(parts))])
	}
	return sb.String()
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if e := findElement(c, a); e != nil {
			return e
		}
	}
	return nil
}
