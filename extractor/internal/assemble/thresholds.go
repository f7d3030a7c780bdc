package assemble

// Tuned numbers of the assemblies by page kind.

const (
	// maxProfileChars: a definition list in a post with no sentence and at most this many
	// characters is the poster's profile (name, joined, posts, location), not a glossary
	// (forum.go).
	maxProfileChars = 300
	// maxProfilePairChars: a profile list of more than two blocks that holds this many
	// characters more than its first block (one "Posts: 1,204" pair) starts with the
	// poster's name, which stays.
	maxProfilePairChars = 12
	// minPostLabelShare: a short text repeated in this share of a thread's posts is one of
	// their buttons ("Reply"), not a poster's name (forum.go).
	minPostLabelShare = 0.8
	// minThreadProse: the posts of a thread hold at least this many runes of prose, else the
	// forum assembly declines.
	minThreadProse = 200
	// gridShare: a grid is a part of a listing when it holds at least this share of the
	// largest grid's text; smaller ones are boxes beside it.
	gridShare = 0.1
)

// innerGridShare: of nested grids of posts, the innermost that holds this share of the
// largest one's prose is the thread (the outer ones are the page's columns).
const innerGridShare = 0.6

// minCopyChars: a block of at least this many runes whose text a kept block before it holds
// is a copy of it (a page's mobile and desktop versions of one section), on the pages a
// kind's assembly widens to the whole main region.
const minCopyChars = 20

// minCardTextChars: on a service page, a card's description inside its link is a short
// sentence ("Drive more site traffic with email automations."), shorter than a paragraph of
// prose (block.MinProseChars); a menu's link is shorter still and has no sentence. Tuned on
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

// ldDescriptionMissing: the JSON-LD product description joins a product page's body when more
// than this share of its words is missing from the kept text.
const ldDescriptionMissing = 0.5

// minMachineKeys: a definition list of a product page with at least this many terms that are
// machine names ("cat_thumb_Sand:") is a dump of the shop's custom fields, and those fields go;
// maxMachineKeyChars: such a term is short; maxDefItemDepth: a block sits at most this many
// elements below its <dt> or <dd>.
const (
	minMachineKeys     = 3
	maxMachineKeyChars = 60
	maxDefItemDepth    = 4
)
