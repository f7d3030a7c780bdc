package render

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor/internal/view"
)

// Fixtures: pages made of views by hand, with no extraction.

func text(s string) view.Span { return view.Span{Kind: view.TextSpan, Text: s} }

func link(u string, kids ...view.Span) view.Span {
	return view.Span{Kind: view.LinkSpan, URL: u, Kids: kids}
}

func img(u, alt string) view.Span { return view.Span{Kind: view.ImageSpan, URL: u, Text: alt} }

func em(kids ...view.Span) view.Span { return view.Span{Kind: view.EmSpan, Kids: kids} }

func strong(kids ...view.Span) view.Span { return view.Span{Kind: view.StrongSpan, Kids: kids} }

// para is a paragraph of spans whose text is their plain text.
func para(spans ...view.Span) view.Block {
	return view.Block{Kind: view.Paragraph, Text: view.PlainText(spans), Markup: &view.Markup{Spans: spans}}
}

func base(t *testing.T) *url.URL {
	t.Helper()
	u, err := url.Parse("https://example.org/news/story")
	require.NoError(t, err)
	return u
}

func markdown(t *testing.T, p *view.Page, o Options) string {
	t.Helper()
	var sb strings.Builder
	require.NoError(t, Markdown(&sb, p, o))
	return sb.String()
}

func htmlOf(t *testing.T, p *view.Page, o Options) string {
	t.Helper()
	var sb strings.Builder
	require.NoError(t, HTML(&sb, p, o))
	return sb.String()
}

// storyPage has one block of every kind, two adjacent lists, two quotes, a figure and a comment.
func storyPage() *view.Page {
	return &view.Page{
		Title: "Cranes # back",
		Image: "/lead.jpg",
		Blocks: []view.Block{
			para(text("The port said "), em(text("all")), text(" cranes work; see "), link("/report", text("the report")), text(".")),
			{Kind: view.Heading, Text: "What changed", Level: 2},
			{Kind: view.ListItem, Text: "one", Markup: &view.Markup{List: 1}},
			{Kind: view.ListItem, Text: "two", Markup: &view.Markup{List: 1}},
			{Kind: view.ListItem, Text: "three", Markup: &view.Markup{List: 2}},
			{Kind: view.ListItem, Text: "first", Ordered: true, Markup: &view.Markup{List: 3}},
			{Kind: view.Quote, Text: "Said once.", Markup: &view.Markup{Quote: 1}},
			{Kind: view.Quote, Text: "Said twice.", Markup: &view.Markup{Quote: 1}},
			{Kind: view.Quote, Text: "Said elsewhere.", Markup: &view.Markup{Quote: 2}},
			{Kind: view.Table, Text: "Crane\tTons\nA\t40", Markup: &view.Markup{Header: true}},
			{Kind: view.Code, Text: "x := `a`", Markup: &view.Markup{Lang: "go"}},
			{Kind: view.Note, Text: "Correction: it was twelve."},
			{Kind: view.Caption, Text: "The yard at dawn.", Markup: &view.Markup{Images: []view.Image{{Src: "yard.jpg", Alt: "yard"}, {Src: "javascript:x", Alt: "bad"}}}},
		},
		Comments: []view.Comment{{Author: "Ann", Date: "2024-02-12", Text: "Good."}, {Text: "Reply.", Depth: 1}},
	}
}

func TestMarkdownPage(t *testing.T) {
	got := markdown(t, storyPage(), Options{Links: true, Images: true, Base: base(t)})
	assert.Equal(t, "# Cranes # back\n\n"+
		"![Cranes # back](https://example.org/lead.jpg)\n\n"+
		"The port said *all* cranes work; see [the report](https://example.org/report).\n\n"+
		"## What changed\n\n"+
		"- one\n- two\n* three\n\n"+
		"1. first\n\n"+
		"> Said once.\n>\n> Said twice.\n\n"+
		"> Said elsewhere.\n\n"+
		"| Crane | Tons |\n| --- | --- |\n| A | 40 |\n\n"+
		"```go\nx := `a`\n```\n\n"+
		"> Correction: it was twelve.\n\n"+
		"![yard](https://example.org/news/yard.jpg)\n\n"+
		"*The yard at dawn.*\n\n"+
		"## Comments\n\n**Ann** · 2024-02-12\n\nGood.\n\n> Reply.\n", got)
}

func TestHTMLPage(t *testing.T) {
	got := htmlOf(t, storyPage(), Options{Links: true, Images: true, Base: base(t)})
	assert.Equal(t, "<h1>Cranes # back</h1>\n"+
		"<p><img src=\"https://example.org/lead.jpg\" alt=\"Cranes # back\"/></p>\n"+
		"<p>The port said <em>all</em> cranes work; see <a href=\"https://example.org/report\">the report</a>.</p>\n"+
		"<h2>What changed</h2>\n"+
		"<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"+
		"<ul>\n<li>three</li>\n</ul>\n"+
		"<ol>\n<li>first</li>\n</ol>\n"+
		"<blockquote><p>Said once.</p><p>Said twice.</p></blockquote>\n"+
		"<blockquote><p>Said elsewhere.</p></blockquote>\n"+
		"<table>\n<tr><th>Crane</th><th>Tons</th></tr>\n<tr><td>A</td><td>40</td></tr>\n</table>\n"+
		"<pre><code class=\"language-go\">x := `a`</code></pre>\n"+
		"<blockquote><p>Correction: it was twelve.</p></blockquote>\n"+
		"<figure><img src=\"https://example.org/news/yard.jpg\" alt=\"yard\"/><figcaption>The yard at dawn.</figcaption></figure>\n"+
		"<h2>Comments</h2>\n<p><strong>Ann</strong> · 2024-02-12</p>\n<p>Good.</p>\n<blockquote><p>Reply.</p></blockquote>\n", got)
}

// TestSpansShared checks the decisions Markdown and HTML take from the one pass over spans.
func TestSpansShared(t *testing.T) {
	on := Options{Links: true, Images: true, Base: base(t)}
	tests := []struct {
		name     string
		spans    []view.Span
		o        Options
		md, html string
	}{
		{"links off: the text stays", []view.Span{text("see "), link("/a", text("this"))}, Options{}, "see this", "<p>see this</p>"},
		{"unsafe link: the text stays", []view.Span{link("javascript:alert(1)", text("click"))}, on, "click", "<p>click</p>"},
		{"empty link dropped", []view.Span{text("a"), link("/a"), text(" b")}, on, "a b", "<p>a b</p>"},
		{"link around an image kept", []view.Span{link("/big", img("/s.jpg", "pic"))}, on,
			"[![pic](https://example.org/s.jpg)](https://example.org/big)", `<p><a href="https://example.org/big"><img src="https://example.org/s.jpg" alt="pic"/></a></p>`},
		{"link around an image, images off", []view.Span{link("/big", img("/s.jpg", "pic")), text("x")}, Options{Links: true}, "x", "<p>x</p>"},
		{"space after an image", []view.Span{img("/s.jpg", ""), text("next")}, on,
			"![](https://example.org/s.jpg) next", `<p><img src="https://example.org/s.jpg" alt=""/> next</p>`},
		{"no second space after an image", []view.Span{img("/s.jpg", ""), text(" next")}, on,
			"![](https://example.org/s.jpg) next", `<p><img src="https://example.org/s.jpg" alt=""/> next</p>`},
		{"emphasis hugs its text", []view.Span{text("a"), em(text(" b ")), text("c")}, on, "a *b* c", "<p>a<em> b </em>c</p>"},
		{"empty emphasis dropped", []view.Span{text("a"), strong(), text("b")}, on, "ab", "<p>ab</p>"},
		{"markup escaped", []view.Span{text("1. *not* [a](b)")}, on, `1\. \*not\* \[a\](b)`, "<p>1. *not* [a](b)</p>"},
		{"destination escaped", []view.Span{link("/a b(c)", text("x"))}, on, "[x](https://example.org/a%20b%28c%29)", `<p><a href="https://example.org/a%20b%28c%29">x</a></p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &view.Page{Blocks: []view.Block{para(tt.spans...)}}
			assert.Equal(t, tt.md+"\n", markdown(t, p, tt.o), "markdown")
			assert.Equal(t, tt.html+"\n", htmlOf(t, p, tt.o), "html")
		})
	}
}

// TestBlockWithoutMarkup renders a block made outside the extractor from its text alone.
func TestBlockWithoutMarkup(t *testing.T) {
	p := &view.Page{Blocks: []view.Block{{Kind: view.Paragraph, Text: "# Plain <b>"}, {Kind: view.ListItem, Text: "item"}, {Kind: view.Caption, Text: "cap"}}}
	assert.Equal(t, "\\# Plain \\<b>\n\n- item\n\n*cap*\n", markdown(t, p, Options{Images: true}))
	assert.Equal(t, "<p># Plain &lt;b&gt;</p>\n<ul>\n<li>item</li>\n</ul>\n<figure><figcaption>cap</figcaption></figure>\n", htmlOf(t, p, Options{Images: true}))
}

func TestText(t *testing.T) {
	texts := []string{"one", "", "two"}
	var sb strings.Builder
	require.NoError(t, Text(&sb, "Title", len(texts), func(i int) string { return texts[i] }, nil))
	assert.Equal(t, "Title\n\none\n\n\n\ntwo", sb.String())
	sb.Reset()
	require.NoError(t, Text(&sb, "", 0, nil, []view.Comment{{Author: "Ann", Text: "Hi."}, {Date: "2024", Text: "Yo."}}))
	assert.Equal(t, "Comments\n\nAnn\nHi.\n\n2024\nYo.", sb.String(), "comments without body: no blank line first")
}

// failWriter fails every write after the first n bytes.
type failWriter struct{ n int }

var errFull = errors.New("full")

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return 0, errFull
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWriteErrors(t *testing.T) {
	p := storyPage()
	texts := []string{"one", "two"}
	for name, write := range map[string]func(w *failWriter) error{
		"markdown": func(w *failWriter) error { return Markdown(w, p, Options{}) },
		"html":     func(w *failWriter) error { return HTML(w, p, Options{}) },
		"text":     func(w *failWriter) error { return Text(w, "T", 2, func(i int) string { return texts[i] }, p.Comments) },
	} {
		for _, n := range []int{0, 5, 40} {
			assert.ErrorIs(t, write(&failWriter{n: n}), errFull, "%s after %d bytes", name, n)
		}
	}
}

// jsonBlock is a block with the JSON keys of extractor.Block.
type jsonBlock struct {
	Kind    view.Kind `json:"kind"`
	Text    string    `json:"text"`
	Level   int       `json:"level,omitempty"`
	Ordered bool      `json:"ordered,omitempty"`
}

func TestJSON(t *testing.T) {
	got, err := JSON(&view.Document{Title: "T <b>", Metadata: view.Metadata{Authors: []string{"Ann"}},
		Blocks: []jsonBlock{{Kind: view.ListItem, Text: "x", Ordered: true}}, BodySource: "json-ld"})
	require.NoError(t, err)
	assert.Equal(t, `{"title":"T <b>","metadata":{"authors":["Ann"]},"blocks":[{"kind":"list-item","text":"x","ordered":true}],"body_source":"json-ld","confidence":0}`, string(got))
	got, err = JSON(&view.Document{})
	require.NoError(t, err)
	assert.Equal(t, `{"title":"","metadata":{},"blocks":null,"confidence":0}`, string(got))
}

func TestExplain(t *testing.T) {
	x := &view.Explanation{Title: "A <title>", Kept: 1, Dropped: 1, Blocks: []view.ExplainedBlock{
		{Index: 0, Kind: view.Note, Text: "Correction: <script>x</script>", Decision: view.DecisionNote, Reason: "note"},
		{Index: 1, Kind: view.ListItem, Text: "Home", Decision: view.DecisionDropped, Reason: "mostly links", Evidence: "link density 1.00"},
	}}
	var sb strings.Builder
	require.NoError(t, ExplainJSON(&sb, x))
	assert.Contains(t, sb.String(), `"kind": "note"`)
	assert.Contains(t, sb.String(), `"title": "A <title>"`, "no HTML escaping in JSON")
	sb.Reset()
	require.NoError(t, ExplainHTML(&sb, x))
	out := sb.String()
	assert.Contains(t, out, `<details class="block dropped k-list-item" id="b1">`)
	assert.Contains(t, out, `<section class="block note k-note" id="b0">`)
	assert.Contains(t, out, `<a href="#b0">Correction: &lt;script&gt;x&lt;/script&gt;</a>`, "notes listed, text escaped")
	assert.Contains(t, out, "matched: link density 1.00")
	assert.NotContains(t, out, "<script>")
}
