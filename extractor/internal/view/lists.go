package view

import (
	"strconv"
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// DefPart says what part of a definition list (<dl>) a list item is.
type DefPart uint8

// The parts of a definition list.
const (
	// NoDef is an item of a <ul>, <ol> or <menu>.
	NoDef DefPart = iota
	// Term is a <dt>.
	Term
	// Definition is a <dd>.
	Definition
)

// maxListDepth bounds the nesting depth a list item reports: deeper lists are shown at it.
const maxListDepth = 16

// isList reports whether n is a <ul>, <ol>, <menu> or <dl>.
func isList(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Menu || n.DataAtom == atom.Dl)
}

// itemOf returns the <li>, <dt> or <dd> that holds n (n itself, or an ancestor below its
// list), or nil.
func itemOf(n *html.Node) *html.Node {
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		switch {
		case n.DataAtom == atom.Li || n.DataAtom == atom.Dt || n.DataAtom == atom.Dd:
			return n
		case isList(n):
			return nil
		}
	}
	return nil
}

// listDepth returns how many lists hold list, up to maxListDepth: 0 for a list in no other.
func listDepth(list *html.Node) int {
	d := 0
	for p := list.Parent; p != nil && d < maxListDepth; p = p.Parent {
		if isList(p) {
			d++
		}
	}
	return d
}

// defPart returns the definition-list part of an item element.
func defPart(item *html.Node) DefPart {
	switch {
	case item == nil:
		return NoDef
	case item.DataAtom == atom.Dt:
		return Term
	case item.DataAtom == atom.Dd:
		return Definition
	}
	return NoDef
}

// numberItems returns the numbers of the <li> children of an <ol>, as a browser shows them:
// from its start attribute (1 by default, or the count of items when reversed), counting
// down when reversed, and from an item's value attribute on.
func numberItems(ol *html.Node, into map[*html.Node]int) {
	var items []*html.Node
	for c := ol.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Li {
			items = append(items, c)
		}
	}
	step, n := 1, 1
	if _, ok := dom.AttrOK(ol, "reversed"); ok {
		step, n = -1, len(items)
	}
	if v, ok := intAttr(ol, "start"); ok {
		n = v
	}
	for _, li := range items {
		if v, ok := intAttr(li, "value"); ok {
			n = v
		}
		into[li] = n
		n += step
	}
}

// intAttr returns n's attribute key as an integer, when it is one of a sane size.
func intAttr(n *html.Node, key string) (int, bool) {
	v, err := strconv.Atoi(strings.TrimSpace(dom.Attr(n, key)))
	if err != nil || v < -1e9 || v > 1e9 {
		return 0, false
	}
	return v, true
}
