package block

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dates"
	"github.com/pithdev/pith/extractor/internal/view"
)

// Comments that no class names, after a title that does: older blog templates print the
// readers' comments in the post's own container, under a heading "Comments", each closed by a
// signature line ("Posted by: Ann | Apr 6, 2007 1:11 PM"). Without a class to say so, the
// container's vote keeps them with the story.

// maxSignatureChars is the longest line read as a comment's signature (a name and a date).
const maxSignatureChars = 120

// minSignatures: a comment section opened by a title alone needs this many signature lines
// opening with the same word after it.
const minSignatures = 2

// DropCommentsAfterTitle takes the readers' comments out of an article's kept blocks when no
// class names them: a kept heading that titles a comment section (commentTitleWords, with or
// without a count), after at least MinProseChars of the story's prose, followed by
// minSignatures or more signature lines (short lines holding a date that open with the same
// word: "Posted by: ...", "Posted by: ..."). The heading and every kept block after it are
// dropped. It reports whether it dropped any.
func DropCommentsAfterTitle(kept []*Block) bool {
	story := 0
	for i, b := range kept {
		if b.Keep && b.Kind == view.Heading && story >= MinProseChars && IsCommentTitle(b.Text) && signed(kept[i+1:]) {
			for _, c := range kept[i:] {
				if c.Keep {
					c.Keep, c.Reason = false, "reader comment under the article: not its body"
				}
			}
			return true
		}
		if b.Keep && b.IsProse() {
			story += b.Chars
		}
	}
	return false
}

// signed reports whether minSignatures of the kept blocks are signature lines that open with
// the same word.
func signed(blocks []*Block) bool {
	count := map[string]int{}
	for _, b := range blocks {
		if !b.Keep || utf8.RuneCountInString(b.Text) > maxSignatureChars || dates.Index(b.Text) < 0 {
			continue
		}
		first, _, _ := strings.Cut(strings.TrimSpace(b.Text), " ")
		first = strings.ToLower(strings.TrimRight(first, ":"))
		if first == "" || !strings.ContainsFunc(first, unicode.IsLetter) {
			continue // a date alone opens a line with its day or month: no signature
		}
		if count[first]++; count[first] >= minSignatures {
			return true
		}
	}
	return false
}

// IsCommentTitle reports whether text titles a comment section: one of commentTitleWords,
// with a count before it or in brackets after it ("12 Comments", "Kommentare (3)") and a
// closing colon allowed.
func IsCommentTitle(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	t = strings.TrimRight(t, " :：")
	if i := strings.LastIndexByte(t, '('); i > 0 && strings.HasSuffix(t, ")") && isCount(t[i+1:len(t)-1]) {
		t = strings.TrimSpace(t[:i])
	}
	if n, rest, ok := strings.Cut(t, " "); ok && isCount(n) {
		t = strings.TrimSpace(rest)
	}
	return commentTitles[t]
}
