package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
)

// authorBio finds the author's bio at the end of a story: a short paragraph among the last
// endBoxReach kept blocks that names one of the page's authors (from its metadata, read
// once the blocks are chosen) at its start ("Michelle Lee worked in marketing", "Dr.
// Charles Patterson is a physician", see namesAuthor), with only short lines after it, and the short lines
// before it that head the box (the name, a role: "Contributor", "Associate Editor"), in an
// element of its own: the element that holds the bio does not hold the body's last block
// before the box (a story that ends on its author's lines, in the body's own element, keeps
// them). By
// the name, not by words of a language: no table of bio phrases is needed. It returns the
// box as kept[start:end], or start == end when there is none, or when the box would hold
// more than endBoxShare of the kept text.
func authorBio(kept []*block.Block, authors []string) (start, end int) {
	if len(authors) == 0 || len(kept) < 2 {
		return 0, 0
	}
	bio := -1
	for i := len(kept) - 1; i >= max(1, len(kept)-endBoxReach); i-- {
		b := kept[i]
		if b.Kind == view.Paragraph && !b.Note && b.Chars <= maxBioChars && namesAuthor(b.Text, authors) {
			bio = i
			break
		}
		if b.Chars > maxBioLineChars || b.Kind == view.Heading {
			return 0, 0 // prose or a section after it: the paragraph is not the box's
		}
	}
	if bio < 0 {
		return 0, 0
	}
	start = bio
	for start > 1 && bio-start < maxBioLines && kept[start-1].Chars <= maxBioLineChars && !kept[start-1].Note {
		start--
	}
	if box := kept[bio].El.Parent; box == nil || block.Contains(box, kept[start-1].El) {
		return 0, 0 // the bio's element holds the body too: the story's own closing lines
	}
	if float64(block.KeptChars(kept[start:])) > endBoxShare*float64(block.KeptChars(kept)) {
		return 0, 0
	}
	return start, len(kept)
}

// namesAuthor reports whether text opens with the name of one of authors, as a bio does:
// its first word is the author's first name, after an abbreviated title ("Dr.", "Prof.")
// and anything not a letter ("*Angela Holliday-Bell, MD, is"). It allocates nothing.
func namesAuthor(text string, authors []string) bool {
	word, rest := firstWord(text)
	if strings.HasSuffix(word, ".") && utf8.RuneCountInString(word) <= maxTitleAbbrevRunes {
		word, rest = firstWord(rest)
	}
	if strings.TrimSpace(rest) == "" {
		return false
	}
	first := strings.TrimFunc(word, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, name := range authors {
		given, more := firstWord(strings.TrimLeftFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }))
		given = strings.TrimRightFunc(given, func(r rune) bool { return !unicode.IsLetter(r) })
		if strings.TrimSpace(more) == "" || utf8.RuneCountInString(given) < minBioNameRunes {
			continue // one word is a site's or a team's name as often as a person's
		}
		if r, _ := utf8.DecodeRuneInString(given); unicode.IsUpper(r) && first == given {
			return true
		}
	}
	return false
}

// firstWord returns the first run of s that is not space, and what follows it.
func firstWord(s string) (word, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}
