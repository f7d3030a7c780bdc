package extractor

// Tuned numbers of the stages (score, assembly, title, notes, comments, the second opinion
// and its arbiter), each with why it is what it is; limits on input are in limits.go.
const (
	// minScoredChars: shorter blocks (bylines, buttons, captions) vote for no container.
	minScoredChars = 25
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
	// siblingMinScore and siblingScoreShare: a sibling of the best container joins it when it scores
	// at least this much and this share of the best container's score.
	siblingMinScore   = 10
	siblingScoreShare = 0.2
	// siblingProseShare and siblingMaxLinkDensity: a sibling that is at least this much prose,
	// with fewer links than this, is a part of the body in a wrapper of its own.
	siblingProseShare     = 0.6
	siblingMaxLinkDensity = 0.2
	// ledeMaxLinkDensity: a lone <p> beside the body (the lede) joins with fewer links than this.
	ledeMaxLinkDensity = 0.25
	// minProseChars and maxProseLinkDensity define prose, the text that decides whether a
	// chrome-named element is a wrapper of the page: sentences, not menu items.
	minProseChars       = 80
	maxProseLinkDensity = 0.3
	// minLabelRepeats and maxLabelChars: a short text that comes back this often inside the
	// content is a label ("Advertisement", "Continue reading"), not a sentence.
	minLabelRepeats = 3
	maxLabelChars   = 30
	// minProseShare: the content container holds at least this share of the page's prose;
	// a smaller winner is one card or post of a page made of many.
	minProseShare = 0.5
	// threadShare: comment-named elements holding this share of the page's prose are the
	// page itself (a forum thread), not a comment section under an article.
	threadShare = 0.9
	// maxCommentAuthorChars: a comment's author box longer than this is not a name (it holds
	// the comment's meta line or text); the comment is kept without an author.
	maxCommentAuthorChars = 80
	// formShare: a form holding more than this share of the prose wraps the page (ASP.NET
	// pages, forum threads), it is not a form to fill.
	formShare = 0.5
	// maxScrapChars: a line shorter than this before the first paragraph is a byline,
	// date or reading time, not a sentence of the story.
	maxScrapChars = 25
	// maxDateLineChars: a line with a date or time shorter than this before the first
	// paragraph is a dateline ("Updated 10:01 pm PST, Tuesday, November 19, 2019").
	maxDateLineChars = 80
	// Class and id words (signals.go) come in three strengths, each weighed against the
	// element's text in isBoilerElem (ancestry.go), and each wrong somewhere:
	//   - strong (boilerTokens: nav, footer, related, share, ads, cookie, ...): chrome unless
	//     the element or its run of sibling sections holds over boilerShare of the prose. Wrong
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
	// maxLinkDensity: a paragraph with more of its text in links than this is a teaser or a link list.
	maxLinkDensity = 0.5
	// maxListLinkDensity: list items are allowed more links (reference lists), but not a list of only links.
	maxListLinkDensity = 0.8
	// mainShare: when the best container holds less than this share of the prose of the page's
	// <main> (or role=main) element, the page is made of many sections (a service page, a
	// product page, a forum thread) and the whole <main> is the content.
	mainShare = 0.6
	// boilerShare: an element whose class names chrome but that holds more than this share of the
	// page's prose is a page wrapper with an unlucky class ("has-sidebar", "penci_sidebar",
	// "comments-open"), not chrome. Sibling sections that read as prose are measured together.
	boilerShare = 0.5
	// maxStyledTitleChars: a block longer than this is no headline.
	maxStyledTitleChars = 150
	// minNoteBytes: a note says what was wrong or what changed; shorter text is a label.
	minNoteBytes = 40
	// maxNoteLead is how far into a note its colon may come: "Update (March 3, 2023, 14:00 CET):".
	maxNoteLead = 48
	// noteReach is how many blocks before or after the content a note may sit and still belong to it.
	noteReach = 12
	// maxAdLabelChars: an ad label is a word or two.
	maxAdLabelChars = 30
	// Bounds of a "follow us" line: it is among the last few blocks kept, and short.
	maxFollowUsBlocks = 2
	maxFollowUsChars  = 250
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
	// maxUpdateStampBytes: an "Updated" line longer than this is a note, not a timestamp
	// (the longest stamp, with weekday, time zone and "first published", is about 80 bytes).
	maxUpdateStampBytes = 120
	// maxSeparatorRunes: hidden text of at most this many punctuation marks and spaces
	// between a kicker and a headline is a separator (": ", " - ").
	maxSeparatorRunes = 3
	// maxTitleNodeDepth bounds the look into a heading for hidden separators.
	maxTitleNodeDepth = 8
	// minH1TitleTenths: an <h1> is the headline when the head title contains it and it is at
	// least this many tenths of the title (the rest is the site name and separators).
	minH1TitleTenths = 3
	// minStyledTitleTenths: a headline styled without a heading tag must be at least this
	// many tenths of the title it starts, a stricter test than for an <h1>.
	minStyledTitleTenths = 4
	// minStyledTitleChars: a shorter block is a label, not a headline.
	minStyledTitleChars = 4
	// minH1Words: the page's lone <h1> is taken as the headline only with this many words;
	// one word is a section name or a logo.
	minH1Words = 2
	// minTitleWords and minTitleLetters: the longest part of a "Headline | Site" title is the
	// headline when it has this many words, or letters in a script written without spaces.
	minTitleWords   = 3
	minTitleLetters = 8
	// maxNoteWordBytes: isNoteText reads maxNoteLead plus this many bytes of a block, room
	// for the note word itself before the lead.
	maxNoteWordBytes = 16
	// maxTitleHeadingLevel and minTitleHeadingChars: the headings that can be the headline
	// are <h1> and <h2> (many themes put the site name in the <h1>) of at least this length.
	maxTitleHeadingLevel = 2
	minTitleHeadingChars = 3
	// noteClassReach: a class or id naming a note counts on the block's element and this many
	// levels of it in all (a note's text sits in a <p> inside a <div class="correction">).
	noteClassReach = 3

	// The second opinion (opinion.go), jusText's classes on language-neutral features.
	// opinionMaxLinkDensity: a block with more of its text in links is a menu or a teaser
	// (jusText's max_link_density).
	opinionMaxLinkDensity = 0.2
	// opinionShortChars: a shorter block is judged by its neighbours (jusText's length_low, 70).
	opinionShortChars = 70
	// opinionGoodChars: a block this long with a sentence end is prose on its own; the
	// sentence end stands for jusText's stopword density, which needs a language.
	opinionGoodChars = 120
	// opinionLeadReach: a short block (a heading, a lead line) opens the good text at most
	// this many blocks after it.
	opinionLeadReach = 2
	// opinionMinLines: on a page with no good block, lines that together hold this many
	// characters (two short paragraphs) are its content, as the last judgement before
	// ErrNoContent.
	opinionMinLines = 2 * minProseChars
	// arbiterShare: when the container's prose is under this share of the second opinion's,
	// the container chose a small part of the page (a dialog, a caption, a teaser, one card of
	// many) and the second opinion's prose joins it.
	arbiterShare = 0.2

	// Last resorts before ErrNoContent (parse.go, lastresort.go).
	// maxTitleChars: a <title> with more characters than this that holds markup was never
	// closed (the parser read the rest of the page into it); real titles stay under 200.
	maxTitleChars = 300
	// maxScriptNoticeBytes: a notice that the page needs JavaScript is a line or two; a longer
	// text that names JavaScript is about it (a how-to), not a notice.
	maxScriptNoticeBytes = 300
)

// Tuned numbers of the kinds' assemblies (cards.go, assemble_listing.go,
// assemble_collection.go, assemble_forum.go).
const (
	// maxProfileChars: a definition list in a post with no sentence and at most this many
	// characters is the poster's profile (name, joined, posts, location), not a glossary
	// (assemble_forum.go).
	maxProfileChars = 300
	// maxProfilePairChars: a profile list of more than two blocks that holds this many
	// characters more than its first block (one "Posts: 1,204" pair) starts with the
	// poster's name, which stays.
	maxProfilePairChars = 12
	// minPostLabelShare: a short text repeated in this share of a thread's posts is one of
	// their buttons ("Reply"), not a poster's name (assemble_forum.go).
	minPostLabelShare = 0.8

	// minItemCards: fewer sibling elements of one shape are not a grid of items (a pair of
	// columns is not).
	minItemCards = 3
	// minPosts: a thread is at least a question and an answer.
	minPosts = 2
	// minPostProseShare: the posts of a thread are mostly prose; a grid with less is a list
	// of items.
	minPostProseShare = 0.3
	// minThreadProse: the posts of a thread hold at least this many runes of prose, else the
	// forum assembly declines.
	minThreadProse = 200
	// minCardChars: a grid's cards hold at least this many runes each on average; shorter
	// ones are a menu's items.
	minCardChars = 20
	// minGridShare: a grid's cards hold at least this share of their parent's text; else the
	// repeated siblings are a part of something else.
	minGridShare = 0.6
	// gridShare: a grid is a part of a listing when it holds at least this share of the
	// largest grid's text; smaller ones are boxes beside it.
	gridShare = 0.1
	// minListingChars: a listing's grids hold at least this many runes, else the assembly
	// declines and the article path stands.
	minListingChars = 200
)

// maxCardShare: no card of a grid holds more than this share of the grid's text; siblings
// of which one holds most are the parts of a page, not cards.
const maxCardShare = 0.5

// minAlikeShare: the cards of the common shape are at least this share of a grid's children
// with text, and hold this share of its text; the others are a title row and a detail row per
// item, or a heading before the grid.
const minAlikeShare = 0.4

// innerGridShare: of nested grids of posts, the innermost that holds this share of the
// largest one's prose is the thread (the outer ones are the page's columns).
const innerGridShare = 0.6

// ambiguousGridShare: on a page of cards, an element named with an ambiguous word ("search",
// "feed") that holds at least this share of the page's text is content (a search page's
// results), not chrome.
const ambiguousGridShare = 0.15

// minCopyChars: a block of at least this many runes whose text a kept block before it holds
// is a copy of it (a page's mobile and desktop versions of one section), on the pages a
// kind's assembly widens to the whole main region.
const minCopyChars = 20

// minCardTextChars: on a service page, a card's description inside its link is a short
// sentence ("Drive more site traffic with email automations."), shorter than a paragraph of
// prose (minProseChars); a menu's link is shorter still and has no sentence. Tuned on
// wcxb-dev's tuning half (40: service 0.8692, 80: 0.8672).
const minCardTextChars = 40

// maxSellingTitleChars: the title of a box that sells other products is a short line.
const maxSellingTitleChars = 60

// titledBoxShare: a box dropped by its title (a box that sells other products, a table of
// contents) is dropped whole when it holds at most this share of the main region's text; a
// larger "box" is the region itself, and only the run under the title goes.
const titledBoxShare = 0.3

// maxWidgetLineChars: a documentation page's widget line ("Was this page helpful?", "Next:
// Installing on Windows") or table of contents title is a short line.
const maxWidgetLineChars = 80

// endBoxReach and endBoxShare: a box at the end of a body (an appeal, the author's bio, a
// press contact) opens within the last endBoxReach kept blocks, and it and what follows it
// hold at most endBoxShare of the body's text: a story about donations is not a box.
const (
	endBoxReach = 6
	endBoxShare = 0.3
)

// maxAppealChars: an appeal for money that names the site is a short box, not a paragraph of
// a story about giving.
const maxAppealChars = 300

// ldDescriptionMissing: the JSON-LD product description joins a product page's body when more
// than this share of its words is missing from the kept text.
const ldDescriptionMissing = 0.5

// The classifier's listing and forum verdicts against the article path (pagekind.go).
// Tuned on the tuning halves of wcxb-dev (word F1 0.8530 uncapped, 0.8490 with these) and
// dragnet-train (0.8490 uncapped, 0.8874 with these; 0.8899 with no kinds): old news pages
// with sidebars of teasers are named listings with probabilities under a half.
const (
	// minGridKindProb: a listing or forum verdict this probable stands even beside a story.
	minGridKindProb = 0.5
	// minForumAddressProb: a forum verdict this probable stands beside a story when the
	// page's address is in a forum's folder (see storyOverrides).
	minForumAddressProb = 0.4
	// minStoryProse: a story the article path kept with this many runes of prose outweighs
	// a less probable listing or forum verdict.
	minStoryProse = 150
)

// maxMediaURLChars: a block longer than this is not one media file's address.
const maxMediaURLChars = 2048
