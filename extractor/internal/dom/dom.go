package dom

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Attr returns the value of n's attribute key, or "" when n has none.
func Attr(n *html.Node, key string) string {
	v, _ := AttrOK(n, key)
	return v
}

// AttrOK returns the value of n's attribute key and whether n has it.
func AttrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// TextOf returns the text of n's text-node descendants, concatenated as they are.
func TextOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// Collapse turns each run of white space in s into one space, none at the start or the end.
func Collapse(s string) string {
	if collapsed(s) {
		return s // already so: no copy
	}
	return strings.Join(strings.Fields(s), " ")
}

// collapsed reports whether s is ASCII with its spaces single, between non-space bytes, and
// no other white space: Collapse(s) is s. (Outside ASCII, unicode.IsSpace decides.)
func collapsed(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return false
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		case ASCIISpace[c]:
			return false
		}
	}
	return true
}

// FirstNonEmpty returns the first of vs that is not blank, trimmed.
func FirstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// IsDigits reports whether s is a non-empty run of ASCII digits.
func IsDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ASCIISpace are the ASCII bytes that unicode.IsSpace (and strings.Fields) take for space.
var ASCIISpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// TokenSet makes a set of the words that class and id tokens, types or roles are matched against.
func TokenSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// BlockTags start a new block of text.
var BlockTags = NewAtomSet(
	atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
	atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Div, atom.Dl,
	atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer,
	atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
	atom.Header, atom.Hgroup, atom.Hr, atom.Li, atom.Main, atom.Menu,
	atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary,
	atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td,
	atom.Th, atom.Ul, atom.Caption, atom.Legend, atom.Html,
)

// LooseKey lower-cases s and keeps only its letters and digits, so that titles compare equal
// across punctuation, ellipses and spacing ("Ama…" and "Ama...").
func LooseKey(s string) string {
	var sb strings.Builder
	sb.Grow(len(s)) // mostly enough: lower-casing hardly lengthens a text
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

// TitleSeparators split a page title from the site name around it. The last three stand
// without spaces in titles of scripts written without them ("标题_网站", "見出し｜サイト").
var TitleSeparators = []string{" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " / ", "｜", "|", "_"}

// CutSiteColon splits a "Site: Headline" title, a blog platform's default, at its first ": "
// when no space stands before the colon (a spaced " : " is a French typographer's colon,
// inside a headline as often as not): head and rest trimmed, ok when both hold text.
func CutSiteColon(title string) (head, rest string, ok bool) {
	head, rest, ok = strings.Cut(title, ": ")
	if !ok || head == "" || strings.HasSuffix(head, " ") {
		return "", "", false
	}
	head, rest = strings.TrimSpace(head), strings.TrimSpace(rest)
	if head == "" || rest == "" {
		return "", "", false
	}
	return head, rest, true
}

// Words is one language's words of one kind, in a word table keyed by language: a table is
// a []Words, one entry per language (a BCP 47 tag, several for words that languages share,
// "*" for punctuation that every language uses), so that adding a language is one entry.
type Words struct {
	Lang  string
	Words []string
}

// AllWords flattens a word table into its words, in table order.
func AllWords(table []Words) []string {
	var all []string
	for _, t := range table {
		all = append(all, t.Words...)
	}
	return all
}

// WordSet is the set of a word table's words.
func WordSet(table []Words) map[string]bool {
	return TokenSet(AllWords(table)...)
}
