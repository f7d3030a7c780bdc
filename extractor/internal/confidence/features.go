package confidence

// Feature names one input of the model: an index into [Features].
type Feature int

// The model's inputs. Shares are in [0, 1]; counts and sizes are log1p of the count. A new
// feature goes at the end, before NumFeatures, with its entry in featureInfo; a model fitted
// before it simply never reads it, until it is refitted.
const (
	// KindArticle ... KindService are 1 for the page's kind (Result.PageType), 0 otherwise.
	KindArticle Feature = iota
	KindForum
	KindProduct
	KindCollection
	KindListing
	KindDocumentation
	KindService
	// Empty is 1 when the result has no body (ErrNoContent).
	Empty
	// LDBody is 1 when the body is the JSON-LD articleBody, the last resort.
	LDBody
	// NoContainer is 1 when no block voted for a container.
	NoContainer
	// PageChars is log1p of the runes of text of the whole page.
	PageChars
	// PageBlocks is log1p of the page's blocks.
	PageBlocks
	// PageProse is the share of the page's text that is prose.
	PageProse
	// KeptChars is log1p of the runes of kept text.
	KeptChars
	// KeptBlocks is log1p of the kept blocks.
	KeptBlocks
	// KeptShare is the kept text's share of the page's text.
	KeptShare
	// KeptProseShare is the kept prose's share of the page's prose.
	KeptProseShare
	// ContainerProseShare is the container's share of the page's prose.
	ContainerProseShare
	// ContainerLinks is the link density of the container's text.
	ContainerLinks
	// ContainerDroppedProse is the share of the container's prose that was not kept.
	ContainerDroppedProse
	// KeptLinks is the link density of the kept text.
	KeptLinks
	// KeptRepeats is the share of the kept text in blocks whose text is kept more than once.
	KeptRepeats
	// KeptRuns is log1p of the number of runs of consecutive kept blocks: how scattered the result is.
	KeptRuns
	// KeptSpan is the share of the page's blocks between the first and the last kept block.
	KeptSpan
	// FirstKept is the position of the first kept block among the page's blocks, in [0, 1].
	FirstKept
	// SecondOpinion is the share of the kept text that the second opinion added.
	SecondOpinion
	// LaxPass is the share of the kept text that the lax pass (prose in chrome) added.
	LaxPass
	// KeptLists, KeptTables and KeptHeadings are the shares of the kept text in list items,
	// tables and headings.
	KeptLists
	KeptTables
	KeptHeadings
	// KeptShort is the share of the kept blocks that are shorter than a line of prose.
	KeptShort
	// KeptSentences is the share of the kept text in blocks with a sentence end.
	KeptSentences
	// MeanBlock is log1p of the mean runes of a kept block.
	MeanBlock
	// Headline is 1 when the title was found as a heading on the page.
	Headline
	// DescriptionFound is 1 when the opening of the page's description is in the kept text,
	// -1 when the page has a description that is not, 0 when it has none.
	DescriptionFound
	// PageLinks is the link density of the page's text.
	PageLinks
	// PageHeadings is log1p of the page's headings.
	PageHeadings
	// LinkedHeadings is the share of the page's headings that are mostly a link: the titles
	// of cards.
	LinkedHeadings
	// PageTeasers is the share of the page's text inside an <article> other than the
	// headline's: cards of a listing.
	PageTeasers
	// PageComments is the share of the page's text inside a comment section.
	PageComments
	// PageListItems is the share of the page's text in list items.
	PageListItems
	// PagePrices is log1p of the short blocks that hold a price (a currency sign by a digit).
	PagePrices
	// URLDepth is the number of segments in the URL's path.
	URLDepth
	// URLSlug is the number of words in the last segment of the URL's path ("council-votes-
	// to-repair-the-bridge" has 6): articles have long slugs, indexes short ones.
	URLSlug
	// KeptHeadingCount is log1p of the kept headings.
	KeptHeadingCount
	// TitleInText is the share of the title's words (of four bytes or more) found in the
	// kept text; 0 without such words.
	TitleInText
	// OpinionAgrees is the share of the text kept or judged good by the second opinion that
	// is both: how much the container's result and the second opinion agree.
	OpinionAgrees
	// OpinionMissed is the share of the text the second opinion judges good that is not kept.
	OpinionMissed
	// KeptBad is the share of the kept text the second opinion judges bad.
	KeptBad
	// PageRepeats is the share of the page's text in blocks whose text the page repeats.
	PageRepeats
	// RunnerUp is the content score of the best element outside the container (neither
	// inside it nor around it) over the container's, in [0, 2]: near 0 when the vote was
	// clear, near 1 or more when another part of the page nearly won.
	RunnerUp
	// KindProb is the page-kind classifier's probability of the kind it chose, 1 when
	// Options.PageType set the kind: how clear the page's kind was.
	KindProb
	// KindMargin is the classifier's probability of the kind it chose over the next kind's,
	// 1 when Options.PageType set the kind.
	KindMargin
	// ArticleProb is the classifier's probability that the page is an article, whatever it
	// chose; 1 when Options.PageType set the kind to article, 0 when to another.
	ArticleProb
	// KindOverridden is 1 when the page's kind is not the classifier's: the article path kept
	// a story beside an unsure listing or forum verdict, or the body is the JSON-LD
	// articleBody.
	KindOverridden
	// Assembled is 1 when a kind's assembly made the kept blocks, 0 when the article path's
	// result stands as it was.
	Assembled
	// AssemblyGrowth is log1p of the kept runes less log1p of the runes the article path kept
	// before the kind's assembly: above 0 when the assembly added text, below when it took
	// some away; 0 when no assembly ran.
	AssemblyGrowth

	// NumFeatures is the number of features.
	NumFeatures
)

// featureInfo gives each feature its Go name (used by the generated model) and a short
// phrase for reports.
var featureInfo = [NumFeatures]struct{ ident, about string }{
	KindArticle:           {"KindArticle", "the page is an article"},
	KindForum:             {"KindForum", "the page is a forum"},
	KindProduct:           {"KindProduct", "the page is a product"},
	KindCollection:        {"KindCollection", "the page is a collection"},
	KindListing:           {"KindListing", "the page is a listing"},
	KindDocumentation:     {"KindDocumentation", "the page is documentation"},
	KindService:           {"KindService", "the page is a service page"},
	Empty:                 {"Empty", "no body was found"},
	LDBody:                {"LDBody", "the body is the JSON-LD articleBody"},
	NoContainer:           {"NoContainer", "no container was chosen"},
	PageChars:             {"PageChars", "the page's amount of text"},
	PageBlocks:            {"PageBlocks", "the page's number of blocks"},
	PageProse:             {"PageProse", "the page's share of prose"},
	KeptChars:             {"KeptChars", "the amount of kept text"},
	KeptBlocks:            {"KeptBlocks", "the number of kept blocks"},
	KeptShare:             {"KeptShare", "the kept share of the page's text"},
	KeptProseShare:        {"KeptProseShare", "the kept share of the page's prose"},
	ContainerProseShare:   {"ContainerProseShare", "the container's share of the page's prose"},
	ContainerLinks:        {"ContainerLinks", "the container's link density"},
	ContainerDroppedProse: {"ContainerDroppedProse", "prose dropped inside the container"},
	KeptLinks:             {"KeptLinks", "the link density of the kept text"},
	KeptRepeats:           {"KeptRepeats", "repeated text among the kept blocks"},
	KeptRuns:              {"KeptRuns", "how scattered the kept blocks are"},
	KeptSpan:              {"KeptSpan", "the part of the page the kept blocks span"},
	FirstKept:             {"FirstKept", "where the kept text starts on the page"},
	SecondOpinion:         {"SecondOpinion", "text the second opinion added"},
	LaxPass:               {"LaxPass", "text the lax pass added from chrome"},
	KeptLists:             {"KeptLists", "the kept share of list items"},
	KeptTables:            {"KeptTables", "the kept share of tables"},
	KeptHeadings:          {"KeptHeadings", "the kept share of headings"},
	KeptShort:             {"KeptShort", "the share of short kept blocks"},
	KeptSentences:         {"KeptSentences", "the kept share of sentences"},
	MeanBlock:             {"MeanBlock", "the mean length of a kept block"},
	Headline:              {"Headline", "the headline was found on the page"},
	DescriptionFound:      {"DescriptionFound", "the description is in the kept text"},
	PageLinks:             {"PageLinks", "the link density of the page"},
	PageHeadings:          {"PageHeadings", "the page's number of headings"},
	LinkedHeadings:        {"LinkedHeadings", "headings that are links (cards)"},
	PageTeasers:           {"PageTeasers", "the page's share of teaser cards"},
	PageComments:          {"PageComments", "the page's share of comments"},
	PageListItems:         {"PageListItems", "the page's share of list items"},
	PagePrices:            {"PagePrices", "prices on the page"},
	URLDepth:              {"URLDepth", "the depth of the URL's path"},
	URLSlug:               {"URLSlug", "the words in the URL's last segment"},
	KeptHeadingCount:      {"KeptHeadingCount", "the number of kept headings"},
	TitleInText:           {"TitleInText", "the title's words in the kept text"},
	OpinionAgrees:         {"OpinionAgrees", "agreement with the second opinion"},
	OpinionMissed:         {"OpinionMissed", "good text the second opinion saw and pith left out"},
	KeptBad:               {"KeptBad", "kept text the second opinion judges bad"},
	PageRepeats:           {"PageRepeats", "text the page repeats"},
	RunnerUp:              {"RunnerUp", "another part of the page nearly won the vote"},
	KindProb:              {"KindProb", "how sure the page-kind classifier was"},
	KindMargin:            {"KindMargin", "the chosen kind's lead over the next"},
	ArticleProb:           {"ArticleProb", "the classifier's probability of an article"},
	KindOverridden:        {"KindOverridden", "the page's kind is not the classifier's"},
	Assembled:             {"Assembled", "a kind's assembly made the result"},
	AssemblyGrowth:        {"AssemblyGrowth", "text the kind's assembly added or took away"},
}

// String returns the feature's Go name ("KeptProseShare").
func (f Feature) String() string {
	if f < 0 || f >= NumFeatures {
		return "Feature(?)"
	}
	return featureInfo[f].ident
}

// About returns a short phrase saying what the feature measures, for reports.
func (f Feature) About() string {
	if f < 0 || f >= NumFeatures {
		return ""
	}
	return featureInfo[f].about
}

// Features are the model's inputs for one page, indexed by [Feature].
type Features [NumFeatures]float64
