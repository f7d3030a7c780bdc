package meta

// Tuned numbers and limits of the metadata reader, each with the reason for its value.
const (
	// The script fallback of Language.

	// minScriptLetters: with fewer letters of text the dominant script is not trusted.
	minScriptLetters = 40
	// minScriptShare: the dominant script must hold this share of the letters.
	minScriptShare = 0.6
	// maxScriptLetters: the script is read from at most this many letters of text.
	maxScriptLetters = 5000
	// maxLDNodes caps the items read from one page's JSON-LD.
	maxLDNodes = 2000
	// maxLDDepth bounds the nesting followed in one JSON-LD value.
	maxLDDepth = 32

	// Limits on the metadata walk, so that a hostile page cannot make it slow or large.

	// maxJSONLDBytes caps the text of one JSON-LD script: real ones are a few kilobytes.
	maxJSONLDBytes = 1 << 20
	// maxJSONLDScripts caps how many JSON-LD scripts are read.
	maxJSONLDScripts = 32
	// maxFactValues caps the values gathered for any one list (meta values per key, times, bylines).
	maxFactValues = 64
	// maxLineChars: a byline or date line longer than this is a paragraph, not a line.
	maxLineChars = 120
	// maxPropChars caps the text read for one microdata property (a description, not the article body).
	maxPropChars = 2000
	// maxLineNodes caps the nodes visited, over the whole page, to read lines: bylines, date lines
	// and bare dates. Each element's read is bounded already (see shortText); this bounds their
	// sum on a huge page. The largest page of the benchmark sets visits about 21,000.
	maxLineNodes = 1 << 18
	// maxFactDepth stops the walk at absurd nesting; the parser caps depth too.
	maxFactDepth = 512
	// maxBylineChars: a line of an author element longer than this, unless it opens like a byline
	// ("By ..."), is the author's biography, not a byline.
	maxBylineChars = 100
	// maxPosterChars: a forum user name longer than this is not one (a user card's whole text).
	maxPosterChars = 40
	// maxBareDateChars: a line longer than this is more than a date ("April 8, 2024").
	maxBareDateChars = 40
	// maxNamedDateChars: a line longer than this is more than a name and a date.
	maxNamedDateChars = 80
	// maxOriginalChars: a paragraph that says when the text was first published is read up to
	// this long (a sentence or two).
	maxOriginalChars = 400
	// maxBareDateAt: a date that starts further into a line than this is not the line's whole text.
	maxBareDateAt = 12

	// Bounds of leadText: the bytes of text returned and the nodes visited.

	maxLeadBytes = 48
	// minEscapedSpaces: a value without a space holding this many "%20"s is prose written as a
	// URL component (see decodeEscapedProse), not a word or a URL with an odd space.
	minEscapedSpaces = 3
	// maxLeadInSiblings: the elements after a lead-in alone ("Written by:") that are searched
	// for the name, past empty ones (an avatar's <picture>).
	maxLeadInSiblings = 3
	maxLeadNodes      = 32
	// maxBioNameWords: the name that opens an author's biography ("Jane Doe is ...") and the
	// card's line that gives it whole have at most this many words.
	maxBioNameWords = 3
	// maxBioLevels and maxBioSiblings: the card's name line is searched among this many
	// previous siblings (with text) of the biography's paragraph and of its parents up to
	// this many levels (the name in the card's header, the text in its body).
	maxBioLevels   = 2
	maxBioSiblings = 3
	// maxBioChars: a biography's pronoun ("he", "she") is looked for in this many bytes of its
	// paragraph's text (two or three sentences).
	maxBioChars = 600
	// maxFoldedBytes: the longest word of personPronounWords and bioStopWordList, in bytes,
	// with room to spare.
	maxFoldedBytes = 16
	// maxListItems caps Tags and Categories; pages with hundreds of keywords are spam.
	maxListItems = 50
	// maxLDValueDepth bounds the nesting followed inside one JSON-LD property value (an
	// author that is an array of references to Person items is three deep).
	maxLDValueDepth = 4
	// maxLangTagChars: a longer value is no language tag (RFC 5646 asks implementations to
	// take tags of at least 35 characters).
	maxLangTagChars = 35
	// maxNameChars: a longer value is a sentence, not a person's or organization's name.
	maxNameChars = 80
	// maxNameWords and maxVisibleNameWords: a name has at most this many words; text shown on
	// the page (a byline) is held to fewer, since it is more often a sentence.
	maxNameWords        = 6
	maxVisibleNameWords = 5
	// maxHandleChars: a longer word after a byline's lead-in is no user name.
	maxHandleChars = 30
	// maxHomeLinks: the site's name is in one of the first links to its home page (the
	// logo, the header's title); later ones are menus and footers.
	maxHomeLinks = 4
	// maxHomeLinkDepth bounds the search for a logo image inside a home link.
	maxHomeLinkDepth = 8

	// The headline's place, for the date model's distance features.

	// maxHeadings: the headline is among the page's first <h1> elements.
	maxHeadings = 8
	// maxHeadingChars: an <h1> with a longer text is read as no headline's (its place is kept).
	maxHeadingChars = 300
	// maxHeadlineGap: a date line further from the headline than this many elements is not the
	// one beside it (a story's header holds a few dozen elements: the kicker, the byline, the
	// avatar, the share bar).
	maxHeadlineGap = 60
	// headlineGapScale: the distance at which FeatHeadlineClose is one half.
	headlineGapScale = 10.0
	// maxLocalOffsetHours: the widest offset from UTC of a time zone in use (UTC+14, Kiribati).
	maxLocalOffsetHours = 14
)
