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

// ReasonTitledComment is the reason of a block that DropCommentsAfterTitle dropped: the
// comments' title, a comment's paragraph or its signature.
const ReasonTitledComment = "reader comment under the article (after the comments' title): not its body"

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
		if b.Keep && b.Kind == view.Heading && story >= MinProseChars && isCommentTitle(b.Text) && signed(kept[i+1:]) {
			for _, c := range kept[i:] {
				if c.Keep {
					c.Keep, c.Reason = false, ReasonTitledComment
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

// isCommentTitle reports whether text titles a comment section: one of commentTitleWords,
// with a count before it, after it or in brackets after it ("12 Comments", "댓글 2",
// "Kommentare (3)"), or before it with a counter of the scripts written without spaces
// ("2件のコメント", "3条评论"), and a closing colon allowed.
func isCommentTitle(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	t = strings.TrimRight(t, " :：")
	if i := strings.LastIndexAny(t, "(（"); i > 0 && (strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）")) {
		_, w := utf8.DecodeRuneInString(t[i:])
		_, z := utf8.DecodeLastRuneInString(t)
		if isCount(t[i+w : len(t)-z]) {
			t = strings.TrimSpace(t[:i])
		}
	}
	if n, rest, ok := strings.Cut(t, " "); ok && isCount(n) {
		t = strings.TrimSpace(rest)
	} else if i := strings.LastIndexByte(t, ' '); i > 0 && isCount(t[i+1:]) {
		t = t[:i]
	}
	if i := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) }); i > 0 {
		for _, c := range commentCounters {
			if strings.HasPrefix(t[i:], c) {
				t = t[i+len(c):]
				break
			}
		}
	}
	return commentTitles[t]
}

// commentCounters join a count to the word of a comment title in the scripts written without
// spaces: "2件のコメント", "3条评论", "3則留言".
var commentCounters = []string{"件の", "条", "條", "则", "則"}

// TitledComments reads the comments that DropCommentsAfterTitle dropped from the blocks
// (ReasonTitledComment), in order: each is the paragraphs up to its signature line, whose
// name and date it takes ("Posted by: Ann | Apr 6, 2007 1:11 PM" gives Ann and 2007-04-06).
// Paragraphs after the last signature make a comment without one. A signature line that
// another rule dropped (a date line after the body) still closes its comment. It returns nil
// when no block was so dropped.
func TitledComments(blocks []*Block) []view.Comment {
	var out []view.Comment
	var paras []string
	title := true
	for _, b := range blocks {
		if b.Keep || title && b.Reason != ReasonTitledComment {
			continue
		}
		if title {
			title = false // the comments' title
			continue
		}
		author, date, isSignature := signature(b.Text)
		if b.Reason != ReasonTitledComment && !isSignature {
			continue // not a comment's: a footer after them (a signature may have gone as a date line)
		}
		if isSignature {
			if len(paras) > 0 {
				out = append(out, view.Comment{Author: author, Date: date, Text: strings.Join(paras, "\n\n")})
			}
			paras = nil
			continue
		}
		paras = append(paras, b.Text)
	}
	if len(paras) > 0 {
		out = append(out, view.Comment{Text: strings.Join(paras, "\n\n")})
	}
	return out
}

// signature reads a comment's signature line: a lead-in ending with a colon or "by" ("Posted
// by:", "Geschrieben von:"), the name, then the date after a separator ("|", "at", "on", "-").
func signature(text string) (author, date string, ok bool) {
	if utf8.RuneCountInString(text) > maxSignatureChars {
		return "", "", false
	}
	at := dates.Index(text)
	if at <= 0 {
		return "", "", false
	}
	d, ok := dates.Normalize(text[at:])
	if !ok {
		return "", "", false
	}
	name := text[:at]
	if i := strings.LastIndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	} else if i := strings.Index(strings.ToLower(name), "by "); i >= 0 {
		name = name[i+3:]
	}
	name = strings.TrimSpace(name)
	for _, sep := range []string{"|", " at", " on", " -", ",", " am", " um", " le", " el"} {
		name = strings.TrimSpace(strings.TrimSuffix(name, sep))
	}
	return name, d, true
}
