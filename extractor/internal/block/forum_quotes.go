package block

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

// DropRepeatedQuotes drops the blocks of a quote inside a post whose text the thread already
// holds, earlier, outside a quote, and the rest of a quote whose repeated blocks hold at least
// half of its kept text.
func DropRepeatedQuotes(blocks []*Block, g *CardGroup) {
	in := map[*Elem]*CardGroup{}
	for _, c := range g.Cards {
		in[c] = g
	}
	seen := map[string]bool{}
	kept := map[*Elem]int{}     // a quote -> the runes of its kept blocks
	repeated := map[*Elem]int{} // a quote -> the runes of its blocks dropped as repeats
	for _, b := range blocks {
		if !b.Keep || b.Note {
			continue
		}
		var q *Elem
		if _, card := CardOf(b, in); card != nil {
			q = quoteOf(b.El, card)
		}
		switch {
		case q == nil:
			seen[b.Text] = true
		case seen[b.Text] && b.Chars >= minQuoteRepeatChars:
			b.Keep, b.Reason = false, "forum: a quote of an earlier post"
			repeated[q] += b.Chars
			kept[q] += b.Chars
		default:
			kept[q] += b.Chars
		}
	}
	if len(repeated) == 0 {
		return
	}
	for _, b := range blocks {
		if !b.Keep || b.Note {
			continue
		}
		if _, card := CardOf(b, in); card != nil {
			if q := quoteOf(b.El, card); q != nil && 2*repeated[q] >= kept[q] {
				b.Keep, b.Reason = false, "forum: the rest of a quote of an earlier post"
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
func quoteOf(e, card *Elem) *Elem {
	var q *Elem
	for x := e; x != nil && x != card; x = x.Parent {
		if x.Node.DataAtom == atom.Blockquote {
			q = x
			continue
		}
		for c := range strings.FieldsSeq(dom.Attr(x.Node, "class")) {
			c = strings.ToLower(c)
			if c == "quote" || c == "quotecontent" || strings.HasSuffix(c, "-quote") || strings.HasSuffix(c, "_quote") {
				q = x
				break
			}
		}
	}
	return q
}
