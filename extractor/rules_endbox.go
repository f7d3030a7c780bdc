package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
)

// dropEndBoxes drops the box at the end of a body that asks the reader for money, a
// subscription or a follow, or gives the author's bio or the press contact, on a page of
// any kind: by its words (a block among the last endBoxReach kept blocks that opens with
// one of endBoxWords, see opensEndBox, or the title of a box of further pages among the last
// moreReadingReach, see opensMoreReading) and its place (near the end of the body, holding at
// most endBoxShare of the body's text). The box runs from that block to the next heading
// (of its level or higher, when it opens with a heading) or the end. Notes stay. It returns
// the blocks still kept; the dropped ones say why.
func dropEndBoxes(kept []*block.Block) []*block.Block {
	if len(kept) < 2 {
		return kept
	}
	total, dropped := block.KeptChars(kept), 0
	drop := make([]bool, len(kept))
	for i := max(1, len(kept)-moreReadingReach); i < len(kept); i++ {
		if far := i < len(kept)-endBoxReach; far && !opensMoreReading(kept[i]) || !far && !opensEndBox(kept[i]) {
			continue
		}
		end := endOfBox(kept, i)
		n := block.KeptChars(kept[i:end])
		if float64(dropped+n) > endBoxShare*float64(total) {
			break
		}
		dropped += n
		for j := i; j < end; j++ {
			drop[j] = !kept[j].Note
		}
		i = end - 1
	}
	if dropped == 0 {
		return kept
	}
	// The date lines that the box followed now end the body: metadata, as dropTrailingScraps
	// drops them when no box follows.
	dated := make([]bool, len(kept))
	for i := len(kept) - 1; i >= 0 && (drop[i] || isTrailingDateLine(kept[i])); i-- {
		dated[i] = !drop[i]
	}
	out := kept[:0:0]
	for i, b := range kept {
		if drop[i] {
			b.Keep, b.Reason = false, "a box at the end of the body: an appeal, the author's bio or a press contact"
			continue
		}
		if dated[i] {
			b.Keep, b.Reason = false, "date line after the body (in the metadata)"
			continue
		}
		out = append(out, b)
	}
	return out
}

// isTrailingDateLine reports whether a kept block is a date line that may end a body only as
// metadata ("Обновлено 3 октября 2026 года в 12:40", "Updated March 3, 2026"), not a note.
func isTrailingDateLine(b *block.Block) bool {
	return b.Kind == view.Paragraph && !b.Note && b.Chars < block.MaxDateLineChars && isDatedLine(b.Text)
}

// endOfBox returns the index after the box that kept[start] opens: the next heading (of its
// level or higher, when it is a heading), or the end.
func endOfBox(kept []*block.Block, start int) int {
	open := kept[start]
	end := start + 1
	for ; end < len(kept); end++ {
		if b := kept[end]; b.Kind == view.Heading && (open.Kind != view.Heading || b.Level <= open.Level) {
			break
		}
	}
	return end
}

// opensEndBox reports whether a block opens an end box: it opens with one of endBoxWords
// as whole words, the next rune after them not a letter ("Donate", "Follow us:", but not
// "Donated"); or it is short (at most maxMoreReadingChars) and opens with one of
// block.MoreReading, the title of a box of further pages ("Related articles"); or it is an
// appeal that names the site (see isAppeal).
func opensEndBox(b *block.Block) bool {
	if b.Note || b.Kind == view.Code || b.Kind == view.Table {
		return false
	}
	t := strings.ToLower(strings.TrimLeftFunc(b.Text, func(r rune) bool { return !unicode.IsLetter(r) }))
	if isAppeal(t) {
		return true
	}
	if opensWith(t, &endBoxOpenBy) || closesCall(t) {
		return true
	}
	return opensMoreReading(b)
}

// closesCall reports whether lower-cased text opens with a clause that closes with one of
// block.EndBoxClose as a whole word, the call to follow or subscribe of a verb-final language
// ("bizi instagram'dan takip edin, ..."): the clause runs to the first comma, colon or
// sentence end, at most maxCallClauseRunes.
func closesCall(t string) bool {
	end := clauseEnd(t)
	if end < 0 {
		return false
	}
	clause := strings.TrimRightFunc(t[:end], unicode.IsSpace)
	if utf8.RuneCountInString(clause) > maxCallClauseRunes {
		return false
	}
	for _, w := range block.EndBoxClose {
		if strings.HasSuffix(clause, w) {
			r, _ := utf8.DecodeLastRuneInString(clause[:len(clause)-len(w)])
			if len(clause) == len(w) || !unicode.IsLetter(r) || unspaced(firstRune(w)) {
				return true
			}
		}
	}
	return false
}

// clauseEnd returns the offset of the first comma, colon or sentence end of t, or len(t); or
// -1 as soon as the clause before it is sure to hold more than maxCallClauseRunes runes (a
// rune past them that is not white space), so that a long paragraph is not read to its end.
func clauseEnd(t string) int {
	n := 0
	for i, r := range t {
		if strings.ContainsRune(",:.!?、。：！？،।", r) {
			return i
		}
		if n++; n > maxCallClauseRunes && !unicode.IsSpace(r) {
			return -1
		}
	}
	return len(t)
}

// opensMoreReading reports whether a block is the title of a box of further pages: short (at
// most maxMoreReadingChars) and opening with one of block.MoreReading ("Related articles",
// "You may also like"), or the title of a list of sources, its whole text one of
// block.SourceTitles ("References:"). Such a box, a list of titles and teasers, may open further from the
// end than other end boxes: within the last moreReadingReach kept blocks.
func opensMoreReading(b *block.Block) bool {
	if b.Note || b.Kind == view.Code || b.Kind == view.Table || b.Chars > maxMoreReadingChars {
		return false
	}
	t := strings.ToLower(strings.TrimLeftFunc(b.Text, func(r rune) bool { return !unicode.IsLetter(r) }))
	if unspaced(firstRune(t)) && block.EndsSentence(t) {
		return false // "相关新闻发布会将于明日举行。": a sentence, where no space ends the title's word
	}
	return opensWith(t, &moreReadingBy) || block.SourceTitles[strings.TrimRightFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })]
}

// endBoxOpenBy and moreReadingBy are block.EndBoxOpen and block.MoreReading by first byte.
var (
	endBoxOpenBy  = indexPrefixes(block.EndBoxOpen)
	moreReadingBy = indexPrefixes(block.MoreReading)
)

// prefixIndex is a list of words by their first byte, each list in the words' order: a text
// is tried only against those that open as it does.
type prefixIndex [256][]string

// indexPrefixes returns words by their first byte; an empty word is left out.
func indexPrefixes(words []string) prefixIndex {
	var t prefixIndex
	for _, w := range words {
		if w != "" {
			t[w[0]] = append(t[w[0]], w)
		}
	}
	return t
}

// opensWith reports whether lower-cased text opens with one of words as whole words: the
// next rune after them is not a letter, but after a word that ends in a script written
// without spaces between words (Chinese, Japanese, Thai: "关注我们的公众号"), where any rune may follow.
func opensWith(t string, words *prefixIndex) bool {
	if t == "" {
		return false
	}
	for _, w := range words[t[0]] {
		if strings.HasPrefix(t, w) {
			r, _ := utf8.DecodeRuneInString(t[len(w):])
			if len(t) == len(w) || !unicode.IsLetter(r) || unspaced(lastRune(w)) {
				return true
			}
		}
	}
	return false
}

// unspaced reports whether r is of a script written without spaces between words: Han,
// Hiragana, Katakana, Thai.
func unspaced(r rune) bool {
	return r >= 0x0e00 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}

// firstRune is a word's first rune.
func firstRune(w string) rune { r, _ := utf8.DecodeRuneInString(w); return r }

// lastRune is a word's last rune.
func lastRune(w string) rune { r, _ := utf8.DecodeLastRuneInString(w); return r }

// isAppeal reports whether lower-cased text is an appeal for money that names the site
// ("support circuit notes! donate via paypal"): it opens with a verb of appealWords, holds
// one of its words of giving, and an exclamation mark, as appeals do.
func isAppeal(t string) bool {
	if utf8.RuneCountInString(t) > maxAppealChars || !strings.ContainsAny(t, "!¡") {
		return false
	}
	words := strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(words) == 0 || !block.AppealOpen[words[0]] {
		return false
	}
	for _, w := range words[1:] {
		if block.AppealMoney[w] {
			return true
		}
	}
	return false
}
