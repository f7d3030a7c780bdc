package dates

import (
	"strings"
	"time"
	"unicode"
)

// Relative reads a relative date in a line ("3 days ago", "vor 2 Stunden", "il y a 3 jours",
// "yesterday") against now, the time the page was fetched, and returns the day it names as
// "YYYY-MM-DD" (in UTC). Spans of minutes to weeks are read; months and years are too loose
// to name a day and are not. Without a fetch time (now is zero) nothing is read: a relative
// date means nothing without the moment it was written for.
func Relative(line string, now time.Time) (string, bool) {
	if now.IsZero() || len(line) > maxDateChars {
		return "", false
	}
	words := strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '.' || r == '·' || r == '|' || r == '(' || r == ')'
	})
	for i, w := range words {
		if back, ok := dayWords[w]; ok {
			return day(now, time.Duration(back)*24*time.Hour), true
		}
		if i+1 >= len(words) {
			continue
		}
		if countlessUnits[w] && relativeAfter[words[i+1]] && (i == 0 || !isCount(words[i-1])) {
			// "godzinę temu", "час назад": the unit alone counts one.
			return day(now, relativeUnits[w]), true
		}
		if n, unit, ok := gluedCount(w); ok && words[i+1] == "ago" {
			// "3h ago", "5d ago", "2w ago", "10min ago".
			return day(now, time.Duration(n)*unit), true
		}
		n, ok := relativeCount(w)
		unit, isUnit := relativeUnits[words[i+1]]
		if !ok || !isUnit {
			continue
		}
		if i+2 < len(words) && relativeAfter[words[i+2]] || endsWithAny(words[:i], relativeBefore) {
			return day(now, time.Duration(n)*unit), true
		}
	}
	return "", false
}

// day is the day, in UTC, of now less back.
func day(now time.Time, back time.Duration) string {
	return now.Add(-back).UTC().Format(time.DateOnly)
}

// relativeCount reads the count of a relative date: a number of up to three digits, or a
// word for one ("a", "an", "un", "einer").
func relativeCount(w string) (int, bool) {
	if one[w] {
		return 1, true
	}
	if w == "" || len(w) > 3 {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
	}
	return atoi(w), true
}

// gluedCount reads a count with the letter of its unit glued to it, as English writes a
// short relative date ("3h", "5d", "2w", "10m", "10min"): the count and the unit's span.
func gluedCount(w string) (int, time.Duration, bool) {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return 0, 0, false
	}
	unit, ok := gluedUnits[w[i:]]
	return atoi(w[:i]), unit, ok
}

// isCount reports whether w is a count of a relative date (see relativeCount).
func isCount(w string) bool {
	_, ok := relativeCount(w)
	return ok
}

// endsWithAny reports whether words end with one of the phrases (each a list of words).
func endsWithAny(words []string, phrases [][]string) bool {
	for _, p := range phrases {
		if len(words) >= len(p) && equalWords(words[len(words)-len(p):], p) {
			return true
		}
	}
	return false
}

// equalWords reports whether a and b hold the same words.
func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
