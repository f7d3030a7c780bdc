package extractor

import (
	"context"
	"math"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/confidence"
	"github.com/pithdev/pith/extractor/internal/pagekind"
)

// confidenceTrace extracts page with the default options and returns its trace, its Result
// and the confidence features.
func confidenceTrace(t *testing.T, page string) (*trace, *Result, confidence.Features) {
	t.Helper()
	return confidenceTraceWith(t, defaultExtractor, page)
}

// confidenceTraceWith is confidenceTrace with the extractor e.
func confidenceTraceWith(t *testing.T, e *Extractor, page string) (*trace, *Result, confidence.Features) {
	t.Helper()
	doc, err := e.decodeAndParse(context.Background(), []byte(page), Source{})
	require.NoError(t, err)
	r := newRun(e, Source{})
	var f confidence.Features
	r.features = &f
	res, _ := r.extract(context.Background(), doc)
	require.NotNil(t, res)
	tr, err := r.decide(context.Background(), doc)
	require.NoError(t, err)
	return tr, res, f
}

func readConfidencePage(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/confidence/" + name)
	require.NoError(t, err)
	return string(b)
}

func TestConfidenceFeaturesOfAClearArticle(t *testing.T) {
	_, res, f := confidenceTrace(t, readConfidencePage(t, "clear-article.html"))
	assert.Equal(t, 1.0, f[confidence.KindArticle])
	assert.Zero(t, f[confidence.Empty])
	assert.Zero(t, f[confidence.LDBody])
	assert.InDelta(t, 1, f[confidence.KeptProseShare], 1e-9, "every paragraph of prose is kept")
	assert.Zero(t, f[confidence.KeptLinks], "no links in the kept text")
	assert.Zero(t, f[confidence.KeptRepeats])
	assert.InDelta(t, 0.6931, f[confidence.KeptRuns], 1e-3, "one run of kept blocks: log1p(1)")
	assert.InDelta(t, 1, f[confidence.KeptSentences], 1e-9)
	assert.Equal(t, 1.0, f[confidence.Headline])
	assert.Zero(t, f[confidence.DescriptionFound], "the page has no description")
	assert.GreaterOrEqual(t, res.Confidence, 0.8, "pith is sure of a clear article")
}

func TestConfidenceFeaturesOfALinkGrid(t *testing.T) {
	tr, res, f := confidenceTrace(t, readConfidencePage(t, "link-grid.html"))
	assert.Zero(t, f[confidence.PageProse], "the grid has no prose")
	assert.Zero(t, f[confidence.KeptSentences])
	assert.Greater(t, f[confidence.KeptLinks], 0.3, "the kept cards are mostly links")
	assert.Equal(t, 1.0, f[confidence.KeptShort], "every kept card is shorter than a line of prose")
	_, clear, _ := confidenceTrace(t, readConfidencePage(t, "clear-article.html"))
	assert.Less(t, res.Confidence, clear.Confidence-0.2, "pith is less sure of a page of links than of a clear article")
	reasons := explainConfidence(tr, res)
	require.NotEmpty(t, reasons)
	assert.LessOrEqual(t, len(reasons), confidenceReasons)
	assert.Less(t, reasons[0].Effect, 0.0, "the main reason pulls the estimate down")
}

func TestConfidenceOfNoContent(t *testing.T) {
	_, res, f := confidenceTrace(t, `<html><head><title>Nothing here</title></head><body><nav><a href="/">Home</a></nav></body></html>`)
	assert.Empty(t, res.Blocks)
	assert.Equal(t, 1.0, f[confidence.Empty])
	// On the tuning halves, 7 of the 13 pages where pith finds no body have no body to find
	// (an empty truth, F1 1): the estimate of an empty answer is near one half, and under a
	// clear article's.
	_, clear, _ := confidenceTrace(t, readConfidencePage(t, "clear-article.html"))
	assert.Less(t, res.Confidence, clear.Confidence-0.15, "an empty answer is less sure than a clear article")
	assert.Less(t, res.Confidence, 0.7, "an empty answer is not a confident one")
	assert.GreaterOrEqual(t, res.Confidence, 0.0)
}

func TestConfidenceOfTheJSONLDBody(t *testing.T) {
	page := `<html><head><title>Scripted story</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Scripted story","description":"The opening line of a story told by a script.",
"articleBody":"The opening line of a story told by a script.\nA second paragraph that only the structured data holds, long enough to read as prose."}</script>
</head><body><div id="app"></div></body></html>`
	_, res, f := confidenceTrace(t, page)
	require.Equal(t, BodySourceJSONLD, res.BodySource)
	assert.Equal(t, 1.0, f[confidence.LDBody])
	assert.Equal(t, 1.0, f[confidence.DescriptionFound], "the description opens the body")
	assert.InDelta(t, 0.6931, f[confidence.KeptRuns], 1e-3)
}

func TestConfidenceRepeatsAndDescription(t *testing.T) {
	p := "<p>A paragraph of the story that is long enough to be prose, with a sentence end and no links at all in it.</p>"
	page := `<html><head><meta name="description" content="Something else entirely, not in the text of the page at all."></head><body><article><h1>Story</h1>` +
		p + p + `<p>Another paragraph of the story, different from the one above, and also long enough to count as prose.</p></article></body></html>`
	_, res, f := confidenceTrace(t, page)
	require.NotEmpty(t, res.Blocks)
	assert.Greater(t, f[confidence.KeptRepeats], 0.0, "a paragraph kept twice is a repeat")
	assert.Greater(t, f[confidence.PageRepeats], 0.5, "two of the page's three paragraphs are one text")
	assert.Equal(t, -1.0, f[confidence.DescriptionFound], "a description that is not in the text")
}

func TestConfidencePageShape(t *testing.T) {
	// The article path: as a collection the page keeps its cards, titles and all.
	e, err := New(Options{PageType: PageArticle})
	require.NoError(t, err)
	tr, res, f := confidenceTraceWith(t, e, readConfidencePage(t, "link-grid.html"))
	assert.Greater(t, f[confidence.PageLinks], 0.3, "the grid's text is mostly links")
	assert.Greater(t, f[confidence.PageListItems], 0.5, "and mostly list items")
	assert.InDelta(t, 2.5649, f[confidence.PagePrices], 1e-3, "twelve cards with a price: log1p(12)")
	assert.Zero(t, f[confidence.TitleInText], "neither Home nor garden is in the kept cards")
	_, clear, _ := confidenceTrace(t, readConfidencePage(t, "clear-article.html"))
	assert.Less(t, res.Confidence, clear.Confidence-0.2, "the article path on a grid of products is unsure")
	assert.NotNil(t, tr.top)
}

func TestHasPrice(t *testing.T) {
	for s, want := range map[string]bool{
		"£7.99": true, "12 €": true, "from $ 5": true, "US$30": true, "¥1200": true,
		"a $ sign alone": false, "no money 12": false, "": false, "€uro": false,
	} {
		assert.Equal(t, want, hasPrice(s), "%q", s)
	}
}

func TestURLShape(t *testing.T) {
	var f confidence.Features
	urlShape(&f, "https://example.org/news/2024/council-votes-to-repair-the-bridge.html")
	assert.Equal(t, 3.0, f[confidence.URLDepth])
	assert.Equal(t, 6.0, f[confidence.URLSlug])
	f = confidence.Features{}
	urlShape(&f, "https://example.org/")
	assert.Zero(t, f[confidence.URLDepth])
	assert.Zero(t, f[confidence.URLSlug])
	urlShape(&f, "%zz not a url")
	assert.Zero(t, f[confidence.URLDepth])
}

func TestTitleInText(t *testing.T) {
	blocks := []Block{{Text: "The council voted to repair the bridge."}}
	assert.InDelta(t, 0.5, titleInText("Council votes to repair the bridge", blocks), 1e-9,
		"of the four words of four bytes or more, repair and bridge are found; Council (the case differs) and votes are not")
	assert.Zero(t, titleInText("A to Z", blocks), "no word of four bytes")
	assert.Zero(t, titleInText("Weather forecast", blocks))
}

func TestConfidenceOpinionFeatures(t *testing.T) {
	_, _, f := confidenceTrace(t, readConfidencePage(t, "clear-article.html"))
	assert.InDelta(t, 1, f[confidence.OpinionAgrees], 0.02, "the container and the second opinion keep the same paragraphs (the second opinion adds the byline)")
	assert.InDelta(t, 0, f[confidence.OpinionMissed], 0.02)
	assert.Zero(t, f[confidence.KeptBad])
	assert.Less(t, f[confidence.PageRepeats], 0.1, "little of the page repeats")

	_, _, f = confidenceTrace(t, readConfidencePage(t, "link-grid.html"))
	assert.Zero(t, f[confidence.OpinionAgrees], "the second opinion judges no card good")
	assert.Greater(t, f[confidence.KeptBad], 0.5, "it judges the kept cards bad (links)")
}

func TestConfidenceRunnerUp(t *testing.T) {
	_, _, f := confidenceTrace(t, readConfidencePage(t, "clear-article.html"))
	assert.Zero(t, f[confidence.RunnerUp], "nothing outside the article holds prose")

	story := func(topic string) string {
		p := "<p>This paragraph about " + topic + " is long enough to be prose, with commas, a sentence end, and no links in it at all.</p>"
		return p + p[:len(p)-4] + " Again.</p>" + p[:len(p)-4] + " Once more.</p>"
	}
	page := `<html><body><div id="a">` + story("bridges") + `</div><div id="b">` + story("rivers") + `</div></body></html>`
	_, _, f = confidenceTrace(t, page)
	assert.Greater(t, f[confidence.RunnerUp], 0.5, "two equal columns of prose: the vote was close")
	assert.LessOrEqual(t, f[confidence.RunnerUp], 2.0)
}

func TestConfidenceKindFeatures(t *testing.T) {
	// The classifier's verdict, as the page's trace holds it.
	tr, _, f := confidenceTrace(t, readConfidencePage(t, "clear-article.html"))
	require.NotNil(t, tr.kind, "no Options.PageType: the classifier decided")
	assert.Equal(t, tr.kind.Probs[tr.kind.Kind], f[confidence.KindProb])
	assert.Greater(t, f[confidence.KindProb], 0.5, "a clear article is clearly one")
	assert.Greater(t, f[confidence.KindMargin], 0.0)
	assert.LessOrEqual(t, f[confidence.KindMargin], f[confidence.KindProb])
	assert.Equal(t, tr.kind.Probs[pagekind.Article], f[confidence.ArticleProb])
	assert.Zero(t, f[confidence.KindOverridden])

	// Options.PageType leaves no doubt about the kind.
	for kind, article := range map[PageType]float64{PageArticle: 1, PageCollection: 0} {
		e, err := New(Options{PageType: kind})
		require.NoError(t, err)
		_, _, f = confidenceTraceWith(t, e, readConfidencePage(t, "link-grid.html"))
		assert.Equal(t, 1.0, f[confidence.KindProb], "%s", kind)
		assert.Equal(t, 1.0, f[confidence.KindMargin], "%s", kind)
		assert.Equal(t, article, f[confidence.ArticleProb], "%s", kind)
		assert.Zero(t, f[confidence.KindOverridden], "%s", kind)
	}
}

func TestConfidenceKindFeaturesOfAnOverriddenVerdict(t *testing.T) {
	// An unsure listing verdict that the story check turned into an article; the article
	// margin of the classifier may also pick an article that is not the likeliest kind.
	v := &pagekind.Verdict{Kind: pagekind.Listing}
	v.Probs[pagekind.Listing], v.Probs[pagekind.Article], v.Probs[pagekind.Forum] = 0.5, 0.3, 0.2
	var f confidence.Features
	kindFeatures(&f, &trace{kind: v, pageType: PageArticle})
	assert.Equal(t, 1.0, f[confidence.KindOverridden])
	assert.Equal(t, 0.5, f[confidence.KindProb])
	assert.InDelta(t, 0.2, f[confidence.KindMargin], 1e-9, "the listing leads the article by 0.2")
	assert.Equal(t, 0.3, f[confidence.ArticleProb])

	v.Kind = pagekind.Article // chosen by the article margin, under the listing's probability
	f = confidence.Features{}
	kindFeatures(&f, &trace{kind: v, pageType: PageArticle})
	assert.Zero(t, f[confidence.KindOverridden])
	assert.Equal(t, 0.3, f[confidence.KindProb])
	assert.InDelta(t, -0.2, f[confidence.KindMargin], 1e-9, "below the likeliest kind: a negative margin")
}

func TestConfidenceAssemblyFeatures(t *testing.T) {
	// The article path on the grid: no kind's assembly.
	e, err := New(Options{PageType: PageArticle})
	require.NoError(t, err)
	tr, _, f := confidenceTraceWith(t, e, readConfidencePage(t, "link-grid.html"))
	require.Empty(t, tr.assembled)
	assert.Zero(t, f[confidence.Assembled])
	assert.Zero(t, f[confidence.AssemblyGrowth])

	// As a collection, the collection's assembly makes the result.
	e, err = New(Options{PageType: PageCollection})
	require.NoError(t, err)
	tr, _, f = confidenceTraceWith(t, e, readConfidencePage(t, "link-grid.html"))
	require.Equal(t, PageCollection, tr.assembled)
	assert.Equal(t, 1.0, f[confidence.Assembled])
	require.Positive(t, tr.articleChars)
	assert.InDelta(t, math.Log1p(float64(block.KeptChars(tr.kept)))-math.Log1p(float64(tr.articleChars)), f[confidence.AssemblyGrowth], 1e-9,
		"the kept runes against the article path's, on a log scale")
	assert.NotZero(t, f[confidence.AssemblyGrowth], "the assembly changed what the article path kept")
}
