package meta

import (
	"iter"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dates"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/urls"
	"golang.org/x/net/html"
)

// Page is what [Read] is given: the parsed page and what the extractor already knows of it.
type Page struct {
	// Doc is the parsed page; it is only read.
	Doc *html.Node
	// URL is the page's address, when known.
	URL string
	// Fetched is when the page was fetched, when known: relative dates ("3 days ago") are
	// read against it, and left out without it.
	Fetched time.Time
	// Title is the headline the extractor chose: it finds the JSON-LD item that matches, and
	// the part of <title> that names the site.
	Title string
	// Text yields the text of the kept blocks in order, for the script fallback of Language.
	// It may be nil.
	Text iter.Seq[string]
	// Facts is what [Collect] gathered from Doc, when the caller has them already; nil: Read
	// collects them.
	Facts *Facts
	// Story says the page is one story or post, not a listing, a forum thread or a shop page:
	// only then is a name beside the page's date, without a byline's class or lead-in, its
	// author (on a listing every card has one).
	Story bool
	// Forum says the page is a forum thread: the first post's user name is then its author.
	Forum bool
}

// Facts is what one walk of a page's tree gathers, its JSON-LD parsed: [Collect] makes it,
// [Facts.Titles] reads the title candidates from it before the headline is chosen,
// [Facts.ArticleBody] the JSON-LD body when no block is kept, and [Read] the metadata
// after, without a second walk.
type Facts struct {
	f  *pageFacts
	ld *jsonLD
}

// Collect walks doc once and gathers the facts that [Read] and [Facts.Titles] use.
func Collect(doc *html.Node) *Facts {
	f := collectFacts(doc)
	return &Facts{f: f, ld: parseJSONLD(f.jsonLD)}
}

// Metadata is what the page says about itself. The fields are those of the extractor's
// Metadata, whose doc comments say where each comes from; the correction notes are not
// here: they are content, which the extractor decides.
type Metadata struct {
	Authors      []string
	Published    string
	Modified     string
	SiteName     string
	Language     string
	CanonicalURL string
	Description  string
	Image        string
	Tags         []string
	Categories   []string
	// Base is the absolute URL that relative links resolve against: <base href> resolved
	// against the page URL, the page URL, or the canonical URL.
	Base string
}

// mainItemURL is the URL that picks the page's main JSON-LD item when it has several, the
// same for every field, the title and the body of last resort: the canonical URL (or
// og:url) resolved against the page, else the page's own URL.
func (fs *Facts) mainItemURL(pageURL string) string {
	base := urls.Base(pageURL, fs.f.baseHref)
	return dom.FirstNonEmpty(urls.Abs(base, dom.FirstNonEmpty(fs.f.canonical, fs.f.metaValue("og:url"))), pageURL)
}

// Read reads the page's metadata: one walk of the tree gathers the facts (head, JSON-LD,
// microdata, <time>, bylines), then each field takes the best source present.
func Read(p Page) Metadata {
	md, _ := read(p, fittedDateModel)
	return md
}

// DateOptions returns the days that the page's sources date it by, with their features, as
// [Read] gives them to its date model: what the model's training program learns from.
func DateOptions(p Page) []DateOption {
	_, opts := read(p, nil)
	return opts
}

// read is [Read] with the date model to choose the publication date among the page's
// candidate days (nil: the rules' date stands), and those candidates.
func read(p Page, model *DateModel) (Metadata, []DateOption) {
	if p.Facts == nil {
		p.Facts = Collect(p.Doc)
	}
	f, ld := p.Facts.f, p.Facts.ld
	var md Metadata
	base := urls.Base(p.URL, f.baseHref)
	md.CanonicalURL = urls.Abs(base, dom.FirstNonEmpty(f.canonical, f.metaValue("og:url")))
	main := ld.main(p.Facts.mainItemURL(p.URL), p.Title)
	if md.CanonicalURL == "" {
		md.CanonicalURL = urls.Abs(base, ld.str(main, "url"))
	}
	if base == nil && md.CanonicalURL != "" {
		base, _ = url.Parse(md.CanonicalURL)
	}
	if base != nil {
		md.Base = base.String()
	}
	host := pageHost(dom.FirstNonEmpty(p.URL, md.CanonicalURL))
	homes := f.homeNames(host)
	md.SiteName = pickSiteName(f, ld, main, p.Title, homes)
	md.Language = pickLanguage(f, ld, main, p.Title, p.Text)
	dc := dateContext{dayFirst: dates.DayFirst(md.Language), fetched: p.Fetched, headline: f.titleHeadingAt(p.Title)}
	var firm bool
	local := &localStamps{stamps: dateStamps(f, ld, main)}
	md.Published, md.Modified, firm = pickDates(f, ld, main, dc, local, p.URL, md.CanonicalURL)
	md.Published = shownLocal(md.Published, f, dc.dayFirst)
	published, reread := pageDateOrder(f, md.Published, dc.dayFirst)
	md.Published = published
	if md.Published == "" && p.Forum {
		// A thread that nothing else dates is as old as its first post.
		md.Published, _ = dates.Line(f.postDate, dc.dayFirst)
	}
	opts := dateOptions(dateCandidates(f, ld, main, dc, p.URL, md.CanonicalURL), md.Published, firm, p.Story, local, f.headlineAt(p.Title))
	// A sentence that says when the text was first published settles it, and so does a
	// numeric date that the page's other dates read the other way round (the candidates read
	// it as the language does): the model does not choose.
	if _, said := dates.Original(f.originalDate, dc.dayFirst); said || reread {
		model = nil
	}
	if i := model.Choose(opts); i >= 0 && opts[i].Features[FeatRule] == 0 {
		md.Published = opts[i].Value
	}
	md.Authors = pickAuthors(f, ld, main, md.SiteName, host, dateLine{story: p.Story, published: md.Published, dayFirst: dc.dayFirst}, p.Forum)
	md.Description = decodeEscapedProse(unescapeTwice(dom.FirstNonEmpty(f.metaValue("description", "og:description", "twitter:description",
		"dc.description", "dcterms.description"), ld.str(main, "description"), f.microValue("description"))))
	md.Image = pickImage(f, ld, main, base)
	md.Tags = firstList(ld.list(main["keywords"], true), f.meta["article:tag"], f.relTags,
		splitList(f.metaValue("news_keywords", "keywords", "parsely-tags", "sailthru.tags")), splitList(f.microValue("keywords")))
	md.Categories = firstList(ld.list(main["articleSection"], false), f.meta["article:section"], f.relCats,
		f.meta["parsely-section"], f.micro["articlesection"])
	return md, opts
}

// decodeEscapedProse decodes a text written as a URL component ("An%20elegant%20sofa%20with..."),
// as some shops put their descriptions in JSON-LD: a value with no space and at least
// minEscapedSpaces "%20"s. One whose escapes do not decode to UTF-8 text is no text: "".
// Any other value comes back as it is.
func decodeEscapedProse(s string) string {
	if strings.Contains(s, " ") || strings.Count(s, "%20") < minEscapedSpaces {
		return s
	}
	d, err := url.PathUnescape(s)
	if err != nil || !utf8.ValidString(d) {
		return ""
	}
	return dom.Collapse(d)
}

// unescapeTwice decodes HTML entities left in a value that the page escaped twice ("&amp;hellip;").
func unescapeTwice(s string) string {
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		return html.UnescapeString(s)
	}
	return s
}

// metaValue returns the first value of the first of keys present in the page's meta tags.
func (f *pageFacts) metaValue(keys ...string) string {
	for _, k := range keys {
		for _, v := range f.meta[k] {
			if v = dom.Collapse(v); v != "" {
				return v
			}
		}
	}
	return ""
}

// microValue returns the first microdata value of the first of props present.
func (f *pageFacts) microValue(props ...string) string {
	for _, p := range props {
		for _, v := range f.micro[strings.ToLower(p)] {
			if v = dom.Collapse(v); v != "" {
				return v
			}
		}
	}
	return ""
}

// authorMetaKeys are the meta tags that name authors, best first.
var authorMetaKeys = []string{
	"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl",
	"citation_author", "citation_authors", "og:article:author", "article.author", "cxenseparse:author",
}

// pickAuthors takes the authors from the first source that names any: JSON-LD, meta tags,
// Twitter's "Written by" label, microdata, rel=author links, visible bylines. A name that is
// the site's own (siteName, the publisher's) is no author: the next source is asked, and the
// site's name is returned only when no source names anyone else. On a story page a one-word
// name that the site's address spells (host; "Acme" on acme.com: the brand) gives way to an
// author's card that names a person.
func pickAuthors(f *pageFacts, ld *jsonLD, main ldNode, siteName, host string, dl dateLine, forum bool) []string {
	site := authorSiteKeys(ld, main, siteName)
	var siteOnly []string
	for a := range authorSources(f, ld, main, dl, forum, site) {
		trimmed := slices.Clone(a)
		for i, n := range trimmed {
			trimmed[i] = trimSiteSuffix(n, site)
		}
		names := slices.DeleteFunc(slices.Clone(trimmed), func(n string) bool { return site[dom.LooseKey(n)] })
		if len(names) > 0 {
			if shown := shownByline(f.bylines); dl.story && shown != nil && !bylinesName(f.bylines, names) && (len(f.bios) == 0 || !cardsName(f.bios, names)) {
				return shown
			}
			if dl.story && len(f.bios) > 0 && hostSpells(host, names) {
				if card := bioAuthor(f.bios); card != nil && !hostSpells(host, card) {
					return card
				}
			}
			return names
		}
		if siteOnly == nil {
			siteOnly = trimmed
		}
	}
	return siteOnly
}

// shownByline returns the names of the page's first visible line that opens with a byline's
// lead-in ("By Jane Doe", "Von Jana Schulz"), nil when none names anyone: on a story page
// the byline its readers see.
func shownByline(lines []string) []string {
	for _, line := range lines {
		if !opensByline(line) {
			continue
		}
		parts, role := splitByline(dom.Collapse(html.UnescapeString(line)))
		if names := cleanAuthors(parts, true); len(names) > 0 && !role {
			return names
		}
	}
	return nil
}

// cardsName reports whether the page's authors' cards (bios, see [bioAuthor]) name the one
// person names holds: a card confirms them over a shown "By" line that names someone else
// (a list's "by" lines, the books a page recommends).
func cardsName(bios, names []string) bool {
	card := bioAuthor(bios)
	return len(card) == 1 && len(names) == 1 && dom.LooseKey(card[0]) == dom.LooseKey(names[0])
}

// hostSpells reports whether names is one name of one word that is a label of host, the
// page's host ("Acme" on acme.com, blog.acme.com): the site's brand.
func hostSpells(host string, names []string) bool {
	if len(names) != 1 || strings.ContainsFunc(strings.TrimSpace(names[0]), unicode.IsSpace) {
		return false
	}
	k := dom.LooseKey(names[0])
	for label := range strings.SplitSeq(host, ".") {
		if k != "" && label == k {
			return true
		}
	}
	return false
}

// namesSeveral reports whether the page's byline lines name more than one person, each line
// its own: a list's "by" lines rather than the page's byline.
func namesSeveral(lines []string) bool {
	first := ""
	for _, line := range lines {
		parts, _ := splitByline(dom.Collapse(html.UnescapeString(line)))
		names := cleanAuthors(parts, true)
		if len(names) == 0 {
			continue
		}
		// A line's first name stands for it: co-authors on one line are one byline.
		switch k := dom.LooseKey(names[0]); {
		case first == "":
			first = k
		case k != first:
			return true
		}
	}
	return false
}

// widens reports whether the list of names more holds every name of names and more.
func widens(more, names []string) bool {
	if len(more) <= len(names) {
		return false
	}
	keys := make(map[string]bool, len(more))
	for _, m := range more {
		keys[dom.LooseKey(m)] = true
	}
	for _, n := range names {
		if !keys[dom.LooseKey(n)] {
			return false
		}
	}
	return true
}

// bylinesName reports whether one of names is written in one of the page's byline lines.
func bylinesName(lines, names []string) bool {
	for _, n := range names {
		k := dom.LooseKey(n)
		for _, line := range lines {
			if k != "" && strings.Contains(dom.LooseKey(line), k) {
				return true
			}
		}
	}
	return false
}

// trimSiteSuffix drops the site's name from the end of a name, where a byline's text ran
// the two together ("Brian Truitt USA TODAY"), and the one word that a byline's text ran on
// after the site's name ("Acme News Sponsored" -> "Acme News"; not a team's word: "Acme News
// Staff").
func trimSiteSuffix(name string, site map[string]bool) string {
	words := strings.Fields(name)
	for j := 1; j < len(words); j++ {
		if site[dom.LooseKey(strings.Join(words[j:], " "))] {
			return strings.TrimRight(strings.Join(words[:j], " "), " ,;:|·•-–—")
		}
	}
	// The site's name and one word run on from the next element ("Acme News Sponsored"):
	// the site's; but "Acme News Staff" is its newsroom's name.
	if n := len(words); n > 2 && !teamWords[strings.ToLower(words[n-1])] && site[dom.LooseKey(strings.Join(words[:n-1], " "))] {
		return strings.Join(words[:n-1], " ")
	}
	return name
}

// authorSiteKeys are the loose keys of the names the site gives itself: its site name and the
// main item's publisher.
func authorSiteKeys(ld *jsonLD, main ldNode, siteName string) map[string]bool {
	keys := map[string]bool{}
	for _, s := range []string{siteName, ld.name(main["publisher"])} {
		if k := dom.LooseKey(s); k != "" {
			keys[k] = true
		}
	}
	return keys
}

// authorSources yields the names of each source of authors that names any, best first.
func authorSources(f *pageFacts, ld *jsonLD, main ldNode, dl dateLine, forum bool, site map[string]bool) iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		try := func(a []string) bool { return len(a) == 0 || yield(a) }
		if main != nil && !try(cleanAuthors(ld.persons(firstPresent(main, "author", "creator")), false)) {
			return
		}
		// The meta tags: the first that names anyone, unless a later one lists more names
		// with all of its (one creator, then every author of a paper in citation_author).
		var metaNames []string
		for _, k := range authorMetaKeys {
			if a := cleanAuthors(f.meta[k], k == "byl"); metaNames == nil || widens(a, metaNames) {
				metaNames = a
			}
		}
		if !try(metaNames) {
			return
		}
		// Yoast: <meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe">.
		for _, i := range []string{"1", "2"} {
			if l := strings.ToLower(f.metaValue("twitter:label" + i)); strings.Contains(l, "written by") || strings.Contains(l, "author") {
				if !try(cleanAuthors(f.meta["twitter:data"+i], false)) {
					return
				}
			}
		}
		// A forum thread's first user name is its first post's author: a handle, written as
		// its owner likes ("chunix64"), so not held to a visible name's capitals. It comes
		// before microdata, whose first author item can be a quoted or a sidebar's post.
		if forum && f.poster != "" && !try(firstPoster(f)) {
			return
		}
		// Microdata: only the first author item. On a forum or Q&A page every post has one, and
		// the page's author is the first post's. An item whose text opens with a lead-in is a
		// byline as shown ("By Jane Doe Senior Reporter"), read as one.
		for _, p := range microAuthorProps {
			if len(f.micro[p]) > 0 && !try(cleanAuthors(f.micro[p][:1], opensByline(f.micro[p][0]))) {
				return
			}
		}
		if !try(cleanAuthors(f.relAuthors, true)) || !try(cleanAuthors([]string{f.authorLink}, true)) {
			return
		}
		// An author's card ("<h3>Jane Doe</h3><p>Jane is ...") on a story page, before
		// bylines that name several people: a list's ("by" lines of the books it recommends).
		if dl.story && len(f.bios) > 0 && namesSeveral(f.bylines) && !try(bioAuthor(f.bios)) {
			return
		}
		if !try(bylineAuthors(f.bylines, site)) || f.handle != "" && !try([]string{f.handle}) {
			return
		}
		if !try(dl.authors(f.dateLines)) || !try(dl.namesBefore(f.namedDates)) {
			return
		}
		if !try(dl.authors(f.bareDates)) {
			return
		}
		// A date line that runs on to a byline ("March 15, 2022 · 3 min read · By Jane
		// Doe"), held to a story page as the date lines above.
		if dl.story && !try(bylineAuthors(f.datedBylines, site)) {
			return
		}
		// A user name (class username) on a page not judged a forum: a thread read as one
		// story. Only a handle: such a class also marks form fields and shop feedback.
		if !forum && isHandle(f.poster) && !try(firstPoster(f)) {
			return
		}
		// An author's card ("<h3>Jane Doe</h3><p>Jane is ...") on a story page, last.
		if dl.story && !try(bioAuthor(f.bios)) {
			return
		}
		// Last, an author that the metadata gives only as an e-mail address, as the site
		// shows it ("jdoe@example.com").
		if main != nil && !try(mailAuthors(ld.persons(firstPresent(main, "author", "creator")))) {
			return
		}
		try(mailAuthors(f.meta["author"]))
	}
}

// dateLine is what reading a name off a date line needs: whether the page is one story (see
// [Page.Story]), its publication date, and whether its language writes the day first.
type dateLine struct {
	story     bool
	published string
	dayFirst  bool
}

// authors reads the name in the first of the page's date lines (lines) when the line opens
// with the page's own publication date and a name of two or three words follows it: "Dec 17,
// 2025 · Julian K. Arni", a byline without a byline's class or lead-in. A line with another
// date dates a teaser or a comment; one word after a date is more often a section ("March 3,
// 2025 · Technology") than a name; date lines naming other people make a list.
func (dl dateLine) authors(lines []string) []string {
	if !dl.story || len(lines) == 0 || len(dl.published) < len("2006-01-02") {
		return nil
	}
	line := dom.Collapse(html.UnescapeString(lines[0]))
	if dates.IndexWithin(line, 0) != 0 || dates.IsUpdate(line) {
		return nil
	}
	if d, ok := dates.Line(line, dl.dayFirst); !ok || len(d) < 10 || d[:10] != dl.published[:10] {
		return nil
	}
	names := dateLineNames(line)
	if names == nil {
		return nil
	}
	// Date lines with other names after the first are a list of cards (news mentions, posts
	// by several people), whatever the page's kind.
	for _, other := range lines[1:] {
		if o := dateLineNames(dom.Collapse(html.UnescapeString(other))); o != nil && !slices.Equal(o, names) {
			return nil
		}
	}
	return names
}

// namesBefore reads the name that opens the first of lines when the line ends with the page's
// own publication date: "Aaron Ricadela | Senior Writer | July 2, 2025", the date-last order of
// [dateLine.authors]'s lines, held to the same rules (a story page, a name of two or three
// words, no other line naming other people).
func (dl dateLine) namesBefore(lines []string) []string {
	if !dl.story || len(lines) == 0 || len(dl.published) < len("2006-01-02") {
		return nil
	}
	names := namedDateNames(lines[0], dl)
	if names == nil {
		return nil
	}
	for _, other := range lines[1:] {
		if o := namedDateNames(other, dateLine{story: true, published: "", dayFirst: dl.dayFirst}); o != nil && !slices.Equal(o, names) {
			return nil
		}
	}
	return names
}

// namedDateNames returns the names of two or three words each in the first part of a line
// that ends with a date, when that date is dl.published's day (any day when dl.published is
// empty); nil otherwise.
func namedDateNames(line string, dl dateLine) []string {
	line = dom.Collapse(html.UnescapeString(line))
	segs := bylineSegments(line)
	if len(segs) < 2 {
		return nil
	}
	d, ok := dates.Line(strings.TrimSpace(segs[len(segs)-1]), dl.dayFirst)
	if !ok || len(d) < 10 || dl.published != "" && d[:10] != dl.published[:10] {
		return nil
	}
	names := cleanAuthors([]string{strings.TrimSpace(segs[0])}, true)
	if len(names) == 0 {
		return nil
	}
	for _, n := range names {
		if w := len(strings.Fields(n)); w < 2 || w > 3 {
			return nil
		}
	}
	return names
}

// dateLineNames returns the names of two or three words each that follow the date opening
// line, or nil.
func dateLineNames(line string) []string {
	if dates.IndexWithin(line, 0) != 0 {
		return nil
	}
	names := cleanAuthors([]string{line}, true)
	for _, n := range names {
		if w := len(strings.Fields(n)); w < 2 || w > 3 {
			return nil
		}
	}
	return names
}

// bylineAuthors reads the visible bylines: the names of the first that names an author;
// names credited for a role ("Photos by") only when no line names an author. A line whose
// first names are only the site's (site: its loose keys, see [authorSiteKeys]) gives the
// names of its first later part that names someone else, when one does (the company's
// author card, then the person's, read as one line).
func bylineAuthors(lines []string, site map[string]bool) []string {
	var credited []string
	for _, line := range lines {
		parts, role := splitByline(dom.Collapse(html.UnescapeString(line)))
		names := cleanAuthors(parts, true)
		if len(names) > 0 && onlySite(names, site) {
			if other := afterSite(line, site); other != nil {
				names = other
			}
		}
		switch {
		case len(names) == 0:
		case !role:
			return names
		case credited == nil:
			credited = names
		}
	}
	return credited
}

// firstPoster returns a forum thread's first poster: the first user name (f.poster), unless
// that name is only in a later post's byline line than the first one ("by Jane Doe » Tue Aug
// 27, 2019", then "by jdoe42 » ..."): the user-name class marked a reply's poster, and the
// first byline's names are the opening post's.
func firstPoster(f *pageFacts) []string {
	poster := cleanAuthors([]string{f.poster}, false)
	if len(poster) == 0 && isMailHandle(dom.Collapse(f.poster)) {
		// A user name that is the member's e-mail address, shown as the forum shows it.
		poster = []string{dom.Collapse(f.poster)}
	}
	if len(poster) == 0 {
		return poster
	}
	k := dom.LooseKey(poster[0])
	for i, line := range f.bylines {
		if !opensByline(line) {
			continue
		}
		names := cleanAuthors([]string{line}, true)
		if len(names) == 0 || strings.Contains(dom.LooseKey(line), k) {
			return poster
		}
		for _, later := range f.bylines[i+1:] {
			if strings.Contains(dom.LooseKey(later), k) {
				return names
			}
		}
		return poster
	}
	return poster
}

// mailAuthors returns the values of raw that are e-mail addresses (see [isMailHandle]).
func mailAuthors(raw []string) []string {
	var out []string
	for _, r := range raw {
		if r = dom.Collapse(r); isMailHandle(r) {
			out = append(out, r)
		}
	}
	return out
}

// isMailHandle reports whether s is one word shaped like an e-mail address ("jdoe@example.com"):
// a forum may show a member's address as the user name.
func isMailHandle(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && strings.Count(s, "@") == 1 && strings.Contains(s[at:], ".") && isHandle(strings.Replace(s, "@", ".", 1))
}

// onlySite reports whether every name of names is the site's own.
func onlySite(names []string, site map[string]bool) bool {
	return !slices.ContainsFunc(names, func(n string) bool { return !site[dom.LooseKey(n)] })
}

// afterSite returns the names of the first part of a byline line that names someone other
// than the site, nil when none does: "Acme | AI for clinics | Jane Doe | Research", the
// company's card, then the person's.
func afterSite(line string, site map[string]bool) []string {
	for _, seg := range bylineSegments(dom.Collapse(html.UnescapeString(line))) {
		if names := cleanAuthors([]string{seg}, true); len(names) > 0 && !onlySite(names, site) {
			return names
		}
	}
	return nil
}

// firstPresent returns the value of the first of keys that n has.
func firstPresent(n ldNode, keys ...string) any {
	for _, k := range keys {
		if v, ok := n[k]; ok && v != nil {
			return v
		}
	}
	return nil
}

// cleanAuthors turns raw author values into names. Values that are URLs, handles, e-mail
// addresses or sentences are dropped. visible marks text shown on the page (a byline): its
// "By" is stripped, it is cut at a date or separator, split at "and", and each name must
// be capitalized like a name; a value not shown that lists several names is split (see
// [nameList]).
func cleanAuthors(raw []string, visible bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range raw {
		r = dom.Collapse(html.UnescapeString(r))
		var parts []string
		if visible {
			parts, _ = splitByline(r)
		} else {
			parts = nameList(stripBylinePrefix(r, false))
		}
		for _, p := range parts {
			p = strings.Trim(p, " ,;:|·•-–—&")
			if !plausibleName(p, visible) || seen[strings.ToLower(p)] {
				continue
			}
			seen[strings.ToLower(p)] = true
			out = append(out, p)
		}
	}
	return out
}

// nameList splits a value not shown on the page into names when it is too long for one
// name and its parts at commas, semicolons and "and" are each a name of a few words: "Artur
// Ekert, Timothy Hosgood, Alastair Kay, Chiara Macchiavello" in one meta tag. A value that
// can be one name stays whole ("Berger, Emery D.", "Jane Doe, MD").
func nameList(s string) []string {
	if plausibleName(s, false) || !strings.ContainsAny(s, ",;") {
		return []string{s}
	}
	parts := []string{s}
	for _, sep := range append([]string{", ", ","}, nameSplitters...) {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	parts = joinCredentials(parts)
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
		if w := len(strings.Fields(parts[i])); w < 2 && !strings.Contains(parts[i], ", ") || w > maxVisibleNameWords || !plausibleName(parts[i], false) {
			return []string{s}
		}
	}
	return parts
}

// stripBylinePrefix strips a byline's lead-in words ("By", "von", "par", "Автор:"), as many
// as there are. In a value that is not shown on the page (visible false: a meta tag, JSON-LD),
// a lead-in that can also open a name ("Di Maio", "Von Trapp") is stripped only when written
// in lower case, and never when nothing would be left.
func stripBylinePrefix(s string, visible bool) string {
	for changed := true; changed; {
		changed = false
		low := strings.ToLower(s)
		for _, p := range bylinePrefixes {
			if !strings.HasPrefix(low, p) || len(low) == len(p) {
				continue
			}
			if !visible && !strings.HasPrefix(s, p) && !nameSafePrefixes[p] {
				continue // "Von Trapp" in a meta tag is a name
			}
			s, changed = strings.TrimSpace(s[len(p):]), true
			break
		}
	}
	return s
}

// plausibleName reports whether s can be a person's or organization's name. Visible text
// must also look like one: a few words, each capitalized or a name particle.
func plausibleName(s string, visible bool) bool {
	if s == "" || len(s) > maxNameChars {
		return false
	}
	low := strings.ToLower(s)
	if strings.Contains(low, "http:") || strings.Contains(low, "https:") || strings.Contains(low, "www.") ||
		strings.HasPrefix(s, "@") || strings.Contains(s, "@") && strings.Contains(s, ".") || strings.ContainsAny(s, "{}<>/=") {
		return false
	}
	words := strings.Fields(s)
	if len(words) > maxNameWords || !strings.ContainsFunc(s, unicode.IsLetter) || isIdentifier(s) || placeholderNames[low] {
		return false
	}
	if !visible {
		return true
	}
	if len(words) > maxVisibleNameWords || len(words) == 1 && facets[low] {
		return false // "By Category": a menu's facet
	}
	if strings.ContainsAny(s, ":*?!") {
		return false // a form label ("Your Name: *") or a sentence
	}
	if strings.ContainsAny(strings.Trim(s, breadcrumbMarks+" "), breadcrumbMarks) || isInitial(s) {
		return false // a breadcrumb ("Home » Services"), an initial alone ("K.")
	}
	for i, w := range words {
		r := []rune(w)
		// A name's words start with a capital, in scripts that have capitals, and with a
		// letter: "#review #tech" are tags.
		if unicode.IsLower(r[0]) && !nameParticles[w] && !(i == 0 && isTeamName(words)) || i == 0 && !unicode.IsLetter(r[0]) && !unicode.IsDigit(r[0]) {
			return false
		}
		// A month and a day is a date, not a name ("Dec. 19").
		if i+1 < len(words) && dates.IsMonth(strings.Trim(w, ".,")) && unicode.IsDigit([]rune(words[i+1])[0]) {
			return false
		}
		if dates.IsMonth(strings.Trim(w, ".,")) && len(words) == 1 {
			return false
		}
		if dates.IsWeekday(strings.Trim(w, ".,")) {
			return false
		}
	}
	return true
}

// isInitial reports whether s is one capital letter, with or without its period: "K.", "C".
func isInitial(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && strings.Trim(s[n:], ".") == ""
}

// isTeamName reports whether words name a team, its article first in lower case as a byline
// writes it: "the Acme Team", "the Editors", "die Redaktion".
func isTeamName(words []string) bool {
	if len(words) < 2 || !teamArticles[words[0]] {
		return false
	}
	return teamWords[strings.ToLower(strings.Trim(words[len(words)-1], ".,"))] || teamWords[strings.ToLower(words[1])]
}

// isIdentifier reports whether s is a template's unfilled field, not a name: one lower-case
// word of three or more parts joined by dots whose last part names the field
// ("page.head.extra.author", "post.author.display_name"). A user name may hold dots
// ("jane.doe", "jane.q.doe").
func isIdentifier(s string) bool {
	if strings.Count(s, ".") < 2 || strings.ContainsFunc(s, unicode.IsSpace) {
		return false
	}
	for _, r := range s {
		if !unicode.IsLower(r) && !unicode.IsDigit(r) && r != '.' && r != '_' {
			return false
		}
	}
	last := s[strings.LastIndexByte(s, '.')+1:]
	for _, w := range fieldNameParts {
		if strings.Contains(last, w) {
			return true
		}
	}
	return false
}

// fieldNameParts are the words of the name of a template's field that holds an author.
var fieldNameParts = []string{"author", "name", "byline", "creator", "writer", "user", "owner"}

// publishedMetaKeys and modifiedMetaKeys are the meta tags that give the dates, best first.
// "ms.date" is the date a documentation platform gives the article's current version (its
// "Last updated on" line shows the build's later date, an update's).
var (
	publishedMetaKeys = []string{
		"article:published_time", "og:published_time", "og:article:published_time", "article:published",
		"datepublished", "parsely-pub-date", "sailthru.date", "dcterms.issued", "dc.date.issued", "dcterms.date",
		"dc.date", "dcterms.created", "dc.date.created", "citation_publication_date", "citation_date",
		"pubdate", "publishdate", "publish-date", "publish_date", "published_time", "date", "article.published",
		"display-date", "original-publish-date", "release_date", "published-date", "publication-date", "publication_date",
		"ms.date",
	}
	modifiedMetaKeys = []string{
		"article:modified_time", "og:updated_time", "og:article:modified_time", "article:modified", "datemodified",
		"dcterms.modified", "dc.date.modified", "modified_time", "last-modified", "lastmod", "article.updated",
		"revised", "modified-date",
	}
)

// dateContext is what reading a visible date needs to know of the page: whether its language
// writes the day first ("10/11/2025"), when it was fetched ("3 days ago"), and where its
// headline is (the place of the <h1> that holds the headline, -1: none; see
// [pageFacts.titleHeadingAt]).
type dateContext struct {
	dayFirst bool
	fetched  time.Time
	headline int
}

// pickDates finds the publication and modification dates (see [Metadata.Published]). firm
// says that a rule preferred the date the page shows to the one its metadata gives (an
// earlier shown publication date, the one byline line that ends with a date): the date model
// then leaves the publication date as it is.
func pickDates(f *pageFacts, ld *jsonLD, main ldNode, dc dateContext, local *localStamps, urls ...string) (published, modified string, firm bool) {
	dayFirst := dc.dayFirst
	try := func(dst *string, vs ...string) {
		for _, v := range vs {
			if *dst != "" {
				return
			}
			if d, ok := dates.Normalize(v); ok {
				*dst = d
			}
		}
	}
	if main != nil {
		try(&published, ld.str(main, "datePublished"), ld.str(main, "dateCreated"), ld.str(main, "uploadDate"))
		try(&modified, ld.str(main, "dateModified"))
	}
	for _, k := range publishedMetaKeys {
		try(&published, f.meta[k]...)
	}
	for _, k := range modifiedMetaKeys {
		try(&modified, f.meta[k]...)
	}
	try(&published, f.micro["datepublished"]...)
	try(&published, f.micro["datecreated"]...)
	try(&modified, f.micro["datemodified"]...)
	var unknown []timeFact
	for _, t := range f.times {
		switch t.kind {
		case timePublished:
			try(&published, t.datetime)
		case timeModified:
			try(&modified, t.datetime)
		default:
			unknown = append(unknown, t)
		}
	}
	for _, u := range urls {
		if d, ok := dates.FromURL(u); ok && published == "" {
			published = d
		}
	}
	for _, t := range storyTimesFirst(unknown, dc.headline) {
		try(&published, t.datetime)
	}
	// Visible lines, where "10/11/2025" means what the page's language makes of it.
	tryLine := func(dst *string, line string) {
		if *dst == "" {
			if d, ok := dates.Line(line, dayFirst); ok {
				*dst = d
			}
		}
	}
	shownUpdate := ""
	for _, line := range f.dateLines {
		if dates.IsUpdate(line) {
			tryLine(&shownUpdate, line)
			tryLine(&modified, line)
		} else {
			tryLine(&published, line)
		}
	}
	// A byline that carries the date: "By Morag Flett, 3 March 2026".
	for i, line := range f.bylines {
		if !farFromHeadline(f.at.bylines[i], dc.headline) {
			tryLine(&published, line)
		}
	}
	// Last, the first line that is only a date, such as "April 8, 2024" under a headline.
	if len(f.bareDates) > 0 {
		tryLine(&published, f.bareDates[0])
	}
	// Relative dates ("3 days ago"), read against the fetch time when there is one.
	tryRelative := func(dst *string, line string) {
		if *dst == "" {
			*dst, _ = dates.Relative(line, dc.fetched)
		}
	}
	for _, line := range f.dateLines {
		if dates.IsUpdate(line) {
			tryRelative(&shownUpdate, line)
			tryRelative(&modified, line)
		} else {
			tryRelative(&published, line)
		}
	}
	for _, t := range f.times {
		tryRelative(&published, t.datetime)
	}
	// A page that dates itself only by its last update ("Last updated: November 13, 2025")
	// was published in that version on that day, as far as a reader can tell.
	if published == "" {
		published = shownUpdate
	}
	// The date the page shows as its publication date, when it is earlier than the one its
	// metadata gives: the metadata's is then a later republication or an edit's (a CMS
	// rewrites datePublished on edits), and readers go by the one they see. A date line far
	// from the headline is not the story's (a related story's card, a sidebar's list).
	if shown, at := shownPublished(f, dayFirst); len(shown) >= 10 && !farFromHeadline(at, dc.headline) && len(published) >= 10 && shown[:10] < published[:10] && !dates.Swapped(shown, published) {
		published, firm = shown, true
	}
	// The page's one byline line that ends with a date ("Charlotte Gannon • November 4th, 2025")
	// dates the story as its readers see it, before or after the metadata's date.
	if len(f.namedDates) == 1 {
		segs := bylineSegments(f.namedDates[0])
		if d, ok := dates.Line(strings.TrimSpace(segs[len(segs)-1]), dayFirst); ok && len(d) >= 10 && len(published) >= 10 && d[:10] != published[:10] && !dates.Swapped(d, published) {
			published, firm = d, true
		}
	}
	// A sentence that says when the text was first published ("This article was originally
	// published on 26 Sep 2019 ...") dates it, whatever the metadata gives.
	if d, ok := dates.Original(f.originalDate, dayFirst); ok && len(d) >= 10 && (len(published) < 10 || d[:10] != published[:10]) {
		published, firm = d, true
	}
	return local.form(published), local.form(modified), firm
}

// dateStamps yields the page's machine-readable date stamps, for [localStamps]: its <time>
// elements, the main JSON-LD item's dates, the date meta tags.
func dateStamps(f *pageFacts, ld *jsonLD, main ldNode) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, t := range f.times {
			if !yield(t.datetime) {
				return
			}
		}
		if main != nil {
			for _, k := range []string{"datePublished", "dateModified"} {
				if !yield(ld.str(main, k)) {
					return
				}
			}
		}
		for _, keys := range [][]string{publishedMetaKeys, modifiedMetaKeys} {
			for _, k := range keys {
				for _, v := range f.meta[k] {
					if !yield(v) {
						return
					}
				}
			}
		}
	}
}

// shownPublished returns the publication date the page shows: a <time> marked as the
// publication's (pubdate, itemprop, class), else its first date line that is not an update's;
// and the line's place in the page (-1 for a <time>, whose mark says it is the publication's).
// "" when it shows none.
func shownPublished(f *pageFacts, dayFirst bool) (string, int) {
	for _, t := range f.times {
		if t.kind == timePublished {
			if d, ok := dates.Normalize(t.datetime); ok {
				return d, -1
			}
		}
	}
	for i, line := range f.dateLines {
		if !dates.IsUpdate(line) {
			if d, ok := dates.Line(line, dayFirst); ok {
				return d, f.at.dateLines[i]
			}
			return "", -1
		}
	}
	return "", -1
}

// storyTimesFirst orders the page's unmarked <time>s (ts, in page order) for the publication
// date: in page order, but when the first is far from the headline's <h1> at headline (a news
// strip's, a sidebar's) and another is not, the one nearest the headline comes first.
func storyTimesFirst(ts []timeFact, headline int) []timeFact {
	if len(ts) < 2 || !farFromHeadline(ts[0].at, headline) {
		return ts
	}
	near := -1
	for i, t := range ts {
		if t.at >= 0 && !farFromHeadline(t.at, headline) && (near < 0 || abs(t.at-headline) < abs(ts[near].at-headline)) {
			near = i
		}
	}
	if near < 0 {
		return ts
	}
	return append([]timeFact{ts[near]}, ts...)
}

// farFromHeadline reports whether the element at place at (-1: none) is more than
// maxHeadlineGap elements from the headline's <h1> at headline (-1: none).
func farFromHeadline(at, headline int) bool {
	return at >= 0 && headline >= 0 && abs(at-headline) > maxHeadlineGap
}

// localStamps reads the page's date stamps (see [dateStamps]) once, when a date first needs
// them, and keeps those written with a time of day and an offset other than UTC's.
type localStamps struct {
	stamps iter.Seq[string]
	read   bool
	list   []localStamp
}

// localStamp is one of the page's stamps in a local time: as normalized, and the instant.
type localStamp struct {
	text string
	at   time.Time
}

// form returns the date-time d written in the publisher's own time zone when another of the
// page's stamps gives the same instant with an offset other than UTC's: a CMS often writes
// JSON-LD in UTC and the page's <time> in local time, and near midnight the two fall on
// different days; the reader sees, and the byline means, the local one. d otherwise.
func (l *localStamps) form(d string) string {
	if !isUTCStamp(d) {
		return d
	}
	at, ok := dates.ParseISO(d)
	if !ok {
		return d
	}
	if !l.read {
		l.read = true
		for s := range l.stamps {
			n, ok := dates.Normalize(s)
			if !ok || len(n) <= len("2006-01-02T15:04:05") || isUTCStamp(n) {
				continue
			}
			if t, ok := dates.ParseISO(n); ok {
				l.list = append(l.list, localStamp{text: n, at: t})
			}
		}
	}
	for _, s := range l.list {
		if s.at.Sub(at).Abs() < time.Minute {
			return s.text
		}
	}
	return d
}

// shownLocal returns the date-time d, one in UTC or with no offset (read as UTC), written in
// the page's own time when a line it shows (a date line, a byline, a bare date, the first
// post's) gives the same instant on another day: the day before or after, a time of day with
// the same minute, an offset of whole hours of at most maxLocalOffsetHours. A forum's JSON-LD
// says "2026-02-15T03:05:48" where its first post shows "Feb 14, 2026 | 9:05 pm": the reader's
// day is the 14th. d otherwise.
func shownLocal(d string, f *pageFacts, dayFirst bool) string {
	if len(d) <= len("2006-01-02") || !isUTCStamp(d) && len(d) != len("2006-01-02T15:04:05") {
		return d
	}
	at, ok := dates.ParseISO(d)
	if !ok {
		return d
	}
	// The first shown line whose time of day has the stamp's minute decides.
	try := func(line string) (string, bool) {
		h, m, ok := dates.Clock(line)
		if !ok || m != at.Minute() {
			return "", false
		}
		day, ok := dates.TextDay(line, dayFirst)
		if !ok {
			return "", false
		}
		t, err := time.Parse(time.DateOnly, day[:10])
		if err != nil || day[:10] == d[:10] {
			return d, true
		}
		shown := time.Date(t.Year(), t.Month(), t.Day(), h, m, at.Second(), 0, time.UTC)
		offset := shown.Sub(at)
		if offset%time.Hour != 0 || offset.Abs() > maxLocalOffsetHours*time.Hour {
			return d, true
		}
		return at.In(time.FixedZone("", int(offset/time.Second))).Format(time.RFC3339), true
	}
	for _, lines := range [][]string{f.dateLines, f.bylines, f.bareDates, {f.postDate}} {
		for _, l := range lines {
			if v, ok := try(l); ok {
				return v
			}
		}
	}
	return d
}

// isUTCStamp reports whether d is a date-time in UTC ("Z" or "+00:00").
func isUTCStamp(d string) bool {
	return len(d) > len("2006-01-02") && (strings.HasSuffix(d, "Z") || strings.HasSuffix(d, "+00:00"))
}

// pickSiteName takes og:site_name, the JSON-LD publisher or WebSite name, other meta tags,
// the part of <title> that a link to the home page repeats (homes: those links' texts), or,
// last, the part of <title> that the headline does not account for ("Headline | Site").
func pickSiteName(f *pageFacts, ld *jsonLD, main ldNode, title string, homes []string) string {
	if s := f.metaValue("og:site_name"); s != "" {
		return s
	}
	if main != nil {
		if s := ld.name(main["publisher"]); s != "" {
			return s
		}
	}
	if w := ld.first(dom.TokenSet("website")); w != nil {
		if s := ld.name(w["name"]); s != "" {
			return s
		}
	}
	if s := dom.FirstNonEmpty(f.metaValue("application-name", "apple-mobile-web-app-title", "dc.publisher", "dcterms.publisher", "publisher", "twitter:app:name:iphone"), f.microValue("publisher.name")); s != "" {
		return s
	}
	if s := homeTitlePart(f.pageTitle(), homes); s != "" {
		return s
	}
	return titleSiteName(f.pageTitle(), title)
}

// titleSiteName returns the short part of a "Headline | Site" title that is not the headline.
func titleSiteName(pageTitle, headline string) string {
	hk := dom.LooseKey(headline)
	for _, sep := range dom.TitleSeparators {
		parts := strings.Split(pageTitle, sep)
		if len(parts) < 2 {
			continue
		}
		first, last := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[len(parts)-1])
		for _, cand := range []string{last, first} {
			if k := dom.LooseKey(cand); k != "" && k != hk && !strings.Contains(hk, k) && len(strings.Fields(cand)) <= 4 {
				return cand
			}
		}
	}
	return ""
}

// pickImage takes og:image, twitter:image, the JSON-LD image, microdata or link rel=image_src,
// made absolute; data: and javascript: URLs are never returned.
func pickImage(f *pageFacts, ld *jsonLD, main ldNode, base *url.URL) string {
	cands := []string{f.metaValue("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src")}
	if main != nil {
		cands = append(cands, ld.str(main, "image", "thumbnailUrl"))
	}
	cands = append(cands, f.microValue("image"), f.imageSrc)
	for _, c := range cands {
		if u := urls.Abs(base, c); u != "" {
			return u
		}
	}
	return ""
}

// splitList splits a comma-separated meta value ("a, b, c").
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// firstList returns the first of lists that has a usable item, its items trimmed, blank
// and over-long ones dropped, duplicates removed without regard to case.
func firstList(lists ...[]string) []string {
	for _, l := range lists {
		var out []string
		seen := map[string]bool{}
		for _, s := range l {
			s = dom.Collapse(html.UnescapeString(s))
			if s == "" || len(s) > maxLineChars || seen[strings.ToLower(s)] || len(out) >= maxListItems {
				continue
			}
			seen[strings.ToLower(s)] = true
			out = append(out, s)
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}
