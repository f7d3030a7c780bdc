package meta

import (
	"bytes"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dates"
	"github.com/pithdev/pith/extractor/internal/dom"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// splitByline reads a visible byline line: its lead-in stripped, the line split at its
// separators ("Dec. 19, 2025 · Niko Matsakis", "Jane Doe | Senior Writer | July 2, 2025"), the
// parts that are a date or a reading time left out, and the names of the first part that holds
// any, split into names ("Jane Doe and John Roe", "Martin Untersinger (avec Damien Leloup,
// Morgane Tual)"); after a plural lead-in alone ("Authors | Jane Doe | John Roe") the names of
// every part that follows. role reports names credited for a role ("Photos by Jane Doe"): the
// caller takes those only when no line names an author.
func splitByline(s string) (names []string, role bool) {
	var credited []string
	segs := bylineSegments(s)
	for i, seg := range segs {
		seg, isRole := stripRole(strings.TrimSpace(seg))
		if isLeadIn(seg) {
			if pluralLeadIns[strings.TrimRight(strings.ToLower(strings.TrimSpace(seg)), " :：")] {
				if names := listedNames(segs[i+1:]); names != nil {
					return names, false
				}
			}
			continue // "By", "Author": a label in its own element, the name in the next
		}
		seg = stripBylinePrefix(seg, true)
		// "BySummer Swann": a lead-in glued to the name by a lost space.
		if r := []rune(seg); len(r) > 3 && r[0] == 'B' && r[1] == 'y' && unicode.IsUpper(r[2]) {
			seg = string(r[2:])
		}
		if dates.IndexWithin(seg, 0) == 0 {
			seg = stripBylinePrefix(dropLeadingDate(seg), true) // "March 3, 2023, Jane Doe", "04/09/2024 By Jane Doe"
		}
		parts := nameParts(seg)
		if !anyPlausible(parts) || opensSentence(seg, parts) {
			continue
		}
		if !isRole {
			return parts, false
		}
		if credited == nil {
			credited = parts
		}
	}
	return credited, credited != nil
}

// opensSentence reports whether a byline's segment is a sentence that opens with the lead-in
// ("By clicking Sign up you accept our Terms and Conditions", "Par votre inscription, vous
// acceptez nos Conditions et Engagements"): it opens with a lower-case word, its first part
// (before any "and" or comma) is no name, and it holds more words than a name (maxNameWords).
// The name that a split at "and" finds at its end is no author; "by our staff and Jane Doe"
// still names her.
func opensSentence(seg string, parts []string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(seg, " \"'“«"))
	return unicode.IsLower(r) && len(parts) > 0 && len(strings.Fields(seg)) > maxNameWords &&
		!plausibleName(strings.Trim(parts[0], " ,;:|·•-–—"), true)
}

// listedNames returns the names of the parts after a plural lead-in ("Authors | Jane Doe |
// John Roe"), one or more to a part, when the first part names someone; it stops at the first
// part that names no one (a date, a job). nil when the first part names no one.
func listedNames(segs []string) []string {
	var out []string
	for _, seg := range segs {
		seg = strings.TrimSpace(seg)
		if seg == "" {
			continue
		}
		parts := nameParts(seg)
		if !allPlausible(parts) {
			break
		}
		out = append(out, parts...)
	}
	return out
}

// allPlausible reports whether parts holds names and every one is a plausible visible name.
func allPlausible(parts []string) bool {
	for _, p := range parts {
		if !plausibleName(strings.Trim(p, " ,;:|·•-–—"), true) {
			return false
		}
	}
	return len(parts) > 0
}

// isLeadIn reports whether s is only a byline's lead-in, without the name: "By", "Author:",
// "Von".
func isLeadIn(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) > maxLeadInBytes {
		return false
	}
	return leadIns[strings.TrimRight(strings.ToLower(t), " :：")]
}

// isLeadInLower is isLeadIn of a text already lower-cased, without allocating.
func isLeadInLower(b []byte) bool {
	t := bytes.TrimSpace(b)
	if len(t) > maxLeadInBytes {
		return false
	}
	k := bytes.TrimRight(t, " :：")
	if len(k) > longestLeadIn {
		return false // no lead-in is so long: the map is not asked (opensByline asks for most paragraphs)
	}
	return leadIns[string(k)]
}

// longestLeadIn is the length in bytes of the longest key of leadIns.
var longestLeadIn = func() int {
	n := 0
	for k := range leadIns {
		n = max(n, len(k))
	}
	return n
}()

// leadIns are the byline lead-ins alone, lower-cased, without their trailing space and colon
// ("by", "written by", "von", "auteur"), "author" and "authors", and the plural lead-ins that
// head a list of names (pluralLeadIns: "author(s)", "autoren"); a text longer than
// maxLeadInBytes (four times the longest, with room for trailing colons) is none of them.
var leadIns, maxLeadInBytes = func() (map[string]bool, int) {
	m := map[string]bool{"author": true, "authors": true}
	longest := len("authors")
	for w := range pluralLeadIns {
		m[w] = true
		longest = max(longest, len(w))
	}
	for _, p := range bylinePrefixes {
		w := strings.TrimRight(p, " :：")
		m[w] = true
		longest = max(longest, len(w))
	}
	return m, 4*longest + 16
}()

// bylineSegments splits a byline at every separator of bylineSeparators.
func bylineSegments(s string) []string {
	segs := []string{s}
	for _, sep := range bylineSeparators {
		if !strings.Contains(s, sep) {
			continue // nor does any part of s hold it: nothing to split, nothing to allocate
		}
		var next []string
		for _, p := range segs {
			next = append(next, strings.Split(p, sep)...)
		}
		segs = next
	}
	return segs
}

// stripRole strips a role's lead-in ("Photos by", "Edited by") from a byline part and reports
// whether there was one.
func stripRole(s string) (string, bool) {
	low := strings.ToLower(s)
	for _, p := range roleLeadIns {
		if strings.HasPrefix(low, p) && len(low) > len(p) {
			return strings.TrimSpace(s[len(p):]), true
		}
	}
	return s, false
}

// dropLeadingDate drops the words of a date that opens s, and the clock time and filler
// words with it ("March 3, 2023 at 10:00, Jane Doe" -> "Jane Doe").
func dropLeadingDate(s string) string {
	words := strings.Fields(s)
	i := 0
	for i < len(words) && isDateWord(strings.Trim(words[i], ".,:;·")) {
		i++
	}
	return strings.Join(words[i:], " ")
}

// isDateWord reports whether w is part of a written date or time (see [dates.IsDateWord]).
func isDateWord(w string) bool {
	return w == "" || dates.IsDateWord(w)
}

// OpensByline reports whether a line opens with a byline's lead-in ("By", "Posted by",
// "Von", "Par").
func OpensByline(s string) bool {
	return stripBylinePrefix(s, true) != s
}

// nameParts cuts a byline part where its names end (a cut word, a date glued to the name)
// and splits it into names, rejoining credentials ("Jane Doe, MD").
func nameParts(s string) []string {
	low := strings.ToLower(s)
	for _, c := range bylineCuts {
		if i := strings.Index(low, c); i > 0 {
			s, low = s[:i], low[:i]
		}
	}
	if at := dates.Index(s); at > 0 {
		// A date glued to the name: "Jane Doe March 3, 2023", "Jane Doe-June 3, 2024"; the
		// word that leads into it goes with it ("Posted by Jane at December 16, 2025").
		s = dropDateLeadIn(s[:at])
	}
	s = cutMonthDay(cutAddress(s))
	s = openCoauthors(s)
	parts := []string{s}
	for _, sep := range nameSplitters {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	var out []string
	for _, p := range parts {
		for q := range strings.SplitSeq(p, ", ") {
			out = append(out, strings.Trim(dropFootnoteMark(strings.TrimSpace(q)), " ,;:&"))
		}
	}
	return dropJobTitles(joinCredentials(out))
}

// dropJobTitles drops the job titles that a byline writes after its names: a part that ends
// with a job ("Jane Doe, WCI Columnist" -> "Jane Doe"), and a job run into the first name
// from a word that opens one ("Keith Barry Senior Autos Reporter" -> "Keith Barry"; "Jane Doe
// Reporter" -> "Jane Doe") with the parts after it ("Writer, Hardware"). A part that is a job
// alone ("Staff Writer") is no name.
func dropJobTitles(parts []string) []string {
	out := parts[:0]
	for i, p := range parts {
		words := strings.Fields(p)
		if len(words) == 0 || !jobTitles[strings.ToLower(strings.Trim(words[len(words)-1], ".,"))] {
			out = append(out, p)
			continue
		}
		if i > 0 {
			continue // "…, WCI Columnist": the job of the name before
		}
		cut := len(words) - 1
		for j := 2; j < cut; j++ {
			if jobOpeners[strings.ToLower(words[j])] {
				cut = j
				break
			}
		}
		if cut >= 2 {
			out = append(out, strings.Join(words[:cut], " "))
		}
		// What follows a job is more of it: "Zackery Cuevas Writer, Hardware".
		return out
	}
	return out
}

// dropFootnoteMark drops a footnote's mark glued to the end of a name ("Jane Doe, MD*"): it
// points to a note, not the name. A mark after a space is a form's ("Name *"), and stays.
func dropFootnoteMark(s string) string {
	t := strings.TrimRight(s, "*†‡")
	if t == s || t == "" || strings.HasSuffix(t, " ") {
		return s
	}
	return t
}

// cutAddress cuts the address in angle brackets after a name, as a document's author field
// and a mail header write it ("Jane Doe <jane@example.com>", "Jane Doe <jane at example dot
// com>"): the name is the author.
func cutAddress(s string) string {
	i := strings.Index(s, " <")
	if i <= 0 {
		return s
	}
	addr := strings.TrimSpace(s[i+2:])
	if end := strings.IndexByte(addr, '>'); end > 0 && (strings.Contains(addr[:end], "@") || strings.Contains(addr[:end], " at ")) {
		return s[:i]
	}
	return s
}

// cutMonthDay cuts s before a month and day without a year that follows the name, glued to
// it or not: "Russell MillerDec 18" (two elements' text read as one), "Jane Doe May 14".
func cutMonthDay(s string) string {
	for i := 1; i < len(s); i++ {
		if s[i-1] != ' ' && !(unicode.IsLower(rune(s[i-1])) && unicode.IsUpper(rune(s[i]))) {
			continue
		}
		j := i
		for j < len(s) && unicode.IsLetter(rune(s[j])) && s[j] < utf8RuneSelf {
			j++
		}
		if j == i || !dates.IsMonth(s[i:j]) {
			continue
		}
		k := j
		if k < len(s) && s[k] == '.' {
			k++
		}
		if k+1 < len(s) && s[k] == ' ' && '0' <= s[k+1] && s[k+1] <= '9' {
			return strings.TrimSpace(s[:i])
		}
	}
	return s
}

// utf8RuneSelf: bytes below it are ASCII characters; cutMonthDay reads ASCII month names.
const utf8RuneSelf = 0x80

// nameOfSlug cuts the text of a link to an author's page to the words that its URL's last
// segment spells ("/author/meghan-neville"): "Written by Meghan Neville Content Marketing
// Coordinator" (or "Meghan NevilleContent ...", two elements' text read as one) -> "Meghan
// Neville". The text is returned whole when it does not open with those letters.
func nameOfSlug(text, href string) string {
	path := href
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	path = strings.TrimRight(path, "/")
	slug := strings.ToLower(path[strings.LastIndexByte(path, '/')+1:])
	parts := strings.FieldsFunc(slug, func(r rune) bool { return r == '-' || r == '_' || r == '+' || r == '.' })
	if len(parts) < 2 || len(parts) > maxVisibleNameWords {
		return text
	}
	want := []rune(strings.Join(parts, ""))
	name := stripBylinePrefix(text, true)
	k := 0
	for i, r := range name {
		if k == len(want) {
			// The slug's letters end at a word's end or where a glued word starts.
			prev, _ := utf8.DecodeLastRuneInString(name[:i])
			if !unicode.IsLetter(r) || unicode.IsLower(prev) && unicode.IsUpper(r) {
				return strings.TrimSpace(name[:i])
			}
			return text
		}
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
		case unicode.ToLower(r) == want[k]:
			k++
		default:
			return text
		}
	}
	return text
}

// openCoauthors turns co-authors in parentheses into a list: "Jane Doe (with John Roe, Ann
// Poe)" -> "Jane Doe, John Roe, Ann Poe". Parentheses that do not open with a co-author word
// are left as they are.
func openCoauthors(s string) string {
	open := strings.IndexByte(s, '(')
	if open < 0 {
		return s
	}
	inner := s[open+1:]
	low := strings.ToLower(inner)
	for _, w := range coauthorWords {
		if strings.HasPrefix(low, w+" ") {
			rest := strings.TrimSpace(inner[len(w):])
			rest = strings.TrimSuffix(strings.TrimSpace(strings.SplitN(rest, ")", 2)[0]), ",")
			return strings.TrimSpace(s[:open]) + ", " + rest
		}
	}
	return s
}

// anyPlausible reports whether one of parts is a plausible visible name.
func anyPlausible(parts []string) bool {
	for _, p := range parts {
		if plausibleName(strings.Trim(p, " ,;:|·•-–—"), true) {
			return true
		}
	}
	return false
}

// joinCredentials rejoins a name with the credential that a comma split off it ("Jane Doe, MD").
func joinCredentials(parts []string) []string {
	var out []string
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if len(out) > 0 && isCredential(p) {
			out[len(out)-1] += ", " + p
			continue
		}
		out = append(out, p)
	}
	return out
}

// isCredential reports whether s reads like a title after a name: "MD", "Ph.D.", "RD", "Jr.".
func isCredential(s string) bool {
	if s == "" || len(s) > 12 || strings.Contains(s, " ") {
		return false
	}
	upper := 0
	for _, r := range s {
		if unicode.IsUpper(r) || r == '.' {
			upper++
		}
	}
	return upper*2 >= len(s) || strings.HasSuffix(s, ".")
}

// dropDateLeadIn drops the words that lead into a date cut off the end of s: a lead-in word,
// the date's weekday, a mark between the name and the date ("Jane at", "Jana am", "Jean le",
// "Jane Doe » Tue") -> the name.
func dropDateLeadIn(s string) string {
	for {
		t := strings.TrimRight(s, " ,")
		i := strings.LastIndexByte(t, ' ')
		if i <= 0 {
			return s
		}
		w := t[i+1:]
		if !dateLeadIns[w] && !dates.IsWeekday(strings.TrimRight(w, ".,")) && strings.ContainsFunc(w, unicode.IsLetter) {
			return s
		}
		s = t[:i]
	}
}

// leadInHandle returns the user name that a byline line gives after its lead-in, when that
// and a date are all it gives: "by jdoe", "Posted by | j_doe42", "von jdoe 18.12.2025". A
// handle is written as its owner likes, in lower case, so it is not held to a name's
// capitals; it is one word of letters, digits, dots, dashes and underscores. "" when the
// line is anything else.
func leadInHandle(line string) string {
	led := false
	for _, seg := range bylineSegments(dom.Collapse(html.UnescapeString(line))) {
		seg = strings.TrimSpace(seg)
		switch {
		case seg == "":
			continue
		case isLeadIn(seg):
			led = true
			continue
		}
		if rest := stripBylinePrefix(seg, true); rest != seg {
			seg, led = rest, true
		}
		if at := dates.Index(seg); at > 0 {
			seg = strings.TrimSpace(dropDateLeadIn(seg[:at])) // "by jdoe on March 3, 2025"
		}
		if !led || !isHandle(seg) {
			return ""
		}
		return seg
	}
	return ""
}

// isHandle reports whether s is one word that can be a user name: letters, digits, ".", "-"
// and "_", a letter among them, at most maxHandleChars long, and not the name a site's software
// gives an account nobody named ("admin", see placeholderNameWords).
func isHandle(s string) bool {
	if s == "" || len(s) > maxHandleChars || !strings.ContainsFunc(s, unicode.IsLetter) || placeholderNames[strings.ToLower(s)] {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '-' && r != '_' {
			return false
		}
	}
	return true
}

// cardNames returns the names of the people's cards that follow a lead-in in an element of
// its own (n: "Author", "Authors") when the next element's text is too long for a line: a
// list of cards, each an avatar's initials, the name and a job title ("CP | Jane Doe |
// Staff Engineer, Acme"). Each card gives the first part of its text that is one name of two
// or three words, and the names come back as one byline's ("Jane Doe, John Roe"); "" when a
// card names no one, holds nothing but the name (a list of links: "Ten Garden Tips"), its
// text is long (a paragraph, a teaser) or n has no such list.
func (f *pageFacts) cardNames(n *xhtml.Node) string {
	list := n.NextSibling
	for list != nil && (list.Type != xhtml.ElementNode || list.DataAtom == atom.Style || list.DataAtom == atom.Script) {
		list = list.NextSibling // a style sheet written beside its element
	}
	if list == nil {
		return ""
	}
	var names []string
	for c := list.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != xhtml.ElementNode || c.DataAtom == atom.Style || c.DataAtom == atom.Script {
			continue
		}
		t, ok := f.shortText(c, maxLineChars)
		if !ok || len(names) == maxFactValues {
			return ""
		}
		if t == "" {
			continue
		}
		name, parts := "", 0
		for _, seg := range bylineSegments(t) {
			if seg = strings.TrimSpace(seg); seg == "" {
				continue
			}
			parts++
			if w := len(strings.Fields(seg)); name == "" && w >= 2 && w <= 3 && plausibleName(seg, true) {
				name = seg
			}
		}
		if name == "" || parts < 2 {
			return "" // a list of links ("Ten Garden Tips"): a card holds more than a name
		}
		names = append(names, name)
	}
	return strings.Join(names, ", ")
}
