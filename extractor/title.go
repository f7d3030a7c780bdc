package extractor

import (
	"strings"
	"unicode"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// headMeta is what the title stage reads from <head>.
type headMeta struct {
	title   string // <title>
	ogTitle string // og:title or twitter:title
}

// readHead collects the <title> and the OpenGraph/Twitter title from the document head.
func readHead(doc *html.Node) headMeta {
	var m headMeta
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Body:
				return
			case atom.Title:
				if m.title == "" {
					m.title = dom.Collapse(dom.TextOf(n))
				}
			case atom.Meta:
				prop := strings.ToLower(dom.Attr(n, "property") + dom.Attr(n, "name"))
				if (prop == "og:title" || prop == "twitter:title") && m.ogTitle == "" {
					m.ogTitle = dom.Collapse(dom.Attr(n, "content"))
				}
			}
		}
		if depth > maxHeadDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	return m
}

// pickTitle chooses the headline: an <h1> that the page title or og:title agrees with, else
// og:title, else the <title> less its site-name part.
func pickTitle(m headMeta, blocks []*block) string {
	var h1s []*block
	for _, b := range blocks {
		if b.kind == KindHeading && b.level <= maxTitleHeadingLevel && b.chars >= minTitleHeadingChars {
			h1s = append(h1s, b)
		}
	}
	for _, ref := range []string{m.ogTitle, m.title} {
		if ref == "" {
			continue
		}
		lref := dom.LooseKey(ref)
		for _, h := range h1s {
			if k := dom.LooseKey(h.text); k != "" && strings.Contains(lref, k) && 10*len(k) >= minH1TitleTenths*len(lref) {
				return h.text
			}
		}
	}
	// A headline styled without a heading tag (<div class="title">, common on Chinese and
	// government sites): a short line with no links that the head title starts with.
	for _, ref := range []string{m.ogTitle, m.title} {
		if ref == "" {
			continue
		}
		lref := dom.LooseKey(ref)
		for _, b := range blocks {
			// The block must be at least 40% of the title's key, which is no longer than the title.
			if !isTitleLine(b) || 10*len(b.text) < minStyledTitleTenths*len(lref) {
				continue
			}
			if k := dom.LooseKey(b.text); k != "" && strings.HasPrefix(lref, k) && 10*len(k) >= minStyledTitleTenths*len(lref) {
				return b.text
			}
		}
	}
	// No heading agrees with the head: the page's one visible <h1> is what readers see as
	// the headline; with none or several, the social title, less its site-name part.
	var only *block
	for _, h := range h1s {
		if h.level == 1 && !inChromeTag(h.el) {
			if only != nil {
				only = nil
				break
			}
			only = h
		}
	}
	if only != nil && len(strings.Fields(only.text)) >= minH1Words {
		return only.text
	}
	if m.ogTitle != "" {
		return trimSiteName(m.ogTitle)
	}
	return trimSiteName(m.title)
}

// isTitleLine reports whether a block could be a headline styled without a heading tag: a
// paragraph of a few words to a long line, with no links.
func isTitleLine(b *block) bool {
	return b.kind == KindParagraph && b.chars >= minStyledTitleChars && b.chars <= maxStyledTitleChars && b.linkChars == 0
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

// inChromeTag reports whether e is inside page chrome by tag or ARIA role (a <nav>, a cookie
// <dialog>): the test that needs no text statistics, usable before scoring.
func inChromeTag(e *elem) bool {
	for ; e != nil; e = e.parent {
		if e.sig&sigChrome != 0 {
			return true
		}
	}
	return false
}

// findHeadline returns the element of the heading block that carries the title, or nil.
func findHeadline(blocks []*block, title string) *elem {
	key := dom.LooseKey(title)
	if key == "" {
		return nil
	}
	for _, b := range blocks {
		if b.kind == KindHeading && dom.LooseKey(b.text) == key {
			return b.el
		}
	}
	// A headline styled without a heading tag (see pickTitle), when its element holds no other
	// block: the headline's element is dropped whole.
	for _, b := range blocks {
		// looseKey drops spaces and punctuation: a block shorter than the key cannot match it.
		if isTitleLine(b) && len(b.text) >= len(key) && dom.LooseKey(b.text) == key && ownsOne(blocks, b.el) {
			return b.el
		}
	}
	return nil
}

// ownsOne reports whether e owns exactly one of the blocks.
func ownsOne(blocks []*block, e *elem) bool {
	n := 0
	for _, b := range blocks {
		if b.el == e {
			n++
		}
	}
	return n == 1
}
