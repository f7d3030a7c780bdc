package meta

import (
	"net/url"
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// homeLink is a link to a site's home page, as the walk found it.
type homeLink struct {
	href string // the href as written
	text string // the link's text, or the alt text of its image when it has no text
}

// homeLink records n when it links to a home page: "/", or an absolute URL with no path.
// Whether an absolute URL is this site's is decided when the page's URL is known.
func (f *pageFacts) homeLink(n *html.Node) {
	if len(f.homeLinks) >= maxHomeLinks {
		return
	}
	href := strings.TrimSpace(dom.Attr(n, "href"))
	if href != "/" {
		// A URL with a host holds "//" (url.Parse sets Host only after one): most links of a
		// page are relative and need no parse.
		if !strings.Contains(href, "//") || !mayBeHomeURL(href) {
			return
		}
		u, err := url.Parse(href)
		if err != nil || u.Host == "" || strings.Trim(u.Path, "/") != "" || u.RawQuery != "" {
			return
		}
	}
	text, ok := f.shortText(n, maxLineChars)
	if !ok {
		return
	}
	if text == "" {
		text = imageAlt(n, 0)
	}
	if text = dom.Collapse(text); text != "" {
		f.homeLinks = append(f.homeLinks, homeLink{href: href, text: text})
	}
}

// mayBeHomeURL reports whether href may be an absolute URL with no path and no query, as
// url.Parse reads it; false only when it certainly is not, so that most absolute links of a
// page ("https://example.com/news/story") need no parse. It reads href as url.Parse does: the
// fragment cut at the first "#", the query at the first "?", the host after the first "//"
// (a scheme holds no "/"), up to the next "/"; a path with no escape in it is as written.
func mayBeHomeURL(href string) bool {
	s, _, _ := strings.Cut(href, "#")
	if q := strings.IndexByte(s, '?'); q >= 0 {
		if q < len(s)-1 {
			return false // a query ("?" alone is none)
		}
		s = s[:q]
	}
	i := strings.Index(s, "//")
	if i < 0 {
		return false
	}
	rest := s[i+2:]
	j := strings.IndexByte(rest, '/')
	if j < 0 {
		return true
	}
	path := rest[j:]
	return strings.IndexByte(path, '%') >= 0 || strings.Trim(path, "/") == ""
}

// imageAlt returns the alt text of the first image inside n, or "".
func imageAlt(n *html.Node, depth int) string {
	if depth > maxHomeLinkDepth {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Img {
			return strings.TrimSpace(dom.Attr(c, "alt"))
		}
		if alt := imageAlt(c, depth+1); alt != "" {
			return alt
		}
	}
	return ""
}

// homeNames returns the texts of the page's links to its own home page, in page order: links
// to "/" and, when the page's host is known, absolute links to that host's root.
func (f *pageFacts) homeNames(host string) []string {
	var out []string
	for _, l := range f.homeLinks {
		if l.href != "/" {
			u, err := url.Parse(l.href)
			if err != nil || host == "" || !strings.EqualFold(strings.TrimPrefix(u.Hostname(), "www."), host) {
				continue
			}
		}
		out = append(out, l.text)
	}
	return out
}

// pageHost is the host of a page URL, without "www.", or "".
func pageHost(pageURL string) string {
	u, err := url.Parse(pageURL)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// homeTitlePart returns the part of a "Headline | Site" page title that one of the home
// links repeats ("Jane Doe" in "My trip to Oslo | Jane Doe" with <a href="/">Jane Doe</a>).
func homeTitlePart(pageTitle string, homes []string) string {
	if len(homes) == 0 {
		return ""
	}
	keys := map[string]bool{}
	for _, h := range homes {
		if k := dom.LooseKey(h); k != "" {
			keys[k] = true
		}
	}
	for _, sep := range dom.TitleSeparators {
		for part := range strings.SplitSeq(pageTitle, sep) {
			if part = strings.TrimSpace(part); part != pageTitle && keys[dom.LooseKey(part)] {
				return part
			}
		}
	}
	// "Site: Headline", a blog platform's default title.
	if head, _, ok := dom.CutSiteColon(pageTitle); ok && keys[dom.LooseKey(head)] {
		return head
	}
	return ""
}
