package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dates"
	"github.com/pithdev/pith/extractor/internal/view"
)

// isNoteText reports whether text opens like a correction or update note: a note word,
// then a colon soon after (or a dash or parenthesis right after the word).
func isNoteText(text string) bool {
	t := strings.TrimLeftFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(t) < minNoteBytes || t[0] < utf8.RuneSelf && !noteFirstBytes[unicode.ToLower(rune(t[0]))] || isUpdateStamp(t) {
		return false // (an ASCII letter that opens no note word: no lower-cased copy)
	}
	head := strings.ToLower(t[:min(len(t), maxNoteLead+maxNoteWordBytes)])
	for _, p := range notePrefixesBy[head[0]] {
		if !strings.HasPrefix(head, p) {
			continue
		}
		rest := head[len(p):]
		if rest == "" {
			continue
		}
		// The full-width colon and the closing bracket of a label ("更正：", "【訂正】") in
		// the scripts written without spaces.
		if strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, "】") {
			return true
		}
		switch rest[0] {
		case ':', '(', '*':
			return true
		case ' ', ',', '.':
			r := strings.TrimLeft(rest, " ")
			if strings.HasPrefix(r, ":") || strings.HasPrefix(r, "(") || strings.HasPrefix(r, "—") || strings.HasPrefix(r, "–") || strings.HasPrefix(r, "- ") {
				return true
			}
			// "Update, March 3:" or "Correction 12.03.2023:": a colon within the lead, not
			// one inside a time ("Updated 1:39 am" is a date line, not a note).
			if i := leadColon(rest); i >= 0 && i <= maxNoteLead && !strings.ContainsAny(rest[:i], "!?") {
				return true
			}
		}
		// Not this prefix; a longer one may match ("correction" vs "corrections").
	}
	return false
}

// noteFirstBytes are the first bytes of block.NotePrefixes.
var noteFirstBytes = func() [utf8.RuneSelf]bool {
	var t [utf8.RuneSelf]bool
	for _, p := range block.NotePrefixes {
		if p != "" && p[0] < utf8.RuneSelf {
			t[p[0]] = true
		}
	}
	return t
}()

// notePrefixesBy are block.NotePrefixes by their first byte: isNoteText tries only those
// that open as the text does.
var notePrefixesBy = indexPrefixes(block.NotePrefixes)

// leadColon returns the index of the first colon in s that ends a lead (followed by a space
// or the end), or -1. Colons between digits belong to times.
func leadColon(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' && (i+1 == len(s) || s[i+1] == ' ') {
			return i
		}
	}
	return -1
}

// isNote reports whether a block is a correction or update note, by its text or by a
// class/id of its own element or a near ancestor.
func isNote(b *block.Block) bool {
	if b.Kind == view.Heading || b.Kind == view.Table || b.Kind == view.Code {
		return false
	}
	if isNoteText(b.Text) {
		return true
	}
	if b.Chars < block.MinScoredChars {
		return false
	}
	for e, i := b.El, 0; e != nil && i < noteClassReach; e, i = e.Parent, i+1 {
		if e.Sig&block.SigNote != 0 {
			return true
		}
	}
	return false
}

// isUpdateStamp reports whether text is an "Updated" label with a timestamp and nothing a
// reader is told ("Updated: 3:45pm GMT, Monday 2 March 2020, first published 9:00am"): the
// page's modification date, which the metadata reads, not a note. A note says what changed,
// in a sentence; a stamp is one short line with a date and no sentence end.
func isUpdateStamp(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) > maxUpdateStampBytes || !dates.IsUpdate(t) || dates.Index(t) < 0 {
		return false
	}
	return !strings.ContainsAny(t[len(t)-1:], ".!?。") && !strings.Contains(t, ". ")
}
