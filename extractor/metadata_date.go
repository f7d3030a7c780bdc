package extractor

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Dates in [Metadata] are ISO 8601 strings at the precision the page gives: "2023-03-03" when
// only the day is known, "2023-03-03T14:05:00+01:00" (RFC 3339) when the time and its offset
// are, "2023-03-03T14:05:00" when the page gives a time without an offset. A time.Time would
// invent a midnight and a time zone the page never stated.

// Plausible years for a publication date: older or far later ones are typos or placeholders.
const (
	minDateYear = 1990
	maxDateYear = 2100
)

// isoDate matches the ISO 8601 dates and date-times that machine-readable sources give
// (JSON-LD, meta, <time datetime>), with the offset in any of its spellings.
var isoDate = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?`)

// otherLayouts are the non-ISO formats seen in meta tags (RFC 1123 from feeds, ANSI C).
var otherLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, time.UnixDate,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2006/01/02 15:04:05",
}

// normalizeDate turns a machine-readable date (ISO 8601 or RFC 1123) into its ISO 8601 form,
// or failing that finds a human-written date in s ("March 3, 2023", "3. März 2023").
func normalizeDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxLineChars*2 {
		return "", false
	}
	if d, ok := isoDateString(s); ok {
		return d, true
	}
	for _, layout := range otherLayouts {
		if t, err := time.Parse(layout, s); err == nil && plausibleYear(t.Year()) {
			return t.Format(time.RFC3339), true
		}
	}
	return findTextDate(s)
}

// isoDateString normalizes an ISO 8601 date or date-time at the start of s.
func isoDateString(s string) (string, bool) {
	m := isoDate.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
	if !validDate(y, mo, d) {
		return "", false
	}
	date := fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	if m[4] == "" {
		return date, true
	}
	h, mi, sec := atoi(m[4]), atoi(m[5]), atoi(m[6])
	if h > 23 || mi > 59 || sec > 60 {
		return date, true
	}
	clock := fmt.Sprintf("%sT%02d:%02d:%02d", date, h, mi, min(sec, 59))
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

// Human-written dates, with the month as a word looked up in monthNames.
var (
	// dayMonthYear: "3 March 2023", "3. März 2023", "3 марта 2023 г.", "3 de marzo de 2023", "3rd Mar. 2023".
	dayMonthYear = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})`)
	// monthDayYear: "March 3, 2023", "Mar. 3rd 2023".
	monthDayYear = regexp.MustCompile(`(?i)(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`)
	// numericDate: "2023-03-03", "2023/03/03", "03.03.2023", "3/14/2023".
	numericYMD = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	numericDMY = regexp.MustCompile(`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b`)
	numericMDY = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
)

// findTextDate finds the first human-written date in s and returns it as "YYYY-MM-DD".
func findTextDate(s string) (string, bool) {
	d, at := textDate(s)
	return d, at >= 0
}

// textDateIndex returns the byte offset of the first human-written date in s, or -1.
func textDateIndex(s string) int {
	_, at := textDate(s)
	return at
}

// textDate finds the first human-written date in s: "YYYY-MM-DD" and its offset, or "", -1.
func textDate(s string) (string, int) {
	type found struct {
		at      int
		y, m, d int
	}
	var best *found
	try := func(at, y, m, d int) {
		if validDate(y, m, d) && (best == nil || at < best.at) {
			best = &found{at, y, m, d}
		}
	}
	for _, m := range dayMonthYear.FindAllStringSubmatchIndex(s, 4) {
		if mo, ok := monthNames[strings.ToLower(s[m[4]:m[5]])]; ok {
			try(m[0], atoi(s[m[6]:m[7]]), mo, atoi(s[m[2]:m[3]]))
		}
	}
	for _, m := range monthDayYear.FindAllStringSubmatchIndex(s, 4) {
		if mo, ok := monthNames[strings.ToLower(s[m[2]:m[3]])]; ok {
			try(m[0], atoi(s[m[6]:m[7]]), mo, atoi(s[m[4]:m[5]]))
		}
	}
	if m := numericYMD.FindStringSubmatchIndex(s); m != nil {
		try(m[0], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	if m := numericDMY.FindStringSubmatchIndex(s); m != nil {
		try(m[0], atoi(s[m[6]:m[7]]), atoi(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]))
	}
	if m := numericMDY.FindStringSubmatchIndex(s); m != nil {
		a, b := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]])
		if a > 12 {
			a, b = b, a // 14/3/2023 can only be day first
		}
		try(m[0], atoi(s[m[6]:m[7]]), a, b)
	}
	if best == nil {
		return "", -1
	}
	return fmt.Sprintf("%04d-%02d-%02d", best.y, best.m, best.d), best.at
}

// urlDate matches the date in a permalink: /2023/03/03/, /2023-03-03/, /20230303/.
var urlDate = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|_|\.|$)|/((?:19|20)\d{2})(\d{2})(\d{2})/`)

// dateFromURL returns the date in a URL's path, as "YYYY-MM-DD".
func dateFromURL(u string) (string, bool) {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	m := urlDate.FindStringSubmatch(u)
	if m == nil {
		return "", false
	}
	y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
	if m[1] == "" {
		y, mo, d = atoi(m[4]), atoi(m[5]), atoi(m[6])
	}
	if !validDate(y, mo, d) {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), true
}

// dateWords open a visible date line: "Published March 3, 2023", "Veröffentlicht am 3. März 2023".
var dateWords = []string{
	"published", "posted", "updated", "last updated", "date:", "on ", "veröffentlicht", "aktualisiert", "stand:",
	"publié", "mis à jour", "publicado", "actualizado", "pubblicato", "опубликовано", "обновлено", "дата публикации",
	"опубліковано", "оновлено",
}

// startsWithDateWord reports whether a line opens with a word that announces a date.
func startsWithDateWord(text string) bool {
	if len(text) > 80 {
		return false
	}
	for _, w := range dateWords {
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

// isUpdateLine reports whether a date line gives the modification date ("Updated ...").
func isUpdateLine(text string) bool {
	t := strings.ToLower(text)
	for _, w := range []string{"updated", "last updated", "aktualisiert", "mis à jour", "actualizado", "обновлено", "оновлено", "modified"} {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
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

// monthNames maps month words, lower-cased, in the languages pith is tested on, to 1-12.
// Abbreviations are listed without their period. Slavic months are in the genitive case
// that dates use ("3 марта") and in the nominative.
var monthNames = func() map[string]int {
	lists := [][]string{
		// English
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
		// German
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"jän", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"},
		// French
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"},
		// Spanish
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		// Italian
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		// Portuguese
		{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		// Dutch
		{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		// Russian, genitive and nominative
		{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
		// Ukrainian, genitive and nominative
		{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
		{"січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"},
	}
	m := map[string]int{"sept": 9, "maerz": 3, "jänner": 1, "setiembre": 9, "fév": 2, "janu": 1}
	for _, l := range lists {
		for i, name := range l {
			m[name] = i + 1
		}
	}
	return m
}()
