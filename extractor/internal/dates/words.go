package dates

import (
	"strings"
	"time"

	"github.com/pithdev/pith/extractor/internal/dom"
)

// The words this package knows, one table per kind, each keyed by language (BCP 47). Adding
// a language is one entry in each table that applies.

// lineWords open a visible date line: "Published March 3, 2023", "Veröffentlicht am 3. März 2023".
// [StartsWithWord] matches them at the start of a line, ignoring case.
var lineWords = []dom.Words{
	{Lang: "en", Words: []string{"published", "posted", "updated", "last updated", "last update", "date:", "on "}},
	{Lang: "de", Words: []string{"veröffentlicht", "aktualisiert", "stand:"}},
	{Lang: "fr", Words: []string{"publié", "mis à jour"}},
	{Lang: "es", Words: []string{"publicado", "actualizado"}},
	{Lang: "pt", Words: []string{"publicado", "atualizado"}},
	{Lang: "it", Words: []string{"pubblicato", "aggiornato"}},
	{Lang: "ru", Words: []string{"опубликовано", "обновлено", "дата публикации"}},
	{Lang: "uk", Words: []string{"опубліковано", "оновлено"}},
	{Lang: "nl", Words: []string{"gepubliceerd", "bijgewerkt"}},
	{Lang: "pl", Words: []string{"opublikowano", "aktualizacja"}},
	{Lang: "cs", Words: []string{"publikováno", "aktualizováno"}},
	{Lang: "sv", Words: []string{"publicerad", "uppdaterad"}},
	{Lang: "tr", Words: []string{"yayınlanma", "güncelleme"}},
	{Lang: "fi", Words: []string{"julkaistu", "päivitetty"}},
	{Lang: "id", Words: []string{"diterbitkan", "dipublikasikan", "diperbarui"}},
	{Lang: "el", Words: []string{"δημοσιεύθηκε", "ενημερώθηκε"}},
	{Lang: "ar", Words: []string{"نشر", "تاريخ النشر", "آخر تحديث"}},
	{Lang: "he", Words: []string{"פורסם", "עודכן"}},
	{Lang: "zh", Words: []string{"发布时间", "发布日期", "发表时间", "更新时间", "發布時間", "發佈時間", "更新時間", "时间：", "日期："}},
	{Lang: "ja", Words: []string{"公開日", "更新日", "投稿日", "配信日"}},
	{Lang: "ko", Words: []string{"입력", "수정", "등록", "게시"}},
	{Lang: "hi", Words: []string{"प्रकाशित", "अपडेटेड"}},
}

// updateWords open a date line that gives the date of the last update ("Updated ...",
// "Update (March 5, 2023):");
// [IsUpdate] matches them at the start of the lower-cased line.
var updateWords = []dom.Words{
	{Lang: "en", Words: []string{"update", "last updated", "last update", "modified"}},
	{Lang: "de", Words: []string{"aktualisiert"}},
	{Lang: "fr", Words: []string{"mis à jour"}},
	{Lang: "es", Words: []string{"actualizado"}},
	{Lang: "pt", Words: []string{"atualizado"}},
	{Lang: "it", Words: []string{"aggiornato"}},
	{Lang: "ru", Words: []string{"обновлено"}},
	{Lang: "uk", Words: []string{"оновлено"}},
	{Lang: "nl", Words: []string{"bijgewerkt"}},
	{Lang: "pl", Words: []string{"aktualizacja"}},
	{Lang: "cs", Words: []string{"aktualizováno"}},
	{Lang: "sv", Words: []string{"uppdaterad"}},
	{Lang: "tr", Words: []string{"güncelleme"}},
	{Lang: "fi", Words: []string{"päivitetty"}},
	{Lang: "id", Words: []string{"diperbarui"}},
	{Lang: "el", Words: []string{"ενημερώθηκε"}},
	{Lang: "ar", Words: []string{"آخر تحديث"}},
	{Lang: "he", Words: []string{"עודכן"}},
	{Lang: "zh", Words: []string{"更新时间", "更新時間"}},
	{Lang: "ja", Words: []string{"更新日"}},
	{Lang: "ko", Words: []string{"수정"}},
	{Lang: "hi", Words: []string{"अपडेटेड"}},
}

// originalWords say, inside a sentence, that the date after them is the text's first
// publication ("This article was originally published on 26 Sep 2019 but has been updated",
// "Dieser Artikel wurde ursprünglich am 26. September 2019 veröffentlicht");
// [Original] finds them anywhere in a line, ignoring case.
var originalWords = []dom.Words{
	{Lang: "en", Words: []string{"originally published", "first published"}},
	{Lang: "de", Words: []string{"ursprünglich veröffentlicht", "erstmals veröffentlicht", "zuerst veröffentlicht", "ursprünglich am", "erstmals am"}},
	{Lang: "fr", Words: []string{"initialement publié", "publié initialement", "publié pour la première fois"}},
	{Lang: "es", Words: []string{"publicado originalmente", "originalmente publicado"}},
	{Lang: "pt", Words: []string{"publicado originalmente", "originalmente publicado"}},
	{Lang: "it", Words: []string{"pubblicato originariamente", "originariamente pubblicato", "pubblicato per la prima volta"}},
	{Lang: "nl", Words: []string{"oorspronkelijk gepubliceerd", "eerder gepubliceerd"}},
}

// monthWords are the month names, lower-cased, January to December, in the languages pith is
// tested on. Abbreviations are listed without their period. Slavic months are in the genitive
// case that dates use ("3 марта") and in the nominative. other holds single spellings that fit
// no row.
var monthWords = []struct {
	lang  string
	rows  [][12]string
	other map[string]int
}{
	{"en", [][12]string{
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
	}, map[string]int{"sept": 9, "janu": 1}},
	{"de", [][12]string{
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"jän", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"},
	}, map[string]int{"maerz": 3, "jänner": 1}},
	{"fr", [][12]string{
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"},
	}, map[string]int{"fév": 2}},
	{"es", [][12]string{
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	}, map[string]int{"setiembre": 9}},
	{"it", [][12]string{
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	}, nil},
	{"pt", [][12]string{
		{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
	}, nil},
	{"nl", [][12]string{
		{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	}, nil},
	{"ru", [][12]string{
		{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
	}, nil},
	{"uk", [][12]string{
		{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
		{"січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"},
	}, nil},
	{"pl", [][12]string{
		{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
		{"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"},
	}, nil},
	{"cs", [][12]string{ // genitive
		{"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"},
	}, nil},
	{"sv", [][12]string{
		{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"},
	}, nil},
	{"da, no", [][12]string{
		{"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "desember"},
	}, nil},
	{"ro", [][12]string{
		{"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"},
	}, nil},
	{"hu", [][12]string{
		{"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"},
	}, nil},
	{"tr", [][12]string{
		{"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"},
	}, nil},
	{"id, ms", [][12]string{
		{"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"},
	}, nil},
	{"el", [][12]string{
		{"ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"},
		{"ιανουάριος", "φεβρουάριος", "μάρτιος", "απρίλιος", "μάιος", "ιούνιος", "ιούλιος", "αύγουστος", "σεπτέμβριος", "οκτώβριος", "νοέμβριος", "δεκέμβριος"},
	}, nil},
	{"ar", [][12]string{ // the months of Egypt and the Gulf, and their common spellings
		{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
		{"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيه", "يوليه", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"},
	}, map[string]int{"إبريل": 4, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "شباط": 2, "آذار": 3}},
	{"hi", [][12]string{ // two common spellings
		{"जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"},
		{"जनवरी", "फरवरी", "मार्च", "अप्रेल", "मई", "जून", "जुलाई", "अगस्त", "सितम्बर", "अक्तूबर", "नवम्बर", "दिसम्बर"},
	}, nil},
	{"fi", [][12]string{ // the partitive that dates use ("12. marraskuuta 2025") and the nominative
		{"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"},
		{"tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"},
	}, nil},
	{"he", [][12]string{ // bare and with the preposition that dates use ("14 באוקטובר 2025")
		{"ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"},
		{"בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"},
	}, nil},
}

// dayFirstMonthWords are month abbreviations, lower-cased and without their period, of
// languages that write the day first ("12 ago 2025", "12 set. 2025", "12 lis 2025"). Some are
// words of other languages ("ago", "set", "out", "gen"), so they are read only between a day
// and a year, never as a month before its day, and are no month names to [IsMonth].
var dayFirstMonthWords = []struct {
	lang string
	row  [12]string
}{
	{"es", [12]string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"}},
	{"it", [12]string{"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"}},
	{"pt", [12]string{"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"}},
	{"pl", [12]string{"sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"}},
	{"tr", [12]string{"oca", "şub", "mar", "nis", "may", "haz", "tem", "ağu", "eyl", "eki", "kas", "ara"}},
}

// weekdayWords are day names and their abbreviations, lower-cased, without a period. A date
// line may carry one anywhere ("Sat, Dec 28, 2013", "Dec 28 Sat 2013"); a byline part that
// is one is a date, not a name. Short forms that are also common words in another language
// ("di", "so", "do") are left out.
var weekdayWords = []dom.Words{
	{Lang: "en", Words: []string{"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}},
	{Lang: "de", Words: []string{"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend"}},
	{Lang: "fr", Words: []string{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}},
	{Lang: "es", Words: []string{"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"}},
	{Lang: "it", Words: []string{"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"}},
	{Lang: "nl", Words: []string{"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}},
	{Lang: "ru", Words: []string{"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"}},
}

// The words of relative dates: a count and a unit, with a word after them ("3 days ago",
// "3 giorni fa", "3 дня назад", "3 dagen geleden", "3 dni temu", "för 3 dagar sedan", "3 gün
// önce") or before them ("vor 3 Tagen", "il y a 3 jours", "hace 3 días", "há 3 dias"), or a
// day's name ("yesterday"). Lower-cased.
var (
	// relativeUnitWords are the units, by the span each names. Months and years are left out:
	// "2 years ago" names no day.
	relativeUnitWords = map[time.Duration][]dom.Words{
		time.Minute: {{Lang: "en", Words: []string{"minute", "minutes", "min", "mins"}}, {Lang: "de", Words: []string{"minute", "minuten"}},
			{Lang: "fr, it", Words: []string{"minute", "minutes", "minuto", "minuti"}}, {Lang: "es, pt", Words: []string{"minuto", "minutos"}},
			{Lang: "ru", Words: []string{"минуту", "минуты", "минут"}}, {Lang: "nl", Words: []string{"minuut", "minuten"}},
			{Lang: "pl", Words: []string{"minutę", "minuty", "minut"}}, {Lang: "sv, da, no", Words: []string{"minut", "minuter", "minutt", "minutter"}},
			{Lang: "tr", Words: []string{"dakika"}}},
		time.Hour: {{Lang: "en", Words: []string{"hour", "hours", "hr", "hrs"}}, {Lang: "de", Words: []string{"stunde", "stunden"}},
			{Lang: "fr", Words: []string{"heure", "heures"}}, {Lang: "es, pt", Words: []string{"hora", "horas"}},
			{Lang: "it", Words: []string{"ora", "ore"}}, {Lang: "ru", Words: []string{"час", "часа", "часов"}},
			{Lang: "nl", Words: []string{"uur"}}, {Lang: "pl", Words: []string{"godzinę", "godziny", "godzin"}},
			{Lang: "sv", Words: []string{"timme", "timmar"}}, {Lang: "da, no", Words: []string{"time", "timer"}}, {Lang: "tr", Words: []string{"saat"}}},
		24 * time.Hour: {{Lang: "en", Words: []string{"day", "days"}}, {Lang: "de", Words: []string{"tag", "tagen"}},
			{Lang: "fr", Words: []string{"jour", "jours"}}, {Lang: "es", Words: []string{"día", "días"}}, {Lang: "pt", Words: []string{"dia", "dias"}},
			{Lang: "it", Words: []string{"giorno", "giorni"}}, {Lang: "ru", Words: []string{"день", "дня", "дней"}},
			{Lang: "nl, sv, da, no", Words: []string{"dag", "dagen", "dagar", "dage", "dager"}}, {Lang: "pl", Words: []string{"dzień", "dni"}},
			{Lang: "tr", Words: []string{"gün"}}},
		7 * 24 * time.Hour: {{Lang: "en", Words: []string{"week", "weeks"}}, {Lang: "de", Words: []string{"woche", "wochen"}},
			{Lang: "fr, es", Words: []string{"semaine", "semaines", "semana", "semanas"}}, {Lang: "it", Words: []string{"settimana", "settimane"}},
			{Lang: "ru", Words: []string{"неделю", "недели", "недель"}}, {Lang: "nl", Words: []string{"weken"}},
			{Lang: "pl", Words: []string{"tydzień", "tygodnie", "tygodni"}}, {Lang: "sv", Words: []string{"vecka", "veckor"}},
			{Lang: "da, no", Words: []string{"uge", "uger", "uke", "uker"}}, {Lang: "tr", Words: []string{"hafta"}}},
	}
	// relativeAfterWords follow the count and unit.
	relativeAfterWords = []dom.Words{{Lang: "en", Words: []string{"ago"}}, {Lang: "it", Words: []string{"fa"}}, {Lang: "ru", Words: []string{"назад"}},
		{Lang: "nl", Words: []string{"geleden"}}, {Lang: "pl", Words: []string{"temu"}}, {Lang: "sv", Words: []string{"sedan"}},
		{Lang: "da, no", Words: []string{"siden"}}, {Lang: "tr", Words: []string{"önce"}}}
	// relativeBeforeWords come before the count and unit.
	relativeBeforeWords = []dom.Words{{Lang: "de", Words: []string{"vor"}}, {Lang: "fr", Words: []string{"il y a"}},
		{Lang: "es", Words: []string{"hace"}}, {Lang: "pt", Words: []string{"há"}}}
	// countlessUnitWords are units that count one with no count before them, where a language
	// says "an hour ago" with the unit alone ("godzinę temu", "час назад"): read only before
	// one of relativeAfterWords. Each is also in relativeUnitWords.
	countlessUnitWords = []dom.Words{{Lang: "pl", Words: []string{"minutę", "godzinę", "dzień", "tydzień"}},
		{Lang: "ru", Words: []string{"минуту", "час", "день", "неделю"}}}
	// gluedUnits are the unit letters English glues to a count before "ago" ("3h ago").
	gluedUnits = map[string]time.Duration{"m": time.Minute, "min": time.Minute, "mins": time.Minute,
		"h": time.Hour, "hr": time.Hour, "hrs": time.Hour, "d": 24 * time.Hour, "w": 7 * 24 * time.Hour, "wk": 7 * 24 * time.Hour}
	// oneWords count one: "an hour ago", "vor einer Stunde", "il y a un jour".
	oneWords = []dom.Words{{Lang: "en", Words: []string{"a", "an", "one"}}, {Lang: "de", Words: []string{"einer", "einem"}},
		{Lang: "fr, es, it", Words: []string{"un", "une", "una", "uno"}}, {Lang: "pt", Words: []string{"um", "uma"}},
		{Lang: "nl, sv, da, no", Words: []string{"een", "één", "en", "ett", "et"}}, {Lang: "tr", Words: []string{"bir"}}}
	// dayNameWords name a day by its distance from today, in days. "Today" is left out: it
	// stands in names and slogans ("USA Today", "Subscribe today").
	dayNameWords = map[int][]dom.Words{
		1: {{Lang: "en", Words: []string{"yesterday"}}, {Lang: "de", Words: []string{"gestern"}}, {Lang: "fr", Words: []string{"hier"}},
			{Lang: "es, pt", Words: []string{"ayer", "ontem"}}, {Lang: "it", Words: []string{"ieri"}}, {Lang: "ru", Words: []string{"вчера"}},
			{Lang: "nl", Words: []string{"gisteren"}}, {Lang: "pl", Words: []string{"wczoraj"}}, {Lang: "sv", Words: []string{"igår"}},
			{Lang: "tr", Words: []string{"dün"}}},
	}
)

// dateFillerWords stand between the parts of a written date and time: "March 3, 2023 at
// 10:00 AM", "3. März 2023 um 10 Uhr". Lower-cased.
var dateFillerWords = []dom.Words{
	{Lang: "en", Words: []string{"at", "am", "pm", "a.m", "p.m", "on", "utc", "gmt"}},
	{Lang: "de", Words: []string{"um", "uhr", "am"}},
	{Lang: "fr", Words: []string{"à", "le", "h"}},
	{Lang: "es", Words: []string{"de", "del", "a", "las"}},
}

// dayFirstEnglish are the English locales that write numeric dates day first; see [DayFirst].
var dayFirstEnglish = []string{"en-gb", "en-au", "en-nz", "en-ie", "en-in", "en-za", "en-sg"}

// dateWords and updateLineWords are lineWords and updateWords flattened.
var (
	dateWords       = dom.AllWords(lineWords)
	updateLineWords = dom.AllWords(updateWords)
	originalPhrases = dom.AllWords(originalWords)
	// originalByLetter holds originalPhrases by their first letter (each opens with one of
	// a-z, TestOriginalPhrasesOpenWithLetter).
	originalByLetter = func() (out [26][]string) {
		for _, p := range originalPhrases {
			out[p[0]-'a'] = append(out[p[0]-'a'], p)
		}
		return out
	}()
	weekdayNames   = dom.WordSet(weekdayWords)
	relativeAfter  = dom.WordSet(relativeAfterWords)
	dateFillers    = dom.WordSet(dateFillerWords)
	one            = dom.WordSet(oneWords)
	countlessUnits = dom.WordSet(countlessUnitWords)
	relativeBefore = func() [][]string {
		var out [][]string
		for _, w := range dom.AllWords(relativeBeforeWords) {
			out = append(out, strings.Fields(w))
		}
		return out
	}()
	relativeUnits = func() map[string]time.Duration {
		m := map[string]time.Duration{}
		for d, table := range relativeUnitWords {
			for _, w := range dom.AllWords(table) {
				m[w] = d
			}
		}
		return m
	}()
	dayWords = func() map[string]int {
		m := map[string]int{}
		for back, table := range dayNameWords {
			for _, w := range dom.AllWords(table) {
				m[w] = back
			}
		}
		return m
	}()
)

// dayFirstMonthNames maps the words of dayFirstMonthWords that are not in monthNames to 1-12.
var dayFirstMonthNames = func() map[string]int {
	m := map[string]int{}
	for _, l := range dayFirstMonthWords {
		for i, w := range l.row {
			if _, ok := monthNames[w]; !ok {
				m[w] = i + 1
			}
		}
	}
	return m
}()

// monthNames maps every month word of monthWords to 1-12.
var monthNames = func() map[string]int {
	m := map[string]int{}
	for _, l := range monthWords {
		for w, n := range l.other {
			m[w] = n
		}
	}
	for _, l := range monthWords {
		for _, row := range l.rows {
			for i, name := range row {
				m[name] = i + 1
			}
		}
	}
	return m
}()
