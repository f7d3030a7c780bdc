package block

import (
	"strings"
	"unicode"
)

// maxRatingScaleBytes bounds the text IsRatingScale reads: a scale of ten steps with their
// words ("10 of 10 stars" ten times) fits.
const maxRatingScaleBytes = 240

// IsRatingScale reports whether text is, whole, the labels of a rating control's steps
// written one after the other: the same words around a number that counts up from 1 or down
// to 1, three to ten steps ("1 of 5 stars2 of 5 stars3 of 5 stars4 of 5 stars5 of 5 stars",
// "5 Sterne4 Sterne3 Sterne2 Sterne1 Stern", "1 étoile 2 étoiles 3 étoiles"): the stars a
// reader clicks to rate, or the rows of a rating's chart, read aloud by screen readers and
// glued by the markup, never something to read. The words are not looked up, so any language
// whose steps differ only by their numbers qualifies; the step of 1 may lack the others'
// ending (a plural: "1 star", "2 stars"; not "1 звезда", "2 звезды"). The
// words must hold a letter: "1 2 3 4 5" is a pager, left to the other rules.
func IsRatingScale(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) > maxRatingScaleBytes || t == "" || t[0] < '0' || t[0] > '9' {
		return false // most blocks: nothing split
	}
	nums, words := splitNumbers(t)
	for per := 1; per <= 3; per++ {
		if len(nums)%per == 0 && len(nums)/per >= 3 && len(nums)/per <= 10 && isScale(nums, words, per) {
			return true
		}
	}
	return false
}

// splitNumbers splits t, which opens with a digit, into its runs of ASCII digits and the text
// after each, trimmed: words[i] follows nums[i].
func splitNumbers(t string) (nums, words []string) {
	for t != "" {
		n, rest := cutDigits(t)
		i := strings.IndexFunc(rest, func(r rune) bool { return r >= '0' && r <= '9' })
		if i < 0 {
			i = len(rest)
		}
		nums, words = append(nums, n), append(words, strings.TrimSpace(rest[:i]))
		t = rest[i:]
	}
	return nums, words
}

// isScale reports whether nums and words make steps of per numbers each whose first number
// counts 1, 2, 3... or ..., 3, 2, 1, and whose other numbers and words are the same in every
// step but the step of 1, whose words may be a prefix of the others' ("1 star", "2 stars"),
// with a letter among them.
func isScale(nums, words []string, per int) bool {
	steps := len(nums) / per
	up, down := true, true
	for s := range steps {
		n := atoiSmall(nums[s*per])
		up = up && n == s+1
		down = down && n == steps-s
	}
	if !up && !down {
		return false
	}
	one, other := 0, 1 // the step of 1, and another
	if down {
		one, other = steps-1, 0
	}
	letter := false
	for j := range per {
		w := words[other*per+j]
		letter = letter || strings.IndexFunc(w, unicode.IsLetter) >= 0
		for s := range steps {
			if j > 0 && nums[s*per+j] != nums[other*per+j] {
				return false
			}
			if got := words[s*per+j]; got != w && (s != one || !strings.HasPrefix(w, got)) {
				return false
			}
		}
	}
	return letter
}

// atoiSmall is the value of a run of at most two ASCII digits, or -1.
func atoiSmall(d string) int {
	if d == "" || len(d) > 2 {
		return -1
	}
	n := 0
	for i := 0; i < len(d); i++ {
		n = 10*n + int(d[i]-'0')
	}
	return n
}
