package dates

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/randtext"
	"github.com/stretchr/testify/assert"
)

// The regular expressions that textDate ran before its scanner, and textDate as it was: the
// reference that the scanner must agree with.
var (
	refDayMonthYear = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:(?:de|of)\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})`)
	refDayMonSepYr  = regexp.MustCompile(`\b(\d{1,2})(?:-(\p{L}+)-|/(\p{L}+)/|\.(\p{L}+)\.)(\d{4})\b`)
	refMonthDayYear = regexp.MustCompile(`(?i)(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:(?:` + refWeekdays() + `)\.?,?\s+)?(\d{4})`)
	refNumericYMD   = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	refSpacedYMD    = regexp.MustCompile(`\b(\d{4})\.\s(\d{1,2})\.\s?(\d{1,2})\b`)
	refNumericDMY   = regexp.MustCompile(`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b`)
	refNumericMDY   = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	refNumericMDYd  = regexp.MustCompile(`\b(\d{1,2})-(\d{1,2})-(\d{4})\b`)
	refNumericCJK   = regexp.MustCompile(`\b(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)
)

// refWeekdays is the alternation of the weekday names, longest first, as the scanner reads a
// whole run of letters.
func refWeekdays() string {
	var names []string
	for w := range weekdayNames {
		names = append(names, regexp.QuoteMeta(w))
	}
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) > len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
	return strings.Join(names, "|")
}

func refTextDate(s string) (string, int) {
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
	dayMonth := func(w string) (int, bool) {
		if mo, ok := monthNames[strings.ToLower(w)]; ok {
			return mo, true
		}
		mo, ok := dayFirstMonthNames[strings.ToLower(w)]
		return mo, ok
	}
	for _, m := range refDayMonthYear.FindAllStringSubmatchIndex(s, 4) {
		if mo, ok := dayMonth(s[m[4]:m[5]]); ok {
			try(m[0], atoi(s[m[6]:m[7]]), mo, atoi(s[m[2]:m[3]]))
		}
	}
	for _, m := range refDayMonSepYr.FindAllStringSubmatchIndex(s, 4) {
		for g := 4; g <= 8; g += 2 {
			if m[g] >= 0 {
				if mo, ok := dayMonth(s[m[g]:m[g+1]]); ok {
					try(m[0], atoi(s[m[10]:m[11]]), mo, atoi(s[m[2]:m[3]]))
				}
			}
		}
	}
	for _, m := range refMonthDayYear.FindAllStringSubmatchIndex(s, 4) {
		if mo, ok := monthNames[strings.ToLower(s[m[2]:m[3]])]; ok {
			try(m[0], atoi(s[m[6]:m[7]]), mo, atoi(s[m[4]:m[5]]))
		}
	}
	if m := refNumericYMD.FindStringSubmatchIndex(s); m != nil {
		try(m[0], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	if m := refSpacedYMD.FindStringSubmatchIndex(s); m != nil {
		try(m[0], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	if m := refNumericDMY.FindStringSubmatchIndex(s); m != nil {
		try(m[0], atoi(s[m[6]:m[7]]), atoi(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]))
	}
	// The slash and dash forms are one form: only the first match of either is a candidate.
	m := refNumericMDY.FindStringSubmatchIndex(s)
	if d := refNumericMDYd.FindStringSubmatchIndex(s); d != nil && (m == nil || d[0] < m[0]) {
		m = d
	}
	if m != nil {
		a, b := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]])
		if a > 12 {
			a, b = b, a
		}
		try(m[0], atoi(s[m[6]:m[7]]), a, b)
	}
	if m := refNumericCJK.FindStringSubmatchIndex(s); m != nil {
		try(m[0], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	if best == nil {
		return "", -1
	}
	return fmt.Sprintf("%04d-%02d-%02d", best.y, best.m, best.d), best.at
}

// textDateCases are dates as pages write them, and lines that hold none or hold traps.
var textDateCases = []string{
	"", "2023", "March 3, 2023", "Mar. 3rd 2023", "3 March 2023", "3. März 2023", "3 марта 2023 г.",
	"3 de marzo de 2023", "3rd Mar. 2023", "2023-03-03", "2023/03/03", "2023.3.3", "03.03.2023", "3. 3. 2023",
	"3/14/2023", "14/3/2023", "13/14/2023", "Published on March 3, 2023 at 10:00", "Updated: 2023-02-30",
	"2023-02-30 and 2023-03-01", "By Jane Doe March 3, 2023", "Jane Doe-June 3, 2024", "xMarch 3, 2023",
	"Sunday 4, 2023 and March 5, 2023", "12023-03-03", "2023-03-034", "2023-123-1", "3 Dezember 2023",
	"3 de 2023", "3 de de 2023", "3 DE MARZO DE 2023", "MARCH 3RD, 2023", "March 3,2023", "March 33, 2023",
	"March 123, 2023", "123 March 2023", "1 2 3 4 5 March 6 2023 7 April 2024 8 May 2025 9 June 2026",
	"a 1 b 2 c 3 d 4 e 5 May 2023", "Jan 1 2000 Feb 2 2001 Mar 3 2002 Apr 4 2003 May 5 2004",
	"Foo 1 2000 Bar 2 2001 Baz 3 2002 Qux 4 2003 May 5 2004", "3\tMarch\n2023", "3\u00a0March\u00a02023",
	"3 March 20234", "March 3, 20234", "3.3.20234", "3/3/20234", "_3/3/2023", "é3/3/2023", "3/3/2023é",
	"29 February 2024", "29 February 2023", "31 April 2023", "1 January 1989", "1 January 2101",
	"Posted 5 hours ago", "Chapter 12 March 2023", "Vol. 3, 2023", "2023年3月3日", "3 sept. 2023",
	"3 févr. 2023", "3 JÄN 2023", "3 jänner 2023", "3.\u00a0März 2023", "May 5th, 2023, 10:00", "05.06.2023.",
	"On 5 Foo 2023, 6 March 2023", "1st 2nd 3rd March 2023", "2023-03-03T10:00:00Z", "20 de junio del 2023",
	"Marzo 3, 2023", "листопада 3, 2023", "3 листопада 2023", "ıst", "3 İstanbul 2023", "3 KMarch 2023",
	"2023 年 3 月 3 日", "2023. 3. 3.", "2023. 3.3", "작성일 2024. 10. 14. 오전 10:15", "2023. 13. 3.", "2023.  3. 3.", "2023. 3. 33.", "2023. 3.", "公開日：2026年10月14日 9時30分", "2025년 10월 14일 오전 10:15", "2023年13月3日",
	"2023年3月", "12023年3月3日", "2023年3月33日", "2023年3 月3日", "2023年03月03日更新", "2023年\t3月\n3日",
	"3 października 2023", "14. října 2023", "14 Ekim 2025 Salı", "14 oktober 2025", "14 augusti 2025",
	"14 octombrie 2025", "14 Οκτωβρίου 2025", "الثلاثاء 14 أكتوبر 2025", "14 באוקטובר 2025",
	"14 Agustus 2025", "14 أيلول 2025", "Ekim 14, 2025", "Dec 28 Sat 2013 00:28", "Dec 28, Sat., 2013",
	"Dec 28 Saturday 2013", "Dec 28 Satx 2013", "Dec 28 Sat2013", "11-29-2024, 09:03 AM", "29-11-2024",
	"11-29/2024", "13-14-2024 and 3/4/2024", "3/4/2024 and 11-29-2024", "Dec 28 samedi 2013", "Dec 28 SAT 2013",
	"12-Nov-2025", "12/Nov/2025", "12.Nov.2025", "12-Nov/2025", "12-Nov-20251", "123-Nov-2025", "12-Foo-2025 13-Dec-2025",
	"12-nov.-2025", "3-a-2024-Mar-2025", "12th of November 2025", "12 of of November 2025", "1 OF March 2023",
	"12 ago 2025", "12 de ago. de 2025", "12 set. 2025", "12 out 2025", "ago 12, 2025", "out 12 2025", "12 lis 2025",
	"12 paź 2025", "12 Şub 2025", "12. marraskuuta 2025", "12-ago-2025", "3 weeks ago 2025",
}

func TestTextDateMatchesRegexps(t *testing.T) {
	for _, s := range textDateCases {
		wd, wat := refTextDate(s)
		gd, gat := textDate(s)
		assert.Equal(t, wd, gd, "date of %q", s)
		assert.Equal(t, wat, gat, "offset of %q", s)
	}
}

// TestTextDateRandom compares the scanner with the regular expressions on random lines made of
// the pieces dates are made of.
func TestTextDateRandom(t *testing.T) {
	pieces := []string{"0", "1", "2", "3", "9", "12", "31", "2023", "1999", "20234", " ", "  ", "\t", "\n",
		"\u00a0", ".", ",", "-", "/", "_", "st", "ND", "th", "de", "De ", "March", "mar", "Mär", "марта",
		"Sunday", "Sat", "sat.", "x", "é", "日", "by ", "\xff", "Jan", "May", "sept", "a", "年", "月", "년", "월", "일", "ekim", "באוקטובר", "of", "OF ", "ago", "set", "paź"}
	r := rand.New(rand.NewPCG(1, 2))
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for range n {
		var sb strings.Builder
		for range 1 + r.IntN(14) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		wd, wat := refTextDate(s)
		gd, gat := textDate(s)
		if wd != gd || wat != gat {
			t.Fatalf("%q: regexps give %q at %d, the scanner %q at %d", s, wd, wat, gd, gat)
		}
	}
}

func FuzzTextDate(f *testing.F) {
	for _, s := range textDateCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		wd, wat := refTextDate(s)
		gd, gat := textDate(s)
		if wd != gd || wat != gat {
			t.Fatalf("%q: regexps give %q at %d, the scanner %q at %d", s, wd, wat, gd, gat)
		}
	})
}

// TestScanTextDateMaxAt checks that a bound on where the date starts finds what the unbounded
// scan finds when that starts within the bound.
func TestScanTextDateMaxAt(t *testing.T) {
	for _, s := range textDateCases {
		d, at := textDate(s)
		for _, maxAt := range []int{0, 5, 12, 40} {
			bd, bat := scanTextDate(s, maxAt)
			if at >= 0 && at <= maxAt {
				assert.Equal(t, at, bat, "%q bounded at %d", s, maxAt)
				assert.Equal(t, d, isoDay(bd.y, bd.m, bd.d), "%q bounded at %d", s, maxAt)
			} else {
				assert.Equal(t, -1, bat, "%q bounded at %d", s, maxAt)
			}
		}
	}
}

// TestTextDateLanguages checks dates as pages in many languages write them.
func TestTextDateLanguages(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2026年10月14日 9時30分", "2026-10-14"},      // Japanese
		{"发布时间：2026 年 3 月 5 日", "2026-03-05"},    // Chinese
		{"2025년 10월 14일 오전 10:15", "2025-10-14"}, // Korean
		{"2023年13月3日", ""},
		{"3 października 2023", "2023-10-03"},         // Polish
		{"14. října 2023", "2023-10-14"},              // Czech
		{"14 Ekim 2025 Salı", "2025-10-14"},           // Turkish
		{"14 augusti 2025", "2025-08-14"},             // Swedish
		{"14. marts 2025", "2025-03-14"},              // Danish
		{"14 octombrie 2025", "2025-10-14"},           // Romanian
		{"14 Agustus 2025", "2025-08-14"},             // Indonesian
		{"14 Οκτωβρίου 2025", "2025-10-14"},           // Greek
		{"الثلاثاء 14 أكتوبر 2025", "2025-10-14"},     // Arabic
		{"14 أيلول 2025", "2025-09-14"},               // Arabic, Levantine month
		{"יום שלישי, 14 באוקטובר 2025", "2025-10-14"}, // Hebrew
		{"Ekim 14, 2025", "2025-10-14"},
		{"Dec 28 Sat 2013 00:28", "2013-12-28"},    // a weekday after the day, a 24-hour time
		{"11-29-2024, 09:03 AM", "2024-11-29"},     // month-day-year with dashes, a 12-hour time
		{"29-11-2024 14:05", "2024-11-29"},         // day first with dashes
		{"déc. 28 samedi 2013", "2013-12-28"},      // French weekday
		{"Dezember 28 Samstag 2013", "2013-12-28"}, // German weekday
		{"12-Nov-2025", "2025-11-12"},              // day-month-year with dashes
		{"12.Nov.2025 09:30", "2025-11-12"},        // and with periods
		{"12th of November 2025", "2025-11-12"},    // English "of"
		{"12 ago 2025", "2025-08-12"},              // Spanish, Italian, Portuguese abbreviation
		{"12 de ago. de 2025", "2025-08-12"},       // Spanish
		{"12 set. 2025", "2025-09-12"},             // Italian, Portuguese
		{"12 out 2025", "2025-10-12"},              // Portuguese
		{"12 gen 2025", "2025-01-12"},              // Italian
		{"12 dic 2025", "2025-12-12"},              // Spanish, Italian
		{"12 lis 2025", "2025-11-12"},              // Polish abbreviation
		{"12 Şub 2025", "2025-02-12"},              // Turkish abbreviation
		{"12. marraskuuta 2025", "2025-11-12"},     // Finnish
		{"12 kesäkuuta 2025", "2025-06-12"},        // Finnish
		{"ago 12, 2025", ""},                       // an abbreviation that is an English word: never before the day
		{"sold out 12 2025", ""},
		{"3 weeks ago 2025", ""},
	} {
		got, _ := textDate(tc.in)
		assert.Equal(t, tc.want, got, "%q", tc.in)
	}
}

// TestLineDateDayFirst checks numeric dates read by the page's language.
func TestLineDateDayFirst(t *testing.T) {
	for _, tc := range []struct {
		line, lang, want string
	}{
		{"Thứ Hai, 10/11/2025, 08:15", "vi", "2025-11-10"},
		{"10/11/2025", "en", "2025-10-11"},
		{"10/11/2025", "en-US", "2025-10-11"},
		{"10/11/2025", "en-GB", "2025-11-10"},
		{"10/11/2025", "", "2025-10-11"},
		{"10/11/2025", "und-Latn", "2025-10-11"},
		{"10/11/2025", "und-Cyrl", "2025-11-10"},
		{"25/11/2025", "en", "2025-11-25"},
		{"3/25/2025", "fr", "2025-03-25"},
		{"11/11/2025", "de", "2025-11-11"},
		{"10.11.2025", "en", "2025-11-10"},
		{"November 10, 2025", "vi", "2025-11-10"},
	} {
		got, ok := Line(tc.line, DayFirst(tc.lang))
		assert.True(t, ok, "%q", tc.line)
		assert.Equal(t, tc.want, got, "%q in %q", tc.line, tc.lang)
	}
}

// refStartsWithDateWord is StartsWithWord without its table of first bytes.
func refStartsWithDateWord(text string) bool {
	if utf8.RuneCountInString(text) > 80 {
		return false
	}
	for _, w := range dateWords {
		if hasPrefixFold(text, w) {
			return true
		}
	}
	return false
}

func TestStartsWithDateWord(t *testing.T) {
	lines := []string{"", "Published March 3", "PUBLISHED", "published", "Posted", "On Monday", "ON ", "Date: 3",
		"Veröffentlicht am", "Stand: heute", "ſtand: heute", "Publié le", "Mis à jour", "Опубликовано", "ОБНОВЛЕНО",
		"опубліковано", "Дата публикации", "Last updated", "Laster", "Updated", "Update", "x", "é", "\xff",
		"发布时间：2026-09-18 10:25　来源：市住建局　浏览次数：1265　字号：[大 中 小]", "公開日：2026年10月14日",
		"입력 2025.10.14 10:15", "ΔΗΜΟΣΙΕΎΘΗΚΕ", "نشر في 14 أكتوبر 2025", "פורסם ב-14 באוקטובר 2025",
		"Yayınlanma: 14 Ekim 2025", "Julkaistu 12. marraskuuta 2025", "On " + strings.Repeat("and on ", 12), "发布时间" + strings.Repeat("很长", 40)}
	for _, l := range lines {
		assert.Equal(t, refStartsWithDateWord(l), StartsWithWord(l), "%q", l)
	}
	for _, l := range lines[len(lines)-10 : len(lines)-2] {
		assert.True(t, StartsWithWord(l), "%q opens with a date word", l)
	}
	assert.False(t, StartsWithWord(lines[len(lines)-1]), "a long paragraph is no date line")
}

func TestIsUpdateLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Updated March 3, 2023", true}, {"Update (March 5, 2023, 10:00 ET):", true}, {"Aktualisiert am 5. März 2023", true}, {"Last update: October 2, 2025", true}, {"更新时间：2026-09-18", true}, {"更新日：2026年10月15日", true},
		{"수정 2025.10.15 09:00", true}, {"آخر تحديث: 15 أكتوبر 2025", true}, {"Published March 3, 2023", false},
		{"发布时间：2026-09-18", false}, {"입력 2025.10.14", false}, {"Päivitetty 3. maaliskuuta 2025", true}, {"Julkaistu 12. marraskuuta 2025", false},
	} {
		assert.Equal(t, tc.want, IsUpdate(tc.line), "%q", tc.line)
	}
}

func TestFromURL(t *testing.T) {
	for u, want := range map[string]string{
		"https://news.example/2023/10/03/story":                  "2023-10-03",
		"https://news.example/20231003/story":                    "2023-10-03",
		"https://blog.example/blog/2023/october/03/wine-styles/": "2023-10-03",
		"https://blog.example/actualites/2021/juin/07/potager":   "2021-06-07",
		"https://blog.example/2021/spring/07/garden":             "",
		"https://shop.example/products/2023-edition":             "",
	} {
		got, ok := FromURL(u)
		if got != want || ok != (want != "") {
			t.Errorf("FromURL(%q) = %q, %v; want %q", u, got, ok, want)
		}
	}
}

func TestSwapped(t *testing.T) {
	if !Swapped("2023-03-10", "2023-10-03T09:00:00Z") {
		t.Error("03/10/2023 read both ways is one date")
	}
	for _, pair := range [][2]string{{"2023-03-10", "2023-03-10"}, {"2023-03-10", "2022-10-03"}, {"2023-03-11", "2023-10-03"}, {"2023", "2023-10-03"}} {
		if Swapped(pair[0], pair[1]) {
			t.Errorf("Swapped(%q, %q) = true", pair[0], pair[1])
		}
	}
}

// TestOriginal checks the date of a first publication read from a sentence that says so, in
// English and German, and no date when the phrase is missing or the date is far after it.
func TestOriginal(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated on 3 March 2024.", "2019-09-26"},
		{"Dieser Artikel wurde ursprünglich am 26. September 2019 veröffentlicht.", "2019-09-26"},
		{"First published: March 3, 2021", "2021-03-03"},
		{"This article was published on 26 Sep 2019.", ""},
		{"Originally published in the spring issue of our magazine, March 3, 2021", ""},
	} {
		got, ok := Original(c.line, false)
		assert.Equal(t, c.want, got, c.line)
		assert.Equal(t, c.want != "", ok, c.line)
		assert.Equal(t, c.want != "", HasOriginal(c.line) && ok, c.line)
	}
}

// TestOriginalPhrasesOpenWithLetter checks what originalAt relies on: every phrase opens with
// a lower-case ASCII letter.
func TestOriginalPhrasesOpenWithLetter(t *testing.T) {
	for _, p := range originalPhrases {
		assert.True(t, p[0] >= 'a' && p[0] <= 'z', p)
	}
}

// TestIsDateOnlyDayFirstWords checks that a line holding a date whose month is an abbreviation
// read only between a day and a year, or an "of" after the day, is a date and nothing else, and
// that those words make no date line where no date stands.
func TestIsDateOnlyDayFirstWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"12 ago 2025", true},
		{"12 set. 2025, 10:30", true},
		{"12th of November 2025", true},
		{"12-Nov-2025", true},
		{"3 weeks ago", false},
		{"Best of 2025", false},
		{"Sold out, 12 May 2025", false},
	} {
		assert.Equal(t, tc.want, IsDateOnly(tc.in), "%q", tc.in)
	}
	assert.False(t, IsMonth("ago"), "an abbreviation read only between a day and a year is no month name")
}

// TestClock checks the times of day that date lines carry.
func TestClock(t *testing.T) {
	for _, tc := range []struct {
		in   string
		h, m int
		ok   bool
	}{
		{"Feb 14, 2026 | 9:05 pm", 21, 5, true},
		{"14.02.2026, 21:05", 21, 5, true},
		{"Feb 14, 2026 at 12:30 a.m.", 0, 30, true},
		{"12:10 PM", 12, 10, true},
		{"9:05 pmx", 9, 5, true}, // no meridiem: read as on a 24-hour clock
		{"13:05 pm", 0, 0, false},
		{"score 3:123", 0, 0, false},
		{"25:00", 0, 0, false},
		{"Feb 14, 2026", 0, 0, false},
	} {
		h, m, ok := Clock(tc.in)
		assert.Equal(t, tc.ok, ok, "%q", tc.in)
		if tc.ok {
			assert.Equal(t, [2]int{tc.h, tc.m}, [2]int{h, m}, "%q", tc.in)
		}
	}
}

// TestTextDay checks that a line's human-written date reads as Line reads it, day first by
// the page's language.
func TestTextDay(t *testing.T) {
	for _, tc := range []struct {
		in       string
		dayFirst bool
		want     string
	}{
		{"Nov. 18th 2019 8:54 am PT", false, "2019-11-18"},
		{"03/04/2025, 21:05", false, "2025-03-04"},
		{"03/04/2025, 21:05", true, "2025-04-03"},
		{"Mon, 02 Jan 2006 15:04:05 MST", false, "2006-01-02"},
		{"9:05 pm", false, ""},
	} {
		got, _ := TextDay(tc.in, tc.dayFirst)
		assert.Equal(t, tc.want, got, "%q", tc.in)
		if line, ok := Line(tc.in, tc.dayFirst); ok && tc.want != "" {
			assert.Equal(t, line[:10], got, "%q as Line reads it", tc.in)
		}
	}
}

// TestNormalizeLayouts: the machine formats of otherLayouts read, in a weekday's any case and
// with a year and a slash; text that opens otherwise is read as a written date.
func TestNormalizeLayouts(t *testing.T) {
	for in, want := range map[string]string{
		"Mon, 02 Jan 2006 15:04:05 -0700":   "2006-01-02T15:04:05-07:00",
		"tue, 03 Jan 2006 15:04:05 +0000":   "2006-01-03T15:04:05Z",
		"Wednesday, 04-Jan-06 15:04:05 UTC": "2006-01-04T15:04:05Z",
		"Thu Jan  5 15:04:05 2006":          "2006-01-05T15:04:05Z",
		"2006/01/06 15:04:05":               "2006-01-06T15:04:05Z",
		"Posted: January 7, 2006":           "2006-01-07",
	} {
		got, ok := Normalize(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	assert.True(t, opensLayout("SAT, 7 Jan 2006"))
	assert.False(t, opensLayout("Posted: 7 Jan 2006 10:00"))
	assert.False(t, opensLayout("Mo"))
}

// refHasDigitRun is HasDigitRun as it was before it read only every n-th byte.
func refHasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// TestHasDigitRun checks HasDigitRun against its reference for runs of every length from 0 to
// 6 over random texts of digits, letters and other bytes, as strings and as bytes.
func TestHasDigitRun(t *testing.T) {
	parts := []string{"0", "1", "9", "12", "2024", "123456", "a", " ", "/", ":", "é", "\xff", "x1", "99 9"}
	randtext.Each(17, 18, 100000, 8, parts, func(s string, _ *rand.Rand) {
		for n := 0; n <= 6; n++ {
			want := refHasDigitRun(s, n)
			if HasDigitRun(s, n) != want || HasDigitRun([]byte(s), n) != want {
				t.Fatalf("HasDigitRun(%q, %d) != %v", s, n, want)
			}
		}
	})
}
