package extractor

import (
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html/atom"
)

// A reply that quotes an earlier post of the thread repeats its words: the quoted post is
// already in the thread, above. The quote's blocks whose text the thread kept earlier, outside
// a quote, are dropped; the attribution above them ("tiagoM said:") and the reply's own text
// stay, and so does a quote of a post that is not on the page (an earlier page of the thread,
// another thread).

// dropRepeatedQuotes drops the blocks of a quote inside a post whose text the thread already
// holds, earlier, outside a quote.
func dropRepeatedQuotes(blocks []*block, g *cardGroup) {
	in := map[*elem]*cardGroup{}
	for _, c := range g.cards {
		in[c] = g
	}
	seen := map[string]bool{}
	for _, b := range blocks {
		if !b.keep || b.note {
			continue
		}
		_, card := cardOf(b, in)
		quoted := card != nil && inQuote(b.el, card)
		switch {
		case !quoted:
			seen[b.text] = true
		case seen[b.text] && b.chars >= minQuoteRepeatChars:
			b.keep, b.reason = false, "forum: a quote of an earlier post"
		}
	}
}

// minQuoteRepeatChars is the shortest quoted text dropped for repeating an earlier post: a
// shorter one ("Thanks!") may be the reply's own words again.
const minQuoteRepeatChars = 20

// inQuote reports whether e sits in a quote below card: a <blockquote>, or an element with a
// class named a quote ("quote", "bbcode_quote", "post-quote"). A class that only mentions
// quoting ("js-selectToQuote" on a post's text, a "Quote" button's) is no quote.
func inQuote(e, card *elem) bool {
	for x := e; x != nil && x != card; x = x.parent {
		if x.node.DataAtom == atom.Blockquote {
			return true
		}
		for c := range strings.FieldsSeq(dom.Attr(x.node, "class")) {
			c = strings.ToLower(c)
			if c == "quote" || c == "quotecontent" || strings.HasSuffix(c, "-quote") || strings.HasSuffix(c, "_quote") {
				return true
			}
		}
	}
	return false
}
