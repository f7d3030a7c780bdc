package titlepick

// Feature names one input of the model: one number that describes a title candidate.
type Feature int

// The features. Source features are 1 when the candidate's text came from that source (a
// text several sources give is one candidate with several source features set); the others
// are numbers measured on the candidate's text against the page's other titles.
const (
	// FromRules: the rules' choice (pickTitle).
	FromRules Feature = iota
	// FromSocial: og:title.
	FromSocial
	// FromSocialTrimmed: og:title less its site-name part.
	FromSocialTrimmed
	// FromTwitter: twitter:title.
	FromTwitter
	// FromHeadline: the JSON-LD article headline.
	FromHeadline
	// FromOther: a Dublin Core, Parse.ly or citation title.
	FromOther
	// FromPage: the <title> as it is.
	FromPage
	// FromPageTrimmed: the <title> less the parts that are the site's name (or its longest part).
	FromPageTrimmed
	// FromPageHead: the <title>'s first part before a separator.
	FromPageHead
	// FromPageTail: the <title>'s last part after a separator.
	FromPageTail
	// FromH1: a visible <h1> (not the site's name).
	FromH1
	// FromFirstH1: the first such <h1>.
	FromFirstH1
	// FromH2: the first <h2>.
	FromH2
	// Sources: how many sources give this text, over 4.
	Sources
	// LogWords: log(1 + the candidate's words).
	LogWords
	// PageShare: the candidate's letters over the <title>'s, at most 3.
	PageShare
	// InPage: the <title> holds the candidate.
	InPage
	// InSocial: og:title holds the candidate.
	InSocial
	// InHeadline: the JSON-LD headline holds the candidate.
	InHeadline
	// HoldsPageTrimmed: the candidate holds the <title> less its site part.
	HoldsPageTrimmed
	// Shown: a heading or a short line of the page reads the candidate.
	Shown
	// HasSeparator: the candidate holds a title separator (" | ", " - ").
	HasSeparator
	// SiteName: the candidate is a name the site gives itself.
	SiteName
	// EndsPeriod: the candidate ends with a period (a slogan).
	EndsPeriod
	// Shouting: the candidate has no lower-case letter.
	Shouting
	// ManyH1: the page has more than one visible <h1> (and the candidate is one).
	ManyH1
	// Heading on a page of each kind: the candidate is an <h1> or <h2> and the page is of
	// that kind.
	HeadingArticle
	HeadingForum
	HeadingProduct
	HeadingCollection
	HeadingListing
	HeadingDocs
	HeadingService
	// Page title on a page of each kind: the candidate is the <title> or a part of it.
	PageTitleArticle
	PageTitleForum
	PageTitleProduct
	PageTitleCollection
	PageTitleListing
	PageTitleDocs
	PageTitleService
	// Metadata title on a page of each kind: og:title, twitter:title or the JSON-LD headline.
	MetaArticle
	MetaForum
	MetaProduct
	MetaCollection
	MetaListing
	MetaDocs
	MetaService
	// AgreesH1: the candidate holds the first <h1>, or the first <h1> holds it.
	AgreesH1
	// RulesShown: the rules' choice, read on the page.
	RulesShown
	// PageSplit: the <title> holds a separator (the same for every candidate of a page).
	PageSplit
	// SocialIsPage: og:title reads as the <title> (the same for every candidate of a page).
	SocialIsPage
	// H1s: the page's visible <h1>s, at most 3 (the same for every candidate of a page).
	H1s
	// OverlapH1: the share of the candidate's and the first <h1>'s distinct words that both
	// hold (Jaccard).
	OverlapH1
	// OverlapPage: the same with the <title>.
	OverlapPage
	// Place: where a heading candidate's block is among the page's blocks, from 0 (first) to
	// 1 (last); 1.5 for a candidate no heading gives.
	Place
	// Longest: the candidate has the most letters of the page's candidates.
	Longest
	// NumFeatures is the number of features.
	NumFeatures
)

// Features are one candidate's inputs to the model, indexed by [Feature].
type Features [NumFeatures]float64

var featureNames = [NumFeatures]string{
	"FromRules", "FromSocial", "FromSocialTrimmed", "FromTwitter", "FromHeadline", "FromOther",
	"FromPage", "FromPageTrimmed", "FromPageHead", "FromPageTail", "FromH1", "FromFirstH1", "FromH2",
	"Sources", "LogWords", "PageShare", "InPage", "InSocial", "InHeadline", "HoldsPageTrimmed",
	"Shown", "HasSeparator", "SiteName", "EndsPeriod", "Shouting", "ManyH1",
	"HeadingArticle", "HeadingForum", "HeadingProduct", "HeadingCollection", "HeadingListing", "HeadingDocs", "HeadingService",
	"PageTitleArticle", "PageTitleForum", "PageTitleProduct", "PageTitleCollection", "PageTitleListing", "PageTitleDocs", "PageTitleService",
	"MetaArticle", "MetaForum", "MetaProduct", "MetaCollection", "MetaListing", "MetaDocs", "MetaService",
	"AgreesH1", "RulesShown",
	"PageSplit", "SocialIsPage", "H1s", "OverlapH1", "OverlapPage", "Place", "Longest",
}

// String returns the feature's name, as the generated model spells it.
func (f Feature) String() string {
	if f < 0 || f >= NumFeatures {
		return "Feature(?)"
	}
	return featureNames[f]
}

// Kinds are the page kinds, in the order of the per-kind features (HeadingArticle ...
// HeadingService, PageTitleArticle ... PageTitleService).
var Kinds = []string{"article", "forum", "product", "collection", "listing", "documentation", "service"}
