package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dom"
)

// isoDate matches the ISO 8601 dates and date-times that machine-readable sources give
// (JSON-LD, meta, <time datetime>), with the offset in any of its spellings.
var isoDate = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?`)

// otherLayouts are the non-ISO formats seen in meta tags (RFC 1123 from feeds, ANSI C).
var otherLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, time.UnixDate,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2006/01/02 15:04:05",
}

// Normalize turns a machine-readable date (ISO 8601 or RFC 1123) into its ISO 8601 form,
// or failing that finds a human-written date in s ("March 3, 2023", "3. März 2023").
func Normalize(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxDateChars {
		return "", false
	}
	if d, ok := isoDateString(s); ok {
		return d, true
	}
	// Every one of otherLayouts holds a time of day and opens with a weekday or a year and a
	// slash: other text is none of them, and a failed time.Parse allocates its error.
	if strings.IndexByte(s, ':') >= 0 && opensLayout(s) {
		for _, layout := range otherLayouts {
			if t, err := time.Parse(layout, s); err == nil && plausibleYear(t.Year()) {
				return t.Format(time.RFC3339), true
			}
		}
	}
	return findTextDate(s)
}

// opensLayout reports whether s opens as one of otherLayouts may: with a weekday's first three
// letters, in any case (as time.Parse reads them), or four digits and a slash.
func opensLayout(s string) bool {
	if len(s) >= 5 && dom.IsDigits(s[:4]) && s[4] == '/' {
		return true
	}
	if len(s) < 3 {
		return false
	}
	switch string([]byte{s[0] | 0x20, s[1] | 0x20, s[2] | 0x20}) {
	case "mon", "tue", "wed", "thu", "fri", "sat", "sun":
		return true
	}
	return false
}

// isoDateString normalizes an ISO 8601 date or date-time at the start of s.
func isoDateString(s string) (string, bool) {
	// isoDate opens with four digits and a hyphen: what does not is no match, without the
	// regexp's allocations.
	if len(s) < len("2006-1-2") || !dom.IsDigits(s[:4]) || s[4] != '-' {
		return "", false
	}
	m := isoDate.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
	if !validDate(y, mo, d) {
		return "", false
	}
	date := isoDay(y, mo, d)
	if m[4] == "" {
		return date, true
	}
	h, mi, sec := atoi(m[4]), atoi(m[5]), atoi(m[6])
	if h > 23 || mi > 59 || sec > 60 {
		return date, true
	}
	clock := date + "T" + twoDigits(h) + ":" + twoDigits(mi) + ":" + twoDigits(min(sec, 59))
	switch zone := m[7]; {
	case zone == "":
		return clock, true
	case zone == "Z" || zone == "UTC" || zone == "GMT":
		return clock + "Z", true
	default:
		digits := strings.ReplaceAll(zone[1:], ":", "")
		if len(digits) == 2 {
			digits += "00"
		}
		if atoi(digits[:2]) > 14 || atoi(digits[2:]) > 59 {
			return clock, true
		}
		return clock + zone[:1] + digits[:2] + ":" + digits[2:], true
	}
}

// findTextDate finds the first human-written date in s and returns it as "YYYY-MM-DD".
func findTextDate(s string) (string, bool) {
	d, at := textDate(s)
	return d, at >= 0
}

// Index returns the byte offset of the first human-written date in s, or -1.
func Index(s string) int {
	return IndexWithin(s, len(s))
}

// IndexWithin is [Index] for a date that starts at or before byte maxAt of s: -1 when there is none.
func IndexWithin(s string, maxAt int) int {
	_, at := scanTextDate(s, maxAt)
	return at
}

// textDate finds the first human-written date in s: "YYYY-MM-DD" and its offset, or "", -1.
func textDate(s string) (string, int) {
	d, at := scanTextDate(s, len(s))
	if at < 0 {
		return "", -1
	}
	return isoDay(d.y, d.m, d.d), at
}

// A human-written date is one of seven forms, the month as a word looked up in monthNames
// (and, between a day and a year, in dayFirstMonthNames: "12 ago 2025"):
//
//	day month year   "3 March 2023", "3. März 2023", "3 марта 2023 г.", "3 de marzo de 2023", "3rd Mar. 2023",
//	                 "3rd of March 2023"
//	day-month-year   "03-Mar-2023", "03/Mar/2023", "03.Mar.2023"
//	month day year   "March 3, 2023", "Mar. 3rd 2023", "Dec 28 Sat 2013" (a weekday before the year)
//	Y-M-D            "2023-03-03", "2023/03/03", "2023.03.03"
//	D.M.Y            "03.03.2023", "3. 3. 2023"
//	M/D/Y            "3/14/2023", "3-14-2023" (or "14/3/2023", which can only be day first)
//	CJK              "2023年3月3日", "2023년 3월 3일"
//
// scanTextDate reads them with a hand-written scanner, no regular expressions: it runs on the
// text of every short line of a page. It matches what these regular expressions (RE2 syntax,
// so \d, \s and \b are ASCII) found, leftmost first, and textDate's rules for choosing among
// them: the first four matches of each word form are candidates, and only the first match of
// each numeric form; the valid candidate that starts first wins.
//
//	(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:(?:de|of)\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})
//	\b(\d{1,2})(?:-(\p{L}+)-|/(\p{L}+)/|\.(\p{L}+)\.)(\d{4})\b
//	(?i)(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:<weekday>\.?,?\s+)?(\d{4})
//	\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b
//	\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b
//	\b(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b
//	\b(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]

// ymd is a calendar day as read, not yet validated.
type ymd struct{ y, m, d int }

// scanTextDate returns the first valid human-written date in s that starts at or before
// maxAt, and where it starts; -1 when there is none. Every form holds a four-digit
// year, so text without one is rejected at once.
func scanTextDate(s string, maxAt int) (ymd, int) {
	best, bestAt := ymd{}, -1
	if !HasDigitRun(s, 4) {
		return best, -1
	}
	try := func(at int, d ymd) {
		if validDate(d.y, d.m, d.d) && (bestAt < 0 || at < bestAt) {
			best, bestAt = d, at
		}
	}
	maxAt = min(maxAt, len(s)-1)
	// Day month year and month day year, then a day, a month's abbreviation and a year
	// between separators: successive matches, each search resuming where the last match ended.
	for _, match := range [...]func(string, int) (int, ymd, bool){matchDayMonthYear, matchDayMonSepYear} {
		for i, n := 0, 0; i <= maxAt && n < maxWordMatches; {
			end, d, ok := match(s, i)
			if !ok {
				i++
				continue
			}
			n++
			if d.m > 0 {
				try(i, d)
			}
			i = end
		}
	}
	for i, n := 0, 0; i <= maxAt && n < maxWordMatches; {
		c, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(c) {
			i += w
			continue
		}
		// A match starts where a run of letters does: the run is read whole, so a start
		// inside it would end the same way.
		end, d, ok := matchMonthDayYear(s, i)
		if !ok {
			i = skipLetters(s, i)
			continue
		}
		n++
		if d.m > 0 {
			try(i, d)
		}
		i = end
	}
	// The numeric forms: only the first match of each is a candidate.
	for _, match := range []func(string, int) (ymd, bool){matchYMD, matchDMY, matchMDY, matchCJK} {
		for i := 0; i <= maxAt; i++ {
			if d, ok := match(s, i); ok {
				try(i, d)
				break
			}
		}
	}
	return best, bestAt
}

// matchDayMonthYear matches "3 March 2023" at i: the end of the match and the date, its month
// 0 when the word is no month name.
func matchDayMonthYear(s string, i int) (int, ymd, bool) {
	day, j, ok := wordBoundedDigits(s, i, 2)
	if !ok {
		return 0, ymd{}, false
	}
	j = skipOrdinal(s, j)
	if j < len(s) && s[j] == '.' {
		j++
	}
	if j = skipSpaces(s, j); j < 0 {
		return 0, ymd{}, false
	}
	// "(?:(?:de|of)\s+)?" is taken when the rest matches after it, else the rest is tried without it.
	if k := skipDeOf(s, j); k > j {
		if end, mo, y, ok := matchMonthYear(s, k); ok {
			return end, ymd{y, mo, day}, true
		}
	}
	if end, mo, y, ok := matchMonthYear(s, j); ok {
		return end, ymd{y, mo, day}, true
	}
	return 0, ymd{}, false
}

// matchMonthYear matches "March 2023", "marzo de 2023", "Mar., 2023" at i: the end, the month
// (0 for a word that is no month name) and the year.
func matchMonthYear(s string, i int) (end, month, year int, ok bool) {
	j := skipLetters(s, i)
	if j == i {
		return 0, 0, 0, false
	}
	word := s[i:j]
	if j < len(s) && s[j] == '.' {
		j++
	}
	if j < len(s) && s[j] == ',' {
		j++
	}
	if j = skipSpaces(s, j); j < 0 {
		return 0, 0, 0, false
	}
	j = skipDe(s, j)
	if !digitsAt(s, j, 4) {
		return 0, 0, 0, false
	}
	return j + 4, dayMonthNumber(word), digitsValue(s[j : j+4]), true
}

// matchDayMonSepYear matches "03-Mar-2023", "03/Mar/2023" or "03.Mar.2023" at i: the end of
// the match and the date, its month 0 when the word is no month name.
func matchDayMonSepYear(s string, i int) (int, ymd, bool) {
	day, j, ok := wordBoundedDigits(s, i, 2)
	if !ok || j >= len(s) || !isDateSep(s[j]) {
		return 0, ymd{}, false
	}
	sep := s[j]
	k := skipLetters(s, j+1)
	if k == j+1 || k >= len(s) || s[k] != sep || !digitsAt(s, k+1, 4) || !wordEnd(s, k+5) {
		return 0, ymd{}, false
	}
	return k + 5, ymd{digitsValue(s[k+1 : k+5]), dayMonthNumber(s[j+1 : k]), day}, true
}

// matchMonthDayYear matches "March 3, 2023" at i, the start of a run of letters: the end of
// the match and the date, its month 0 when the word is no month name.
func matchMonthDayYear(s string, i int) (int, ymd, bool) {
	j := skipLetters(s, i)
	word := s[i:j]
	if j < len(s) && s[j] == '.' {
		j++
	}
	if j = skipSpaces(s, j); j < 0 {
		return 0, ymd{}, false
	}
	n := digitRun(s, j)
	if n == 0 || n > 2 {
		return 0, ymd{}, false
	}
	day := digitsValue(s[j : j+n])
	j = skipOrdinal(s, j+n)
	if j < len(s) && s[j] == ',' {
		j++
	}
	if j = skipSpaces(s, j); j < 0 {
		return 0, ymd{}, false
	}
	j = skipWeekday(s, j) // "Dec 28 Sat 2013"
	if !digitsAt(s, j, 4) {
		return 0, ymd{}, false
	}
	return j + 4, ymd{digitsValue(s[j : j+4]), monthNumber(word), day}, true
}

// skipWeekday skips a weekday name at i, with its period or comma and the spaces after it
// ("Sat ", "Sat., "), if one is there.
func skipWeekday(s string, i int) int {
	j := skipLetters(s, i)
	if j == i || j-i > maxMonthBytes || !IsWeekday(s[i:j]) {
		return i
	}
	if j < len(s) && s[j] == '.' {
		j++
	}
	if j < len(s) && s[j] == ',' {
		j++
	}
	if k := skipSpaces(s, j); k > 0 {
		return k
	}
	return i
}

// IsWeekday reports whether word, in any case and without a period, is a day name of the
// word tables ("Sat", "Saturday", "samedi").
func IsWeekday(word string) bool {
	return weekdayNames[strings.ToLower(strings.TrimSuffix(word, "."))]
}

// matchYMD matches "2023-03-03", "2023/03/03" or "2023.03.03" at i, or "2023. 3. 3." (Korean)
// (see matchSpacedYMD).
func matchYMD(s string, i int) (ymd, bool) {
	y, j, ok := wordBoundedDigits(s, i, 4)
	if !ok || j-i != 4 || j >= len(s) || !isDateSep(s[j]) {
		return ymd{}, false
	}
	if s[j] == '.' && j+1 < len(s) && isSpaceRE(s[j+1]) {
		return matchSpacedYMD(s, y, j+2)
	}
	m, j, ok := numberThen(s, j+1)
	if !ok || j >= len(s) || !isDateSep(s[j]) {
		return ymd{}, false
	}
	d, j, ok := numberThen(s, j+1)
	if !ok || !wordEnd(s, j) {
		return ymd{}, false
	}
	return ymd{y, m, d}, true
}

// matchSpacedYMD reads the month and day of the Korean numeric form, "2023. 3. 3." (a space
// after each dot; the one after the month's may be left out), from i, just past the year's dot
// and its space.
func matchSpacedYMD(s string, y, i int) (ymd, bool) {
	m, j, ok := numberThen(s, i)
	if !ok || j >= len(s) || s[j] != '.' {
		return ymd{}, false
	}
	d, j, ok := numberThen(s, skipSpace(s, j+1))
	if !ok || !wordEnd(s, j) {
		return ymd{}, false
	}
	return ymd{y, m, d}, true
}

// matchCJK matches "2023年3月3日" (Chinese, Japanese) or "2023년 3월 3일" (Korean) at i, with
// any spaces around the numbers.
func matchCJK(s string, i int) (ymd, bool) {
	y, j, ok := wordBoundedDigits(s, i, 4)
	if !ok || j-i != 4 {
		return ymd{}, false
	}
	var md [2]int // the month after the year unit, the day after the month unit
	for k, unit := range [2][2]string{{"年", "년"}, {"月", "월"}} {
		if j = cutUnit(s, j, unit); j < 0 {
			return ymd{}, false
		}
		if md[k], j, ok = numberThen(s, skipAnySpaces(s, j)); !ok {
			return ymd{}, false
		}
	}
	if cutUnit(s, j, [2]string{"日", "일"}) < 0 {
		return ymd{}, false
	}
	return ymd{y, md[0], md[1]}, true
}

// cutUnit skips spaces and then one of the two unit characters at i: the index after it, or
// -1 when neither is there.
func cutUnit(s string, i int, unit [2]string) int {
	i = skipAnySpaces(s, i)
	for _, u := range unit {
		if strings.HasPrefix(s[i:], u) {
			return i + len(u)
		}
	}
	return -1
}

// skipAnySpaces skips zero or more spaces at i.
func skipAnySpaces(s string, i int) int {
	for i < len(s) && isSpaceRE(s[i]) {
		i++
	}
	return i
}

// matchDMY matches "03.03.2023" or "3. 3. 2023" at i.
func matchDMY(s string, i int) (ymd, bool) {
	d, j, ok := wordBoundedDigits(s, i, 2)
	if !ok || j >= len(s) || s[j] != '.' {
		return ymd{}, false
	}
	m, j, ok := numberThen(s, skipSpace(s, j+1))
	if !ok || j >= len(s) || s[j] != '.' {
		return ymd{}, false
	}
	j = skipSpace(s, j+1)
	if !digitsAt(s, j, 4) || !wordEnd(s, j+4) {
		return ymd{}, false
	}
	return ymd{digitsValue(s[j : j+4]), m, d}, true
}

// matchMDY matches "3/14/2023" or "3-14-2023" at i; a first number over 12 is the day
// ("14/3/2023").
func matchMDY(s string, i int) (ymd, bool) {
	a, j, ok := wordBoundedDigits(s, i, 2)
	if !ok || j >= len(s) || s[j] != '/' && s[j] != '-' {
		return ymd{}, false
	}
	sep := s[j]
	b, j, ok := numberThen(s, j+1)
	if !ok || j >= len(s) || s[j] != sep || !digitsAt(s, j+1, 4) || !wordEnd(s, j+5) {
		return ymd{}, false
	}
	if a > 12 {
		a, b = b, a
	}
	return ymd{digitsValue(s[j+1 : j+5]), a, b}, true
}

// wordBoundedDigits reads the number at i, of 1 to max digits, that starts a word: the value,
// the end, and false when i is no word start or the run of digits is longer than max.
func wordBoundedDigits(s string, i, max int) (int, int, bool) {
	if i > 0 && isWordByte(s[i-1]) {
		return 0, 0, false
	}
	n := digitRun(s, i)
	if n == 0 || n > max {
		return 0, 0, false
	}
	return digitsValue(s[i : i+n]), i + n, true
}

// numberThen reads a number of one or two digits at i: the value and the end.
func numberThen(s string, i int) (int, int, bool) {
	n := digitRun(s, i)
	if n == 0 || n > 2 {
		return 0, 0, false
	}
	return digitsValue(s[i : i+n]), i + n, true
}

// isWordByte reports whether c is an ASCII word character, as \b reads them.
func isWordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// wordEnd reports whether a word ends at i (\b after a digit).
func wordEnd(s string, i int) bool { return i >= len(s) || !isWordByte(s[i]) }

func isDateSep(c byte) bool { return c == '-' || c == '/' || c == '.' }

// isSpaceRE reports whether c is white space as \s reads it: ASCII space, tab, and line breaks.
func isSpaceRE(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// skipSpaces skips one or more spaces at i; -1 when there is none.
func skipSpaces(s string, i int) int {
	j := i
	for j < len(s) && isSpaceRE(s[j]) {
		j++
	}
	if j == i {
		return -1
	}
	return j
}

// skipSpace skips at most one space at i.
func skipSpace(s string, i int) int {
	if i < len(s) && isSpaceRE(s[i]) {
		return i + 1
	}
	return i
}

// skipDe skips "de" and the spaces after it at i ("3 de marzo de 2023"), if they are there.
func skipDe(s string, i int) int {
	if i+2 < len(s) && s[i]|0x20 == 'd' && s[i+1]|0x20 == 'e' && isSpaceRE(s[i+2]) {
		return skipSpaces(s, i+2)
	}
	return i
}

// skipDeOf skips "de" or "of" and the spaces after it at i ("3 de marzo de 2023", "3rd of
// March 2023"), if they are there.
func skipDeOf(s string, i int) int {
	if k := skipDe(s, i); k > i {
		return k
	}
	if i+2 < len(s) && s[i]|0x20 == 'o' && s[i+1]|0x20 == 'f' && isSpaceRE(s[i+2]) {
		return skipSpaces(s, i+2)
	}
	return i
}

// skipOrdinal skips an English ordinal suffix at i: "st", "nd", "rd", "th", in any case.
func skipOrdinal(s string, i int) int {
	if i+2 > len(s) {
		return i
	}
	switch a, b := s[i]|0x20, s[i+1]|0x20; {
	case a == 's' && b == 't', a == 'n' && b == 'd', a == 'r' && b == 'd', a == 't' && b == 'h':
		return i + 2
	}
	return i
}

// skipLetters returns the end of the run of letters at i.
func skipLetters(s string, i int) int {
	for i < len(s) {
		c, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(c) {
			break
		}
		i += w
	}
	return i
}

// digitRun returns the number of ASCII digits at i.
func digitRun(s string, i int) int {
	n := 0
	for i+n < len(s) && '0' <= s[i+n] && s[i+n] <= '9' {
		n++
	}
	return n
}

// digitsAt reports whether s holds n digits at i; like \d{n}, it says nothing of what follows.
func digitsAt(s string, i, n int) bool {
	if i < 0 || i+n > len(s) {
		return false
	}
	for k := i; k < i+n; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}

// digitsValue is the value of a short run of ASCII digits.
func digitsValue(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// HasDigitRun reports whether s holds n ASCII digits in a row. The metadata reader asks it
// of most short texts of a page: it reads only every n-th byte (any n bytes in a row hold one
// at an offset that is n-1 modulo n) and, at a digit there, counts the run it is in.
func HasDigitRun[T string | []byte](s T, n int) bool {
	if n <= 1 {
		for i := 0; i < len(s); i++ {
			if '0' <= s[i] && s[i] <= '9' {
				return true
			}
		}
		return false
	}
	for p := n - 1; p < len(s); p += n {
		if s[p] < '0' || s[p] > '9' {
			continue
		}
		l, r := p, p
		for l > 0 && '0' <= s[l-1] && s[l-1] <= '9' && r-l+1 < n {
			l--
		}
		for r+1 < len(s) && '0' <= s[r+1] && s[r+1] <= '9' && r-l+1 < n {
			r++
		}
		if r-l+1 >= n {
			return true
		}
	}
	return false
}

// monthNumber looks a month word up in monthNames, ignoring case; 0 when it is none. It
// lower-cases into a buffer on the stack: this runs for every word before a number.
func monthNumber(word string) int {
	return lookupMonth(word, false)
}

// dayMonthNumber is [monthNumber] for a word between a day and a year, where the
// abbreviations of dayFirstMonthNames are months too.
func dayMonthNumber(word string) int {
	return lookupMonth(word, true)
}

// lookupMonth looks word up, lower-cased, in monthNames and, with dayFirst, in
// dayFirstMonthNames: 1-12, or 0.
func lookupMonth(word string, dayFirst bool) int {
	if len(word) > 3*maxMonthBytes {
		return 0
	}
	var buf [3 * maxMonthBytes]byte
	low := buf[:0]
	for _, r := range word {
		low = utf8.AppendRune(low, unicode.ToLower(r))
	}
	if m := monthNames[string(low)]; m > 0 || !dayFirst {
		return m
	}
	return dayFirstMonthNames[string(low)]
}

// twoDigits formats 0-99 as two digits.
func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}

// isoDay formats a valid date as "YYYY-MM-DD".
func isoDay(y, m, d int) string {
	var b [10]byte
	b[0], b[1], b[2], b[3] = byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
	b[4], b[5], b[6] = '-', byte('0'+m/10), byte('0'+m%10)
	b[7], b[8], b[9] = '-', byte('0'+d/10), byte('0'+d%10)
	return string(b[:])
}

// urlDate matches the date in a permalink: /2023/03/03/, /2023-03-03/, /20230303/.
var urlDate = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|_|\.|$)|/((?:19|20)\d{2})(\d{2})(\d{2})/|/((?:19|20)\d{2})/(\pL+)/(\d{1,2})(?:/|-|_|\.|$)`)

// FromURL returns the date in a URL's path ("/2023/10/03/", "/20231003/", "/2023/october/03/"),
// as "YYYY-MM-DD".
func FromURL(u string) (string, bool) {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	m := urlDate.FindStringSubmatch(u)
	if m == nil {
		return "", false
	}
	y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
	switch {
	case m[4] != "":
		y, mo, d = atoi(m[4]), atoi(m[5]), atoi(m[6])
	case m[7] != "": // "/2023/october/03/"
		y, mo, d = atoi(m[7]), monthNumber(m[8]), atoi(m[9])
	}
	if !validDate(y, mo, d) {
		return "", false
	}
	return isoDay(y, mo, d), true
}

// dateWordsByStart lists the date words by the first byte their first letter can have, in
// any case that strings.EqualFold matches: a line is compared only with the words that can
// open it.
var dateWordsByStart = func() (t [256][]string) {
	for _, w := range dateWords {
		r, _ := utf8.DecodeRuneInString(w)
		seen := [256]bool{}
		for f := unicode.SimpleFold(r); ; f = unicode.SimpleFold(f) {
			if b := utf8.AppendRune(nil, f)[0]; !seen[b] {
				seen[b] = true
				t[b] = append(t[b], w)
			}
			if f == r {
				break
			}
		}
	}
	return t
}()

// StartsWithWord reports whether a line opens with a word that announces a date.
func StartsWithWord(text string) bool {
	if text == "" {
		return false
	}
	words := dateWordsByStart[text[0]]
	if len(words) == 0 || len(text) > maxDateLineRunes && (len(text) > 4*maxDateLineRunes || utf8.RuneCountInString(text) > maxDateLineRunes) {
		return false
	}
	for _, w := range words {
		if hasPrefixFold(text, w) {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with the lower-case prefix p, ignoring case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// IsUpdate reports whether a date line gives the modification date ("Updated ...").
func IsUpdate(text string) bool {
	t := strings.ToLower(text)
	for _, w := range updateLineWords {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// HasOriginal reports whether text holds words that say a first publication's date follows
// (see [Original]), in any case. It allocates nothing: it runs on the opening of every
// paragraph of a page.
func HasOriginal(text string) bool {
	return originalAt(text) >= 0
}

// originalAt returns the offset just past the first of originalPhrases in text, ignoring case;
// -1 when there is none. Only word starts are tried, each against the phrases that open with
// its letter.
func originalAt(text string) int {
	for i := 0; i < len(text); i++ {
		c := text[i] | 0x20
		if c < 'a' || c > 'z' || i > 0 && text[i-1] != ' ' {
			continue
		}
		for _, p := range originalByLetter[c-'a'] {
			if i+len(p) <= len(text) && strings.EqualFold(text[i:i+len(p)], p) {
				return i + len(p)
			}
		}
	}
	return -1
}

// Original reads the date of a text's first publication from a line that says so: the date
// that follows "originally published" ("ursprünglich veröffentlicht am 3. März 2021") within
// a few words. dayFirst is as for [Line].
func Original(line string, dayFirst bool) (string, bool) {
	at := originalAt(line)
	if at < 0 {
		return "", false
	}
	rest := line[at:]
	i := IndexWithin(rest, maxOriginalGap)
	if i < 0 {
		return "", false
	}
	rest = rest[i:]
	if len(rest) > maxOriginalDate {
		cut := maxOriginalDate
		for cut > 0 && !utf8.RuneStart(rest[cut]) {
			cut--
		}
		rest = rest[:cut]
	}
	return Line(rest, dayFirst)
}

// validDate reports whether y-m-d is a real calendar day in a plausible year.
func validDate(y, m, d int) bool {
	if !plausibleYear(y) || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func plausibleYear(y int) bool { return y >= minDateYear && y <= maxDateYear }

// atoi parses a run of ASCII digits; anything else gives 0, which no check accepts.
func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// Swapped reports whether the days a and b ("YYYY-MM-DD...") are one numeric date read both
// ways: the same year, a's month b's day and a's day b's month ("03/10/2023" read month
// first and day first).
func Swapped(a, b string) bool {
	return len(a) >= 10 && len(b) >= 10 && a[:10] != b[:10] && a[:5] == b[:5] && a[5:7] == b[8:10] && a[8:10] == b[5:7]
}

// Line is [Normalize] for a line of a page. A date written a/b/yyyy with both numbers 12 or
// less is read month first ("3/4/2025" is March 4) unless dayFirst says the page's language
// writes the day first, as most do (see [DayFirst]).
func Line(s string, dayFirst bool) (string, bool) {
	d, ok := Normalize(s)
	return readDayFirst(s, d, ok, dayFirst)
}

// TextDay is [Line] for the human-written date of a line alone ("Nov. 18th 2019 8:54 am PT"),
// without the machine formats of [Normalize] (ISO 8601 at the start, RFC 1123), which a
// line of text rarely holds and whose failed parses allocate: "YYYY-MM-DD", or false.
func TextDay(s string, dayFirst bool) (string, bool) {
	if len(s) > maxDateChars {
		return "", false
	}
	d, ok := findTextDate(s)
	return readDayFirst(s, d, ok, dayFirst)
}

// readDayFirst returns d, the date that s holds as read month first (ok: s holds one), read
// day first instead when dayFirst says so and its numbers allow it.
func readDayFirst(s, d string, ok, dayFirst bool) (string, bool) {
	if !ok || !dayFirst {
		return d, ok
	}
	if dm, at := scanTextDate(s, len(s)); at >= 0 && isoDay(dm.y, dm.m, dm.d) == d {
		if md, ok := matchMDY(s, at); ok && md == dm && md.d <= 12 && validDate(md.y, md.d, md.m) {
			return isoDay(md.y, md.d, md.m), true
		}
	}
	return d, true
}

// DayFirst reports whether pages in a language (a BCP 47 tag, as Metadata.Language gives it)
// write numeric dates day first: all but American English and pages of unknown language in
// Latin script.
func DayFirst(lang string) bool {
	switch {
	case lang == "" || lang == "und-Latn":
		return false
	case lang == "en" || strings.HasPrefix(lang, "en-"):
		low := strings.ToLower(lang)
		for _, l := range dayFirstEnglish {
			if low == l {
				return true
			}
		}
		return false
	}
	return true
}

// ParseISO parses the three forms that dates take in pith's metadata: RFC 3339, a date-time
// without an offset (taken as UTC), a date alone (midnight UTC).
func ParseISO(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", time.DateOnly} {
		// A text shorter than the layout's shortest form ("2006-01-02T15:04:05Z" for RFC
		// 3339) is not one: no time.Parse, whose failure allocates.
		if len(s) < minLayoutLen(layout) {
			continue
		}
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// minLayoutLen is the length of the shortest text that time.Parse reads with layout, one of
// ParseISO's: RFC 3339's shortest form ends with "Z" in place of the layout's "Z07:00".
func minLayoutLen(layout string) int {
	if layout == time.RFC3339 {
		return len("2006-01-02T15:04:05Z")
	}
	return len(layout)
}

// IsDateWord reports whether w, a word of a line, is part of a written date or time: it
// holds a digit, or is a month or weekday name, or a word that dates and times hold ("at",
// "PM", "um", "Uhr"). Trailing periods and commas are ignored.
func IsDateWord(w string) bool {
	w = strings.TrimRight(w, ".,:")
	return strings.ContainsFunc(w, unicode.IsDigit) || IsMonth(w) || IsWeekday(w) || dateFillers[strings.ToLower(w)]
}

// IsDateOnly reports whether a line is a date and nothing else: it holds a written date and
// every word is part of one ("Dec 28 Sat 2013 00:28", "3. März 2023, 10:15 Uhr").
func IsDateOnly(line string) bool {
	if Index(line) < 0 {
		return false
	}
	for w := range strings.FieldsFuncSeq(line, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == '·' || r == '•' || r == '/' }) {
		if !IsDateWord(w) && !isDayMonthWord(w) && strings.ContainsFunc(w, unicode.IsLetter) {
			return false
		}
	}
	return true
}

// isDayMonthWord reports whether w, a word of a line, belongs to a date only between a day
// and a year: a month of dayFirstMonthNames ("12 ago 2025"), the "of" of "12th of March 2025".
func isDayMonthWord(w string) bool {
	w = strings.ToLower(strings.TrimRight(w, ".,"))
	return w == "of" || dayFirstMonthNames[w] > 0
}

// IsMonth reports whether word, in any case, is a month name of the word tables.
func IsMonth(word string) bool {
	_, ok := monthNames[strings.ToLower(word)]
	return ok
}

// Clock returns the first time of day in s ("9:05 pm", "21:05", "9:05 a.m."): the hour on a
// 24-hour clock and the minute; false when s holds none.
func Clock(s string) (hour, minute int, ok bool) {
	for i := 0; i+3 < len(s); i++ {
		h, j, ok := wordBoundedDigits(s, i, 2)
		if !ok || j+2 >= len(s) || s[j] != ':' || !digitsAt(s, j+1, 2) || digitRun(s, j+1) != 2 {
			continue
		}
		m := digitsValue(s[j+1 : j+3])
		k := skipAnySpaces(s, j+3)
		switch half := meridiem(s, k); {
		case m > 59:
			continue
		case half == 0 && h <= 23:
			return h, m, true
		case half != 0 && h >= 1 && h <= 12:
			return h%12 + 12*(half-1), m, true
		}
	}
	return 0, 0, false
}

// meridiem reads "am", "pm", "a.m." or "p.m." at i, in any case: 1 for the morning, 2 for the
// afternoon, 0 when neither is there (or letters run on after it).
func meridiem(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	half := 0
	switch s[i] | 0x20 {
	case 'a':
		half = 1
	case 'p':
		half = 2
	default:
		return 0
	}
	j := i + 1
	if j < len(s) && s[j] == '.' {
		j++
	}
	if j >= len(s) || s[j]|0x20 != 'm' {
		return 0
	}
	j++
	if j < len(s) && s[j] == '.' {
		j++
	}
	if j < len(s) && isWordByte(s[j]) {
		return 0
	}
	return half
}
