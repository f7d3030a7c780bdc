package view

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseFind parses page and returns its first element of type a.
func parseFind(t *testing.T, page string, a atom.Atom) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	var found *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == a {
				found = c
				return
			}
			walk(c)
		}
	}
	walk(doc)
	require.NotNil(t, found, "no <%s>", a)
	return found
}

// TestDelimit checks the TeX of a formula: the \displaystyle wrapper dropped, "$" or "$$".
func TestDelimit(t *testing.T) {
	assert.Equal(t, "$x^2$", delimit(" {\\displaystyle x^2} ", false))
	assert.Equal(t, "$$x^2$$", delimit("\\displaystyle x^2", true))
	assert.Equal(t, "${a}{b}$", delimit("{a}{b}", false), "braces that are no wrapper stay")
}

// TestNumberItems checks an <ol>'s numbers: start, reversed, value.
func TestNumberItems(t *testing.T) {
	for page, want := range map[string][]int{
		`<ol><li>a<li>b<li>c</ol>`:                     {1, 2, 3},
		`<ol start="4"><li>a<li value="9">b<li>c</ol>`: {4, 9, 10},
		`<ol reversed><li>a<li>b<li>c</ol>`:            {3, 2, 1},
		`<ol reversed start="10"><li>a<li>b</ol>`:      {10, 9},
		`<ol start="x"><li>a<li value="1e99">b</ol>`:   {1, 2},
	} {
		ol := parseFind(t, page, atom.Ol)
		into := map[*html.Node]int{}
		numberItems(ol, into)
		var got []int
		for c := ol.FirstChild; c != nil; c = c.NextSibling {
			got = append(got, into[c])
		}
		assert.Equal(t, want, got, page)
	}
}

// TestTableSpans checks the spanning cells' grid positions, which must be those of the
// segmenter's text: a cell goes right of the cells spanned into its row from above.
func TestTableSpans(t *testing.T) {
	table := parseFind(t, `<table><tr><td rowspan=2>a<td colspan=2>b<td>c<tr><td>d<td>e<td>f<tr><td colspan=0>g<td rowspan=x>h</table>`, atom.Table)
	got := tableSpans(table, func(*html.Node) bool { return false })
	assert.Equal(t, []CellSpan{{Row: 0, Col: 0, Rows: 2, Cols: 1}, {Row: 0, Col: 1, Rows: 1, Cols: 2}}, got)
	wide := parseFind(t, `<table><tr><td colspan=1000>a<td colspan=1000>b</table>`, atom.Table)
	got = tableSpans(wide, func(*html.Node) bool { return false })
	require.Len(t, got, 2)
	assert.Equal(t, maxCellSpan, got[0].Cols, "a span is bounded")
}

// TestReadFormula checks the formulas of KaTeX, Wikipedia and bare MathML.
func TestReadFormula(t *testing.T) {
	katex := parseFind(t, `<p><span class="katex"><span class="katex-mathml"><math><semantics><mi>x</mi><annotation encoding="application/x-tex">x^2</annotation></semantics></math></span><span class="katex-html">x2</span></span></p>`, atom.Span)
	f, ok := ReadFormula(katex)
	require.True(t, ok)
	assert.Equal(t, "$x^2$", f.Text)
	require.NotNil(t, f.Math)
	assert.Equal(t, "math", f.Math.Tag)

	img := parseFind(t, `<p><img class="mwe-math-fallback-image-display" alt="{\displaystyle a+b}"></p>`, atom.Img)
	f, ok = ReadFormula(img)
	require.True(t, ok)
	assert.Equal(t, "$$a+b$$", f.Text)
	assert.Nil(t, f.Math, "an image has no MathML")

	bare := parseFind(t, `<p><math><mi>y</mi><mo>-</mo><mn>1</mn></math></p>`, atom.Math)
	f, ok = ReadFormula(bare)
	require.True(t, ok)
	assert.Equal(t, "y-1", f.Text, "no TeX: the MathML's text")

	article := parseFind(t, `<div class="post katex-enabled"><p>Long text</p><math><mi>z</mi></math></div>`, atom.Div)
	assert.False(t, IsMath(article), "a class that only mentions katex is no formula's wrapper")

	plain := parseFind(t, `<p><img class="photo" alt="x"></p>`, atom.Img)
	_, ok = ReadFormula(plain)
	assert.False(t, ok, "an image that is no formula")
}
