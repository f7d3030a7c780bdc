package meta

import (
	"net/url"
	"slices"
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
)

// Titles is what a page's metadata says its title is: the candidates that the extractor's
// title stage weighs against the headings it sees. Values are whitespace-collapsed, HTML
// entities decoded; empty when the page has none.
type Titles struct {
	// Page is the <title>: the one in <head>, else the first outside <svg> (some frameworks
	// stream it into <body>).
	Page string
	// Headline is the headline of the page's main JSON-LD article item.
	Headline string
	// Social are the og:title and twitter:title values, distinct, in that order.
	Social []string
	// Other are the Dublin Core, Parse.ly and similar title tags, distinct.
	Other []string
	// SiteNames are the names the page gives itself: og:site_name, application-name, the
	// JSON-LD publisher and WebSite names, distinct.
	SiteNames []string
	// PageSite is the site-name part of a "Headline | Site" <title> (or of "Site - Headline"
	// when the first part is a name the page gives itself: see titleSite), when the page is
	// not the site's home page (where the site's name can be the headline).
	PageSite string
}

// titleMetaKeys are the meta tags, other than OpenGraph and Twitter, that give the title.
var titleMetaKeys = []string{"dc.title", "dcterms.title", "parsely-title", "sailthru.title", "citation_title"}

// siteNameMetaKeys are the meta tags that name the site.
var siteNameMetaKeys = []string{"og:site_name", "application-name", "apple-mobile-web-app-title", "dc.publisher", "dcterms.publisher", "publisher"}

// Titles returns the page's title candidates; pageURL (may be empty) finds the main JSON-LD
// item when the page has several.
func (fs *Facts) Titles(pageURL string) Titles {
	f, ld := fs.f, fs.ld
	t := Titles{Page: unescapeTwice(f.pageTitle())}
	if main := ld.main(fs.mainItemURL(pageURL), ""); main != nil && main.is(articleTypes) {
		t.Headline = ld.str(main, "headline")
	}
	t.Social = distinct(f.meta["og:title"], f.meta["twitter:title"])
	var other [][]string
	for _, k := range titleMetaKeys {
		other = append(other, f.meta[k])
	}
	t.Other = distinct(other...)
	var sites [][]string
	for _, k := range siteNameMetaKeys {
		sites = append(sites, f.meta[k])
	}
	if main := ld.main(fs.mainItemURL(pageURL), ""); main != nil {
		if s := ld.name(main["publisher"]); s != "" {
			sites = append(sites, []string{s})
		}
	}
	if w := ld.first(dom.TokenSet("website")); w != nil {
		if s := ld.name(w["name"]); s != "" {
			sites = append(sites, []string{s})
		}
	}
	t.SiteNames = distinct(sites...)
	if !isHomePage(pageURL) {
		t.PageSite = titleSite(t.Page, append(f.homeNames(pageHost(pageURL)), t.SiteNames...))
	}
	return t
}

// titleSite returns the site part of a <title>: its last part ("Headline | Site"), or its
// first part when that one is a name the page gives itself (names: its home links' texts
// and its site names) and the last is not: the "Site - Headline" order of older sites; or,
// in a title with no separator, its part before ": " when that part is such a name.
func titleSite(page string, names []string) string {
	known := func(s string) bool {
		k := dom.LooseKey(s)
		return k != "" && slices.ContainsFunc(names, func(n string) bool { return dom.LooseKey(n) == k })
	}
	tail := titleTail(page)
	if tail == "" {
		// "Site: Headline", a blog platform's default title, when the page names itself so.
		if head, _, ok := dom.CutSiteColon(page); ok && known(head) {
			return head
		}
		return ""
	}
	head := strings.TrimSpace(page[:strings.Index(page, tail)])
	for _, sep := range dom.TitleSeparators {
		if i := strings.Index(head, sep); i > 0 {
			head = strings.TrimSpace(head[:i])
			break
		}
	}
	if known(head) && !known(tail) {
		return head
	}
	return tail
}

// titleTail returns the last part of a "Headline | Site" title, after its last separator,
// when it differs from the part before it; "" when the title has no such part.
func titleTail(page string) string {
	for _, sep := range dom.TitleSeparators[:len(dom.TitleSeparators)-3] {
		i := strings.LastIndex(page, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(page[:i]), strings.TrimSpace(page[i+len(sep):])
		if head != "" && tail != "" && dom.LooseKey(tail) != dom.LooseKey(head) {
			return tail
		}
		return ""
	}
	return ""
}

// isHomePage reports whether a page URL is a site's home page: no path, or "/", and no query.
func isHomePage(pageURL string) bool {
	u, err := url.Parse(pageURL)
	return err == nil && u.Host != "" && strings.Trim(u.Path, "/") == "" && u.RawQuery == ""
}

// pageTitle is the page's <title>: the one in <head>, else the first elsewhere.
func (f *pageFacts) pageTitle() string {
	return dom.FirstNonEmpty(f.title, f.bodyTitle)
}

// distinct returns the values of lists, whitespace collapsed, HTML entities decoded, blank
// ones and repeats (ignoring case) left out, at most maxFactValues.
func distinct(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		for _, v := range l {
			v = unescapeTwice(dom.Collapse(v))
			if v == "" || len(out) >= maxFactValues || containsFold(out, v) {
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

// containsFold reports whether list holds s, ignoring case.
func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}
