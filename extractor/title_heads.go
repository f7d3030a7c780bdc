package extractor

import (
	"net/url"
	"slices"
	"strings"
	"unicode"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds what pickHeadline asks of a heading beyond its text: whether it sits in a
// dialog, whether it reads the page's host name, whether the page classes it as its entry's
// title.

// inDialog reports whether n is inside a dialog laid over the page: a <dialog>, an element of
// role dialog or alertdialog, or one whose class holds the word "modal", "popup" or
// "lightbox" ("modal fade", "newsletter-popup"). The <body>'s own class does not count: some
// themes name the whole page so. (aria-modal, which goes with the role, is among the
// attributes the guard leaves out before parsing.)
func inDialog(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		if n.DataAtom == atom.Dialog {
			return true
		}
		if r := dom.Attr(n, "role"); r == "dialog" || r == "alertdialog" {
			return true
		}
		if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
			return false
		}
		class := strings.ToLower(dom.Attr(n, "class"))
		if !strings.Contains(class, "modal") && !strings.Contains(class, "popup") && !strings.Contains(class, "lightbox") {
			continue
		}
		for w := range strings.FieldsFuncSeq(class, notLetter) {
			if w == "modal" || w == "popup" || w == "lightbox" {
				return true
			}
		}
	}
	return false
}

// notLetter reports whether r is no letter: the split between the words of a class name.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// entryTitle returns the one <h2> of heads, out of the page's chrome, whose class names it as
// the entry's title (see namesEntryTitle); nil when there is none or several (a blog's index,
// an entry each).
func entryTitle(heads []*block.Block) *block.Block {
	var found *block.Block
	for _, h := range heads {
		if h.Level != 2 || block.Under(h.El, block.SigChrome) || !namesEntryTitle(h.El.Node) {
			continue
		}
		if found != nil {
			return nil
		}
		found = h
	}
	return found
}

// namesEntryTitle reports whether n's class names it as the title of the page's entry, as
// blog themes class the headline of a post ("entry-title", "post_title", "articleTitle").
func namesEntryTitle(n *html.Node) bool {
	for name := range strings.FieldsSeq(strings.ToLower(dom.Attr(n, "class"))) {
		name = strings.Join(strings.FieldsFunc(name, notLetter), "")
		if strings.Contains(name, "entrytitle") || strings.Contains(name, "posttitle") || strings.Contains(name, "articletitle") {
			return true
		}
	}
	return false
}

// hostKeys returns the loose keys of the names that the host of pageURL reads: the host less
// "www.", with and without its top-level domain (and a second level such as "co." before a
// country's), and its registered name alone: "blog.example.co.uk" gives "blogexamplecouk",
// "blogexample" and "example". Keys of fewer than minHostKeyLen letters and digits are left
// out; a page without a host name has none.
func hostKeys(pageURL string) []string {
	u, err := url.Parse(pageURL)
	if err != nil || u.Hostname() == "" {
		return nil
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return nil
	}
	labels = labels[:len(labels)-1]
	if n := len(labels); n >= 2 && secondLevelDomains[labels[n-1]] {
		labels = labels[:n-1]
	}
	var keys []string
	for _, k := range []string{dom.LooseKey(host), dom.LooseKey(strings.Join(labels, "")), dom.LooseKey(labels[len(labels)-1])} {
		if len(k) >= minHostKeyLen && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// secondLevelDomains are the labels that stand between a country's domain and the
// registered name ("example.co.uk", "example.com.au").
var secondLevelDomains = map[string]bool{"co": true, "com": true, "org": true, "net": true, "ac": true, "gov": true, "edu": true}
