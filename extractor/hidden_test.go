package extractor

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func texts(blocks []*block.Block) []string {
	var out []string
	for _, b := range blocks {
		out = append(out, b.Text)
	}
	return out
}

// TestSegmentPageHidden checks that hidden block-level elements are set apart, in document
// order, with the position of the shown block they stand before, and that hidden inline
// text joins no block.
func TestSegmentPageHidden(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body>
		<p>Shown one.</p>
		<div hidden><p>Hidden A.</p><p>Hidden B.</p></div>
		<p>Shown two<span hidden> and hidden inline</span>.</p>
		<div style="display: none">Hidden C.</div>
		<p class="hidden">Hidden D.</p>
		<p>Shown three.</p>
		<div hidden>Hidden E.</div>
		<div>Jo Bloggs <div hidden>Hidden F.</div>for the team</div>
	</body></html>`))
	require.NoError(t, err)
	shown, hidden, err := block.SegmentPage(context.Background(), doc)
	require.NoError(t, err)
	assert.Equal(t, []string{"Shown one.", "Shown two.", "Shown three.", "Jo Bloggs for the team"}, texts(shown),
		"the shown text around a hidden element is one block, as if it were not there")
	assert.Equal(t, []string{"Hidden A.", "Hidden B.", "Hidden C.", "Hidden D.", "Hidden E.", "Hidden F."}, texts(hidden))
	var at, index []int
	for _, b := range hidden {
		assert.True(t, b.Hidden)
		assert.Equal(t, block.ReasonHidden, b.Reason)
		at, index = append(at, b.At), append(index, b.Index)
	}
	assert.Equal(t, []int{1, 1, 2, 2, 3, 3}, at, "the shown block each stands before")
	assert.Equal(t, []int{4, 5, 6, 7, 8, 9}, index, "positions after the shown blocks")
	for i, b := range shown {
		assert.Equal(t, i, b.Index)
	}
	merged := block.WithHidden(shown, hidden)
	assert.Equal(t, []string{"Shown one.", "Hidden A.", "Hidden B.", "Shown two.", "Hidden C.", "Hidden D.",
		"Shown three.", "Hidden E.", "Hidden F.", "Jo Bloggs for the team"}, texts(merged))
	assert.Same(t, shown[0], block.WithHidden(shown, nil)[0])
	plain, err := block.Segment(context.Background(), doc)
	require.NoError(t, err)
	assert.Equal(t, texts(shown), texts(plain), "segment gives the shown blocks")
}

// TestDropHiddenCopies checks that a kept hidden block whose text the page shows is dropped,
// and that a hidden block with text of its own or a shown block stays.
func TestDropHiddenCopies(t *testing.T) {
	copyOf := &block.Block{Text: "Twice a year.", Hidden: true, Keep: true}
	own := &block.Block{Text: "Once a year.", Hidden: true, Keep: true}
	shown := &block.Block{Text: "Twice a year.", Keep: true}
	block.DropHiddenCopies([]*block.Block{shown, copyOf, own}, map[string]int{"Twice a year.": 1})
	assert.True(t, shown.Keep)
	assert.False(t, copyOf.Keep)
	assert.True(t, own.Keep)
}

// TestServiceHiddenCopyOnce checks that the service assembly keeps the hero once when a hidden
// copy of it sits in the page (a mobile copy).
func TestServiceHiddenCopyOnce(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(kindsDir, "service-hidden-panels.html"))
	require.NoError(t, err)
	e, err := New(Options{PageType: PageService})
	require.NoError(t, err)
	res, err := e.Extract(context.Background(), page, Source{})
	require.NoError(t, err)
	var sb strings.Builder
	for _, b := range res.Blocks {
		sb.WriteString(b.Text + "\n")
	}
	text := sb.String()
	assert.Contains(t, text, "Twice a year for a piano played daily", "the hidden answers are kept")
	assert.Equal(t, 1, strings.Count(text, "A registered tuner brings your piano back"), text)
}

// TestExplainHidden checks that an explanation lists the hidden blocks after the shown ones:
// dropped as hidden on an article (a tab panel not shown, after no question), kept by the
// service assembly in its main region.
func TestExplainHidden(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(kindsDir, "service-hidden-panels.html"))
	require.NoError(t, err)
	const answer = "Two tunings a year and a humidity check, for £170 paid once a year."
	for _, tc := range []struct {
		kind     PageType
		decision Decision
		reason   string
	}{
		{PageArticle, DecisionDropped, block.ReasonHidden},
		{PageService, DecisionKept, "service page: a section of the main region"},
	} {
		e, err := New(Options{PageType: tc.kind})
		require.NoError(t, err)
		x, err := e.Explain(context.Background(), page, Source{})
		require.NoError(t, err)
		found := false
		for i, b := range x.Blocks {
			assert.Equal(t, i, b.Index, "indexes follow the list")
			if b.Text == answer {
				found = true
				assert.Equal(t, tc.decision, b.Decision, tc.kind)
				assert.Equal(t, tc.reason, b.Reason, tc.kind)
			}
		}
		assert.True(t, found, "the hidden answer is listed")
	}
}

// TestUnveil checks that a page whose shown text is nothing beside its hidden text comes out
// with its hidden content (a shop that hides its page until a script runs), and that a page
// with a story shown keeps its hidden mega-menu hidden, however much prose the menu holds.
func TestUnveil(t *testing.T) {
	cases := []struct {
		file    string
		must    []string
		mustNot []string
	}{
		{
			file:    "collection-hidden-until-script.html",
			must:    []string{"Loose-leaf tea", "Morning sencha", "Vanilla rooibos"},
			mustNot: []string{"Green (4)"},
		},
		{
			file:    "article-hidden-menu.html",
			must:    []string{"A gap in a dry-stone wall", "pack the middle tightly"},
			mustNot: []string{"Dry-stone walling explained", "Laying a hedge", "Digging a wildlife pond"},
		},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("..", "testdata", "kinds", c.file))
			require.NoError(t, err)
			ex, err := New(Options{})
			require.NoError(t, err)
			res, err := ex.Extract(context.Background(), page, Source{})
			require.NoError(t, err)
			text := res.Text()
			AssertSnippets(t, text, c.must, c.mustNot)
		})
	}
}

// TestHiddenOutweighs checks the ratio that tells a page hidden until its scripts run from
// a page with a hidden menu: text out of links only, and more than unveilRatio times.
func TestHiddenOutweighs(t *testing.T) {
	shown := []*block.Block{{Chars: 100, LinkChars: 20}}
	assert.False(t, block.HiddenOutweighs(shown, []*block.Block{{Chars: 320}}), "4 times is not more than 4 times")
	assert.True(t, block.HiddenOutweighs(shown, []*block.Block{{Chars: 330}}))
	assert.False(t, block.HiddenOutweighs(shown, []*block.Block{{Chars: 2000, LinkChars: 1900}}), "a hidden menu of links")
	assert.True(t, block.HiddenOutweighs(nil, []*block.Block{{Chars: 10}}), "nothing shown")
	all := block.Unveil([]*block.Block{{Text: "a"}, {Text: "c"}}, []*block.Block{{Text: "b", At: 1, Hidden: true, Reason: block.ReasonHidden}})
	assert.Equal(t, []string{"a", "b", "c"}, texts(all))
	for i, b := range all {
		assert.Equal(t, i, b.Index)
		assert.False(t, b.Hidden)
		assert.Empty(t, b.Reason)
	}
}

// TestTakeBackAnswers checks that an article's closed FAQ accordion comes out with its
// answers under the questions the article path kept (one answer of two paragraphs among
// them), while a hidden box after a heading that asks nothing, a hidden margin note (an
// aside) after a paragraph that asks, and a hidden menu stay out.
func TestTakeBackAnswers(t *testing.T) {
	text := articleText(t, "article-faq-accordion.html")
	for _, s := range []string{"Most allotment societies allow a hive", "Do I need permission from the council?",
		"the allotment society's rules come first", "around twenty pounds of honey",
		"you may have to feed it sugar syrup"} {
		assert.Contains(t, text, s)
	}
	for _, s := range []string{"hedging plants that flower from March", "Green manures and leaf mould",
		"A margin note on the old swarm rhymes"} {
		assert.NotContains(t, text, s)
	}
	assert.Less(t, strings.Index(text, "Do I need permission"), strings.Index(text, "the allotment society's rules"),
		"the answer stands after its question")
	assert.Less(t, strings.Index(text, "the allotment society's rules"), strings.Index(text, "How much honey"),
		"and before the next question")
}

// TestTakeBackPanels checks that an article keeps the hidden panels of an accordion inside
// its body whose toggles are numbers, not questions, in document order, and leaves out the
// hidden panels of accordions outside it (a menu's, a promotion's).
func TestTakeBackPanels(t *testing.T) {
	text := articleText(t, "article-steps-accordion.html")
	for _, s := range []string{"A lemon or orange tree in a pot", "Water the tree the day before",
		"Choose a pot only five centimetres wider", "a handful of grit for every ten litres",
		"Feed the tree with a summer citrus feed"} {
		assert.Contains(t, text, s)
	}
	for _, s := range []string{"Ferns, palms and the plants", "a free bag of compost"} {
		assert.NotContains(t, text, s)
	}
	assert.Less(t, strings.Index(text, "Water the tree the day before"), strings.Index(text, "Choose a pot only"),
		"the panels in document order")
	assert.Less(t, strings.Index(text, "a handful of grit"), strings.Index(text, "Feed the tree with"),
		"and before the text after the accordion")
}

// articleText extracts the test page name of testdata/kinds with default options, checks that
// it is read as an article, and returns its text.
func articleText(t *testing.T, name string) string {
	t.Helper()
	page, err := os.ReadFile(filepath.Join(kindsDir, name))
	require.NoError(t, err)
	res, err := Extract(page, Source{})
	require.NoError(t, err)
	assert.Equal(t, PageArticle, res.PageType)
	return res.Text()
}
