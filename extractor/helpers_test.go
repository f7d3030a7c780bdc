package extractor

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Test helpers shared by this package's tests; the metadata reader's tests have their own.

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
