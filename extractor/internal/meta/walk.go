package meta

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dates"
	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageFacts is everything the metadata stage reads from the DOM, gathered in one walk of
// the whole tree (head and body) so that no field needs a walk of its own.
type pageFacts struct {
	htmlLang  string              // <html lang> or xml:lang
	baseHref  string              // <base href>
	title     string              // <title> in <head>
	bodyTitle string              // the first <title> elsewhere (outside <svg>, which the walk skips)
	meta      map[string][]string // <meta name|property|itemprop|http-equiv> content, keys lower-cased, in page order
	canonical string              // <link rel=canonical href>
	imageSrc  string              // <link rel=image_src href>
	jsonLD    []string            // text of each <script type=application/ld+json>

	relAuthors []string // text of <a rel=author> (or href for <link rel=author>)
	// authorLink is the text of the first link to an author's page (/author/jane-doe/, as
	// WordPress makes them).
	authorLink string
	// homeLinks are the first links to a site's home page ("/", or an absolute URL with no
	// path): their href and their text, or their logo's alt text.
	homeLinks []homeLink
	relTags   []string // text of <a rel=tag>
	relCats   []string // text of <a rel="category tag">

	micro map[string][]string // microdata: itemprop name -> values, in page order
	times []timeFact          // <time> elements with a machine-readable date, in page order

	bylines []string // short text of elements whose class/id names a byline or author
	// handle is the user name of the first byline line that is a lead-in and one word in an
	// element of its own ("by <a href=/users/jdoe>jdoe</a>", see [leadInHandle]); not one
	// word in the lead-in's text ("By industry" heads a menu).
	handle    string
	dateLines []string // short text of elements whose class/id names a date, or that open with a date word
	bareDates []string // the text of leaf elements whose whole text is a date, in page order
	// bios are the names of the authors' cards: a biography's paragraph that opens with a
	// name given whole just before it ("<h3>Jane Doe</h3><p>Jane is a travel writer ...",
	// see [pageFacts.bio]).
	bios []string
	// namedDates are leaf lines that end with a date after a separator, the name first:
	// "Aaron Ricadela | Senior Writer | July 2, 2025", "Charlotte Gannon • November 4th, 2025".
	namedDates []string
	// datedBylines are the bylines of leaf lines that open with a date and run on to a byline
	// after a separator ("March 15, 2022 · 3 min read · By Jane Doe": "By Jane Doe").
	datedBylines []string
	// poster is the first poster's name on the page: the text of the first element whose
	// class or id names a user name ("username", "bigusername", "PostUser-name"), or the first
	// data-author attribute. On a forum thread it is the first post's author.
	poster string
	// postDate is the first date inside a comment section or a Comment item (microdata
	// datePublished, a <time>): a comment's on an article, the first post's on a forum thread.
	postDate string

	// originalDate is the first paragraph that opens by saying when the text was first
	// published: "This article was originally published on 26 Sep 2019 at 4:12pm but has
	// been regularly updated".
	originalDate string

	// elems counts the elements walked so far: an element's place in the page, which the date
	// model measures the distance from the headline by.
	elems int
	// at holds the place (elems) of each shown date fact, one list per list of lines above,
	// in the same order.
	at shownAt
	// headings are the page's first <h1> elements: their place and their text's loose key.
	headings []heading

	text      textBuffer // the buffers that reading an element's text reuses
	lineNodes int        // nodes visited so far to read lines (bylines, date lines, bare dates)
}

// timeFact is one <time> element.
type timeFact struct {
	datetime string // the datetime attribute, or the text when it has none
	kind     int    // timePublished, timeModified or timeUnknown, from pubdate, itemprop and class
	at       int    // its place in the page (pageFacts.elems)
}

// shownAt holds the places in the page of the shown date facts, parallel to pageFacts'
// bylines, dateLines, bareDates and namedDates.
type shownAt struct {
	bylines, dateLines, bareDates, namedDates []int
	original                                  int // of originalDate
}

// heading is one <h1>: its place in the page and its text's [dom.LooseKey] ("" when longer
// than maxHeadingChars).
type heading struct {
	at  int
	key string
}

// Kinds of <time> element.
const (
	timeUnknown = iota
	timePublished
	timeModified
)

// bylineTokens are class/id words of byline and author elements.
var bylineTokens = dom.TokenSet("byline", "author", "authors", "authorname", "author-name", "byline-name", "contributor", "writer", "creator", "autor", "auteur", "avtor")

// dateTokens are class/id words of date elements.
var dateTokens = dom.TokenSet("date", "dateline", "published", "publish", "pubdate", "posted", "postdate", "timestamp", "time", "datetime", "updated", "modified", "entry-date", "post-date", "article-date")

// collectFacts walks doc once and gathers the facts the metadata stage reads.
func collectFacts(doc *html.Node) *pageFacts {
	f := &pageFacts{meta: make(map[string][]string, 32), micro: map[string][]string{}}
	f.walk(doc, 0)
	return f
}

func (f *pageFacts) walk(n *html.Node, depth int) {
	if depth > maxFactDepth {
		return
	}
	if n.Type == html.ElementNode {
		if !f.element(n) {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode: // the facts are all in elements, but for loose dates
			f.walk(c, depth+1)
		case html.TextNode:
			if n.Type == html.ElementNode {
				f.looseDate(n, c.Data)
			}
		}
	}
}

// looseDate records the text of a text node among elements (a child of parent)
// when it is a date and nothing else, as a bare date: "<legend>Title</legend> 20 December
// 2025 <div class="body">", "<a><img alt=Old></a> 30th March 2025, 16:26" in a forum post's
// header cell. A leaf's text is its element's, which [pageFacts.lines] reads whole.
func (f *pageFacts) looseDate(parent *html.Node, text string) {
	if len(text) > 4*maxBareDateChars || len(f.bareDates) >= maxFactValues || !dates.HasDigitRun(text, 4) {
		return
	}
	t := dom.Collapse(text)
	if len(t) > maxBareDateChars || !startsDateLike(t) || !dates.IsDateOnly(t) || isLeafBlock(parent) || inComments(parent) {
		return
	}
	f.bareDates = append(f.bareDates, t)
	f.at.bareDates = append(f.at.bareDates, f.elems)
}

// element records what n says and reports whether its children should be walked.
func (f *pageFacts) element(n *html.Node) bool {
	f.elems++
	switch n.DataAtom {
	case atom.Html:
		f.htmlLang = dom.FirstNonEmpty(dom.Attr(n, "lang"), dom.Attr(n, "xml:lang"))
	case atom.Base:
		if f.baseHref == "" {
			f.baseHref = strings.TrimSpace(dom.Attr(n, "href"))
		}
	case atom.Title:
		if n.Parent != nil && n.Parent.DataAtom == atom.Head {
			if f.title == "" {
				f.title = dom.Collapse(dom.TextOf(n))
			}
		} else if f.bodyTitle == "" {
			f.bodyTitle = dom.Collapse(dom.TextOf(n))
		}
		return false
	case atom.Meta:
		f.metaElement(n)
	case atom.Link:
		f.linkElement(n)
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(dom.Attr(n, "type")), "application/ld+json") && len(f.jsonLD) < maxJSONLDScripts {
			if t := dom.TextOf(n); len(t) <= maxJSONLDBytes {
				f.jsonLD = append(f.jsonLD, t)
			}
		}
		return false
	case atom.Style, atom.Template, atom.Svg, atom.Math, atom.Iframe, atom.Textarea, atom.Select:
		// <noscript> is walked: the page is parsed with scripting off, so its content is elements.
		return false
	case atom.Time:
		f.timeElement(n)
	case atom.H1:
		if len(f.headings) < maxHeadings {
			t, _ := f.shortText(n, maxHeadingChars)
			f.headings = append(f.headings, heading{at: f.elems, key: dom.LooseKey(t)})
		}
	case atom.A:
		f.homeLink(n)
		f.relLink(n)
	}
	// One pass over the attributes for what every element may have.
	prop, hasProp, byline, date, poster := "", false, false, false, false
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			if !hasProp { // the first, as attr reads it
				prop, hasProp = a.Val, true
			}
		case "class", "id":
			b, d, p := lineClass(a.Val)
			byline, date, poster = byline || b, date || d, poster || p
		case "data-author":
			if f.poster == "" {
				f.poster = dom.Collapse(a.Val)
			}
		}
	}
	if prop != "" {
		f.microdata(n, prop)
	}
	if poster && f.poster == "" {
		if t, ok := f.shortText(n, maxPosterChars); ok {
			f.poster = t
		} else if lead, _ := leadText(n); len(lead) <= maxPosterChars {
			// A post's user box ("postleft": the name, then its rank, join date, posts): the
			// name is its first text.
			f.poster = strings.TrimSpace(lead)
		}
	}
	if (date || isStampTag(n)) && n.DataAtom != atom.Time && n.DataAtom != atom.Meta {
		f.stampElement(n)
	}
	f.lines(n, byline, date)
	return true
}

// metaElement records a <meta> under each of its name, property, itemprop and http-equiv keys.
func (f *pageFacts) metaElement(n *html.Node) {
	content, ok := dom.AttrOK(n, "content")
	if !ok {
		if cs := dom.Attr(n, "charset"); cs != "" {
			return
		}
		content = dom.Attr(n, "value")
	}
	content = strings.TrimSpace(content)
	if content == "" {
		return
	}
	for _, key := range []string{"name", "property", "itemprop", "http-equiv"} {
		v := dom.Attr(n, key)
		if v == "" {
			continue
		}
		// RDFa pages put several properties in one attribute: property="og:title dc:title".
		for k := range strings.FieldsSeq(strings.ToLower(v)) {
			addFact(f.meta, k, content)
		}
	}
}

// linkElement records canonical, image and author links.
func (f *pageFacts) linkElement(n *html.Node) {
	href := strings.TrimSpace(dom.Attr(n, "href"))
	if href == "" {
		return
	}
	for rel := range strings.FieldsSeq(strings.ToLower(dom.Attr(n, "rel"))) {
		switch rel {
		case "canonical":
			if f.canonical == "" {
				f.canonical = href
			}
		case "image_src":
			if f.imageSrc == "" {
				f.imageSrc = href
			}
		}
	}
	if prop := dom.Attr(n, "itemprop"); prop != "" {
		addFact(f.micro, strings.ToLower(prop), href)
	}
}

// isAuthorPage reports whether a link's URL is an author's page: an author folder followed by
// the author's name.
func isAuthorPage(href string) bool {
	if !strings.Contains(href, "/aut") {
		return false
	}
	for _, d := range authorDirs {
		if i := strings.Index(href, d); i >= 0 && len(strings.Trim(href[i+len(d):], "/")) > 0 {
			return true
		}
	}
	return false
}

// relLink records <a rel=author>, <a rel=tag> and <a rel="category tag"> (WordPress). Most
// links with a rel are rel="noopener" or "nofollow": their text is not read.
func (f *pageFacts) relLink(n *html.Node) {
	rel := dom.Attr(n, "rel")
	cat, wanted := false, false
	for r := range strings.FieldsSeq(rel) {
		switch strings.ToLower(r) {
		case "category":
			cat = true
		case "author", "tag":
			wanted = true
		}
	}
	if !wanted {
		if f.authorLink == "" && isAuthorPage(dom.Attr(n, "href")) {
			if text, ok := f.shortText(n, maxLineChars); ok {
				f.authorLink = nameOfSlug(text, dom.Attr(n, "href"))
			}
		}
		return
	}
	text, ok := f.shortText(n, maxLineChars)
	if !ok || text == "" {
		return
	}
	for r := range strings.FieldsSeq(rel) {
		switch r := strings.ToLower(r); {
		case r == "author" && len(f.relAuthors) < maxFactValues:
			f.relAuthors = append(f.relAuthors, nameOfSlug(text, dom.Attr(n, "href")))
		case r == "tag" && cat && len(f.relCats) < maxFactValues:
			f.relCats = append(f.relCats, text)
		case r == "tag" && len(f.relTags) < maxFactValues:
			f.relTags = append(f.relTags, text)
		}
	}
}

// timeElement records a <time> element with its role: published, modified or unknown. A
// <time> in a comments section dates a comment, not the article: it is left out, but for
// the first, kept as the first post's date (postDate).
func (f *pageFacts) timeElement(n *html.Node) {
	if len(f.times) >= maxFactValues {
		return
	}
	comment := inComments(n)
	if comment && f.postDate != "" {
		return
	}
	dt := strings.TrimSpace(dom.Attr(n, "datetime"))
	if dt == "" {
		dt, _ = f.shortText(n, maxLineChars)
	}
	f.addTime(n, dt, comment)
}

// stampElement records the date that an element named for a date or a time ("moment-time",
// "timestamp", a <relative-time> or <time-ago> of a script) carries in an attribute, as a
// <time>'s: a tooltip's full date (title, data-*) behind the "1 year ago" the element shows.
// The first attribute that reads as a full date counts.
func (f *pageFacts) stampElement(n *html.Node) {
	if len(f.times) >= maxFactValues {
		return
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "style", "href", "src", "itemprop", "content", "lang", "dir", "role":
			continue
		}
		v := strings.TrimSpace(a.Val)
		if len(v) < len("2006-01-02") || len(v) > maxLineChars || !dates.HasDigitRun(v, 4) {
			continue
		}
		if d, ok := dates.Normalize(v); ok && len(d) >= len("2006-01-02") {
			f.addTime(n, v, inComments(n))
			return
		}
	}
}

// isStampTag reports whether an element's name, one that HTML does not define, names a time
// ("relative-time", "time-ago"): a script's element that shows a date.
func isStampTag(n *html.Node) bool {
	return n.DataAtom == 0 && strings.Contains(n.Data, "time")
}

// addTime records a <time>'s date (or a stamp's, see stampElement): in a comment section as
// the first post's date when none is known yet, else with its role.
func (f *pageFacts) addTime(n *html.Node, dt string, comment bool) {
	if dt == "" || len(dt) > maxLineChars {
		return
	}
	if comment {
		f.postDate = dt
		return
	}
	kind := timeUnknown
	if _, ok := dom.AttrOK(n, "pubdate"); ok {
		kind = timePublished
	}
	// The element's own attributes, then its parent's: <span class="updated"><time ...></span>.
	for e, i := n, 0; e != nil && e.Type == html.ElementNode && i < 2 && kind == timeUnknown; e, i = e.Parent, i+1 {
		kind = timeRole(dom.Attr(e, "itemprop") + " " + dom.Attr(e, "class") + " " + dom.Attr(e, "id"))
	}
	f.times = append(f.times, timeFact{datetime: dt, kind: kind, at: f.elems})
}

// commentTokens are class/id words of comment sections and of single comments.
var commentTokens = dom.TokenSet("comment", "comments", "commentlist", "comment-list", "comments-list", "comments-area",
	"comment-body", "comment-meta", "comment-content", "disqus_thread")

// inComments reports whether n sits in a comments section: an ancestor whose class or id (or
// a part of one split at "-" and "_") is a comment word, or that is an itemtype Comment item.
func inComments(n *html.Node) bool {
	for p, i := n.Parent, 0; p != nil && p.Type == html.ElementNode && i < maxFactDepth; p, i = p.Parent, i+1 {
		for _, a := range p.Attr {
			switch a.Key {
			case "class", "id":
				if hasCommentToken(a.Val) {
					return true
				}
			case "itemtype":
				if strings.HasSuffix(strings.ToLower(strings.TrimRight(a.Val, "/ ")), "/comment") {
					return true
				}
			}
		}
	}
	return false
}

// reviewTokens are class/id words of a customer review and of a list of them.
var reviewTokens = dom.TokenSet("review", "reviews", "reviewlist", "customerreviews", "userreviews", "productreviews", "testimonial", "testimonials")

// inReview reports whether n, or an ancestor, is a customer review or a list of them, by its
// class or id (a word of reviewTokens, whole or a part split at "-" and "_") or itemprop=review
// (a review of the item around it; a page that is itself a Review item is a critic's story):
// the name there is a reviewer's, not the page's author. A blog's taxonomy classes
// ("category-reviews", "tag-review" on a post) name the post's topic.
func inReview(n *html.Node) bool {
	for p, i := n, 0; p != nil && p.Type == html.ElementNode && i < maxFactDepth; p, i = p.Parent, i+1 {
		for _, a := range p.Attr {
			switch a.Key {
			case "class", "id":
				if hasReviewToken(a.Val) {
					return true
				}
			case "itemprop":
				if strings.EqualFold(strings.TrimSpace(a.Val), "review") {
					return true
				}
			}
		}
	}
	return false
}

// hasReviewToken reports whether a class or id value holds a word of reviewTokens, whole or
// as a part split at "-" and "_", in a class that is no taxonomy class.
func hasReviewToken(v string) bool {
	if !mayHoldFold(v, "review", "testimonial") {
		return false
	}
	low := strings.ToLower(v)
	if !strings.Contains(low, "review") && !strings.Contains(low, "testimonial") {
		return false
	}
	for tok := range strings.FieldsSeq(low) {
		if isTaxonomyClass(tok) {
			continue
		}
		if reviewTokens[tok] {
			return true
		}
		for part := range strings.FieldsFuncSeq(tok, func(r rune) bool { return r == '-' || r == '_' }) {
			if reviewTokens[part] {
				return true
			}
		}
	}
	return false
}

// isTaxonomyClass reports whether a lower-cased class names a post's category or tag, as
// blog engines write them ("category-reviews", "tag-review").
func isTaxonomyClass(c string) bool {
	for _, p := range [...]string{"category-", "tag-", "post_tag-", "categories-", "tags-"} {
		if strings.HasPrefix(c, p) {
			return true
		}
	}
	return false
}

// inMenu reports whether n is in a navigation menu, a button or a tab: "By Event Type", "By
// Use Case" there choose what a menu lists; they are no bylines.
func inMenu(n *html.Node) bool {
	for p, i := n, 0; p != nil && p.Type == html.ElementNode && i < maxFactDepth; p, i = p.Parent, i+1 {
		switch p.DataAtom {
		case atom.Nav, atom.Button, atom.Menu:
			return true
		}
		switch strings.ToLower(dom.Attr(p, "role")) {
		case "navigation", "menu", "menubar", "menuitem", "tab", "tablist", "button":
			return true
		}
	}
	return false
}

// chromeHeading reports whether n is a heading (h2 to h6) in the page's own header or footer,
// outside any <article> and <main>: "By Acme Hotels" heads a menu of the group's sites there,
// it is no byline. A story's header (inside its <article>) holds bylines.
func chromeHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	default:
		return false
	}
	chrome := false
	for p, i := n.Parent, 0; p != nil && p.Type == html.ElementNode && i < maxFactDepth; p, i = p.Parent, i+1 {
		switch p.DataAtom {
		case atom.Header, atom.Footer:
			chrome = true
		case atom.Article, atom.Main:
			return false
		}
	}
	return chrome
}

// hasCommentToken reports whether a class or id value holds a word of commentTokens, whole
// or as a part split at "-" and "_".
func hasCommentToken(v string) bool {
	if !mayHoldFold(v, "comment", "disqus") {
		return false
	}
	low := strings.ToLower(v)
	if !strings.Contains(low, "comment") && !strings.Contains(low, "disqus") {
		return false
	}
	for tok := range strings.FieldsSeq(low) {
		if commentTokens[tok] {
			return true
		}
		for part := range strings.FieldsFuncSeq(tok, func(r rune) bool { return r == '-' || r == '_' }) {
			if commentTokens[part] {
				return true
			}
		}
	}
	return false
}

// timeRole reads a date's role from class, id and itemprop words.
func timeRole(words string) int {
	w := strings.ToLower(words)
	switch {
	case strings.Contains(w, "modified") || strings.Contains(w, "updated") || strings.Contains(w, "update"):
		return timeModified
	case strings.Contains(w, "published") || strings.Contains(w, "publish") || strings.Contains(w, "pubdate") ||
		strings.Contains(w, "posted") || strings.Contains(w, "created") || strings.Contains(w, "entry-date"):
		return timePublished
	}
	return timeUnknown
}

// microProps are the microdata properties that the metadata reads (microValue, f.micro),
// lower-cased, and microAuthorProps those of authors. The walk records no other: reading a
// value can mean reading the text of a whole element (itemprop=articleBody, on every page of
// some sites). A new lookup of another property must add it here (TestMicroPropsRecorded).
var (
	microAuthorProps = []string{"author.name", "author", "creator.name", "creator"}
	microProps       = dom.TokenSet(append([]string{"description", "keywords", "image", "inlanguage", "articlesection",
		"datepublished", "datecreated", "datemodified", "publisher.name"}, microAuthorProps...)...)
)

// microKey returns the key that an element with the itemprop word p is recorded under,
// lower-cased. A name inside an author or publisher item is recorded under that item:
// "author.name".
func microKey(n *html.Node, p string) string {
	key := strings.ToLower(p)
	if key == "name" && n.Parent != nil {
		if owner := microOwner(n); owner != "" {
			key = owner + ".name"
		}
	}
	return key
}

// microdata records the value of an element with itemprop, as schema.org's microdata rules read it.
func (f *pageFacts) microdata(n *html.Node, prop string) {
	used := false
	for p := range strings.FieldsSeq(prop) {
		if used = microProps[microKey(n, p)]; used {
			break
		}
	}
	if !used || slices.Contains(microAuthorProps, microKey(n, strings.ToLower(prop))) && inReview(n) {
		return // a customer review's author is not the page's
	}
	commentDate := isDateProp(prop) && inComments(n) // a comment's date is not the page's
	if commentDate && f.postDate != "" {
		return
	}
	var v string
	switch n.DataAtom {
	case atom.Meta:
		v = dom.Attr(n, "content")
	case atom.Link, atom.A:
		v = dom.Attr(n, "href")
		if n.DataAtom == atom.A {
			// An author link's text is the name; its href is a profile page.
			if t, ok := f.shortText(n, maxLineChars); ok && t != "" {
				v = t
			}
		}
	case atom.Img:
		v = dom.Attr(n, "src")
	case atom.Time:
		if v = strings.TrimSpace(dom.Attr(n, "datetime")); v == "" {
			v, _ = f.shortText(n, maxLineChars)
		}
	default:
		if c, ok := dom.AttrOK(n, "content"); ok {
			v = c
		} else if _, scope := dom.AttrOK(n, "itemscope"); scope {
			// An item (author as a Person): its name is read from the nested itemprop=name.
			v = f.microName(n)
		} else {
			v, _ = f.shortText(n, maxPropChars)
		}
	}
	v = strings.TrimSpace(v)
	if v == "" || len(v) > maxJSONLDBytes {
		return
	}
	if commentDate {
		if f.postDate == "" && len(v) <= maxLineChars {
			f.postDate = v
		}
		return
	}
	for p := range strings.FieldsSeq(prop) {
		if key := microKey(n, p); microProps[key] {
			addFact(f.micro, key, v)
		}
	}
}

// isDateProp reports whether an itemprop value names a date ("datePublished", "dateModified").
func isDateProp(prop string) bool {
	return strings.Contains(strings.ToLower(prop), "date")
}

// microOwner returns the itemprop of the nearest enclosing item of n, lower-cased, or "".
func microOwner(n *html.Node) string {
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if _, scope := dom.AttrOK(p, "itemscope"); scope {
			return strings.ToLower(strings.TrimSpace(dom.Attr(p, "itemprop")))
		}
	}
	return ""
}

// microName returns the itemprop=name value inside an item, or its text.
func (f *pageFacts) microName(item *html.Node) string {
	if found := f.nestedName(item, 0); found != "" {
		return found
	}
	found, _ := f.shortText(item, maxLineChars)
	return found
}

// nestedName returns the value of the first itemprop=name element inside n, depth first, or "".
func (f *pageFacts) nestedName(n *html.Node, depth int) string {
	if depth > 16 {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if strings.EqualFold(dom.Attr(c, "itemprop"), "name") {
			if v := strings.TrimSpace(dom.Attr(c, "content")); v != "" {
				return v
			}
			t, _ := f.shortText(c, maxLineChars)
			return t
		}
		if found := f.nestedName(c, depth+1); found != "" {
			return found
		}
	}
	return ""
}

// lines records the short text of byline and date elements, a last resort for authors and
// dates; byline and date say whether n's class or id names one.
func (f *pageFacts) lines(n *html.Node, byline, date bool) {
	if f.lineNodes > maxLineNodes {
		return
	}
	if !byline && !date {
		// An element without such a class is read only when it is a paragraph-like leaf whose
		// text opens with a date word or "By": peek at the opening before reading it all.
		if !isLeafBlock(n) {
			return
		}
		lead, nodes := leadText(n)
		f.lineNodes += nodes
		if dates.HasOriginal(lead) {
			f.original(n)
			return
		}
		if name := bioName(lead); name != "" {
			f.bio(n, name)
			return
		}
		if !dates.StartsWithWord(lead) && !opensByline(lead) {
			f.bareDate(n, lead)
			return
		}
	}
	if len(f.bylines) >= maxFactValues && len(f.dateLines) >= maxFactValues {
		return // nothing more would be recorded
	}
	b, ok := f.text.read(n, maxLineChars)
	f.lineNodes += f.text.nodes
	if !ok || len(b) == 0 {
		return
	}
	text := string(b)
	if !byline && len(text) <= 60 {
		byline = opensByline(text)
	}
	if byline && len(f.bylines) < maxFactValues && (utf8.RuneCountInString(text) <= maxBylineChars || opensByline(text)) && bylinePlace(n) {
		f.bylines = append(f.bylines, text)
		f.at.bylines = append(f.at.bylines, f.elems)
		// A lead-in in an element of its own ("<span>Written by:</span> <span>Jane Doe</span>",
		// "<h2>Article by</h2><div>Jane Doe</div>"): the name is the next sibling's text.
		if isLeadIn(text) && len(f.bylines) < maxFactValues {
			if name := dom.FirstNonEmpty(f.nextSiblingText(n), f.cardNames(n)); name != "" {
				text += blockSeparator + name
				f.bylines = append(f.bylines, text)
				f.at.bylines = append(f.at.bylines, f.elems)
			}
		}
		if f.handle == "" {
			if h := leadInHandle(text); h != "" && wrapsText(n, h) {
				f.handle = h
			}
		}
	}
	if (date || dates.StartsWithWord(text)) && len(f.dateLines) < maxFactValues && !inComments(n) {
		f.dateLines = append(f.dateLines, text)
		f.at.dateLines = append(f.at.dateLines, f.elems)
	}
}

// bareDate records a leaf whose whole text is a date, with no word or class to say what
// date it is: the last resort for the publication date. It runs for most paragraphs of a
// page, so it allocates nothing unless it finds a date.
func (f *pageFacts) bareDate(n *html.Node, lead string) {
	if lead == "" || len(f.bareDates) >= maxFactValues || !startsDateLike(lead) {
		return
	}
	// Every form of date holds a four-digit year: text without one is not collapsed. (Collapsing
	// neither makes nor breaks a run of digits.)
	b, ok := f.text.readIf(n, maxLineChars, func(raw []byte) bool { return dates.HasDigitRun(raw, 4) })
	f.lineNodes += f.text.nodes
	if !ok {
		return
	}
	at := -1
	if len(b) <= maxBareDateChars {
		at = dates.IndexWithin(string(b), maxBareDateAt)
	}
	if at < 0 {
		if len(b) <= maxNamedDateChars {
			f.namedDate(n, string(b))
		}
		f.datedByline(n, string(b))
		return
	}
	if !isOtherDateLabel(string(b[:at])) && !inComments(n) {
		f.bareDates = append(f.bareDates, string(b))
		f.at.bareDates = append(f.at.bareDates, f.elems)
	}
}

// original records a paragraph that opens by saying when the text was first published ("This
// article was originally published on 26 Sep 2019 ..."): the first one, outside comments.
func (f *pageFacts) original(n *html.Node) {
	if f.originalDate != "" || inComments(n) {
		return
	}
	b, ok := f.text.read(n, maxOriginalChars)
	f.lineNodes += f.text.nodes
	if ok {
		f.originalDate, f.at.original = string(b), f.elems
	}
}

// namedDate records a line that ends with a date after a byline separator, when it opens with
// a capital ("Aaron Ricadela | Senior Writer | July 2, 2025").
func (f *pageFacts) namedDate(n *html.Node, line string) {
	if len(f.namedDates) >= maxFactValues || !unicode.IsUpper([]rune(line)[0]) {
		return
	}
	segs := bylineSegments(line)
	if len(segs) < 2 || !dates.IsDateOnly(strings.TrimSpace(segs[len(segs)-1])) || inComments(n) {
		return
	}
	f.namedDates = append(f.namedDates, line)
	f.at.namedDates = append(f.at.namedDates, f.elems)
}

// bylinePlace reports whether n stands where a page's byline may: not in a menu, a review, a
// comment section or a heading of the site's chrome.
func bylinePlace(n *html.Node) bool {
	return !inMenu(n) && !inReview(n) && !inComments(n) && !chromeHeading(n)
}

// datedByline records a line that opens with a date and runs on to a byline after a
// separator ("March 15, 2022 · 3 min read · By Jane Doe") or right after the date
// ("03/01/2017 by Jane Doe, Student Liaison"): too long for a bare date, and not one of the
// lines that open with a byline's lead-in.
func (f *pageFacts) datedByline(n *html.Node, line string) {
	if len(f.datedBylines) >= maxFactValues || dates.IndexWithin(line, 0) != 0 {
		return
	}
	for _, s := range bylineSegments(line)[1:] {
		if s = strings.TrimSpace(s); opensByline(s) {
			// The line from its byline on: the parts between the date and the lead-in (a
			// reading time, "5 Min. Lesezeit") name no one.
			if bylinePlace(n) {
				f.datedBylines = append(f.datedBylines, line[strings.Index(line, s):])
			}
			return
		}
	}
	// No separator: the lead-in right after the date ("03/01/2017 by Jane Doe, Reporter").
	if rest := dropLeadingDate(line); len(rest) < len(line) && opensByline(rest) && bylinePlace(n) {
		f.datedBylines = append(f.datedBylines, rest)
	}
}

// isOtherDateLabel reports whether the words before a date say it dates something other than
// the page: a member's registration ("Registered: 2024-01-27", "Mitglied seit"), the last
// post of a forum's thread list ("Last Post:").
func isOtherDateLabel(label string) bool {
	if label == "" {
		return false
	}
	low := strings.ToLower(label)
	for _, w := range otherDateLabels {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// startsDateLike reports whether a text opens the way a date does: with a digit, or with a
// letter of a month's name or of a short label before the date ("blog | February 01, 2022",
// "am 3. März 2023").
func startsDateLike(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r) || unicode.IsLetter(r)
}

// lineClass looks up the words of a class or id value in bylineTokens, dateTokens and posterTokens: each
// whole name ("entry-date") and its parts split at "-" and "_" ("post", "date"), lower-cased.
// It allocates nothing: this runs for every element of the page.
func lineClass(v string) (byline, date, poster bool) {
	if !hasLineRoot(v) {
		return false, false, false
	}
	var buf [64]byte
	for tok := range strings.FieldsSeq(v) {
		if len(tok) > len(buf) {
			continue
		}
		low := lowerASCII(buf[:len(tok)], tok)
		byline = byline || bylineTokens[string(low)]
		date = date || dateTokens[string(low)]
		poster = poster || posterTokens[string(low)]
		start := 0
		for i := 0; i <= len(low); i++ {
			if i < len(low) && low[i] != '-' && low[i] != '_' {
				continue
			}
			if i > start && i-start < len(low) {
				part := low[start:i]
				byline = byline || bylineTokens[string(part)]
				date = date || dateTokens[string(part)]
				poster = poster || posterTokens[string(part)]
			}
			start = i + 1
		}
	}
	return byline, date, poster
}

// posterTokens are class/id words of the element that holds a post's author's user name on a
// forum: vBulletin's "bigusername", phpBB's "username", Flarum's "PostUser-name", FluxBB's
// "postleft" user box.
var posterTokens = dom.TokenSet("username", "bigusername", "postuser", "postleft")

// lineRoots are the stems of every word in bylineTokens, dateTokens and posterTokens, by first letter: a
// class value without any of them is skipped without being split. Indexed by letter - 'a'.
var lineRoots = [26][]string{
	0: {"auth", "autor", "auteur", "avtor"}, 'b' - 'a': {"byline"}, 'c' - 'a': {"creator", "contributor"},
	'd' - 'a': {"date"}, 'm' - 'a': {"modified"}, 'p' - 'a': {"publish", "posted", "postuser", "postleft"}, 't' - 'a': {"time"},
	'u' - 'a': {"updated", "username"}, 'w' - 'a': {"writer"},
}

// letterIndex maps an ASCII letter of either case to its place in the alphabet (0-25) and
// every other byte to 31, a letter of no root.
var letterIndex = func() (t [256]uint8) {
	for i := range t {
		t[i] = 31
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = uint8(c-'a'), uint8(c-'a')
	}
	return t
}()

// lineRootPairs marks the first two letters of the roots of lineRoots, at first<<5 | second
// (letterIndex's numbers): a pair with a byte other than a letter is never marked.
var lineRootPairs = func() (t [32 * 32]bool) {
	for _, roots := range lineRoots {
		for _, r := range roots {
			t[uint(letterIndex[r[0]])<<5|uint(letterIndex[r[1]])] = true
		}
	}
	return t
}()

// hasLineRoot reports whether v holds one of lineRoots, ignoring ASCII case, in one pass.
// It looks at the roots only where two letters open one; each byte is read once, and the pair
// it makes with the byte before is one index into lineRootPairs.
func hasLineRoot(v string) bool {
	if len(v) < 2 {
		return false
	}
	prev := uint(letterIndex[v[0]])
	for i := 1; i < len(v); i++ {
		cur := uint(letterIndex[v[i]])
		if lineRootPairs[(prev<<5|cur)&(32*32-1)] {
			for _, r := range lineRoots[prev] {
				if len(v)-i+1 >= len(r) && asciiEqualFold(v[i-1:i-1+len(r)], r) {
					return true
				}
			}
		}
		prev = cur
	}
	return false
}

// mayHoldFold reports whether strings.ToLower(v) may hold the lower-case ASCII word a or b:
// false only when v is ASCII and holds neither, ignoring case. It allocates nothing, where
// lower-casing a class value did, for every ancestor of the lines that inComments and
// inReview ask about. (A value with a byte outside ASCII is left to strings.ToLower, which
// lower-cases a few letters outside ASCII into ASCII ones: "İ" to "i".)
func mayHoldFold(v, a, b string) bool {
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= utf8.RuneSelf:
			return true
		case c|0x20 == a[0] && len(v)-i >= len(a) && asciiEqualFold(v[i:i+len(a)], a),
			c|0x20 == b[0] && len(v)-i >= len(b) && asciiEqualFold(v[i:i+len(b)], b):
			return true
		}
	}
	return false
}

// asciiEqualFold reports whether s equals the lower-case ASCII word w, ignoring ASCII case.
func asciiEqualFold(s, w string) bool {
	for i := 0; i < len(w); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// opensByline reports whether a line opens like a byline, with a lead-in of any language
// ("By Jane Doe", "Written by: Jane Doe", "Von Jane Doe", "Автор: ...") or is one alone
// ("By", "Article by"). It runs for most paragraphs of a page: a line whose first letter
// opens no lead-in is turned down without allocating.
func opensByline(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	prefixes := leadInsFor(r)
	if prefixes == nil {
		return false
	}
	// The opening, its white space collapsed ("by\n  Jane"), lower-cased: in a buffer on the
	// stack when it is ASCII.
	head := s[:min(len(s), maxLeadBytes)]
	var buf [2*maxLeadBytes + 1]byte
	low, ascii := appendCollapseLower(buf[:0], head)
	if !ascii {
		low = []byte(collapseLower(head))
	}
	if len(head) < len(s) || strings.HasSuffix(head, " ") || strings.HasSuffix(head, "\n") {
		low = append(low, ' ')
	}
	for _, p := range prefixes {
		// A lead-in that also opens other words ("Door Locks", "Par 3", "Di Maio") counts in
		// lower case only, or alone in its element.
		if len(low) > len(p) && string(low[:len(p)]) == p && (nameSafePrefixes[p] || strings.HasPrefix(head, p)) {
			return true
		}
	}
	return isLeadInLower(low)
}

// collapseLower returns s lower-cased with its runs of white space made one space and its
// ends trimmed: strings.ToLower(strings.Join(strings.Fields(s), " ")).
func collapseLower(s string) string {
	var buf [2 * maxLeadBytes]byte
	if out, ok := appendCollapseLower(buf[:0], s); ok {
		return string(out)
	}
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// appendCollapseLower appends to dst what collapseLower returns for s, and true, when s is
// ASCII; it returns false, and dst holding part of it, at s's first byte outside ASCII.
func appendCollapseLower(dst []byte, s string) ([]byte, bool) {
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return dst, false
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			space = len(dst) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, c)
	}
	return dst, true
}

// leadInsByFirst holds the byline lead-ins by their first letter, lower-cased.
var leadInsByFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, p := range bylinePrefixes {
		r, _ := utf8.DecodeRuneInString(p)
		m[r] = append(m[r], p)
	}
	return m
}()

// leadInsByASCII is leadInsByFirst for the ASCII letters, in either case: an index, not a
// map lookup, for the first letter of most paragraphs.
var leadInsByASCII = func() (t [utf8.RuneSelf][]string) {
	for r := range t {
		t[r] = leadInsByFirst[unicode.ToLower(rune(r))]
	}
	return t
}()

// leadInsFor returns the byline lead-ins that open with r, lower-cased:
// leadInsByFirst[unicode.ToLower(r)].
func leadInsFor(r rune) []string {
	if 0 <= r && r < utf8.RuneSelf {
		return leadInsByASCII[r]
	}
	return leadInsByFirst[unicode.ToLower(r)]
}

// nextSiblingText returns the short text of the first of n's next few siblings that has
// text: the name after a lead-in in an element of its own. "" when that text is long (a
// paragraph, not a name) or there is none.
func (f *pageFacts) nextSiblingText(n *html.Node) string {
	seen := 0
	for c := n.NextSibling; c != nil && seen < maxLeadInSiblings; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if t := dom.Collapse(c.Data); t != "" {
				if len(t) > maxLineChars {
					return ""
				}
				return t
			}
		case html.ElementNode:
			if c.DataAtom == atom.Style || c.DataAtom == atom.Script {
				continue // a style sheet written beside its element
			}
			seen++
			t, ok := f.shortText(c, maxLineChars)
			if !ok {
				return ""
			}
			if t != "" {
				return t
			}
		}
	}
	return ""
}

// leadText returns the first few dozen bytes of n's text, leading space trimmed, and the
// number of nodes it visited; it stops at the first non-blank text node.
func leadText(n *html.Node) (string, int) {
	nodes := 0
	lead, _ := leadWalk(n, &nodes)
	return lead, nodes
}

// leadWalk is leadText's walk of n's children; done is true when it found text or visited enough nodes.
func leadWalk(n *html.Node, nodes *int) (lead string, done bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if *nodes++; *nodes > maxLeadNodes {
			return "", true
		}
		switch c.Type {
		case html.TextNode:
			if t := trimLeftSpace(c.Data); t != "" {
				return t[:min(len(t), maxLeadBytes)], true
			}
		case html.ElementNode:
			if c.DataAtom != atom.Script && c.DataAtom != atom.Style {
				if lead, done := leadWalk(c, nodes); done {
					return lead, true
				}
			}
		}
	}
	return "", false
}

// trimLeftSpace is strings.TrimLeftFunc(s, unicode.IsSpace), with the ASCII white space that
// opens most text nodes (a newline and an indent) skipped a byte at a time, without a call
// through a function value for each.
func trimLeftSpace(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && dom.ASCIISpace[s[i]] {
		i++
	}
	if i < len(s) && s[i] >= utf8.RuneSelf {
		return strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	}
	return s[i:]
}

// isLeafBlock reports whether n is a paragraph-like element: visible date lines such as
// "Published March 3, 2023" sit in one, and so does a field list's label ("<dt>Author:</dt>").
func isLeafBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.Li, atom.Small, atom.Em, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Strong, atom.B, atom.Dt:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && dom.BlockTags.Has(c.DataAtom) {
				return false
			}
		}
		return true
	}
	return false
}

// addFact appends v to m[k], at most maxFactValues values per key.
func addFact(m map[string][]string, k, v string) {
	if len(m[k]) < maxFactValues {
		m[k] = append(m[k], v)
	}
}

// shortText returns n's text, whitespace collapsed, and true when it is at most limit bytes;
// see textBuffer.read.
func (f *pageFacts) shortText(n *html.Node, limit int) (string, bool) {
	b, ok := f.text.read(n, limit)
	if !ok {
		return "", false
	}
	return string(b), true
}

// textBuffer reads the short text of elements into buffers that it reuses, so that reading
// allocates nothing but the string kept at the end, if any.
type textBuffer struct {
	raw   []byte // the text nodes' text, as it is
	text  []byte // raw with its whitespace collapsed
	nodes int    // the nodes that the last read visited
}

// read returns n's text, whitespace collapsed as [collapse] does, and true when it is at most
// limit bytes; it stops reading as soon as the text is longer (returning nil, false), so that
// a walk that asks every element for its text stays linear. Script, style and template text
// is left out. The bytes are valid until the next read.
func (tb *textBuffer) read(n *html.Node, limit int) ([]byte, bool) {
	return tb.readIf(n, limit, nil)
}

// readIf is read that gives up, returning nil, false, when keep (if not nil) rejects the
// text before it is collapsed.
func (tb *textBuffer) readIf(n *html.Node, limit int, keep func(raw []byte) bool) ([]byte, bool) {
	tb.raw, tb.nodes = tb.raw[:0], 0
	if !tb.gather(n, limit) || keep != nil && !keep(tb.raw) {
		return nil, false
	}
	var ok bool
	if tb.text, ok = appendCollapsed(tb.text[:0], tb.raw, limit); !ok {
		return nil, false
	}
	return tb.text, true
}

// gather appends the text of n's descendants to tb.raw; false when there is more than 4×limit
// bytes of it or more than 4×limit nodes (a deep tree of empty elements is not a line either).
// Collapsing can only shrink the text, so the bound on the raw text leaves slack for whitespace.
func (tb *textBuffer) gather(n *html.Node, limit int) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if tb.nodes++; tb.nodes > 4*limit {
			return false
		}
		switch c.Type {
		case html.TextNode:
			if len(tb.raw)+len(c.Data) > 4*limit {
				return false
			}
			tb.raw = append(tb.raw, c.Data...)
		case html.ElementNode:
			if c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Template {
				continue
			}
			// Blocks are lines apart: "<div>Liza Burke</div><div>Marketing Director</div>" reads
			// "Liza Burke | Marketing Director", not "Liza BurkeMarketing Director".
			block := dom.BlockTags.Has(c.DataAtom) && len(tb.raw) > 0
			if block {
				tb.raw = append(tb.raw, blockSeparator...)
			} else if p := c.PrevSibling; p != nil && p.Type == html.ElementNode {
				// Two elements side by side are words apart, as the page's style sets them:
				// "<span>Dec 17, 2025</span><span>Julian K. Arni</span>".
				tb.raw = append(tb.raw, ' ')
			}
			if !tb.gather(c, limit) {
				return false
			}
			if block {
				tb.raw = append(tb.raw, blockSeparator...)
			}
		}
	}
	return true
}

// blockSeparator is what [textBuffer] puts between the text of two blocks: a byline separator.
const blockSeparator = " | "

// appendCollapsed appends s to dst as [collapse] returns it, in one pass: runs of white space
// (unicode.IsSpace) become one space, none at the start or the end. It gives up, returning
// false, as soon as it has appended more than limit bytes.
func appendCollapsed(dst, s []byte, limit int) ([]byte, bool) {
	start, space := len(dst), false
	for i := 0; i < len(s); {
		c, w := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, w = utf8.DecodeRune(s[i:])
		}
		if c < utf8.RuneSelf && dom.ASCIISpace[c] || c >= utf8.RuneSelf && unicode.IsSpace(c) {
			space = true
		} else {
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			if dst = append(dst, s[i:i+w]...); len(dst)-start > limit {
				return dst, false
			}
		}
		i += w
	}
	return dst, true
}

// wrapsText reports whether a text node inside one of n's child elements (at any depth, not
// n's own text) is s once trimmed: a name in an element of its own (a link to the user's
// page), not in the lead-in's text.
func wrapsText(n *html.Node, s string) bool {
	found := false
	var walk func(*html.Node, int)
	walk = func(p *html.Node, depth int) {
		for c := p.FirstChild; c != nil && !found && depth < maxFactDepth; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && p != n:
				found = strings.TrimSpace(c.Data) == s
			case c.Type == html.ElementNode:
				walk(c, depth+1)
			}
		}
	}
	walk(n, 0)
	return found
}
