package extractor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/meta"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// shownTitle returns the title as a reader reads it, for the chosen one, title, whose heading
// element is headline (nil when none), with t the page's title metadata. The chosen title
// stays as the page's text has it, to find the headline's element (findHeadline); what the
// reader is given differs from it in these cases:
//   - a heading glued from two pieces, a name and its tagline ("<h1>Night Blend<span>Dark
//     roast</span></h1>" reads "Night BlendDark roast"): the first piece alone when a
//     metadata title names it and not the second, else both pieces a space apart;
//   - a heading that opens with a label of its own element ("<h1><span
//     class=label>News</span> Cameras are back</h1>", a forum thread's prefix) when a metadata
//     title is the rest without the label: the rest;
//   - a heading that reads a metadata title after words of its own, a lead ("Explore the 2025
//     Award Winners" beside og:title "2025 Award Winners | Design Weekly"): the metadata
//     title less the site's name (see withoutLead);
//   - a heading that asks a question that no metadata title holds or asks ("What is a heat
//     pump?" beside og:title "Heat pump basics"): the metadata title less the site's name
//     (see questionName);
//   - a heading in capitals only whose words a metadata title gives in mixed case: the
//     metadata title's casing ("EVENING POTTERY CLASSES" for <title> "Evening Pottery
//     Classes | Arts Center" gives "Evening Pottery Classes");
//   - a heading whose punctuation the page's encoding lost to question marks ("A Party? A
//     Host? Checklist" beside the <title> "A Party: A Host’s Checklist"): the metadata title.
//
// kind is the page's kind.
func shownTitle(title string, headline *block.Elem, t meta.Titles, kind PageType) string {
	var refs []string // the metadata titles, gathered when a case needs them
	refsOf := func() []string {
		if refs == nil {
			refs = titleRefs(t)
		}
		return refs
	}
	if headline != nil {
		if first, second, ok := gluedPieces(headline.Node); ok && strings.Contains(title, first+second) {
			title = unglue(first, second, refsOf())
		} else if rest := unlabelled(title, headline.Node, refsOf); rest != "" {
			title = rest
		} else if rest := withoutLead(title, refsOf(), func() map[string]bool { return siteNameKeys(t) }); rest != "" {
			title = rest
		} else if name := questionName(title, kind, refsOf(), func() map[string]bool { return siteNameKeys(t) }); name != "" {
			title = name
		}
	}
	if allCaps(title) {
		if s := refCasing(title, refsOf()); s != "" {
			return s
		}
	}
	if strings.ContainsAny(title, "?\uFFFD") {
		if s := refUndamaged(title, refsOf()); s != "" {
			return s
		}
	}
	return title
}

// gluedPieces returns the two pieces of a heading's text when the heading (n, or the one
// element it wraps) holds exactly two, a text or an element each, whose texts the page sets
// side by side with no space where one word ends and a capitalised one starts ("Night
// Blend" + "Dark roast"), the second of two words or more. ok is false otherwise.
func gluedPieces(n *html.Node) (first, second string, ok bool) {
	for range maxTitleNodeDepth {
		var buf [3]*html.Node
		pieces := buf[:0]
		for c := n.FirstChild; c != nil && len(pieces) <= 2; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
				if len(pieces) > 0 {
					return "", "", false // a space between the pieces: they read apart
				}
			case c.Type == html.TextNode:
				pieces = append(pieces, c)
			case c.Type != html.ElementNode, c.DataAtom == atom.Script, c.DataAtom == atom.Style, block.IsHidden(c):
			case c.DataAtom == atom.Br:
				return "", "", false
			default:
				pieces = append(pieces, c)
			}
		}
		switch len(pieces) {
		case 1:
			if pieces[0].Type != html.ElementNode {
				return "", "", false
			}
			n = pieces[0] // a wrapper (<h1><a>...</a></h1>): look inside
			continue
		case 2:
		default:
			return "", "", false
		}
		a, b := rawText(pieces[0]), rawText(pieces[1])
		first, second = dom.Collapse(a), dom.Collapse(b)
		if first == "" || second == "" || strings.TrimRightFunc(a, unicode.IsSpace) != a || strings.TrimLeftFunc(b, unicode.IsSpace) != b {
			return "", "", false
		}
		last, _ := utf8.DecodeLastRuneInString(first)
		next, _ := utf8.DecodeRuneInString(second)
		// The second piece is a line of its own, two words or more: "Mc<b>Donald</b>" is one name.
		if (unicode.IsLower(last) || unicode.IsDigit(last)) && unicode.IsUpper(next) && len(strings.Fields(second)) >= minH1Words {
			return first, second, true
		}
		return "", "", false
	}
	return "", "", false
}

// rawText is a node's text as the page has it, spaces kept: a text node's, or an element's
// text nodes joined.
func rawText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	return dom.TextOf(n)
}

// unglue reads a glued heading's two pieces: the first alone when a metadata title (refs)
// holds it and not the second (a name and its tagline), else the two a space apart.
func unglue(first, second string, refs []string) string {
	fk, sk := dom.LooseKey(first), dom.LooseKey(second)
	for _, ref := range refs {
		if rk := dom.LooseKey(ref); fk != "" && strings.Contains(rk, fk) && !strings.Contains(rk, sk) {
			return first
		}
	}
	return first + " " + second
}

// refCasing returns the metadata title, or the part of one between separators, that reads
// the words of title, a title of two words or more in capitals only, in mixed case; "" when
// title has lower-case letters, one word, or no metadata title has its words.
func refCasing(title string, refs []string) string {
	if !allCaps(title) || len(strings.Fields(title)) < minH1Words {
		return "" // one word in capitals may be an acronym ("FAQ", "NASA")
	}
	key := dom.LooseKey(title)
	for _, ref := range refs {
		for _, part := range titleParts(ref) {
			if dom.LooseKey(part) == key && !allCaps(part) && hasLower(part) {
				return part
			}
		}
	}
	return ""
}

// allCaps reports whether s has two letters or more and no lower-case one.
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// hasLower reports whether s has a lower-case letter.
func hasLower(s string) bool { return strings.IndexFunc(s, unicode.IsLower) >= 0 }

// titleParts returns a metadata title whole and, when it has a separator, its parts around
// the first separator it holds.
func titleParts(ref string) []string {
	parts := []string{strings.TrimSpace(ref)}
	for _, sep := range dom.TitleSeparators {
		if strings.Contains(ref, sep) {
			for part := range strings.SplitSeq(ref, sep) {
				if part = strings.TrimSpace(part); part != "" {
					parts = append(parts, part)
				}
			}
			break
		}
	}
	return parts
}

// refUndamaged returns the metadata title, or the part of one, that title reads with its
// question marks inside (not its last character) standing for the one or two characters
// that a wrong encoding lost ("A Party? A Host? Checklist" for "A Party: A Host’s Checklist");
// "" when title has no such mark or no metadata title reads so.
func refUndamaged(title string, refs []string) string {
	t := []rune(strings.TrimSpace(title))
	marks := 0
	for i, r := range t {
		if isLostChar(r) && i < len(t)-1 {
			marks++
		}
	}
	if marks == 0 || marks > maxLostChars {
		return ""
	}
	for _, ref := range refs {
		for _, part := range titleParts(ref) {
			if p := []rune(part); !strings.ContainsAny(part, "?\uFFFD") && readsDamaged(t, p) {
				return part
			}
		}
	}
	return ""
}

// isLostChar reports whether r stands for a character a wrong encoding lost: "?" or U+FFFD.
func isLostChar(r rune) bool { return r == '?' || r == '\uFFFD' }

// readsDamaged reports whether t equals p, ignoring case, with each lost character of t
// standing for one or two characters of p, or none at t's end (a question that ends it).
func readsDamaged(t, p []rune) bool {
	if len(t) == 0 {
		return len(p) == 0
	}
	if isLostChar(t[0]) {
		if len(t) == 1 && len(p) == 0 {
			return true
		}
		for n := 1; n <= 2 && n <= len(p); n++ {
			if !unicode.IsSpace(p[n-1]) && readsDamaged(t[1:], p[n:]) {
				return true
			}
		}
		return false
	}
	return len(p) > 0 && unicode.ToLower(t[0]) == unicode.ToLower(p[0]) && readsDamaged(t[1:], p[1:])
}

// unlabelled returns the heading's text, title, less the label it opens with, when a metadata
// title (refs, whole or one part between separators) is the rest and does not hold the label:
// a forum thread's prefix ("<h1><span class=label>News</span> Cameras are back</h1>" beside
// the JSON-LD headline "Cameras are back"). The label is the heading's first child, an element
// (n, or the one element it wraps); "" when there is none or no metadata title agrees.
func unlabelled(title string, n *html.Node, refs func() []string) string {
	for range maxTitleNodeDepth {
		var first *html.Node
		kids := 0
		for c := n.FirstChild; c != nil && kids < 2; c = c.NextSibling {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" || c.Type == html.CommentNode {
				continue
			}
			if kids++; first == nil {
				first = c
			}
		}
		if first == nil || first.Type != html.ElementNode {
			return ""
		}
		if kids == 1 {
			n = first // a wrapper (<h1><a>...</a></h1>): look inside
			continue
		}
		label := dom.Collapse(dom.TextOf(first))
		if label == "" || !strings.HasPrefix(title, label) {
			return ""
		}
		rest := strings.TrimSpace(strings.TrimLeftFunc(title[len(label):], func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '"' && r != '\'' && r != '(' && r != '['
		}))
		lk, rk := dom.LooseKey(label), dom.LooseKey(rest)
		if lk == "" || len(strings.Fields(rest)) < minH1Words {
			return ""
		}
		for _, ref := range refs() {
			for _, part := range titleParts(ref) {
				if pk := dom.LooseKey(part); pk == rk && !strings.Contains(pk, lk) {
					return rest
				}
			}
		}
		return ""
	}
	return ""
}

// withoutLead returns the metadata title, less the site's name after it (see trimSiteTail),
// that a heading's text, title, reads after words of its own: a lead such as a call to
// action, a product line's name or a series' label ("Explore the 2025 Award Winners" beside
// og:title "2025 Award Winners | Design Weekly", "New Video Doorbells" beside "Video
// Doorbells"). The metadata title must be the heading's last words, two or more, and at least
// half of its letters and digits; one cut short with an ellipsis reads no heading. "" when no
// metadata title (refs; site gives the loose keys of the names the page gives itself) reads so.
func withoutLead(title string, refs []string, site func() map[string]bool) string {
	tk := dom.LooseKey(title)
	if len(tk) < 2 {
		return ""
	}
	half := (len(tk) + 1) / 2 // the metadata title's key is at least this long
	for _, ref := range refs {
		ref = strings.TrimSpace(ref)
		if strings.HasSuffix(ref, "…") || strings.HasSuffix(ref, "...") {
			continue
		}
		// The key of ref less the site's name opens ref's and starts inside the heading's, past
		// its first letter: a cheap test before the site's names are gathered.
		if rk := dom.LooseKey(ref); len(rk) < half || !strings.Contains(tk[1:], rk[:half]) {
			continue
		}
		rest := trimSiteTail(ref, site())
		if rk := dom.LooseKey(rest); len(rk) < half || len(rk) >= len(tk) || !strings.HasSuffix(tk, rk) {
			continue
		}
		// The same at a word's start, and two words or more.
		hw, rw := looseWords(title), looseWords(rest)
		if len(rw) >= minH1Words && len(rw) < len(hw) && slices.Equal(hw[len(hw)-len(rw):], rw) {
			return rest
		}
	}
	return ""
}

// questionName returns the page's name that its preferred metadata title gives (refs, the
// first; site gives the loose keys of the names the page gives itself), less the site's name,
// when the heading's text, title, asks a question that no metadata title holds and the name
// asks none: the heading is the page's lead question ("What is a heat pump?" beside og:title
// "Heat pump basics", "Wie viel kostet ein Dachausbau?" beside "Dachausbau: Kosten im
// Überblick | Bauratgeber Nord"), the metadata title its name, when the two share a word of
// minSharedWordLen letters and digits or more. Not on a forum (kind), whose thread asks its
// question in the heading and may name only its board in the metadata. "" otherwise.
func questionName(title string, kind PageType, refs []string, site func() map[string]bool) string {
	if kind == PageForum || len(refs) == 0 || !asksQuestion(title) {
		return ""
	}
	tk := dom.LooseKey(title)
	for _, ref := range refs {
		if strings.Contains(dom.LooseKey(ref), tk) {
			return "" // a metadata title agrees with the heading
		}
	}
	name := trimSite(refs[0], site())
	if asksQuestion(name) || len(strings.Fields(name)) < minH1Words || !shareWord(title, name) {
		return ""
	}
	return name
}

// shareWord reports whether a and b have a word in common of at least minSharedWordLen
// letters and digits, compared by their loose keys.
func shareWord(a, b string) bool {
	bw := looseWords(b)
	for _, w := range looseWords(a) {
		if len(w) >= minSharedWordLen && slices.Contains(bw, w) {
			return true
		}
	}
	return false
}

// asksQuestion reports whether text ends with a question mark (a full-width or an Arabic one too).
func asksQuestion(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text))
	return r == '?' || r == '\uff1f' || r == '\u061f'
}
