package extractor

import "github.com/pithdev/pith/extractor/internal/dom"

// The words of page text that the pipeline knows, one table per kind, each keyed by language
// (see [dom.Words]): adding a language is one entry per table. The metadata reader's words
// are in package meta, the words of dates in package dates. Class and id words of CMS themes
// are in signals.go: they are markup, not language.

// noteWords open correction, update, clarification and editor's notes, lower-cased. A note is
// recognised by its opening words plus punctuation right after them (see isNoteText), or by a
// class/id naming it (sigNote); the words only classify a block as a note, they never decide
// alone that a block is content.
var noteWords = []dom.Words{
	{Lang: "en", Words: []string{"correction", "corrections", "clarification", "update", "updated", "editor's note", "editors' note",
		"editor’s note", "editors’ note", "editor's note", "editorial note", "note from the editor", "erratum", "retraction"}},
	{Lang: "de", Words: []string{"korrektur", "berichtigung", "richtigstellung", "aktualisierung", "anmerkung der redaktion",
		"hinweis der redaktion", "nachtrag", "transparenzhinweis", "ergänzung"}},
	{Lang: "fr", Words: []string{"rectificatif", "mise à jour", "note de la rédaction", "ndlr", "précision", "actualisation"}},
	{Lang: "es", Words: []string{"corrección", "fe de erratas", "actualización", "nota del editor", "nota de la redacción", "aclaración", "rectificación"}},
	{Lang: "it", Words: []string{"correzione", "aggiornamento", "nota della redazione", "rettifica"}},
	{Lang: "pt", Words: []string{"correção", "atualização", "nota do editor", "errata"}},
	{Lang: "nl", Words: []string{"correctie", "rectificatie", "noot van de redactie"}},
	{Lang: "pl", Words: []string{"sprostowanie", "aktualizacja", "korekta"}},
	{Lang: "ru", Words: []string{"исправление", "обновление", "примечание редакции", "уточнение", "поправка", "от редакции", "upd"}},
	{Lang: "uk", Words: []string{"виправлення", "оновлення", "примітка редакції", "уточнення", "від редакції"}},
}

// adLabelWords mark an advertising slot, in the languages of the web's larger sites: a block
// that says only this is the label of an ad whose content was not text.
var adLabelWords = []dom.Words{
	{Lang: "en", Words: []string{"advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content"}},
	{Lang: "de", Words: []string{"anzeige", "werbung"}},
	{Lang: "fr", Words: []string{"publicité"}},
	{Lang: "es", Words: []string{"publicidad", "anuncio"}},
	{Lang: "pt", Words: []string{"publicidade"}},
	{Lang: "it", Words: []string{"pubblicità"}},
	{Lang: "nl", Words: []string{"advertentie", "reclame"}},
	{Lang: "pl, cs", Words: []string{"reklama"}},
	{Lang: "da, no", Words: []string{"reklame", "annonce"}},
	{Lang: "sv, tr", Words: []string{"reklam", "annons"}},
	{Lang: "fi", Words: []string{"mainos"}},
	{Lang: "ru", Words: []string{"реклама"}},
	{Lang: "el", Words: []string{"διαφήμιση"}},
	{Lang: "ar", Words: []string{"إعلان"}},
	{Lang: "he", Words: []string{"פרסומת"}},
	{Lang: "zh", Words: []string{"广告", "廣告"}},
	{Lang: "ja", Words: []string{"広告"}},
	{Lang: "ko", Words: []string{"광고"}},
	{Lang: "id", Words: []string{"iklan"}},
	{Lang: "vi", Words: []string{"quảng cáo"}},
	{Lang: "th", Words: []string{"โฆษณา"}},
}

// scriptNoticeWords, beside the word "JavaScript", make a short text a notice that the page
// needs scripts ("You need to enable JavaScript to run this app", "JavaScript ist deaktiviert"),
// lower-cased; see isScriptNotice. Such a notice is never content.
var scriptNoticeWords = []dom.Words{
	{Lang: "en", Words: []string{"enable", "turn on", "switch on", "activate", "allow", "required", "requires", "require",
		"disabled", "not enabled", "turned off", "needs", "need", "support"}},
	{Lang: "de", Words: []string{"aktivier", "einschalten", "erforderlich", "benötig", "deaktiviert", "erlauben", "zulassen"}},
	{Lang: "fr", Words: []string{"activ", "nécessite", "nécessaire", "désactivé", "requis", "autoriser"}},
	{Lang: "es", Words: []string{"habilit", "activ", "requiere", "necesita", "desactivado", "deshabilitado"}},
	{Lang: "it", Words: []string{"abilit", "attiv", "richiede", "necessario", "disattivato", "disabilitato"}},
	{Lang: "pt", Words: []string{"ativ", "habilit", "requer", "precisa", "desativado", "desabilitado"}},
	{Lang: "nl", Words: []string{"inschakel", "ingeschakeld", "vereist", "uitgeschakeld", "aanzetten"}},
	{Lang: "pl", Words: []string{"włącz", "wymaga", "wyłączon"}},
	{Lang: "ru", Words: []string{"включ", "требует", "отключ"}},
	{Lang: "uk", Words: []string{"увімкн", "потрібн", "вимкнен"}},
	{Lang: "ja", Words: []string{"有効", "必要"}},
	{Lang: "zh", Words: []string{"启用", "啟用", "开启", "開啟", "需要", "禁用"}},
	{Lang: "ko", Words: []string{"활성화", "필요"}},
}

// The tables flattened, as the rules use them.
var (
	notePrefixes = dom.AllWords(noteWords)
	adLabels     = dom.WordSet(adLabelWords)
	scriptNotice = dom.AllWords(scriptNoticeWords)
)
