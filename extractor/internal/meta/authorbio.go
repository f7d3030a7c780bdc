package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An author's card at the end of a story: the writer's name in an element of its own (a
// heading, a line, a photo's alt text) and a paragraph that opens with it, "Jane Doe is a
// travel writer ..." or "Jane is ...". The card is the last source of the page's author:
// nothing else on the page names one (or only the site's name does).

// bioName returns the name that opens a biography's paragraph: the one to maxBioNameWords
// capitalized words before a verb at the opening of lead, one of bioVerbs or one shaped like
// a verb of the present (see [presentVerb]: "Jane Doe is a travel writer" -> "Jane Doe", "Jana
// ist Redakteurin" -> "Jana", "Tom explores ..." -> "Tom"); "" when lead opens otherwise. It
// runs for most paragraphs of a page: a text that does not open so is turned down without
// allocating.
func bioName(lead string) string {
	r, _ := utf8.DecodeRuneInString(lead)
	if !unicode.IsUpper(r) {
		return ""
	}
	end := 0 // where the name read so far ends in lead
	for words, i := 0, 0; words <= maxBioNameWords; words++ {
		for i < len(lead) && isLeadSpace(lead[i]) {
			i++
		}
		j := i
		for j < len(lead) && !isLeadSpace(lead[j]) {
			j++
		}
		if j == len(lead) {
			return "" // the lead ends inside the word: no verb seen
		}
		w := lead[i:j]
		if words > 0 && (bioVerbs[w] || presentVerb(w)) {
			return lead[:end]
		}
		if words == maxBioNameWords || !bioNameWord(w, words == 0) {
			return ""
		}
		end, i = j, j
	}
	return ""
}

// presentVerb reports whether w is shaped like a verb of the present's third person singular
// after a name: a lower-case word of letters ending in "s" (English "explores", "writes") or
// "t" (German "schreibt", "lebt"), not a word of bioFunctionWords.
func presentVerb(w string) bool {
	if len(w) < 3 || (w[len(w)-1] != 's' && w[len(w)-1] != 't') {
		return false
	}
	for _, c := range w {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return !bioFunctionWords[w]
}

// isLeadSpace reports whether c is an ASCII white space byte.
func isLeadSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// bioNameWord reports whether w can be a word of the name that opens a biography: a
// capitalized word of letters (a hyphen, an apostrophe or a dot inside), or a name particle
// after the first word; not a word that opens sentences ("This", "It", "Our").
func bioNameWord(w string, first bool) bool {
	if nameParticles[w] {
		return !first
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || inFoldedSet(bioStopWords, w) {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
			return false
		}
	}
	return true
}

// bio records the author that a biography's paragraph n names (name, its opening, see
// [bioName]) when an element just before it gives the person's whole name: a heading or a
// line whose text is the name ("Jane Doe" over "Jane is ..."), a photo whose alt text is, or
// a label "About the author" over a paragraph that opens with a whole name. Its previous
// siblings and those of its parents are searched, a few of each.
func (f *pageFacts) bio(n *html.Node, name string) {
	if len(f.bios) >= maxFactValues || inComments(n) || inReview(n) || inMenu(n) || !speaksOfPerson(n) {
		return
	}
	name = dom.Collapse(name)
	whole := len(strings.Fields(name)) >= 2
	for up, level := n, 0; up != nil && level <= maxBioLevels && up.DataAtom != atom.Body; up, level = up.Parent, level+1 {
		seen, steps := 0, 0
		for s := up.PrevSibling; s != nil && seen < maxBioSiblings && steps < 4*maxBioSiblings; s = s.PrevSibling {
			if s.Type != html.ElementNode {
				continue
			}
			steps++
			t, ok := f.shortText(s, maxLineChars)
			switch {
			case !ok:
				return // a paragraph: the name is not beside the card's text
			case t == "":
				if full := bioFullName(imgAlt(s, 0), name); full != "" {
					f.bios = append(f.bios, full)
					return
				}
				continue // an empty element (an avatar's frame) is not counted
			case isAboutAuthor(t) && whole:
				f.bios = append(f.bios, name)
				return
			}
			if full := bioFullName(strings.TrimSpace(cutAboutPrefix(t)), name); full != "" {
				f.bios = append(f.bios, full)
				return
			}
			seen++
		}
	}
}

// speaksOfPerson reports whether the first maxBioChars bytes of n's text hold a personal
// pronoun of the third person ("he", "her", "er", "elle"): a biography speaks of a person, a
// paragraph that opens the same way about a product or a company ("Acme Vault is a password
// manager ...") does not. It allocates nothing.
func speaksOfPerson(n *html.Node) bool {
	budget := maxBioChars
	var walk func(*html.Node, int) bool
	walk = func(p *html.Node, depth int) bool {
		for c := p.FirstChild; c != nil && budget > 0 && depth < maxFactDepth; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				t := c.Data[:min(len(c.Data), budget)]
				budget -= len(t)
				if holdsPronoun(t) {
					return true
				}
			case html.ElementNode:
				if c.DataAtom != atom.Script && c.DataAtom != atom.Style && walk(c, depth+1) {
					return true
				}
			}
		}
		return false
	}
	return walk(n, 0)
}

// holdsPronoun reports whether one of the words of t is a word of personPronouns, in any
// case.
func holdsPronoun(t string) bool {
	for i := 0; i < len(t); {
		r, w := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) {
			i += w
			continue
		}
		j := i
		for j < len(t) {
			r, w := utf8.DecodeRuneInString(t[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += w
		}
		if inFoldedSet(personPronouns, t[i:j]) {
			return true
		}
		i = j
	}
	return false
}

// inFoldedSet reports whether the short word w, its ASCII capitals lowered, is in set (of
// lower-case words of at most maxFoldedBytes bytes). It allocates nothing.
func inFoldedSet(set map[string]bool, w string) bool {
	if len(w) > maxFoldedBytes {
		return false
	}
	var buf [maxFoldedBytes]byte
	return set[string(lowerASCII(buf[:len(w)], w))]
}

// lowerASCII writes w into dst (of w's length) with its ASCII capitals lower-cased, and
// returns dst: a caller lower-cases a word on its stack, without allocating.
func lowerASCII(dst []byte, w string) []byte {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[k] = c
	}
	return dst
}

// bioFullName returns t when it is a whole name (two to maxBioNameWords words, capitalized
// as a name) that is name or opens with it: the card's name line or photo ("Jane Doe" for
// "Jane"); "" otherwise.
func bioFullName(t, name string) string {
	if t == "" || len(t) > maxNameChars {
		return ""
	}
	if t != name && !strings.HasPrefix(t, name+" ") {
		return ""
	}
	if w := len(strings.Fields(t)); w < 2 || w > maxBioNameWords || !plausibleName(t, true) {
		return ""
	}
	return t
}

// imgAlt returns the alt text of the first <img> inside n, within a few levels, or "".
func imgAlt(n *html.Node, depth int) string {
	if n.DataAtom == atom.Img {
		return dom.Collapse(dom.Attr(n, "alt"))
	}
	if depth >= maxBioLevels+1 {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if alt := imgAlt(c, depth+1); alt != "" {
				return alt
			}
		}
	}
	return ""
}

// isAboutAuthor reports whether t is a label that heads an author's card: "About the
// author", "Über den Autor", "À propos de l'auteur".
func isAboutAuthor(t string) bool {
	return aboutAuthorLabels[strings.TrimRight(strings.ToLower(t), " :：")]
}

// cutAboutPrefix cuts the words that head an author's card before the name ("About Jane
// Doe", "Über Jana Schulz") from t; t is returned as it is when it does not open with them.
func cutAboutPrefix(t string) string {
	low := strings.ToLower(t)
	for _, p := range aboutNamePrefixes {
		if strings.HasPrefix(low, p) && len(t) > len(p) {
			return t[len(p):]
		}
	}
	return t
}

// bioAuthor returns the name of the page's author cards when they all name one person; nil
// when there are none or they name several (a list of people, each with a paragraph).
func bioAuthor(bios []string) []string {
	if len(bios) == 0 {
		return nil
	}
	k := dom.LooseKey(bios[0])
	for _, b := range bios[1:] {
		if dom.LooseKey(b) != k {
			return nil
		}
	}
	return []string{bios[0]}
}
