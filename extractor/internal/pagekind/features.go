package pagekind

import (
	"math"

	"golang.org/x/net/html"
)

// Page is what the classifier reads of a page.
type Page struct {
	// Doc is the parsed page; it is only read.
	Doc *html.Node
	// URL is the page's address, when known.
	URL string
	// Types are the schema.org types the page's JSON-LD declares (@type values, as written);
	// the microdata itemtypes are read from Doc.
	Types []string
	// OGType is the page's og:type, as written.
	OGType string
}

// Feature indexes one feature of [Features].
type Feature int

// The features, in the order of the model's weights. Counts enter as log(1+n); shares are
// in [0, 1]; declarations and URL words are 0 or 1.
const (
	// What the page declares (JSON-LD @type, microdata itemtype, og:type).
	fDeclProduct        Feature = iota // Product, ProductGroup, IndividualProduct
	fDeclOffer                         // Offer, AggregateOffer
	fDeclRating                        // AggregateRating, Review
	fDeclForum                         // DiscussionForumPosting, Comment
	fDeclQA                            // QAPage, Question, Answer
	fDeclItemList                      // ItemList, OfferCatalog
	fDeclCollection                    // CollectionPage
	fDeclSearch                        // SearchResultsPage
	fDeclTech                          // TechArticle, APIReference, SoftwareSourceCode
	fDeclFAQ                           // FAQPage
	fDeclService                       // Service, SoftwareApplication, WebApplication, LocalBusiness
	fDeclArticle                       // Article, NewsArticle, BlogPosting, Report
	fDeclCourseJobEvent                // Course, JobPosting, Event
	fDeclHowTo                         // HowTo, Recipe
	fDeclNone                          // no schema type at all
	fOGArticle                         // og:type article
	fOGProduct                         // og:type product
	fOGWebsite                         // og:type website

	// The URL's path.
	fURLProduct
	fURLCollection
	fURLForum
	fURLDocs
	fURLListing
	fURLArticle
	fURLService
	fURLDate   // a date in the path (/2024/05/)
	fURLRoot   // the site's home page
	fURLDepth  // path segments
	fURLSlug   // hyphens in the last segment
	fURLNumber // the last segment is a number
	fURLQuery  // the URL has a query

	// What one walk of the tree counts.
	fTextChars    // log runes of visible text
	fLinkShare    // share of text in links
	fCodeShare    // share of text in <pre> and <code>
	fParaShare    // share of text in <p>
	fLongParas    // log count of <p> with 200+ bytes of text
	fLongestPara  // the longest <p>'s share of the text
	fPre          // log count of <pre>
	fCode         // log count of <code> outside <pre>
	fH1           // log count of <h1>
	fH2           // log count of <h2>
	fH3           // log count of <h3> to <h6>
	fHeadingDens  // headings per 1,000 bytes of text
	fSections     // log count of <section>
	fArticles     // log count of <article>
	fForms        // log count of <form>
	fButtons      // log count of <button>
	fInputs       // log count of <input>, <select>, <textarea>
	fImages       // log count of <img>
	fListItems    // log count of <li>
	fTables       // log count of <table>
	fDefLists     // log count of <dl>
	fNavs         // log count of <nav> and role=navigation
	fAsides       // log count of <aside>
	fPrices       // log count of text nodes with a price (a currency sign by a digit)
	fTimes        // log count of <time>
	fBlockquotes  // log count of <blockquote>
	fCards        // log size of the largest group of sibling cards alike (a link and an image or heading)
	fCardShare    // share of the text in that group
	fCardGroups   // log count of groups of 4+ sibling cards alike
	fPriceCards   // log count of cards with a price in the largest group
	fClassForum   // log count of elements whose class names forum posts (post, reply, thread, ...)
	fClassDocs    // ... documentation (toc, docs, highlight, api, ...)
	fClassProduct // ... a product (price, cart, sku, quantity, ...)
	fClassCollect // ... a product grid (filter, facet, sort, products, ...)
	fClassListing // ... a list of cards (card, teaser, excerpt, result, ...)
	fClassService // ... a landing page (hero, cta, pricing, testimonial, ...)
	fClassArticle // ... an article (byline, entry-content, share, ...)
	fClassComment // ... comments
	fClassUser    // ... a poster (username, avatar, author-info, ...)
	fItemprops    // log count of itemprop attributes
	fHeadingShare // share of text in headings
	fShortParas   // log count of <p> with 20 to 199 bytes of text
	fLinks        // log count of <a>
	fTimeCards    // log count of cards with a <time> or date in the largest group
	fHeadCards    // log count of cards with a heading in the largest group
	fImgCards     // log count of cards with an image in the largest group
	fExcerptCards // log count of cards with text beyond their links in the largest group
	fLinkedHeads  // share of headings that hold a link
	fParasPerHead // long paragraphs per heading
	fSecondCards  // log size of the second largest group of sibling cards alike
	fActCTA       // log count of links and buttons that call to action ("Get started", "Contact us")
	fActMore      // ... that lead from a card ("Read more")
	fActCart      // ... that put a product in the cart ("Add to cart")
	fActReply     // ... that act on a post ("Reply", "Quote")
	fRunShare     // share of the text in the paragraphs of one element (the most of any): an article's container
	fRunParas     // log count of those paragraphs

	// NumFeatures is the number of features.
	NumFeatures
)

// Features is one page's feature vector, indexed by [Feature].
type Features [NumFeatures]float64

// Measure reads the features of p: its declarations, its URL, and one walk of its tree.
func Measure(p Page) Features {
	f, _ := measure(p)
	return f
}

// measure is Measure, and reports whether p's URL is an address with a host (hasURL).
func measure(p Page) (f Features, hasURL bool) {
	var w walker
	if p.Doc != nil {
		w.walk(p.Doc, 0)
	}
	declared := w.itemtypes
	for _, t := range p.Types {
		declared |= typeBits(t)
	}
	setDeclared(&f, declared, p.OGType)
	hasURL = setURL(&f, p.URL)
	w.set(&f)
	return f, hasURL
}

// logCount is how a count enters the model: log(1+n), so that 2 and 20 differ more than 200 and 220.
func logCount(n int) float64 { return math.Log1p(float64(n)) }

// share is part/whole, 0 when whole is 0.
func share(part, whole int) float64 {
	if whole <= 0 {
		return 0
	}
	return min(1, float64(part)/float64(whole))
}
