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
// title, whether it links to the page itself.

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

// hostKeys returns the loose keys of the names that the host of page reads: the host less
// "www.", with and without its top-level domain (and a second level such as "co." before a
// country's), and its registered name alone: "blog.example.co.uk" gives "blogexamplecouk",
// "blogexample" and "example". Keys of fewer than minHostKeyLen letters and digits are left
// out; a page without a host name has none.
func hostKeys(page *url.URL) []string {
	labels := hostLabels(page)
	if len(labels) == 0 {
		return nil
	}
	host := strings.TrimPrefix(strings.ToLower(page.Hostname()), "www.")
	var keys []string
	for _, k := range []string{dom.LooseKey(host), dom.LooseKey(strings.Join(labels, "")), dom.LooseKey(labels[len(labels)-1])} {
		if len(k) >= minHostKeyLen && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// hostLabels returns the labels of page's host less "www." and its top-level domain (and a
// second level such as "co." before a country's): "blog.example.co.uk" gives "blog" and
// "example". nil when the page has no host name of two labels or more.
func hostLabels(page *url.URL) []string {
	if page == nil || page.Hostname() == "" {
		return nil
	}
	labels := strings.Split(strings.TrimPrefix(strings.ToLower(page.Hostname()), "www."), ".")
	if len(labels) < 2 {
		return nil
	}
	labels = labels[:len(labels)-1]
	if n := len(labels); n >= 2 && secondLevelDomains[labels[n-1]] {
		labels = labels[:n-1]
	}
	return labels
}

// secondLevelDomains are the labels that stand between a country's domain and the
// registered name ("example.co.uk", "example.com.au"); read only.
var secondLevelDomains = map[string]bool{"co": true, "com": true, "org": true, "net": true, "ac": true, "gov": true, "edu": true}

// linksSelf reports whether the heading b is a link, its whole text, to the page itself
// (page; its path or query, not a home page's "/", where a logo links): a thread's or a
// post's title that links to its own address.
func linksSelf(b *block.Block, page *url.URL) bool {
	if page == nil || page.Host == "" || b.LinkChars == 0 || b.LinkChars != b.Chars {
		return false
	}
	a := firstLink(b.El.Node, 0)
	if a == nil {
		return false
	}
	ref, err := url.Parse(strings.TrimSpace(dom.Attr(a, "href")))
	if err != nil {
		return false
	}
	ref = page.ResolveReference(ref)
	path := strings.TrimSuffix(ref.Path, "/")
	return (path != "" || ref.RawQuery != "") && strings.EqualFold(ref.Host, page.Host) &&
		path == strings.TrimSuffix(page.Path, "/") && ref.RawQuery == page.RawQuery
}

// firstLink returns the first <a> with an href in n's subtree, n included, to
// maxTitleNodeDepth levels down; nil when there is none.
func firstLink(n *html.Node, depth int) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.A && dom.Attr(n, "href") != "" {
		return n
	}
	if depth >= maxTitleNodeDepth {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if a := firstLink(c, depth+1); a != nil {
			return a
		}
	}
	return nil
}
