package extractor

import "github.com/pithdev/pith/extractor/internal/block"

// Tuned numbers of the stages (score, assembly, title, notes, comments, the second opinion
// and its arbiter), each with why it is what it is; limits on input are in limits.go.
const (
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
	// minCopyRunes: a section written twice (for two layouts, or in <noscript>) is dropped
	// the second time when the element that holds it has at least this many runes; a
	// shorter one is as often a box the body repeats (one offer's terms under two offers,
	// one pricing table in two tabs), which the truth keeps twice (wcxb-dev tuning half: its
	// losses were sections of 241 to 576 runes).
	minCopyRunes = 600
	// maxScrapChars: a line shorter than this before the first paragraph is a byline,
	// date or reading time, not a sentence of the story.
	maxScrapChars = 25
	// maxStyledTitleChars: a block longer than this is no headline.
	maxStyledTitleChars = 150
	// minNoteBytes: a note says what was wrong or what changed; shorter text is a label.
	minNoteBytes = 40
	// maxNoteLead is how far into a note its colon may come: "Update (March 3, 2023, 14:00 CET):".
	maxNoteLead = 48
	// noteReach is how many blocks before or after the content a note may sit and still belong to it.
	noteReach = 12
	// Bounds of a "follow us" line: it is among the last few blocks kept, and short.
	maxFollowUsBlocks = 2
	maxFollowUsChars  = 250
	// maxUpdateStampBytes: an "Updated" line longer than this is a note, not a timestamp
	// (the longest stamp, with weekday, time zone and "first published", is about 80 bytes).
	maxUpdateStampBytes = 120
	// maxSeparatorRunes: hidden text of at most this many punctuation marks and spaces
	// between a kicker and a headline is a separator (": ", " - ").
	maxSeparatorRunes = 3
	// maxTitleNodeDepth bounds the look into a heading for hidden separators.
	maxTitleNodeDepth = 8
	// maxLostChars: a heading with more question marks inside it than this is not read as
	// one whose punctuation a wrong encoding lost (see refUndamaged).
	maxLostChars = 4
	// maxVariantWords: on a product page, the last part of the title after a separator is the
	// product's variant (its size, count, capacity or edition: "500 ml", "3 Pack", "2020
	// Edition") when it holds a digit and has at most this many words (see trimVariant).
	maxVariantWords = 4
	// minH1TitleTenths: an <h1> is the headline when the head title contains it and it is at
	// least this many tenths of the title (the rest is the site name and separators).
	minH1TitleTenths = 3
	// minStyledTitleTenths: a headline styled without a heading tag must be at least this
	// many tenths of the title it starts, a stricter test than for an <h1>.
	minStyledTitleTenths = 4
	// minStyledTitleChars: a shorter block is a label, not a headline.
	minStyledTitleChars = 4
	// maxNumberLeadDigits and minNumberLeadRest: a title's opening number of at most this
	// many digits before a spaced dash ("15 - Tutorial: ...") is a lesson's or chapter's number
	// when the rest has this many words (see trimNumberLead; on a forum a year label too).
	maxNumberLeadDigits = 2
	minNumberLeadRest   = 3
	// minHostKeyLen: a heading that reads the page's host name is the site's name when that
	// name has at least this many letters and digits (see hostKeys).
	minHostKeyLen = 4
	// minSharedWordLen: a heading's question and the metadata title that names its page share
	// a word of at least this many letters and digits (see questionName).
	minSharedWordLen = 4
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
	// maxWholeTitleHeadingLevel: a deeper heading, to <h3>, is the headline only when it is a
	// metadata title whole and no <h1> or <h2> is one (a section's name in the <h1>, the
	// story's headline in an <h3>).
	maxWholeTitleHeadingLevel = 3
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
	opinionMinLines = 2 * block.MinProseChars
	// arbiterShare: when the container's prose is under this share of the second opinion's,
	// the container chose a small part of the page (a dialog, a caption, a teaser, one card of
	// many) and the second opinion's prose joins it.
	arbiterShare = 0.2

	// Last resorts before ErrNoContent (internal/tree, lastresort.go).
	// maxScriptNoticeBytes: a notice that the page needs JavaScript is a line or two; a longer
	// text that names JavaScript is about it (a how-to), not a notice.
	maxScriptNoticeBytes = 300
)

// ctaShare: the calls to action that dropCallsToAction drops hold at most this share of the
// kept text together; more is a body written in a page builder's widgets of that name (a
// consultancy's page whose sections are "cmp-cta" components held half its text). A call
// that opens into a long letter to the readers (a fact-checker's appeal) holds a third.
const ctaShare = 0.4

// taxonomyReach: a post's taxonomy line over the story ("Category: Guides") stands among the
// first few kept blocks, with the byline and the date.
const taxonomyReach = 3

// endBoxReach and endBoxShare: a box at the end of a body (an appeal, the author's bio, a
// press contact) opens within the last endBoxReach kept blocks, and it and what follows it
// hold at most endBoxShare of the body's text: a story about donations is not a box.
const (
	endBoxReach = 6
	endBoxShare = 0.3
	// moreReadingReach: a box of further pages under its title ("Related articles", "Most
	// popular") is a list of titles and teasers, a dozen blocks; its title may open that far
	// from the end, a dozen blocks and itself.
	moreReadingReach = 13
)

// maxAppealChars: an appeal for money that names the site is a short box, not a paragraph of
// a story about giving.
const maxAppealChars = 300

// maxMoreReadingChars: the title of a box of further pages ("Related articles", "More from
// Ana Ruiz") is a line; a longer block that opens with the same words is prose.
const maxMoreReadingChars = 80

// maxCallClauseRunes: the clause that a call to follow or subscribe in a verb-final language
// closes ("Bizi Instagram'dan takip edin,", "골목일보 뉴스레터 구독하기:") is a line's
// opening; a longer first clause is a sentence of the body.
const maxCallClauseRunes = 80

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

// The grid of teaser cards after a story (rules_teasers.go).
const (
	// minTeaserCards: a grid of other pages has at least this many cards; one linked heading
	// after the body is a "next post" line or a source.
	minTeaserCards = 2
	// minCardTitleLinkDensity: a card's title is a heading wholly inside its link.
	minCardTitleLinkDensity = 0.9
	// maxTeaserChars: what a card holds under its title is an excerpt, a price or a date; a
	// longer block is a paragraph of the body.
	maxTeaserChars = 400
	// maxGridTitleChars: the heading that titles a grid ("Blog.", "More from the garden") is a line.
	maxGridTitleChars = 80
	// teaserShare: the grid holds at most this share of the kept text; more is the page's content.
	teaserShare = 0.5
	// siblingTeaserShare: cards that share their element with the body are teasers only when
	// they are a small part of the page.
	siblingTeaserShare = 0.25
	// maxCardLinkDepth: a card wholly inside its link holds its title this many levels under the <a>.
	maxCardLinkDepth = 4
)

// The author's bio at the end of a story (rules_authorbio.go).
const (
	// maxBioChars: a bio is a short paragraph; a longer one that names the author is the story.
	maxBioChars = 700
	// maxBioLineChars: the lines around a bio (the name, a role, a link to the author's
	// page) are short; a longer block is the body's.
	maxBioLineChars = 60
	// maxBioLines: the box opens with at most this many short lines before the bio.
	maxBioLines = 3
	// maxTitleAbbrevRunes: an abbreviated title before a name ("Dr.", "Prof.") is this short.
	maxTitleAbbrevRunes = 5
	// minBioNameRunes: a first name shorter than this ("Al", "J.") matches too many words.
	minBioNameRunes = 3
)
