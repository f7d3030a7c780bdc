package block

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dates"
)

// The thread's meta lines: what forum and Q&A software prints about a thread or a post
// rather than what its posters wrote. "Thread starter Kevin" and "Start date Jul 5, 2024"
// Under a thread's title, "Asked 6 years, 2 months ago", "Modified 1 year ago" and "Viewed
// 3k times" under a question's, "answered Feb 4, 2014 at 13:07" under an answer, "Views 26.2k", "Recommended Posts" above the first post,
// "Last edited: Sep 6, 2022" or "Last edited by Minoa on Tue Aug 27, 2019 10:03 pm, edited 1
// time in total." under a post; "Created 1 yr", "Last Reply Sep 26", "Featured Replies" and
// "Top Posters In This Topic" around an Invision-style thread, "Edited August 26 by Jo (see
// edit history)", "Posted by Lola", "Author" (the starter's badge) and "#12" (a post's
// permalink) in its posts, "2 weeks later..." between two posts written far apart, a quote's
// attribution "seth wrote:" or "Originally Posted by HOSTLAR" (and these in German, French,
// Spanish, Italian and Dutch). Each is a short line that opens with its label
// and holds only a name, a date or a count after it; a poster's sentence that opens with the
// same word ("Asked my doctor about it.") does not have that shape and stays.

// maxThreadMetaChars is the longest a thread's meta line runs.
const maxThreadMetaChars = 100

// threadMetaLabel is a meta line's opening label, and what may follow it.
type threadMetaLabel struct {
	label string
	value metaValue
}

// metaValue is what a meta line holds after its label.
type metaValue int

const (
	metaAny      metaValue = iota // a name or a date, or nothing ("Thread starter Kevin"), not a sentence
	metaNone                      // nothing ("Recommended Posts")
	metaWhen                      // a date or an age: it holds a digit ("Last edited: Sep 6, 2022")
	metaCount                     // a number ("Views : 7,909", "Viewed 3k times")
	metaAgeLead                   // an age ("Asked 6 years ago") or a date, with no name ("answered Feb 4, 2014 at 13:07")
	metaDateLead                  // a date first ("Edited June 19, 2024 by ColdJ")
	metaName                      // a name alone ("Posted by Traveling Irish Girl")
	metaAge                       // a date or an age, nothing else ("Created 1 yr", "Last Reply Sep 26")
)

// threadMetaLabels are the labels of a thread's meta lines, in lower case.
var threadMetaLabels = []threadMetaLabel{
	{"thread starter", metaAny},
	{"start date", metaAny},
	{"recommended posts", metaNone},
	{"last edited", metaWhen},
	{"views", metaCount},
	{"viewed", metaCount},
	{"asked", metaAgeLead},
	{"answered", metaAgeLead},
	{"modified", metaAgeLead},
	{"edited", metaDateLead},
	{"join date", metaWhen},
	{"posts", metaCount},
	{"posted by", metaName},
	{"originally posted by", metaName}, {"zitat von", metaName}, {"citation de", metaName},
	{"featured replies", metaNone},
	{"top posters in this topic", metaNone},
	{"created", metaAge},
	{"last reply", metaAge},
	{"author", metaNone},
	// The same lines in the forum software's other languages.
	{"bearbeitet", metaDateLead}, {"modifié", metaDateLead}, {"editado", metaDateLead}, {"modificato", metaDateLead}, {"bewerkt", metaDateLead},
	{"geschrieben von", metaName}, {"verfasst von", metaName}, {"posté par", metaName}, {"publié par", metaName},
	{"publicado por", metaName}, {"pubblicato da", metaName}, {"inviato da", metaName}, {"geplaatst door", metaName},
	{"autor", metaNone}, {"auteur", metaNone}, {"autore", metaNone},
	{"registriert seit", metaWhen}, {"beiträge", metaCount}, {"messages", metaCount},
}

// postStatWords are the words of a post's or a poster's counts ("79 Likes", "665 posts",
// "Reply 19"), in lower case. A question's "5 Answers" and a story's "9 Comments" head what
// follows, and are not among them.
var postStatWords = map[string]bool{
	"like": true, "likes": true, "post": true, "posts": true, "reaction": true, "reactions": true,
	"reply": true, "replies": true, "view": true, "views": true,
	// German forum software's: "1.204 Beiträge", "12 Antworten", "3.456 Aufrufe".
	"beitrag": true, "beiträge": true, "antwort": true, "antworten": true, "aufrufe": true, "reaktionen": true,
}

// threadStatWords are the further words of a thread's counts in a line of them ("12 Posts 5
// Posters 3.2k Views 2 Watching", "1.9K views 11 replies 12 participants"), in lower case.
var threadStatWords = map[string]bool{
	"poster": true, "posters": true, "participant": true, "participants": true, "watching": true, "voice": true, "voices": true,
	"teilnehmer": true,
}

// joinedLabels open the part of a poster's line that tells when they joined ("Joined 2021",
// "Registriert 2019", "Mitglied seit 2019"), in lower case, with the space after them.
var joinedLabels = []string{"joined ", "registriert ", "mitglied seit ", "membre depuis ", "inscrit "}

// isThreadMeta reports whether text is a thread's meta line (see above).
func isThreadMeta(text string) bool {
	if len(text) > maxThreadMetaChars*4 || utf8.RuneCountInString(text) > maxThreadMetaChars {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(text))
	if isPostStat(t) || isMachineTime(t) || isPostNumber(t) || isTimeGap(t) || isQuoteHead(t) ||
		isStatsLine(t) || isReactionLine(t) {
		return true
	}
	for _, m := range threadMetaLabels {
		rest, ok := strings.CutPrefix(t, m.label)
		if !ok {
			continue
		}
		if rest != "" && !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, ":") {
			continue // "Viewership", "Askedly": another word
		}
		rest = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(rest), ":"))
		switch m.value {
		case metaAny:
			return !isSentenceLike(rest) || dates.Index(rest) == 0
		case metaNone:
			return rest == ""
		case metaWhen:
			return strings.IndexFunc(rest, unicode.IsDigit) >= 0
		case metaCount:
			return isCount(rest)
		case metaAgeLead:
			if rest == "" {
				return false
			}
			if unicode.IsDigit(rune(rest[0])) {
				return strings.HasSuffix(rest, " ago") || dates.Index(rest) == 0
			}
			// A date that opens with a month's name, and no poster's name after it: "answered
			// Jan 14, 2025 at 11:15 by ruth" is the post's byline, and stays.
			return dates.Index(rest) == 0 && !strings.Contains(rest, " by ")
		case metaDateLead:
			return dates.Index(rest) == 0 || opensWithMonthDay(rest)
		case metaName:
			return isPosterName(rest)
		case metaAge:
			return rest != "" && strings.IndexFunc(rest, unicode.IsDigit) >= 0 && onlyDateWords(rest)
		}
	}
	return false
}

// isPostStat reports whether t, in lower case, is a count of a post or a poster and its word
// alone ("79 likes", "665 posts", "reply 19").
func isPostStat(t string) bool {
	f := strings.Fields(t)
	return len(f) == 2 && (isCount(f[0]) && postStatWords[f[1]] || postStatWords[f[0]] && isCount(f[1]))
}

// isMachineTime reports whether t is a bare machine timestamp ("2023-02-27t23:04:21.59z",
// in lower case): a page's <time> value printed as its text, no reader's words.
func isMachineTime(t string) bool {
	if len(t) < len("2006-01-02t15:04") || t[4] != '-' || t[7] != '-' || t[10] != 't' {
		return false
	}
	for i, r := range t {
		switch {
		case i == 4 || i == 7 || i == 10:
		case unicode.IsDigit(r), r == ':', r == '.', r == '+', r == '-', r == 'z':
		default:
			return false
		}
	}
	return true
}

// isCount reports whether s is a number as a page shows a count: "7,909", "26.2k", "3k
// times".
func isCount(s string) bool {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "times"), " ")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "k"), "m")
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// DropThreadMeta drops the thread's meta lines the forum assembly kept in the thread's
// region.
func DropThreadMeta(blocks []*Block, region *Elem) {
	name := "" // the text of the kept block before, in the region
	for _, b := range blocks {
		if !b.Keep || b.Note || !Contains(region, b.El) {
			continue
		}
		if isThreadMeta(b.Text) || isNameAndAge(b.Text, name) {
			b.Keep, b.Reason = false, "forum: the thread's meta line"
			continue
		}
		name = b.Text
	}
}

// isNameAndAge reports whether text is a comment's byline that repeats the name on the line
// before it with the comment's age after it ("poke Over a year ago" under "poke", "Ann 3
// days ago"): Stack Exchange's comments print the name twice.
func isNameAndAge(text, name string) bool {
	if name == "" || len(name) > maxThreadMetaChars || !isPosterName(name) {
		return false
	}
	rest, ok := strings.CutPrefix(text, name+" ")
	if !ok {
		return false
	}
	age := strings.Fields(strings.ToLower(rest))
	switch {
	case len(age) >= 3 && age[len(age)-1] == "ago":
		age = age[:len(age)-1]
	case len(age) >= 3 && age[0] == "vor":
		age = age[1:]
	default:
		return false
	}
	for _, w := range age {
		if !ageWords[w] && !isCount(w) && !ageFillers[w] {
			return false
		}
	}
	return true
}

// ageFillers are the words of a comment's age besides its count and unit ("over a year ago",
// "vor über einem Jahr"), in lower case.
var ageFillers = map[string]bool{
	"a": true, "an": true, "over": true, "about": true, "einem": true, "einer": true, "über": true, "etwa": true,
}

// isSentenceLike reports whether s reads as a sentence rather than a name or a date: it ends
// with a sentence's stop or holds one followed by a space (a name such as "j.doe@mail.com"
// holds a period, but not that).
func isSentenceLike(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") ||
		strings.Contains(s, ". ") || strings.Contains(s, "! ") || strings.Contains(s, "? ")
}

// maxPosterNameWords is the most words a poster's name in "Posted by ..." runs to.
const maxPosterNameWords = 4

// ageWords are the units of a post's age as forum software writes and abbreviates them
// ("Created 1 yr", "3 mo", "vor 2 Jahren"), which dates.IsDateWord does not know.
var ageWords = map[string]bool{
	"yr": true, "yrs": true, "year": true, "years": true, "mo": true, "mos": true, "month": true, "months": true,
	"wk": true, "wks": true, "week": true, "weeks": true, "day": true, "days": true, "hr": true, "hrs": true,
	"hour": true, "hours": true, "min": true, "mins": true, "minute": true, "minutes": true, "ago": true,
	"jahr": true, "jahren": true, "monat": true, "monaten": true, "woche": true, "wochen": true, "tag": true, "tagen": true,
	"stunde": true, "stunden": true, "minuten": true,
}

// onlyDateWords reports whether every word of s, in lower case, is a word of a date, a time
// or an age ("april 18, 2024", "1 yr1 yr", "sep 26 sep 26").
func onlyDateWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if !dates.IsDateWord(w) && !ageWords[strings.TrimRight(w, ".,")] {
			return false
		}
	}
	return true
}

// opensWithMonthDay reports whether s opens with a month's name and a day of it, the date
// forum software prints without the year in the current year ("august 26 by joe root",
// "february 26").
func opensWithMonthDay(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || !dates.IsMonth(strings.TrimRight(f[0], ".")) {
		return false
	}
	d := strings.TrimRight(f[1], ",")
	return len(d) >= 1 && len(d) <= 2 && strings.IndexFunc(d, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// isPostNumber reports whether t is a post's number alone ("#12"), its permalink.
func isPostNumber(t string) bool {
	return len(t) > 1 && t[0] == '#' && strings.IndexFunc(t[1:], func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// timeGapUnits are the units of the line forum software sets between two posts written far
// apart ("2 weeks later...", "3 Wochen später..."), and laterWords the word after them, in
// lower case.
var (
	timeGapUnits = map[string]bool{
		"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true,
		"tag": true, "tage": true, "woche": true, "wochen": true, "monat": true, "monate": true, "jahr": true, "jahre": true,
		"jour": true, "jours": true, "semaine": true, "semaines": true, "mois": true, "an": true, "ans": true,
		"día": true, "días": true, "semana": true, "semanas": true, "mes": true, "meses": true, "año": true, "años": true,
	}
	laterWords = []string{"later", "später", "plus tard", "después", "más tarde"}
)

// isTimeGap reports whether t, in lower case, is the line between two posts written far
// apart: a count, a unit and "later", with the dots that close it.
func isTimeGap(t string) bool {
	t = strings.TrimRight(t, ".… ")
	f := strings.Fields(t)
	if len(f) < 3 || !isCount(f[0]) || !timeGapUnits[f[1]] {
		return false
	}
	return slices.Contains(laterWords, strings.Join(f[2:], " "))
}

// quoteHeadEnds are the words that close a quote's attribution in forum software's
// languages ("seth wrote:", "Anna schrieb:", "Jo a écrit :"), in lower case. The "said:" of
// XenForo and Invision ("Ann said:", "On 8/26/2024 at 5:29 PM, Ann said:") is not among them:
// the truth keeps it with the quote.
var quoteHeadEnds = []string{" wrote:", " schrieb:", " a écrit :", " a écrit:", " escribió:", " ha scritto:", " schreef:"}

// isQuoteHead reports whether t, in lower case, is a quote's attribution: a name and
// "wrote:".
func isQuoteHead(t string) bool {
	for _, end := range quoteHeadEnds {
		if name, ok := strings.CutSuffix(t, end); ok {
			return isPosterName(name)
		}
	}
	return false
}

// isPosterName reports whether s may be a poster's name: a few words, not a sentence.
func isPosterName(s string) bool {
	return s != "" && !isSentenceLike(s) && len(strings.Fields(s)) <= maxPosterNameWords
}

// isStatsLine reports whether t, in lower case, is a line of counts: a poster's ("2,994
// posts · Joined 2021", its parts set apart by "·", "|" or "•", each a count and its word
// or "Joined" and a date) or a thread's (two counts or more, each before its word, and
// perhaps the last post's byline after them: "1.9k views 11 replies 12 participants last post
// by ann jan 18, 2024").
func isStatsLine(t string) bool {
	if parts := strings.FieldsFunc(t, func(r rune) bool { return r == '·' || r == '|' || r == '•' }); len(parts) > 1 {
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if !isPostStat(p) && !isJoined(p) {
				return false
			}
		}
		return true
	}
	f := strings.Fields(t)
	pairs := 0
	for len(f) >= 2 && isCount(f[0]) && (postStatWords[f[1]] || threadStatWords[f[1]]) {
		f = f[2:]
		pairs++
	}
	if pairs < 2 {
		return false
	}
	if len(f) == 0 {
		return true
	}
	rest, ok := strings.CutPrefix(strings.Join(f, " "), "last post by ")
	return ok && rest != "" && !isSentenceLike(rest) && len(strings.Fields(rest)) <= maxPosterNameWords+4
}

// isJoined reports whether p, in lower case, tells when a poster joined: a label of
// joinedLabels and a date or a year.
func isJoined(p string) bool {
	for _, l := range joinedLabels {
		if rest, ok := strings.CutPrefix(p, l); ok {
			return strings.IndexFunc(rest, unicode.IsDigit) >= 0 && onlyDateWords(rest)
		}
	}
	return false
}

// reactionEnds close the line forum software prints under a post for its likes ("ann likes
// this.", "ann, bo and 4 others like this.", "Anna gefällt das."), in lower case, with the
// period that ends it; a plural one follows two names or more.
var reactionEnds = []struct {
	end    string
	plural bool
}{
	{" likes this.", false}, {" like this.", true}, {" gefällt das.", false}, {" aime ça.", false}, {" aiment ça.", true},
}

// isReactionLine reports whether t, in lower case, is a post's line of likes: names set apart
// by commas and "and" (or a count of "others"), then one of reactionEnds. "The output will
// look like this." names no two people, and stays.
func isReactionLine(t string) bool {
	for _, r := range reactionEnds {
		names, ok := strings.CutSuffix(t, r.end)
		if !ok || names == "" {
			continue
		}
		parts := strings.Split(strings.ReplaceAll(strings.ReplaceAll(names, " and ", ","), " und ", ","), ",")
		if r.plural && len(parts) < 2 {
			return false
		}
		for _, part := range parts {
			if part = strings.TrimSpace(part); part == "" || isSentenceLike(part) || len(strings.Fields(part)) > maxPosterNameWords {
				return false
			}
		}
		return true
	}
	return false
}
