package extractor

import (
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html/atom"
)

// A reply that quotes an earlier post of the thread repeats its words: the quoted post is
// already in the thread, above. The quote's blocks whose text the thread kept earlier, outside
// a quote, are dropped, and with them the rest of a quote that is mostly such a repeat (its
// attribution, "tiagoM said:"); the reply's own text stays, and so does a quote of a post that
// is not on the page (an earlier page of the thread, another thread).

// dropRepeatedQuotes drops the blocks of a quote inside a post whose text the thread already
// holds, earlier, outside a quote, and the rest of a quote whose repeated blocks hold at least
// half of its kept text.
func dropRepeatedQuotes(blocks []*block, g *cardGroup) {
	in := map[*elem]*cardGroup{}
	for _, c := range g.cards {
		in[c] = g
	}
	seen := map[string]bool{}
	kept := map[*elem]int{}     // a quote -> the runes of its kept blocks
	repeated := map[*elem]int{} // a quote -> the runes of its blocks dropped as repeats
	for _, b := range blocks {
		if !b.keep || b.note {
			continue
		}
		var q *elem
		if _, card := cardOf(b, in); card != nil {
			q = quoteOf(b.el, card)
		}
		switch {
		case q == nil:
			seen[b.text] = true
		case seen[b.text] && b.chars >= minQuoteRepeatChars:
			b.keep, b.reason = false, "forum: a quote of an earlier post"
			repeated[q] += b.chars
			kept[q] += b.chars
		default:
			kept[q] += b.chars
		}
	}
	if len(repeated) == 0 {
		return
	}
	for _, b := range blocks {
		if !b.keep || b.note {
			continue
		}
		if _, card := cardOf(b, in); card != nil {
			if q := quoteOf(b.el, card); q != nil && 2*repeated[q] >= kept[q] {
				b.keep, b.reason = false, "forum: the rest of a quote of an earlier post"
			}
		}
	}
}

// minQuoteRepeatChars is the shortest quoted text dropped for repeating an earlier post: a
// shorter one ("Thanks!") may be the reply's own words again.
const minQuoteRepeatChars = 20

// quoteOf returns the outermost quote that holds e below card, or nil: a <blockquote>, or an
// element with a class named a quote ("quote", "bbcode_quote", "post-quote"). A class that
// only mentions quoting ("js-selectToQuote" on a post's text, a "Quote" button's) is no quote.
func quoteOf(e, card *elem) *elem {
	var q *elem
	for x := e; x != nil && x != card; x = x.parent {
		if x.node.DataAtom == atom.Blockquote {
			q = x
			continue
		}
		for c := range strings.FieldsSeq(dom.Attr(x.node, "class")) {
			c = strings.ToLower(c)
			if c == "quote" || c == "quotecontent" || strings.HasSuffix(c, "-quote") || strings.HasSuffix(c, "_quote") {
				q = x
				break
			}
		}
	}
	return q
}
