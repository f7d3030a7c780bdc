package extractor

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/meta"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pickTitle chooses the headline from the page's title metadata (t) and its headings. A
// heading that is a metadata title whole wins (an <h1> or <h2>, else an <h3>: the story's
// headline under a section's name); then a heading that a metadata title holds,
// the title sources taken in the page's order of preference (see titleRefs) and, for one
// source, the heading that covers most of it (an <h1> holding the site's name loses to the
// <h2> holding the story's); then a headline styled without a heading tag that a metadata
// title starts with; then the page's one visible <h1> (an <h1> in a dialog, a newsletter's
// pop-up, does not count); then, when every <h1> is the site's name, the <h2> classed as the
// entry's title; then an <h1>, however short, that is
// the first part of a metadata title, or the page's first <h1> whose words open that part
// ("Headlamps" for "Headlamps for Camping & Hiking | Shop"); last the preferred metadata title, less its site-name
// part (and a host name it opens with). A heading that repeats
// the site's chrome (its name, the name that pageURL's host reads, a link to its home page)
// is never the title, but for a heading that links to the page itself. On a service page
// (kind), and on any page when it ends with a period, the lone <h1> that no metadata title
// agrees with is a slogan ("Payday, minus the panic."), not the page's name: the metadata
// title wins there. A title that only says "Home" ("Startseite", "Accueil") gives way to the
// site's name.
func pickTitle(t meta.Titles, blocks []*block.Block, kind PageType, pageURL string) string {
	page, _ := url.Parse(pageURL) // nil when pageURL is no address
	title := pickHeadline(t, blocks, kind, page)
	// "Home" names no page: on a site's home page the site's name is its headline.
	if block.HomeTitles[strings.ToLower(title)] {
		if name := dom.FirstNonEmpty(append(slices.Clone(t.SiteNames), t.PageSite)...); name != "" {
			return name
		}
	}
	return title
}

// resultTitle is the Result's title for the chosen one, title, on a page of kind: its
// mojibake repaired (see [dom.RepairMojibake]), the invisible hyphenation and word-joining
// marks the page set in it left out (see dropInvisible), on a listing or collection the count of
// its items after the name dropped ("Best Books Ever (77141 books)") and on a product page the
// variant after the product's name ("Cold Brew Concentrate | 500 ml": see trimVariant). The
// chosen title itself stays as the page shows it, to find the headline's element.
func resultTitle(title string, kind PageType) string {
	title = trimNumberLead(dropInvisible(decodeLeftoverReferences(dom.RepairMojibake(title))), kind)
	switch kind {
	case PageCollection, PageListing:
		return trimItemCount(title)
	case PageProduct:
		return trimVariant(title)
	}
	return title
}

// trimVariant returns a product's name less the variant that its title gives after the last
// separator (" | ", " - ", " – ", " — "): a part of at most maxVariantWords words that holds a
// digit, the product's size, count, capacity or edition ("Trail Socks - 3 Pack", "Cold Brew
// Concentrate | 500 ml", "Wanderrucksack Alpin – 30 Liter"). The name before it must hold a
// letter. A last part without a digit ("Linen Shirt - Navy") may be the name's own words, and
// a title with several separators keeps all but its last part.
func trimVariant(title string) string {
	cut, sepLen := -1, 0
	for _, sep := range dom.TitleSeparators[:4] { // the spaced bar and dashes
		if i := strings.LastIndex(title, sep); i > cut {
			cut, sepLen = i, len(sep)
		}
	}
	if cut <= 0 {
		return title
	}
	name, variant := strings.TrimSpace(title[:cut]), strings.TrimSpace(title[cut+sepLen:])
	if len(strings.Fields(variant)) > maxVariantWords || strings.IndexFunc(variant, unicode.IsDigit) < 0 ||
		strings.IndexFunc(name, unicode.IsLetter) < 0 {
		return title
	}
	return name
}

// trimNumberLead returns title, the title of a page of kind, less a bare number that opens
// it before a spaced bar or dash: a lesson's, chapter's or episode's number of at most
// maxNumberLeadDigits digits ("15 - Tutorial: Sweep and Loft"), or on a forum a thread's
// label of up to four, a year ("2024 - Pros & Cons of Travel Agents"). The rest opens with a
// letter and has at least minNumberLeadRest words: a name that is a number ("1984 - George
// Orwell", "2024 - 2025 Season") stays.
func trimNumberLead(title string, kind PageType) string {
	most := maxNumberLeadDigits
	if kind == PageForum {
		most = 4
	}
	i := 0
	for i < len(title) && i <= most && title[i] >= '0' && title[i] <= '9' {
		i++
	}
	if i == 0 || i > most {
		return title
	}
	for _, sep := range dom.TitleSeparators[:4] { // the spaced bar and dashes
		if !strings.HasPrefix(title[i:], sep) {
			continue
		}
		rest := strings.TrimSpace(title[i+len(sep):])
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) && len(strings.Fields(rest)) >= minNumberLeadRest {
			return rest
		}
	}
	return title
}

// dropInvisible returns title without the marks a browser does not show in a line that it
// does not break: soft hyphens ("Assis\u00adtance", set for hyphenation), zero-width spaces,
// word joiners and byte-order marks. A zero-width joiner or non-joiner, which changes how
// the letters around it are drawn (Persian, emoji sequences), stays.
func dropInvisible(title string) string {
	if !strings.ContainsAny(title, invisibleMarks) {
		return title
	}
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(invisibleMarks, r) {
			return -1
		}
		return r
	}, title)
}

// invisibleMarks are the characters dropInvisible leaves out: soft hyphen, zero-width space,
// word joiner, zero-width no-break space (byte-order mark).
const invisibleMarks = "\u00ad\u200b\u2060\ufeff"

// decodeLeftoverReferences decodes the character references a title still holds after the
// page's own were decoded: a title escaped twice by its page ("SQL &amp;#x26; AI" in the
// markup reads "SQL &#x26; AI") says "SQL & AI" to its reader. Only whole references, ended by
// a semicolon, are decoded ("&#38;", "&#x26;", "&amp;"); a bare ampersand ("R&D", "Tom &
// Jerry") and a name without its semicolon ("&note") stay as they are.
func decodeLeftoverReferences(title string) string {
	if !strings.Contains(title, "&") {
		return title
	}
	var b strings.Builder
	rest := title
	for {
		i := strings.IndexByte(rest, '&')
		if i < 0 {
			break
		}
		end := referenceEnd(rest[i+1:])
		if end < 0 {
			b.WriteString(rest[:i+1])
			rest = rest[i+1:]
			continue
		}
		ref := rest[i : i+1+end+1]
		b.WriteString(rest[:i])
		b.WriteString(html.UnescapeString(ref))
		rest = rest[i+1+end+1:]
	}
	if b.Len() == 0 {
		return title
	}
	b.WriteString(rest)
	return b.String()
}

// referenceEnd returns the index of the semicolon that ends a character reference at the start
// of s (the text after an ampersand): "#" and decimal digits, "#x" and hex digits, or a name of
// letters and digits opening with a letter, up to 32 bytes; -1 when s opens no such reference.
func referenceEnd(s string) int {
	i, digits := 0, func(c byte) bool { return c >= '0' && c <= '9' }
	switch {
	case strings.HasPrefix(s, "#x") || strings.HasPrefix(s, "#X"):
		i = 2
		digits = func(c byte) bool { return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'f' }
	case strings.HasPrefix(s, "#"):
		i = 1
	case s != "" && (s[0]|0x20 >= 'a' && s[0]|0x20 <= 'z'):
		digits = func(c byte) bool { return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' }
	default:
		return -1
	}
	start := i
	for i < len(s) && i < 32 && digits(s[i]) {
		i++
	}
	if i == start || i >= len(s) || s[i] != ';' {
		return -1
	}
	return i
}

// trimItemCount drops the count of a listing's items that follows its name in parentheses:
// "Best Books Ever (77141 books)", "Fitness Equipment (102+)", "Schuhe (1.245 Artikel)" ->
// the name. A parenthesis that holds anything else than a number, with a "+" or grouped
// digits when alone, and one word stays: "Windows (32-bit)", "Squad (2024)".
func trimItemCount(title string) string {
	t := strings.TrimSpace(title)
	if !strings.HasSuffix(t, ")") {
		return title
	}
	open := strings.LastIndexByte(t, '(')
	if open <= 0 {
		return title
	}
	words := strings.Fields(t[open+1 : len(t)-1])
	if len(words) == 0 || len(words) > 2 {
		return title
	}
	num := strings.TrimSuffix(words[0], "+")
	if num == "" || strings.Trim(num, "0123456789.,") != "" || len(words) == 2 && !isCountNoun(words[1]) {
		return title
	}
	// A lone number is a count only with a "+" or digits grouped for thousands; "(2024)" is
	// more often a year or an edition.
	if len(words) == 1 && num == words[0] && !strings.ContainsAny(num, ".,") {
		return title
	}
	if name := strings.TrimSpace(t[:open]); len(strings.Fields(name)) > 0 {
		return name
	}
	return title
}

// isCountNoun reports whether w can name what a listing counts: a word of letters only
// ("books", "Artikel", "produits").
func isCountNoun(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// pickHeadline is pickTitle before a title that only says "Home" is replaced; page is the
// page's address (nil when it has none).
func pickHeadline(t meta.Titles, blocks []*block.Block, kind PageType, page *url.URL) string {
	refs := titleRefs(t)
	site := siteNameKeys(t) // a heading that repeats the site part of <title> is no headline
	named := siteKeys(t)    // the names the page gives itself, without <title>'s last part
	hosts := hostKeys(page) // the names its host reads
	var heads []*block.Block
	var keys []string   // the heads' loose keys
	var chrome []string // the texts of the headings that are the site's chrome
	chromeH1 := false   // an <h1> is one of them
	for _, b := range blocks {
		if b.Kind != view.Heading || b.Level > maxTitleHeadingLevel || b.Chars < minTitleHeadingChars {
			continue
		}
		// A heading that links to the page itself is its headline (a forum's thread title), even
		// when the <title> gives it last, where a site's name stands.
		if k := dom.LooseKey(b.Text); linksSelf(b, page) || !isChromeHeading(b, k, site) && !slices.Contains(hosts, k) {
			heads, keys = append(heads, b), append(keys, k)
		} else {
			chrome = append(chrome, b.Text)
			chromeH1 = chromeH1 || b.Level == 1
		}
	}
	// A heading that is a metadata title whole, whichever source gives it: a heading that
	// only a source the page prefers holds in part (an <h2> of the story under its <h1>) is a
	// weaker agreement.
	refKeys := make([]string, len(refs))
	for i, ref := range refs {
		refKeys[i] = dom.LooseKey(ref)
		if j := slices.Index(keys, refKeys[i]); j >= 0 && keys[j] != "" {
			return trimSiteTail(headingText(heads[j]), named)
		}
	}
	// With none, a deeper heading that is one (the story's headline in an <h3> under a
	// section's name in the <h1>).
	if h := deepWholeTitle(blocks, refKeys, site); h != nil {
		return trimSiteTail(headingText(h), named)
	}
	for ri, ref := range refs {
		lref := refKeys[ri]
		var best *block.Block
		bestLen := 0
		for i, h := range heads {
			if k := keys[i]; k != "" && len(k) > bestLen && 10*len(k) >= minH1TitleTenths*len(lref) && strings.Contains(lref, k) {
				best, bestLen = h, len(k)
			}
		}
		if best != nil {
			if whole := wholeHeadline(blocks, best, ref, site); whole != "" {
				return whole
			}
			return trimSiteTail(headingText(best), named)
		}
	}
	// A headline styled without a heading tag (<div class="title">, common on Chinese and
	// government sites): a short line with no links that the head title starts with.
	for _, lref := range refKeys {
		for _, b := range blocks {
			// The block must be at least 40% of the title's key, which is no longer than the title.
			if !isTitleLine(b) || 10*len(b.Text) < minStyledTitleTenths*len(lref) {
				continue
			}
			if k := dom.LooseKey(b.Text); k != "" && strings.HasPrefix(lref, k) && 10*len(k) >= minStyledTitleTenths*len(lref) {
				return b.Text
			}
		}
	}
	// No heading agrees with the metadata: the page's one visible <h1> is what readers see as
	// the headline; with none or several, the metadata title, less its site-name part.
	var only *block.Block
	for _, h := range heads {
		if h.Level == 1 && !block.Under(h.El, block.SigChrome) && !inDialog(h.El.Node) {
			if only != nil {
				only = nil
				break
			}
			only = h
		}
	}
	if only != nil && len(strings.Fields(only.Text)) >= minH1Words && (kind != PageService && !strings.HasSuffix(strings.TrimSpace(only.Text), ".") || len(refs) == 0) {
		return trimSiteTail(headingText(only), named)
	}
	// Every <h1> is the site's name (a blog theme's logo): the one <h2> that the page classes
	// as its entry's title is the headline (several are the entries of a blog's index).
	if chromeH1 && !slices.ContainsFunc(heads, func(h *block.Block) bool { return h.Level == 1 }) {
		if h := entryTitle(heads); h != nil && len(strings.Fields(h.Text)) >= minH1Words {
			return trimSiteTail(headingText(h), named)
		}
	}
	// A short <h1> that is the first part of a metadata title, before its separator
	// ("Gardening" for "Gardening | Campus Weekly | Community College"): the page names
	// itself so, however short. The page's first <h1> may also be the first words of that
	// part ("Headlamps" for "Headlamps for Camping & Hiking | Outdoor Shop"): the title tag
	// says more of the same name; a later <h1> so short is more often a dialog's or a box's.
	for _, ref := range refs {
		parts := titleParts(ref)
		if len(parts) < 3 {
			continue // the title whole and one part: no separator
		}
		firstH1 := true
		for i, h := range heads {
			if h.Level != 1 || keys[i] == "" {
				continue
			}
			if dom.LooseKey(parts[1]) == keys[i] || firstH1 && headsTitlePart(parts[1], h.Text) {
				return trimSiteTail(headingText(h), named)
			}
			firstH1 = false
		}
	}
	if len(refs) > 0 {
		return trimHostName(trimSite(refs[0], site), append(chrome, t.SiteNames...))
	}
	return ""
}

// deepWholeTitle returns the first heading below the levels that pickHeadline reads, to
// maxWholeTitleHeadingLevel, whose loose key is one of refKeys (the metadata titles' keys) and
// that is not the site's chrome; nil when there is none.
func deepWholeTitle(blocks []*block.Block, refKeys []string, site map[string]bool) *block.Block {
	for _, b := range blocks {
		if b.Kind != view.Heading || b.Level <= maxTitleHeadingLevel || b.Level > maxWholeTitleHeadingLevel || b.Chars < minTitleHeadingChars {
			continue
		}
		if k := dom.LooseKey(b.Text); k != "" && slices.Contains(refKeys, k) && !isChromeHeading(b, k, site) {
			return b
		}
	}
	return nil
}

// trimHostName returns a metadata title less the host name it opens with, set apart by a
// space only ("example.net Slow Bread" gives "Slow Bread"), when that name is one the page
// gives itself (names: its chrome headings, a logo's link to home, and its site names) and
// reads as a host name ("example.com", not "Acme": a headline may open with the name of the
// site's maker). The rest must have two words or more.
func trimHostName(title string, names []string) string {
	for _, name := range names {
		name = strings.TrimSpace(name)
		i := strings.LastIndexByte(name, '.')
		if i <= 0 || strings.ContainsRune(name, ' ') || !isDomainSuffix(name[i+1:]) || len(title) <= len(name) {
			continue
		}
		if head := title[:len(name)]; strings.EqualFold(head, name) && title[len(name)] == ' ' {
			if rest := strings.TrimSpace(title[len(name):]); len(strings.Fields(rest)) >= minH1Words {
				return rest
			}
		}
	}
	return title
}

// wholeHeadline returns the metadata title ref, less its site-name part, when the heading h
// holds only a piece of it and the blocks beside h hold the rest: a headline split across
// elements ("<h1>The Open Journalism Project:</h1><p>Better Student Journalism</p>" for
// og:title "The Open Journalism Project: Better Student Journalism"). "" when h is the whole
// headline or its neighbours do not complete it.
func wholeHeadline(blocks []*block.Block, h *block.Block, ref string, site map[string]bool) string {
	want := trimSite(ref, site)
	wk, hk := dom.LooseKey(want), dom.LooseKey(h.Text)
	if wk == "" || hk == wk || !strings.Contains(wk, hk) {
		return ""
	}
	if completes(blocks, slices.Index(blocks, h), wk, site) {
		return want
	}
	return ""
}

// completes reports whether the heading blocks[i], with the line before it, after it, or
// both, reads key (a loose key): lines without links that are not the site's name (a logo
// beside the heading).
func completes(blocks []*block.Block, i int, key string, site map[string]bool) bool {
	if i < 0 {
		return false
	}
	for _, span := range [][2]int{{i, i + 1}, {i - 1, i}, {i - 1, i + 1}} {
		if span[0] < 0 || span[1] >= len(blocks) {
			continue
		}
		var sb strings.Builder
		for _, b := range blocks[span[0] : span[1]+1] {
			if b.Chars > maxStyledTitleChars || b != blocks[i] && (b.LinkChars > 0 || site[dom.LooseKey(b.Text)]) {
				sb.Reset()
				break
			}
			sb.WriteString(dom.LooseKey(b.Text))
		}
		if sb.Len() > 0 && sb.String() == key {
			return true
		}
	}
	return false
}

// titleRefs are the metadata titles in the order the page prefers them: OpenGraph and
// Twitter, the JSON-LD headline, Dublin Core and Parse.ly, then <title>; blank ones left out.
func titleRefs(t meta.Titles) []string {
	refs := make([]string, 0, len(t.Social)+len(t.Other)+2)
	refs = append(refs, t.Social...)
	refs = append(refs, t.Headline)
	refs = append(refs, t.Other...)
	refs = append(refs, t.Page)
	return slices.DeleteFunc(refs, func(s string) bool { return s == "" })
}

// siteKeys are the loose keys of the names the page gives itself.
func siteKeys(t meta.Titles) map[string]bool {
	keys := make(map[string]bool, len(t.SiteNames))
	for _, s := range t.SiteNames {
		if k := dom.LooseKey(s); k != "" {
			keys[k] = true
		}
		// "WRAL.com" names the site that its titles call "WRAL".
		if i := strings.LastIndexByte(s, '.'); i > 0 && isDomainSuffix(s[i+1:]) {
			if k := dom.LooseKey(s[:i]); k != "" {
				keys[k] = true
			}
		}
	}
	return keys
}

// siteNameKeys are siteKeys and the loose key of the site part of the page's <title>.
func siteNameKeys(t meta.Titles) map[string]bool {
	site := siteKeys(t)
	if k := dom.LooseKey(t.PageSite); k != "" {
		site[k] = true
	}
	return site
}

// isDomainSuffix reports whether s is the last label of a host name that a site's name may
// end with: "com", "org", "net", a country's two letters.
func isDomainSuffix(s string) bool {
	switch strings.ToLower(s) {
	case "com", "org", "net", "io", "co", "info", "news", "tv", "ai", "dev", "app":
		return true
	}
	return len(s) == 2 && strings.IndexFunc(s, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// isChromeHeading reports whether a heading (key: its loose key) repeats the site's chrome: the site's name, or a
// link to the site's home page (a logo in an <h1>). (A heading that repeats a navigation link
// is not chrome: the page's own entry in a menu has its headline's text.)
func isChromeHeading(b *block.Block, key string, site map[string]bool) bool {
	if site[key] {
		return true
	}
	return b.LinkChars == b.Chars && linksHome(b.El.Node)
}

// linksHome reports whether n is, or holds as its first link, a link to a site's home page:
// "/", or an absolute URL with no path.
func linksHome(n *html.Node) bool {
	a := n
	for a != nil && a.DataAtom != atom.A {
		next := a.FirstChild
		for next != nil && next.Type != html.ElementNode {
			next = next.NextSibling
		}
		a = next
	}
	if a == nil {
		return false
	}
	href := strings.TrimSpace(dom.Attr(a, "href"))
	if href == "/" {
		return true
	}
	u, err := url.Parse(href)
	return err == nil && u.Host != "" && strings.Trim(u.Path, "/") == "" && u.RawQuery == ""
}

// trimSite returns a metadata title less its site-name part: the parts that are a name the
// page gives itself are dropped, else the longest part is kept when it is long enough to be a
// headline (see trimSiteName).
func trimSite(t string, site map[string]bool) string {
	for _, sep := range dom.TitleSeparators {
		if !strings.Contains(t, sep) {
			continue
		}
		var keep []string
		for part := range strings.SplitSeq(t, sep) {
			if part = strings.TrimSpace(part); part != "" && !site[dom.LooseKey(part)] {
				keep = append(keep, part)
			}
		}
		if len(keep) == 1 {
			return keep[0]
		}
		break
	}
	// "Site: Headline", a blog platform's default title.
	if head, rest, ok := dom.CutSiteColon(t); ok && site[dom.LooseKey(head)] {
		return rest
	}
	return trimSiteName(t)
}

// trimSiteTail returns a heading's text less its last part when that part is a name the page
// gives itself: a headline that repeats its <title> whole ("Rental News | WRAL") shows the
// site's name as its title tag does, and the reader's headline is the rest. Only the last
// part after one of the spaced separators goes; a heading of one part is returned as it is.
func trimSiteTail(text string, site map[string]bool) string {
	for _, sep := range dom.TitleSeparators[:len(dom.TitleSeparators)-3] {
		i := strings.LastIndex(text, sep)
		if i <= 0 {
			continue
		}
		if head := strings.TrimSpace(text[:i]); head != "" && site[dom.LooseKey(text[i+len(sep):])] {
			return head
		}
		return text
	}
	return text
}

// headingText is a heading's text with the separators that the page hides from view put
// back: "Kicker<span class=visually-hidden>: </span>Headline" reads "Kicker: Headline", not
// "KickerHeadline". Other hidden text stays out.
func headingText(b *block.Block) string {
	if !hasHiddenSeparator(b.El.Node, 0) {
		return b.Text
	}
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				sb.WriteString(c.Data)
			case c.Type != html.ElementNode || c.DataAtom == atom.Script || c.DataAtom == atom.Style:
			case block.IsHidden(c):
				if t := dom.TextOf(c); isSeparatorText(t) {
					sb.WriteString(t)
				}
			default:
				walk(c)
			}
		}
	}
	walk(b.El.Node)
	if t := dom.Collapse(sb.String()); dom.LooseKey(t) == dom.LooseKey(b.Text) {
		return t
	}
	return b.Text
}

// hasHiddenSeparator reports whether n holds a hidden element whose text is a separator.
func hasHiddenSeparator(n *html.Node, depth int) bool {
	if depth > maxTitleNodeDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if block.IsHidden(c) {
			if isSeparatorText(dom.TextOf(c)) {
				return true
			}
			continue
		}
		if hasHiddenSeparator(c, depth+1) {
			return true
		}
	}
	return false
}

// isSeparatorText reports whether s is only punctuation and space, a few characters of it,
// and not blank: ": ", " - ", " | ".
func isSeparatorText(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" || utf8.RuneCountInString(t) > maxSeparatorRunes {
		return false
	}
	for _, r := range t {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// isTitleLine reports whether a block could be a headline styled without a heading tag: a
// paragraph of a few words to a long line, with no links.
func isTitleLine(b *block.Block) bool {
	return b.Kind == view.Paragraph && b.Chars >= minStyledTitleChars && b.Chars <= maxStyledTitleChars && b.LinkChars == 0
}

// trimSiteName keeps the longest part of a "Headline | Site" style title, when that part is
// long enough to be a headline: three words, or eight letters of a script written without
// spaces.
func trimSiteName(t string) string {
	for _, sep := range dom.TitleSeparators {
		if !strings.Contains(t, sep) {
			continue
		}
		best := ""
		for part := range strings.SplitSeq(t, sep) {
			if part = strings.TrimSpace(part); len(part) > len(best) {
				best = part
			}
		}
		if len(strings.Fields(best)) >= minTitleWords || spaceless(best) >= minTitleLetters {
			return best
		}
	}
	return t
}

// spaceless counts the letters of s in scripts written without spaces between words
// (Chinese, Japanese, Thai, Lao, Khmer, Burmese); 0 when they are not most of its letters.
func spaceless(s string) int {
	n, letters := 0, 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
			n++
		}
	}
	if 2*n < letters {
		return 0
	}
	return n
}

// findHeadline returns the element of the heading block that carries the title, or nil.
func findHeadline(blocks []*block.Block, title string) *block.Elem {
	key := dom.LooseKey(title)
	if key == "" {
		return nil
	}
	for _, b := range blocks {
		if b.Kind == view.Heading && dom.LooseKey(b.Text) == key {
			return b.El
		}
	}
	// A headline split across elements (see wholeHeadline): the heading that holds a piece.
	for i, b := range blocks {
		if b.Kind == view.Heading && strings.Contains(key, dom.LooseKey(b.Text)) && completes(blocks, i, key, nil) {
			return b.El
		}
	}
	// A headline styled without a heading tag (see pickTitle), when its element holds no other
	// block: the headline's element is dropped whole.
	for _, b := range blocks {
		// looseKey drops spaces and punctuation: a block shorter than the key cannot match it.
		if isTitleLine(b) && len(b.Text) >= len(key) && dom.LooseKey(b.Text) == key && ownsOne(blocks, b.El) {
			return b.El
		}
	}
	return nil
}

// ownsOne reports whether e owns exactly one of the blocks.
func ownsOne(blocks []*block.Block, e *block.Elem) bool {
	n := 0
	for _, b := range blocks {
		if b.El == e {
			n++
		}
	}
	return n == 1
}

// headsTitlePart reports whether the words of head are the first words of part, and part has more:
// "Headlamps" opens "Headlamps for Camping, Hiking & Running", "Writing & Translation" opens
// "Writing & Translation Services". Words are compared by their letters and digits.
func headsTitlePart(part, head string) bool {
	pw, hw := looseWords(part), looseWords(head)
	if len(hw) == 0 || len(pw) <= len(hw) {
		return false
	}
	return slices.Equal(pw[:len(hw)], hw)
}

// looseWords returns the loose keys of the words of s, words with no letter or digit left out.
func looseWords(s string) []string {
	var out []string
	for w := range strings.FieldsSeq(s) {
		if k := dom.LooseKey(w); k != "" {
			out = append(out, k)
		}
	}
	return out
}
