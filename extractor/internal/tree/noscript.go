package tree

import (
	"bytes"
	"context"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A parser with scripting on (html.Parse's default, and so goquery's) keeps the content of a
// <noscript> as one text node holding its markup, as a browser does. Its content matters to an
// extractor all the same (a forum thread served to crawlers inside <noscript>), and must not
// pass for text (an ad's markup). Extract parses with scripting on, like a browser, and then
// parses each <noscript>'s text apart into the nodes it holds (expandNoscript); ExtractNode
// does the same on a copy of the caller's tree (ReadNoscript). Parsing the whole page with
// scripting off instead would misread it where a browser does not: an <iframe src=... />
// inside <noscript> would take the rest of the page as its text, and a <noscript> in <head>
// holding text would end the head there.

// expandNoscript replaces, in a tree parsed with scripting on that the extractor owns, the
// text of each <noscript> that holds markup by the nodes that text parses into. Once ctx is
// done, the <noscript>s left keep their text.
func expandNoscript(ctx context.Context, doc *html.Node) {
	for n := doc; n != nil; n = nextNode(n, doc) {
		text, ok := rawNoscriptText(n)
		if !ok {
			continue
		}
		nodes, err := parseNoscript(ctx, text)
		if err != nil {
			continue
		}
		n.RemoveChild(n.FirstChild)
		for _, k := range nodes {
			n.AppendChild(k)
		}
	}
}

// parseNoscript parses the text of a <noscript> with scripting off, as body content, stopping
// early when ctx is done.
func parseNoscript(ctx context.Context, text string) ([]*html.Node, error) {
	r := &ctxReader{ctx: ctx, r: bytes.NewReader([]byte(text))}
	return html.ParseFragmentWithOptions(r, noscriptContext(), html.ParseOptionEnableScripting(false))
}

// ReadNoscript returns doc when it was parsed with scripting off or has no <noscript> holding
// markup as text; otherwise a copy of doc in which each <noscript> whose only child is text
// holds instead the nodes that text parses into, with scripting off. doc itself is never
// changed; once ctx is done, the <noscript>s left keep their text. The copy may hold at most maxElems elements: past that ReadNoscript returns an
// error wrapping [ErrTooManyNodes]. A <noscript> whose text fails to parse keeps its text.
func ReadNoscript(ctx context.Context, doc *html.Node, maxElems int) (*html.Node, error) {
	if !HasRawNoscript(doc) {
		return doc, nil
	}
	out := cloneReadingNoscript(ctx, doc)
	if CountElements(out, maxElems) > maxElems {
		return nil, TooManyNodes(maxElems)
	}
	return out, nil
}

// rawNoscriptText returns the text of n when n is a <noscript> whose only child is a text
// node that holds markup or a character reference, and "", false otherwise.
func rawNoscriptText(n *html.Node) (string, bool) {
	if n.Type != html.ElementNode || n.DataAtom != atom.Noscript || n.Namespace != "" {
		return "", false
	}
	c := n.FirstChild
	if c == nil || c != n.LastChild || c.Type != html.TextNode || !strings.ContainsAny(c.Data, "<&") {
		return "", false
	}
	return c.Data, true
}

// HasRawNoscript reports whether some <noscript> of doc holds markup as text and none holds
// an element: a tree parsed with scripting on. A tree parsed with scripting off has no
// <noscript> of raw text, but may have one whose text, escaped in the page (&lt;img&gt;),
// looks like markup: an element in any <noscript> marks such a tree, which is left as it is.
func HasRawNoscript(doc *html.Node) bool {
	raw := false
	for n := doc; n != nil; n = nextNode(n, doc) {
		if n.Type != html.ElementNode || n.DataAtom != atom.Noscript {
			continue
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				return false
			}
		}
		if _, ok := rawNoscriptText(n); ok {
			raw = true
		}
	}
	return raw
}

// nextNode returns the node after n in document order within root, or nil at the end.
func nextNode(n, root *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	for n != root && n.NextSibling == nil {
		n = n.Parent
	}
	if n == root {
		return nil
	}
	return n.NextSibling
}

// cloneReadingNoscript returns a deep copy of the tree under n, with the text of each raw
// <noscript> parsed into nodes. The tree's depth is bounded by checkTree, so recursion is safe.
func cloneReadingNoscript(ctx context.Context, n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	if len(n.Attr) > 0 {
		c.Attr = append([]html.Attribute(nil), n.Attr...)
	}
	if text, ok := rawNoscriptText(n); ok {
		if nodes, err := parseNoscript(ctx, text); err == nil {
			for _, k := range nodes {
				c.AppendChild(k)
			}
			return c
		}
	}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneReadingNoscript(ctx, k))
	}
	return c
}

// noscriptContext is the context element a <noscript>'s text is parsed in: a <div>, so that
// it is read as body content, as a <noscript> in the body is with scripting off.
func noscriptContext() *html.Node {
	return &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
}
