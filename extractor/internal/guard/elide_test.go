package guard

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// long is a body long enough to be left out.
var long = strings.Repeat("x = 1; ", 20)

func TestElide(t *testing.T) {
	cases := []struct {
		name string
		page string
		cuts int // bodies left out; 0: the page comes back as it was
	}{
		{"script and style", "<head><script>" + long + "</script><style>" + long + "</style></head><p>a", 2},
		{"short body kept", "<script>x = 1</script>" + strings.Repeat("<p>text ", 20), 0},
		{"JSON-LD kept", `<script type="application/ld+json">{"a": "` + long + `"}</script>`, 0},
		{"JSON-LD kept, other scripts cut", `<script TYPE='Application/LD+JSON'>{"a": "` + long + `"}</script><script type="application/json">` + long + `</script>`, 1},
		{"JSON-LD with a character reference kept", `<script type="application/ld&#x2B;json">{"a": "` + long + `"}</script>`, 0},
		{"tag in a quoted value", `<a title="<script>">` + long + `</a><p>` + long + `</script>`, 0},
		{"'>' in a quoted value", `<div data-x="a>b"><script>` + long + `</script></div>`, 1},
		{"tag in a comment", "<!-- <script> -->" + long + "<p>" + long + "</script>", 0},
		{"tag in a textarea", "<textarea><script>" + long + "</script></textarea>", 0},
		{"tag in a title", "<title><script>" + long + "</script></title>", 0},
		{"style in SVG is no raw text", "<svg><style>" + long + "</style></svg><p>a", 1},
		{"after SVG", "<svg><path d='M0'/></svg><style>" + long + "</style>", 1},
		{"SVG content", `<p>a<svg viewBox="0 0 8 8"><g><path d="` + long + `"/><title>Share</title></g></svg>b`, 1},
		{"SVG in any case, nested, with a comment", `<SVG><G><!-- </svg> --><svg><Path d="` + long + `"/></svg></G></SVG><p>b`, 1},
		{"filter primitives", `<svg><filter><feGaussianBlur stdDeviation="2"/><feOffset dx="` + long + `"/></filter></svg>`, 1},
		{"a paragraph ends SVG", `<svg><path d="` + long + `"/><p>text</p></svg>`, 0},
		{"an end tag may end SVG", `<div><svg><path d="` + long + `"/></div><p>text</svg>`, 0},
		{"HTML in foreignObject", `<svg><foreignObject><div>text ` + long + `</div></foreignObject></svg>`, 0},
		{"a font with a color ends SVG", `<svg><path d="` + long + `"/><font color="red">text</font></svg>`, 0},
		{"SVG never closed", `<svg><path d="` + long + `"/>`, 0},
		{"SVG in MathML kept", `<math><svg><path d="` + long + `"/></svg></math>`, 0},
		{"escaped script", "<script><!-- document.write('<script>" + long + "</script>') --></script><p>after", 1},
		{"plaintext stops", "<plaintext><script>" + long + "</script>", 0},
		{"script never closed", "<p>a<script>" + long, 0},
		{"end tag any case", "<SCRIPT>" + long + "</ScRiPt ><p>after", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, n := Elide([]byte(c.page))
			assert.Equal(t, c.cuts, n)
			assertPartsRead(t, []byte(c.page), out)
			if n == 0 {
				assert.Equal(t, c.page, string(out))
				return
			}
			assert.Less(t, len(out), len(c.page))
			doc, err := html.Parse(bytes.NewReader(out))
			require.NoError(t, err)
			assert.Equal(t, n, CountElided(doc), "every marker alone in its element")
			assertSameTree(t, []byte(c.page), out, n)
		})
	}
}

// assertPartsRead checks that ElideParts' pieces, read through a PartsReader a byte at a time
// and in one read, are what Elide returned, and that reading them leaves the pieces as they
// were.
func assertPartsRead(t *testing.T, page, want []byte) {
	t.Helper()
	parts, _ := ElideParts(page)
	before := bytes.Join(parts, nil)
	got, err := io.ReadAll(iotest.OneByteReader(NewPartsReader(parts)))
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "a byte at a time")
	buf := make([]byte, len(want)+8)
	k, err := io.ReadFull(NewPartsReader(parts), buf[:len(want)])
	require.NoError(t, err)
	assert.Equal(t, string(want), string(buf[:k]), "in one read")
	assert.Equal(t, before, bytes.Join(parts, nil), "the pieces unchanged")
	require.NoError(t, iotest.TestReader(NewPartsReader(parts), want))
}

// TestElideMarkerInPage: a page that holds the marker itself is left as it is, so that the
// caller's count of markers in the tree cannot be fooled.
func TestElideMarkerInPage(t *testing.T) {
	page := "<script>" + long + "</script><p>" + ElideMarker
	out, n := Elide([]byte(page))
	assert.Zero(t, n)
	assert.Equal(t, page, string(out))
}

// TestCountElidedMisplaced: a marker that is not the whole text of an HTML <script> or
// <style>, or the whole content of an <svg>, is not counted, which sends the caller back to
// the text as it was.
func TestCountElidedMisplaced(t *testing.T) {
	for _, page := range []string{
		"<p>" + ElideMarker,
		"<svg><style>" + ElideMarker + "</style></svg>",
		"<svg><g>" + ElideMarker + "</g></svg>",
		"<math>" + ElideMarker + "</math>",
		"<script>a" + ElideMarker + "</script>",
		`<a title="` + ElideMarker + `">x</a>`,
	} {
		doc, err := html.Parse(strings.NewReader(page))
		require.NoError(t, err)
		assert.Zero(t, CountElided(doc), page)
	}
	doc, err := html.Parse(strings.NewReader("<script>" + ElideMarker + "</script><style>" + ElideMarker + "</style><svg>" + ElideMarker + "</svg>"))
	require.NoError(t, err)
	assert.Equal(t, 3, CountElided(doc))
}

// assertSameTree checks Elide's promise: when the tree of the elided text holds its n markers
// in place, it is the tree of the page but for the text of those elements.
func assertSameTree(t *testing.T, page, elided []byte, n int) {
	t.Helper()
	want, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	got, err := html.Parse(bytes.NewReader(elided))
	require.NoError(t, err)
	if CountElided(got) != n {
		return // the caller parses the page again
	}
	assert.Equal(t, treeString(want), treeString(got))
}

// treeString writes the tree under n, one node per line, with the text of HTML <script> and
// <style> elements and the content of <svg> elements outside SVG left out.
func treeString(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		b.WriteString(strings.Repeat(" ", depth))
		switch {
		case n.Type == html.TextNode && n.Parent != nil && n.Parent.Namespace == "" &&
			(n.Parent.DataAtom == atom.Script || n.Parent.DataAtom == atom.Style):
			b.WriteString("#raw")
		default:
			b.WriteString(string(rune('0' + n.Type)))
			b.WriteString(n.Namespace + ":" + n.Data)
			for _, a := range n.Attr {
				b.WriteString(" " + a.Namespace + ":" + a.Key + "=" + a.Val)
			}
		}
		b.WriteByte('\n')
		if n.Type == html.ElementNode && n.Namespace == "svg" && n.DataAtom == atom.Svg &&
			n.Parent != nil && n.Parent.Namespace != "svg" {
			b.WriteString(strings.Repeat(" ", depth+1) + "#svg\n")
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}

// FuzzElide: for any input, Elide never panics, leaves out only what it counts, and when the
// elided text's tree holds the markers in place, that tree is the input's but for the text of
// scripts and style sheets.
func FuzzElide(f *testing.F) {
	for _, s := range []string{
		"<script>" + long + "</script>",
		"<style>" + long + "</style><p>x",
		"<script><!--<script>" + long + "</script>--></script>",
		`<a b="<script>">` + long + `</script>`,
		"<svg><style>" + long + "</style></svg><style>" + long + "</style>",
		"<textarea><style>" + long + "</style></textarea>",
		"<table><script>" + long + "</script><tr><td>x",
		"<template><script>" + long + "</script></template>",
		`<svg><g><path d="` + long + `"/></g></svg><p>x`,
		`<table><svg><path d="` + long + `"/></svg><tr><td>x`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		out, n := Elide(page)
		assertPartsRead(t, page, out)
		if n == 0 {
			require.Equal(t, page, out)
			return
		}
		require.Less(t, len(out), len(page))
		assertSameTree(t, page, out, n)
	})
}
