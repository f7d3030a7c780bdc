package block

// Tuned numbers of the block model: segmenting, scoring, card groups and comments.

const (
	// MinScoredChars: shorter blocks (bylines, buttons, captions) vote for no container.
	MinScoredChars = 25
	// charsPerPoint and maxLengthPoints: a paragraph earns one point per 100 characters, at most 3,
	// so one long block cannot outvote many ordinary paragraphs (Readability's rule).
	charsPerPoint   = 100
	maxLengthPoints = 3
	// scoreAncestors: a paragraph's score reaches this many ancestors, shrinking with distance.
	scoreAncestors = 5
	// classWeight is added to a candidate container named like content, taken from one named like chrome.
	classWeight = 25
	// strongContentWeight is added to an element marked itemprop=articleBody or alike.
	strongContentWeight = 60
	// MinProseChars and MaxProseLinkDensity define prose, the text that decides whether a
	// chrome-named element is a wrapper of the page: sentences, not menu items.
	MinProseChars       = 80
	MaxProseLinkDensity = 0.3
	// MinLabelRepeats and MaxLabelChars: a short text that comes back this often inside the
	// content is a label ("Advertisement", "Continue reading"), not a sentence.
	MinLabelRepeats = 3
	MaxLabelChars   = 30
	// MinProseShare: the content container holds at least this share of the page's prose;
	// a smaller winner is one card or post of a page made of many.
	MinProseShare = 0.5
	// threadShare: comment-named elements holding this share of the page's prose are the
	// page itself (a forum thread), not a comment section under an article.
	threadShare = 0.9
	// minStoryProse: prose outside the comment-named elements, this long or longer, is a story
	// of its own (a blog post, a news story), and the comments under it are its readers', however
	// many more they are. Chosen on the tuning halves (dragnet-train gains from 3,000 chars down;
	// wcxb-dev's forum pages are unchanged down to 1,500 and one discussion whose short story
	// heads its thread is lost below it).
	minStoryProse = 1500
	// maxCommentAuthorChars: a comment's author box longer than this is not a name (it holds
	// the comment's meta line or text); the comment is kept without an author.
	maxCommentAuthorChars = 80
	// maxCommentDateChars: a comment's first line longer than this is not its date line.
	maxCommentDateChars = 60
	// formShare: a form holding more than this share of the prose wraps the page (ASP.NET
	// pages, forum threads), it is not a form to fill.
	formShare = 0.5
	// MaxDateLineChars: a line with a date or time shorter than this before the first
	// paragraph is a dateline ("Updated 10:01 pm PST, Tuesday, November 19, 2019").
	MaxDateLineChars = 80
	// Class and id words (signals.go) come in three strengths, each weighed against the
	// element's text in IsBoilerElem (ancestry.go), and each wrong somewhere:
	//   - strong (boilerTokens: nav, footer, related, share, ads, cookie, ...): chrome unless
	//     the element or its run of sibling sections holds over BoilerShare of the prose. Wrong
	//     on a test report's "Section--Ads" when it stands alone, not among sections.
	//   - ambiguous (ambiguousTokens: meta, date, author, feed, search, print, tags, ...):
	//     chrome only when the text is not prose, or is under ambiguousShare of the page.
	//     Wrong on a short lede paragraph classed "dateline", dropped as a small share.
	//   - weak ("widget"): chrome only when mostly not prose and over weakBoilerLinkDensity
	//     links. Wrong on a blog's "about me" widget of plain sentences, kept.
	// Inline elements inside a run of text are never dropped for a word (segment.go).
	//
	// wordProseShare and wordMaxLinkDensity: an element named like chrome whose text is at least
	// this share prose, with fewer links than this, reads as a part of the body, not as a
	// byline, menu or feed: an ambiguous class word does not drop it.
	wordProseShare     = 0.6
	wordMaxLinkDensity = 0.2
	// ambiguousShare: an element named with an ambiguous word ("author", "meta") that reads as
	// prose is still chrome when it holds no more than this share of the page's prose: an
	// author's bio or an affiliate disclaimer under the story, not a part of it.
	ambiguousShare = 0.15
	// weakBoilerLinkDensity: a "widget" with more of its text in links than this is a
	// sidebar box; page-builder widgets holding headings or text have few links.
	weakBoilerLinkDensity = 0.2
	// MaxLinkDensity: a paragraph with more of its text in links than this is a teaser or a link list.
	MaxLinkDensity = 0.5
	// MaxListLinkDensity: list items are allowed more links (reference lists), but not a list of only links.
	MaxListLinkDensity = 0.8
	// mainShare: when the best container holds less than this share of the prose of the page's
	// <main> (or role=main) element, the page is made of many sections (a service page, a
	// product page, a forum thread) and the whole <main> is the content.
	mainShare = 0.6
	// BoilerShare: an element whose class names chrome but that holds more than this share of the
	// page's prose is a page wrapper with an unlucky class ("has-sidebar", "penci_sidebar",
	// "comments-open"), not chrome. Sibling sections that read as prose are measured together.
	BoilerShare = 0.5
	// minHeadlineStory: prose on the headline's side of the page, this long or longer, is a
	// story of its own, and an element whose class names chrome beside it (a footer's or a
	// sidebar's widget of excerpts) votes for no container however much of the page's prose it
	// holds (see awayFromHeadline). Chosen on the tuning halves: 200 to 500 gain three
	// dragnet-train short posts and change nothing else; 150 loses two wcxb-dev articles whose
	// content wrapper is chrome-named with their headline above it; 800 gains two posts.
	minHeadlineStory = 300
	// maxAdLabelChars: an ad label is a word or two.
	maxAdLabelChars = 30
	// maxAdNoteChars: an ad label with a note on who sees it ("Advertisement (gone after
	// registration)") is a short line.
	maxAdNoteChars = 60
	// maxTaxonomyLabelBytes and maxTaxonomyRunes: a taxonomy line's label is a word or three
	// ("Filed under", "ключевые слова"), and its names a line, not a paragraph.
	maxTaxonomyLabelBytes = 32
	maxTaxonomyRunes      = 200
	// maxPlugRunes: a plug for the site's newsletter is a line or two; a longer paragraph
	// that names a newsletter and a sign-up is about them.
	maxPlugRunes = 240
	// maxGalleryCounterBytes: a slideshow's counter ("Image 3 of 5", "Фото 1 из 8") is a few words.
	maxGalleryCounterBytes = 40
	// A paragraph's score reaches its parent divided by parentShareDivisor and each further
	// ancestor divided by ancestorShareDivisor times its distance (Readability's decay).
	parentShareDivisor   = 2
	ancestorShareDivisor = 3
	// The prior score of a candidate container by its tag (Readability's initializeNode):
	// sections and articles are likely containers, lists and headings unlikely ones; any
	// other tag gets a prior that is not exactly zero, so a scored element is told from an
	// unscored one.
	priorSection = 5
	priorQuote   = 3
	priorList    = -3
	priorHeading = -5
	priorOther   = 0.001
)

const (
	// minItemCards: fewer sibling elements of one shape are not a grid of items (a pair of
	// columns is not).
	minItemCards = 3
	// MinPosts: a thread is at least a question and an answer.
	MinPosts = 2
	// MinPostProseShare: the posts of a thread are mostly prose; a grid with less is a list
	// of items.
	MinPostProseShare = 0.3
	// minCardChars: a grid's cards hold at least this many runes each on average; shorter
	// ones are a menu's items.
	minCardChars = 20
	// minGridShare: a grid's cards hold at least this share of their parent's text; else the
	// repeated siblings are a part of something else.
	minGridShare = 0.6
	// MinListingChars: a listing's grids hold at least this many runes, else the assembly
	// declines and the article path stands.
	MinListingChars = 200
)

// maxCardShare: no card of a grid holds more than this share of the grid's text; siblings
// of which one holds most are the parts of a page, not cards.
const maxCardShare = 0.5

// minAlikeShare: the cards of the common shape are at least this share of a grid's children
// with text, and hold this share of its text; the others are a title row and a detail row per
// item, or a heading before the grid.
const minAlikeShare = 0.4

// ambiguousGridShare: on a page of cards, an element named with an ambiguous word ("search",
// "feed") that holds at least this share of the page's text is content (a search page's
// results), not chrome.
const ambiguousGridShare = 0.15
