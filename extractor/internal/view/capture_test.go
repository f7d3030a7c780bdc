package view

import (
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// kept is one block handed to Capture in a test.
type kept struct {
	kind Kind
	text string
	node *html.Node
}

// capture runs Capture on blocks, with class="hidden" elements not shown.
func capture(blocks []kept) []Markup {
	return Capture(len(blocks), func(i int) (Kind, string, *html.Node) {
		return blocks[i].kind, blocks[i].text, blocks[i].node
	}, func(n *html.Node) bool { return dom.Attr(n, "class") == "hidden" })
}

// elements returns the elements of type a under n, in document order.
func elements(n *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	if n.Type == html.ElementNode && n.DataAtom == a {
		out = append(out, n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, elements(c, a)...)
	}
	return out
}

// first returns the first element of type a under n, or nil.
func first(n *html.Node, a atom.Atom) *html.Node {
	if all := elements(n, a); len(all) > 0 {
		return all[0]
	}
	return nil
}

func parse(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	return doc
}

func TestCaptureStructure(t *testing.T) {
	doc := parse(t, `<body>
<ul><li>one</li><li>two</li></ul><ol><li>three</li></ol><dl><dd>term</dd></dl>
<blockquote><p>q1</p><p>q2</p></blockquote><blockquote><p>q3</p></blockquote>
<table><thead><tr><th>A</th></tr></thead><tr><td>1</td></tr></table><table><tr><td>x</td></tr></table>
<pre class="language-go"><code>x</code></pre><pre><code class="lang-c++">y</code></pre><pre class="language-<script>">z</pre>`)
	li, dd, p := elements(doc, atom.Li), elements(doc, atom.Dd), elements(doc, atom.P)
	tables, pres := elements(doc, atom.Table), elements(doc, atom.Pre)
	m := capture([]kept{
		{ListItem, "one", li[0]}, {ListItem, "two", li[1]}, {ListItem, "three", li[2]}, {ListItem, "term", dd[0]},
		{Quote, "q1", p[0]}, {Quote, "q2", p[1]}, {Quote, "q3", p[2]},
		{Table, "A\n1", tables[0]}, {Table, "x", tables[1]},
		{Code, "x", pres[0]}, {Code, "y", pres[1]}, {Code, "z", pres[2]},
		{Paragraph, "from JSON-LD", nil},
	})
	assert.Equal(t, m[0].List, m[1].List, "items of one list")
	assert.NotZero(t, m[0].List)
	assert.NotEqual(t, m[1].List, m[2].List, "items of two lists")
	assert.NotEqual(t, m[2].List, m[3].List, "a <dl> is a list of its own")
	assert.Equal(t, m[4].Quote, m[5].Quote, "paragraphs of one quote")
	assert.NotEqual(t, m[5].Quote, m[6].Quote, "two quotes")
	assert.True(t, m[7].Header, "a table with <th>")
	assert.False(t, m[8].Header, "a table without")
	assert.Equal(t, "go", m[9].Lang)
	assert.Equal(t, "c++", m[10].Lang)
	assert.Empty(t, m[11].Lang, "a class that is no language")
	assert.Equal(t, Markup{}, m[12], "a block with no element has no markup")
}

func TestCaptureSpans(t *testing.T) {
	doc := parse(t, `<body><p id="a">Read <em>this</em> <a href=" /x ">link <img src="/i.jpg" alt=" pic "></a><span class="hidden">secret</span></p>
<p id="b">first<br><br>second</p><p id="c">plain   text</p><p id="d">other text</p>`)
	ps := elements(doc, atom.P)
	m := capture([]kept{
		{Paragraph, "Read this link", ps[0]},
		{Paragraph, "first", ps[1]}, {Paragraph, "second", ps[1]},
		{Paragraph, "plain text", ps[2]},
		{Paragraph, "not its text", ps[3]},
	})
	assert.Equal(t, []Span{
		{Kind: TextSpan, Text: "Read "},
		{Kind: EmSpan, Kids: []Span{{Kind: TextSpan, Text: "this"}}},
		{Kind: TextSpan, Text: " "},
		{Kind: LinkSpan, URL: "/x", Kids: []Span{{Kind: TextSpan, Text: "link"}, {Kind: ImageSpan, Text: "pic", URL: "/i.jpg"}}},
	}, m[0].Spans, "hidden content left out, URLs as the page has them")
	assert.Nil(t, m[1].Spans, "an element that owns two blocks gives none of them spans")
	assert.Nil(t, m[2].Spans)
	assert.Equal(t, []Span{{Kind: TextSpan, Text: "plain text"}}, m[3].Spans)
	assert.Nil(t, m[4].Spans, "spans whose text is not the block's are not kept")
}

func TestCaptureFigureImages(t *testing.T) {
	doc := parse(t, `<body><figure><img src="/a.jpg" alt="A"><img class="hidden" src="/h.jpg"><picture><source srcset="/b-800.jpg 800w"><img src="/b.jpg"></picture>
<figcaption><p>Line one</p><p>Line two</p></figcaption></figure>`)
	ps := elements(doc, atom.P)
	m := capture([]kept{{Caption, "Line one", ps[0]}, {Caption, "Line two", ps[1]}})
	assert.Equal(t, []Image{{Src: "/a.jpg", Alt: "A"}, {Src: "/b-800.jpg"}}, m[0].Images, "the figure's shown images, largest candidate")
	assert.Nil(t, m[1].Images, "the images go with the first block of the caption only")
	assert.Equal(t, []Span{{Kind: TextSpan, Text: "Line one"}}, m[0].Spans)
}

func TestKindNames(t *testing.T) {
	for k := Paragraph; k <= Caption; k++ {
		got, ok := KindNamed(k.String())
		assert.True(t, ok, "kind %d", k)
		assert.Equal(t, k, got)
	}
	_, ok := KindNamed("kind-9")
	assert.False(t, ok)
	assert.Equal(t, "kind-9", Kind(9).String())
}

func TestPlainText(t *testing.T) {
	spans := []Span{{Kind: TextSpan, Text: "a "}, {Kind: LinkSpan, Kids: []Span{{Kind: CodeSpan, Text: "b"}, {Kind: ImageSpan, Text: "alt"}}}}
	assert.Equal(t, "a b", PlainText(spans))
	b := Block{Text: "t"}
	assert.Equal(t, []Span{{Kind: TextSpan, Text: "t"}}, b.Spans(), "a block without markup is its text")
	assert.Equal(t, &Markup{}, b.Marks())
}
