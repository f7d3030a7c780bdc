package meta

import "github.com/pithdev/pith/extractor/internal/dom"

// The words the metadata reader knows, one table per kind, each keyed by language (see
// [dom.Words]). The words of dates are in package dates.

// bylinePrefixWords open a byline before the names, lower-cased, tried in order.
var bylinePrefixWords = []dom.Words{
	{Lang: "en", Words: []string{"written by", "posted by", "reviewed by", "words by", "story by", "text by", "article written by", "article by",
		"contributors:", "contributor:", "by:", "by ", "author:", "authors:"}},
	{Lang: "de", Words: []string{"text:", "von ", "autor:", "autorin:"}},
	{Lang: "fr", Words: []string{"par ", "auteur :", "auteur:", "auteurs :", "auteurs:"}},
	{Lang: "es, pt", Words: []string{"por ", "autor:"}},
	{Lang: "it", Words: []string{"di "}},
	{Lang: "nl", Words: []string{"door "}},
	{Lang: "ru, uk", Words: []string{"автор:", "автор ", "авторы:", "текст:"}},
	{Lang: "ar", Words: []string{"بقلم:", "بقلم ", "كتب:"}},
	{Lang: "hi", Words: []string{"लेखक:", "लेखक "}},
	{Lang: "he", Words: []string{"מאת "}},
	{Lang: "zh", Words: []string{"作者：", "作者:", "记者：", "记者 ", "記者：", "文：", "文/"}},
}

// bylineNameSafeWords are the lead-ins of bylinePrefixWords that never open a name, so
// that a value not shown on the page ("By Jane Doe" in a meta tag) loses them whatever their
// case. The others ("von", "di", "da") open surnames ("Von Trapp") unless written in lower case.
var bylineNameSafeWords = []dom.Words{
	{Lang: "en", Words: []string{"written by", "posted by", "reviewed by", "words by", "story by", "text by", "article written by",
		"article by", "contributors:", "contributor:", "by:", "by ", "author:", "authors:"}},
	{Lang: "de, es, pt", Words: []string{"autor:", "autorin:"}},
	{Lang: "fr", Words: []string{"auteur :", "auteur:", "auteurs :", "auteurs:"}},
	{Lang: "ru, uk", Words: []string{"автор:", "авторы:", "текст:"}},
	{Lang: "ar", Words: []string{"بقلم:", "بقلم ", "كتب:"}},
	{Lang: "hi", Words: []string{"लेखक:"}},
	{Lang: "zh", Words: []string{"作者：", "作者:", "记者：", "記者：", "文：", "文/"}},
}

// bylineSeparatorWords separate the parts of a byline line: names, a date, a role, a reading
// time ("Dec. 19, 2025 · Niko Matsakis", "Jane Doe | Senior Writer | July 2, 2025").
var bylineSeparatorWords = []dom.Words{
	{Lang: "*", Words: []string{"\n", " | ", "|", " • ", "•", " · ", "·", " — ", "—", " – ", " - "}},
}

// breadcrumbMarks separate the steps of a breadcrumb trail ("Home » Services › Audits"): a
// byline's text with one between two words is a trail, not a name.
const breadcrumbMarks = "»›"

// bylineCutWords end the names part of a byline: a date or a role often follows. Tried in order.
var bylineCutWords = []dom.Words{
	{Lang: "en", Words: []string{" on ", "published", "last updated", "updated", "posted", "reviewed by"}},
	{Lang: "ko", Words: []string{" 기자"}},
	{Lang: "ja, zh", Words: []string{"記者", "记者", "特派員", "編集委員"}},
}

// dateLeadInWords lead into a date after a byline's name ("Posted by Jane at December 16,
// 2025", "Von Jana am 3. März 2025"), lower-cased as written.
var dateLeadInWords = []dom.Words{
	{Lang: "en", Words: []string{"at", "on"}},
	{Lang: "de", Words: []string{"am", "um"}},
	{Lang: "fr", Words: []string{"le"}},
	{Lang: "es", Words: []string{"el"}},
	{Lang: "it", Words: []string{"il"}},
	{Lang: "pt", Words: []string{"em"}},
	{Lang: "nl", Words: []string{"op"}},
}

// pluralLeadInWords are lead-ins alone in their element that head a list of names, one to an
// element ("Authors" over a list of links), lower-cased without their colon. "authors" is
// also a lead-in (see leadIns).
var pluralLeadInWords = []dom.Words{
	{Lang: "en", Words: []string{"authors", "author(s)", "contributors"}},
	{Lang: "de", Words: []string{"autoren", "autorinnen", "autor(en)", "autor*innen"}},
	{Lang: "fr", Words: []string{"auteurs", "auteur(s)", "auteurs et autrices"}},
	{Lang: "es, pt", Words: []string{"autores", "autor(es)"}},
}

// nameSplitterWords separate several names in one byline: "Jane Doe and John Roe", "Jane Doe
// with John Roe".
var nameSplitterWords = []dom.Words{
	{Lang: "en", Words: []string{" and ", " & ", " with "}},
	{Lang: "de", Words: []string{" und ", " mit "}},
	{Lang: "ru", Words: []string{" и "}},
	{Lang: "uk", Words: []string{" і "}},
	{Lang: "fr", Words: []string{" et ", " avec "}},
	{Lang: "es", Words: []string{" y ", " con "}},
	{Lang: "it", Words: []string{" e ", " con "}},
	{Lang: "pt", Words: []string{" e ", " com "}},
	{Lang: "*", Words: []string{"; "}},
}

// coauthorWordList open co-authors in parentheses: "Martin Untersinger (avec Damien Leloup,
// Morgane Tual)". Lower-cased.
var coauthorWordList = []dom.Words{
	{Lang: "en", Words: []string{"with", "and"}},
	{Lang: "de", Words: []string{"mit", "und"}},
	{Lang: "fr", Words: []string{"avec", "et"}},
	{Lang: "es, it", Words: []string{"con"}},
	{Lang: "pt", Words: []string{"com"}},
	{Lang: "ru", Words: []string{"и", "при участии"}},
}

// roleLeadInWords credit a name for a role other than writing: "Photos by Jane Doe". Such
// names are the authors only when no line names a writer. Lower-cased, tried in order.
var roleLeadInWords = []dom.Words{
	{Lang: "en", Words: []string{"photos by", "photo by", "photography by", "photographs by", "illustrations by",
		"illustration by", "video by", "additional reporting by", "reporting by", "reported by", "edited by",
		"editing by", "produced by", "graphics by", "fact-checked by", "fact checked by", "medically reviewed by"}},
	{Lang: "de", Words: []string{"fotos:", "foto:", "fotos von", "mitarbeit:", "redaktion:", "bearbeitet von"}},
	{Lang: "fr", Words: []string{"photos :", "photo :", "photos:", "photo:", "photos de", "édité par", "édition :"}},
	{Lang: "es", Words: []string{"fotos:", "foto:", "fotos de", "editado por", "edición:"}},
}

// jobTitleWords end a job title that a byline writes after a name ("Senior Autos Reporter",
// "WCI Columnist"), lower-cased.
var jobTitleWords = []dom.Words{
	{Lang: "en", Words: []string{"reporter", "columnist", "editor", "writer", "correspondent", "contributor", "journalist",
		"photographer", "producer", "reporters", "columnists", "editors", "writers", "correspondents", "contributors"}},
	{Lang: "de", Words: []string{"redakteur", "redakteurin", "korrespondent", "korrespondentin", "journalistin", "kolumnist",
		"kolumnistin"}},
	{Lang: "fr", Words: []string{"journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "chroniqueur",
		"chroniqueuse"}},
	{Lang: "es", Words: []string{"periodista", "redactor", "redactora", "corresponsal", "columnista"}},
}

// jobOpenerWords open a job title run into a name ("Keith Barry Senior Autos Reporter"),
// lower-cased.
var jobOpenerWords = []dom.Words{
	{Lang: "en", Words: []string{"senior", "staff", "chief", "contributing", "associate", "managing", "deputy", "executive", "special"}},
	{Lang: "de", Words: []string{"leitender", "leitende", "freier", "freie"}},
}

// otherDateLabelWords label a date that is not the page's: a member's registration, a forum
// thread's last post. Lower-cased, matched anywhere in the words before the date.
var otherDateLabelWords = []dom.Words{
	{Lang: "en", Words: []string{"registered", "joined", "join date", "member since", "last post", "last active", "last seen"}},
	{Lang: "de", Words: []string{"registriert", "mitglied seit", "dabei seit", "beigetreten", "letzter beitrag", "dabei seit:"}},
	{Lang: "fr", Words: []string{"inscrit", "inscription", "membre depuis", "dernier message"}},
	{Lang: "es", Words: []string{"registrado", "miembro desde", "se unió", "último mensaje"}},
	{Lang: "ru", Words: []string{"регистрация", "зарегистрирован", "последнее сообщение"}},
}

// teamArticleWords open a team's name in a byline, in lower case ("By the Acme Team"), and
// teamNameWords end it or follow the article ("the Editors", "die Redaktion", "la Rédaction"),
// lower-cased.
var (
	teamArticleWords = []dom.Words{
		{Lang: "en", Words: []string{"the"}},
		{Lang: "de", Words: []string{"die", "der", "das"}},
		{Lang: "fr", Words: []string{"la", "le"}},
		{Lang: "es", Words: []string{"el", "la"}},
	}
	teamNameWords = []dom.Words{
		{Lang: "en", Words: []string{"team", "staff", "editors", "editorial", "newsroom", "desk"}},
		{Lang: "de", Words: []string{"redaktion", "team"}},
		{Lang: "fr", Words: []string{"rédaction", "équipe"}},
		{Lang: "es", Words: []string{"redacción", "equipo"}},
	}
)

// nameParticleWords are lower-case words inside names ("Ludwig van Beethoven").
var nameParticleWords = []dom.Words{
	{Lang: "nl, de", Words: []string{"van", "von", "der", "den", "ter", "zu"}},
	{Lang: "fr, es, it, pt", Words: []string{"de", "da", "di", "du", "la", "le", "del"}},
	{Lang: "ar", Words: []string{"bin", "al"}},
}

// authorDirWords are the path segments of sites' author pages.
var authorDirWords = []dom.Words{
	{Lang: "en", Words: []string{"/author/", "/authors/"}},
	{Lang: "de, es, pt", Words: []string{"/autor/", "/autores/"}},
	{Lang: "fr", Words: []string{"/auteur/", "/auteurs/"}},
	{Lang: "it", Words: []string{"/autore/", "/autori/"}},
}

// bioVerbWords follow the name that opens an author's biography ("Jane Doe is a travel
// writer", "Jana ist Redakteurin", "Jean est journaliste"), as written.
var bioVerbWords = []dom.Words{
	{Lang: "en", Words: []string{"is", "was"}},
	{Lang: "de", Words: []string{"ist", "war"}},
	{Lang: "fr", Words: []string{"est", "était"}},
	{Lang: "es", Words: []string{"es", "fue"}},
	{Lang: "it", Words: []string{"è"}},
	{Lang: "pt", Words: []string{"é"}},
	{Lang: "nl", Words: []string{"is", "was"}},
}

// bioStopWordList open sentences, not names, before a verb of bioVerbWords ("This is", "Es
// ist"), lower-cased.
var bioStopWordList = []dom.Words{
	{Lang: "en", Words: []string{"this", "that", "it", "he", "she", "they", "there", "here", "what", "who", "which", "the", "our",
		"my", "your", "his", "her", "their", "one", "each", "every", "today", "now", "why", "how", "where", "when"}},
	{Lang: "de", Words: []string{"das", "dies", "es", "er", "sie", "hier", "was", "wer", "der", "die", "unser", "mein", "heute"}},
	{Lang: "fr", Words: []string{"ce", "c'est", "il", "elle", "cette", "le", "la", "notre", "mon", "qui"}},
	{Lang: "es, it, pt", Words: []string{"esto", "este", "esta", "el", "ella", "questo", "questa", "isso", "ele"}},
}

// bioFunctionWordList are lower-case words ending in "s" or "t" that follow a name without
// being its verb ("Jane Doe first ...", "Jana Schulz und ...").
var bioFunctionWordList = []dom.Words{
	{Lang: "en", Words: []string{"its", "this", "plus", "versus", "but", "just", "first", "most", "almost", "last", "at", "next", "yet", "not", "best", "west", "east", "south", "post", "guest"}},
	{Lang: "de", Words: []string{"als", "bis", "des", "nicht", "seit", "jetzt", "selbst", "erst", "zuletzt", "meist", "fast", "oft", "mit", "und"}},
	{Lang: "fr, es, it", Words: []string{"et", "les", "des", "mais", "dans", "sous", "los", "las", "tras", "dopo"}},
}

// personPronounWords are the personal pronouns of the third person singular that a
// biography uses of its subject ("She has written for ..."), lower-cased; those that also
// mean "they" or "it" are left out ("sie", "ihr", "zij").
var personPronounWords = []dom.Words{
	{Lang: "en", Words: []string{"he", "she", "his", "her", "him", "hers", "himself", "herself"}},
	{Lang: "de", Words: []string{"er", "ihm", "ihn", "sein", "seine", "seinen", "seiner", "seinem"}},
	{Lang: "fr", Words: []string{"il", "elle", "lui"}},
	{Lang: "es", Words: []string{"él", "ella"}},
	{Lang: "it", Words: []string{"lui", "lei"}},
	{Lang: "pt", Words: []string{"ele", "ela"}},
	{Lang: "nl", Words: []string{"hij", "hem"}},
}

// aboutAuthorWords head an author's card alone ("About the author"), lower-cased without a
// colon, and aboutNameWords before the author's name ("About Jane Doe").
var (
	aboutAuthorWords = []dom.Words{
		{Lang: "en", Words: []string{"about the author", "about the writer", "meet the author"}},
		{Lang: "de", Words: []string{"über den autor", "über die autorin", "zum autor", "zur autorin"}},
		{Lang: "fr", Words: []string{"à propos de l'auteur", "à propos de l’auteur", "l'auteur", "l’auteur"}},
		{Lang: "es", Words: []string{"sobre el autor", "sobre la autora", "acerca del autor"}},
		{Lang: "pt", Words: []string{"sobre o autor", "sobre a autora"}},
	}
	aboutNameWords = []dom.Words{
		{Lang: "en", Words: []string{"about "}},
		{Lang: "de", Words: []string{"über "}},
		{Lang: "fr", Words: []string{"à propos de "}},
		{Lang: "es, pt", Words: []string{"sobre "}},
	}
)

// placeholderNameWords are the names a site's software gives an account that nobody named
// ("admin", "webmaster") or writes where a field was empty ("undefined"), lower-cased: no
// author's name, in any language.
var placeholderNameWords = []dom.Words{
	{Lang: "*", Words: []string{"admin", "administrator", "administrateur", "administrador", "webmaster", "undefined", "null", "default"}},
}

// facetWords are the facets a catalogue's menu sorts or filters by ("Shop by Category",
// "Por Marca"), lower-cased: a one-word name after a byline's lead-in that is one of them
// is a menu's entry, not an author.
var facetWords = []dom.Words{
	{Lang: "en", Words: []string{"category", "categories", "collection", "collections", "brand", "brands", "country", "countries",
		"region", "regions", "topic", "topics", "type", "price", "size", "color", "colour", "manufacturer", "department", "occasion",
		"industry", "location", "subject", "popularity", "relevance", "state", "states", "weight"}},
	{Lang: "fr", Words: []string{"catégorie", "catégories", "collection", "marque", "marques", "fabricant", "pays", "région", "thème",
		"prix", "taille", "couleur"}},
	{Lang: "es, pt", Words: []string{"categoría", "categoria", "colección", "coleção", "marca", "marcas", "fabricante", "país", "región",
		"região", "tema", "precio", "preço", "talla", "tamanho", "color", "cor"}},
}

// The tables flattened, as the reader uses them.
var (
	bylinePrefixes    = dom.AllWords(bylinePrefixWords)
	bylineCuts        = dom.AllWords(bylineCutWords)
	bylineSeparators  = dom.AllWords(bylineSeparatorWords)
	coauthorWords     = dom.AllWords(coauthorWordList)
	roleLeadIns       = dom.AllWords(roleLeadInWords)
	nameSafePrefixes  = dom.WordSet(bylineNameSafeWords)
	nameSplitters     = dom.AllWords(nameSplitterWords)
	nameParticles     = dom.WordSet(nameParticleWords)
	jobTitles         = dom.WordSet(jobTitleWords)
	otherDateLabels   = dom.AllWords(otherDateLabelWords)
	jobOpeners        = dom.WordSet(jobOpenerWords)
	authorDirs        = dom.AllWords(authorDirWords)
	dateLeadIns       = dom.WordSet(dateLeadInWords)
	teamArticles      = dom.WordSet(teamArticleWords)
	pluralLeadIns     = dom.WordSet(pluralLeadInWords)
	teamWords         = dom.WordSet(teamNameWords)
	bioVerbs          = dom.WordSet(bioVerbWords)
	bioStopWords      = dom.WordSet(bioStopWordList)
	bioFunctionWords  = dom.WordSet(bioFunctionWordList)
	aboutAuthorLabels = dom.WordSet(aboutAuthorWords)
	aboutNamePrefixes = dom.AllWords(aboutNameWords)
	personPronouns    = dom.WordSet(personPronounWords)
	placeholderNames  = dom.WordSet(placeholderNameWords)
	facets            = dom.WordSet(facetWords)
)
