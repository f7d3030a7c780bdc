package pagekind

import (
	"net/url"
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
)

// urlWords are the path segments (lower-cased, with no extension) that hint at a kind. They
// are the folder names of shop, forum, documentation and blog software, not page text.
var urlWords = map[string]Feature{
	"product": fURLProduct, "products": fURLProduct, "p": fURLProduct, "dp": fURLProduct, "item": fURLProduct,
	"produkt": fURLProduct, "produit": fURLProduct, "producto": fURLProduct, "prodotto": fURLProduct, "sku": fURLProduct,

	"category": fURLCollection, "categories": fURLCollection, "collections": fURLCollection, "collection": fURLCollection,
	"c": fURLCollection, "catalog": fURLCollection, "shop": fURLCollection, "store": fURLCollection,
	"kategorie": fURLCollection, "categorie": fURLCollection, "categoria": fURLCollection, "department": fURLCollection,
	"brands": fURLCollection, "brand": fURLCollection,

	"forum": fURLForum, "forums": fURLForum, "thread": fURLForum, "threads": fURLForum, "topic": fURLForum,
	"topics": fURLForum, "t": fURLForum, "questions": fURLForum, "question": fURLForum, "q": fURLForum,
	"community": fURLForum, "discussion": fURLForum, "discussions": fURLForum, "answers": fURLForum,
	"board": fURLForum, "viewtopic": fURLForum, "showthread": fURLForum, "r": fURLForum, "comments": fURLForum,

	"docs": fURLDocs, "doc": fURLDocs, "documentation": fURLDocs, "api": fURLDocs, "reference": fURLDocs,
	"manual": fURLDocs, "wiki": fURLDocs, "tutorial": fURLDocs, "tutorials": fURLDocs, "learn": fURLDocs,
	"developer": fURLDocs, "developers": fURLDocs, "sdk": fURLDocs, "library": fURLDocs, "latest": fURLDocs,
	"stable": fURLDocs, "en-us": fURLDocs, "userguide": fURLDocs, "handbook": fURLDocs,

	"tag": fURLListing, "tags": fURLListing, "search": fURLListing, "jobs": fURLListing, "courses": fURLListing,
	"events": fURLListing, "archive": fURLListing, "archives": fURLListing, "page": fURLListing, "author": fURLListing,
	"results": fURLListing, "list": fURLListing, "directory": fURLListing, "recipes": fURLListing, "listings": fURLListing,

	"blog": fURLArticle, "news": fURLArticle, "article": fURLArticle, "articles": fURLArticle, "post": fURLArticle,
	"posts": fURLArticle, "story": fURLArticle, "stories": fURLArticle, "opinion": fURLArticle,

	"services": fURLService, "service": fURLService, "pricing": fURLService, "features": fURLService,
	"solutions": fURLService, "solution": fURLService, "about": fURLService, "platform": fURLService,
	"enterprise": fURLService, "industries": fURLService, "contact": fURLService, "plans": fURLService,
}

// maxURLSegments bounds the segments read from a path: a crafted URL costs no more.
const maxURLSegments = 16

// setURL sets the URL features from the page's address, and reports whether it is one with
// a host (hasURL): the address is parsed once.
func setURL(f *Features, raw string) bool {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return false
	}
	if u.RawQuery != "" {
		f[fURLQuery] = 1
	}
	path := strings.Trim(strings.ToLower(u.Path), "/")
	if path == "" || path == "index.html" || path == "index.php" {
		f[fURLRoot] = 1
		return true
	}
	segs := strings.SplitN(path, "/", maxURLSegments+1)
	f[fURLDepth] = logCount(len(segs))
	for i, s := range segs {
		if i == maxURLSegments {
			break
		}
		s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, ".html"), ".htm"), ".php")
		if w, ok := urlWords[s]; ok {
			f[w] = 1
		}
	}
	if datedPath(segs) {
		f[fURLDate] = 1
	}
	last := segs[len(segs)-1]
	f[fURLSlug] = logCount(strings.Count(last, "-") + strings.Count(last, "_"))
	if dom.IsDigits(last) {
		f[fURLNumber] = 1
	}
	return true
}

// datedPath reports whether a path's segments (the first maxURLSegments of them) hold a year
// and, after it, a month or a day: /2024/05/..., /2024/05.html.
func datedPath(segs []string) bool {
	year := false
	for _, s := range segs[:min(len(segs), maxURLSegments)] {
		s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, ".html"), ".htm"), ".php")
		if isYear(s) {
			year = true
		} else if year && len(s) <= 2 && dom.IsDigits(s) {
			return true
		}
	}
	return false
}

// isYear reports whether s is a year of the web: 1995 to 2039.
func isYear(s string) bool {
	return len(s) == 4 && dom.IsDigits(s) && (s[:2] == "19" && s[2] >= '9' || s[:2] == "20" && s[2] <= '3')
}

// taxonomyFolders are the folders under which blog and shop software lists the pages of one
// category, tag or author: a segment right after one names an index (its slug is the
// category's name, not a story's), unlike a folder of items ("jobs", "events", "courses"),
// whose slug names one item.
var taxonomyFolders = map[string]bool{
	"category": true, "categories": true, "tag": true, "tags": true, "author": true, "authors": true,
}

// IndexAddress reports whether raw is a known address shaped like an index rather than one
// story's: the site's root, a path whose last segment is a short name (fewer than three
// hyphens or underscores, no run of four digits, no page file name such as story.html), or
// any name right after a taxonomy folder (/categories/remote-data-engineering-jobs), with no
// year and month in the path. An unknown address is not an index: nothing is said.
func IndexAddress(raw string) bool {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return false
	}
	path := strings.Trim(strings.ToLower(u.Path), "/")
	if path == "" {
		return true
	}
	segs := strings.SplitN(path, "/", maxURLSegments+1)
	if datedPath(segs) {
		return false
	}
	last := segs[len(segs)-1]
	if dot := strings.LastIndexByte(last, '.'); dot > 0 {
		switch last[dot+1:] {
		case "html", "htm", "shtml", "php", "asp", "aspx", "stm", "cms":
			if name := last[:dot]; name != "index" && name != "default" && name != "home" {
				return false
			}
		}
	}
	if len(segs) >= 2 && taxonomyFolders[segs[len(segs)-2]] {
		return true // the name of a category, tag or author, however long
	}
	if strings.Count(last, "-")+strings.Count(last, "_") >= 3 && strings.Trim(last, "0123456789-") != "" {
		return false // a story's slug, not a date
	}
	return maxDigitRun(last) < 4
}

// ForumAddress reports whether raw is a known address in a forum's folder: a segment of its
// path is one of the folder names that forum and Q&A software gives its threads (forum,
// thread, topic, questions, showthread.php, /t/, /r/; urlWords' forum words). An unknown
// address is not.
func ForumAddress(raw string) bool {
	var f Features
	setURL(&f, raw)
	return f[fURLForum] == 1
}

// maxDigitRun returns the length of the longest run of ASCII digits in s.
func maxDigitRun(s string) int {
	best, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}
