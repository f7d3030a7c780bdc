package guard

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/pithdev/pith/extractor/internal/dom"
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
		{"'>' in a quoted value", `<div title="a>b"><script>` + long + `</script></div>`, 1},
		{"data attributes cut, one marker a tag", `<div class="c" data-track='` + long + `' data-id="7" id="d">text</div><p data-x="` + long + `">b`, 2},
		{"data attributes read kept", `<img data-src="a.png" data-lazy-srcset="b.png 2x" data-x="` + long + `">`, 1},
		{"data attribute in any case, unquoted", `<p DATA-Track=` + strings.Repeat("x", 160) + `>a`, 1},
		{"data attribute without space before it kept", `<p class="c"data-x="` + long + `">a`, 0},
		{"data attribute with a name after it kept", `<p data-x="` + long + `"class="c">a`, 0},
		{"data attribute that may be a date kept", `<span class="stamp" data-content="2026-03-05 19:28:51 UTC" data-x="` + long + `"></span>`, 1},
		{"unread attributes cut, aria-hidden kept", `<a href="/x" target="_blank" aria-label="` + long + `"><span aria-hidden="true" tabindex="-1" class="i">x</span></a>`, 2},
		{"attributes alone worth a cut", strings.Repeat(`<p data-i="a" class="c">t</p>`, 20), 20},
		{"data attribute in SVG kept", `<svg data-x="` + long + `"><p>a</p></svg>`, 0},
		{"data attribute of a formatting element made twice", `<p><a href="/" data-x="` + long + `">a<div>b</div>c</a>`, 1},
		{"data attribute in a comment kept", `<!-- <p data-x="` + long + `"> -->`, 0},
		{"data attribute in a title kept", `<title><p data-x="` + long + `"></title>`, 0},
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
			assert.Equal(t, n, CountElided(doc), "every marker in its place")
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

// TestElideDataAttributes: a tag's data-* attributes are cut, one marker attribute in their
// place, which TakeElided takes out of every element the parser made of the tag; a tag the
// parser drops loses its marker, and the count tells the caller to parse the page again.
func TestElideDataAttributes(t *testing.T) {
	page := `<p><b class="k" data-x="` + long + `" data-y="1">a<p>b</b><i data-z="` + long + `">c</i>`
	out, n := Elide([]byte(page))
	require.Equal(t, 2, n)
	doc, err := html.Parse(bytes.NewReader(out))
	require.NoError(t, err)
	require.Equal(t, 2, TakeElided(doc), "the <b> made twice counts once")
	var keys []string
	for c := range doc.Descendants() {
		for _, a := range c.Attr {
			keys = append(keys, c.Data+"."+a.Key)
		}
	}
	assert.Equal(t, []string{"b.class", "b.class"}, keys, "markers taken out, the rest kept")

	dropped := `<form data-x="` + long + `"><form data-y="` + long + `"></form></form>`
	out, n = Elide([]byte(dropped))
	require.Equal(t, 2, n)
	doc, err = html.Parse(bytes.NewReader(out))
	require.NoError(t, err)
	assert.Equal(t, 1, CountElided(doc), "the nested <form> is dropped with its marker")
}

// TestReadAttrsListed: every name the extractor's source quotes is an attribute Elide keeps:
// a stage that reads one Elide cuts must be listed in readAttrs.
func TestReadAttrsListed(t *testing.T) {
	quoted := regexp.MustCompile(`"([a-z][a-z0-9-]*)"`)
	var found []string
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || strings.Contains(path, "guard") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range quoted.FindAllStringSubmatch(string(src), -1) {
			found = append(found, m[1])
			assert.False(t, isUnreadAttr([]byte(m[1])), "%s reads %s: add it to readAttrs", path, m[1])
		}
		return nil
	})
	require.NoError(t, err)
	assert.Contains(t, found, "data-src", "the source's names found")
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
// in place, it is the tree of the page but for the text of those elements; where Elide left
// out white space between blocks (see gapModel), but for that white space and for where the
// parser made a formatting element again (looseTree).
func assertSameTree(t *testing.T, page, elided []byte, n int) {
	t.Helper()
	want, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	got, err := html.Parse(bytes.NewReader(elided))
	require.NoError(t, err)
	if TakeElided(got) != n {
		return // the caller parses the page again
	}
	w, g := treeString(want), treeString(got)
	if w != g && cutsGaps(page) {
		assert.Equal(t, readerText(want), readerText(got), "the words as a reader finds them")
		w, g = looseTree(want), looseTree(got)
	}
	assert.Equal(t, w, g)
}

// readerText writes the words under n as a reader of blocks finds them: the text of each text
// node, a line break for each block's start and end (dom.BlockTags), nothing for an inline
// element's tags or for an element no reader reads (its content too), each run of white space
// as one space and none beside a line break. Where looseTree keeps inline elements' tags, and
// so cannot tell "<span>a</span> b" from "<span>a</span>b", this can.
func readerText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.Namespace == "" && readerSkips[c.DataAtom]:
			case c.Type == html.ElementNode && c.Namespace == "svg" && c.DataAtom == atom.Svg:
				b.WriteString("#svg")
			case c.Type == html.ElementNode && c.Namespace == "" && dom.BlockTags.Has(c.DataAtom):
				b.WriteByte('\n')
				walk(c)
				b.WriteByte('\n')
			default:
				walk(c)
			}
		}
	}
	walk(n)
	var out strings.Builder
	for _, line := range strings.Split(b.String(), "\n") {
		if words := strings.Join(strings.FieldsFunc(line, isHTMLSpace), " "); words != "" {
			out.WriteString(words + "\n")
		}
	}
	return out.String()
}

// readerSkips are the elements whose content no reader reads (the extractor's are more).
var readerSkips = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Title: true, atom.Template: true,
	atom.Select: true, atom.Textarea: true, atom.Iframe: true, atom.Noscript: true,
}

// isHTMLSpace reports whether r is HTML white space.
func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

// cutsGaps reports whether Elide finds white space between blocks to leave out of page.
func cutsGaps(page []byte) bool {
	for _, c := range scanCuts(page, nil) {
		if c.gap {
			return true
		}
	}
	return false
}

// looseTree writes the tree under n as treeString does, in one line, without the formatting
// elements' own tags (their content stays in its place) and with each run of white space
// as one space, none beside a tag: what a reader of the tree's text and blocks finds.
func looseTree(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		format := n.Type == html.ElementNode && n.Namespace == "" && formattingIndex(n.DataAtom) >= 0
		switch {
		case n.Type == html.TextNode && n.Parent != nil && n.Parent.Namespace == "" &&
			(n.Parent.DataAtom == atom.Script || n.Parent.DataAtom == atom.Style):
			b.WriteString("#raw")
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case format:
		default:
			b.WriteString("<")
			writeNode(&b, n)
			b.WriteString(">")
		}
		if isOuterSVG(n) {
			b.WriteString("#svg</>")
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if !format && n.Type != html.TextNode {
			b.WriteString("</>")
		}
	}
	walk(n)
	s := strings.Join(strings.Fields(b.String()), " ")
	return strings.NewReplacer(" <", "<", "> ", ">").Replace(s)
}

// TestElideGaps: the white space between a block's end tag and a block's tag is left out,
// and nowhere else: not inside <pre> or <select>, not while a formatting element is open (the
// parser would make it again there), not before a block's first child, not beside inline
// tags, not where the tree may hold no block on either side of it (tags the parser drops).
func TestElideGaps(t *testing.T) {
	cases := []struct {
		name, page, want string
	}{
		{"between blocks", "<div>\n  <p>a</p>\n  <p>b</p>\n</div>\n<ul>\n <li>c</li>\n <li>d</li>\n</ul>",
			"<div>\n  <p>a</p><p>b</p></div><ul>\n <li>c</li><li>d</li></ul>"},
		{"head", "<head>\n  <meta charset=utf-8>\n  <title>t</title>\n  <link rel=x href=y>\n</head>\n<body>\n<p>a</p>\n</body>",
			"<head>\n  <meta charset=utf-8><title>t</title><link rel=x href=y></head><body>\n<p>a</p></body>"},
		{"inline tags kept apart", "<p>a</p>\n  <span>b</span>\n  <span>c</span>\n  <p>d</p>\n      <p>e</p>",
			"<p>a</p>\n  <span>b</span>\n  <span>c</span>\n  <p>d</p><p>e</p>"},
		{"pre", "<pre>\n<div>a</div>\n    <div>b</div>\n</pre>\n      <p>c</p>",
			"<pre>\n<div>a</div>\n    <div>b</div>\n</pre><p>c</p>"},
		{"formatting element open", "<b><div>a</div>\n      <div>b</div></b>\n      <p>c</p>\n      <p>d</p>",
			"<b><div>a</div>\n      <div>b</div></b>\n      <p>c</p><p>d</p>"},
		{"formatting element closed inside a cell only", "<b><table><tr><td></b></td></tr></table>\n          <p>a</p>",
			"<b><table><tr><td></b></td></tr></table>\n          <p>a</p>"},
		// The parser drops an end tag whose element is not open and a start tag it has no place
		// for; between two such tags the white space is all that keeps the words apart.
		{"end tags of nothing open", "ab</div>\n          </div>cd", "ab</div>\n          </div>cd"},
		{"tags dropped in the body", "ab</td>\n          <td>cd</body>\n          <body>ef",
			"ab</td>\n          <td>cd</body>\n          <body>ef"},
		{"text fostered out of a table", "ab</div>\n          <table>cd", "ab</div>\n          <table>cd"},
		{"inside a select", "<select>ab</div>\n          <div>cd</select>", "<select>ab</div>\n          <div>cd</select>"},
		{"an inline element closed, then end tags of nothing open", "<span>ab</span></div>\n          </div>cd",
			"<span>ab</span></div>\n          </div>cd"},
		// Beside a block the tree surely holds, the white space goes.
		{"a block's start tag after text", "ab</div>\n          <div>cd</div>", "ab</div><div>cd</div>"},
		{"a list of links", "<ul>\n  <li><a href=x>ab</a></li>\n  <li><a href=y>cd</a></li>\n</ul>\n</div>",
			"<ul>\n  <li><a href=x>ab</a></li><li><a href=y>cd</a></li></ul></div>"},
		{"after </p>", "<div><p>ab</p>\n          </div>\n          </div>cd", "<div><p>ab</p></div></div>cd"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, n := Elide([]byte(c.page))
			assert.Zero(t, n, "no marker")
			assert.Equal(t, c.want, string(out))
			assertPartsRead(t, []byte(c.page), out)
			assertSameTree(t, []byte(c.page), out, n)
		})
	}
}

// treeString writes the tree under n, one node per line, with the text of HTML <script> and
// <style> elements, the content of <svg> elements outside SVG and the attributes no stage
// reads left out.
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
			writeNode(&b, n)
		}
		b.WriteByte('\n')
		if isOuterSVG(n) {
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

// writeNode writes n's type, namespace, name and the attributes some stage reads.
func writeNode(b *strings.Builder, n *html.Node) {
	b.WriteString(string(rune('0'+n.Type)) + n.Namespace + ":" + n.Data)
	for _, a := range n.Attr {
		if a.Namespace == "" && isUnreadAttr([]byte(a.Key)) {
			continue
		}
		b.WriteString(" " + a.Namespace + ":" + a.Key + "=" + a.Val)
	}
}

// isOuterSVG reports whether n is an <svg> element of HTML content, whose content Elide may
// leave out.
func isOuterSVG(n *html.Node) bool {
	return n.Type == html.ElementNode && n.Namespace == "svg" && n.DataAtom == atom.Svg &&
		n.Parent != nil && n.Parent.Namespace != "svg"
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
		`<p><b data-x="` + long + `">a<p>b</b><form data-y="1"><form data-z="2">`,
		"<div>\n  <p>a</p>\n  <p>b</p>\n</div>\n<ul>\n <li>c</li>\n <li>d</li>\n</ul>",
		"<b><table><tr><td></b></td></tr></table>\n          <p>a</p>\n  <p>b</p>",
		"<a><div><p>x</p>\n   </a>\n   <div>y</div>\n   <div>z</div>",
		// Found by FuzzElide: tags the parser drops, white space the only thing between words.
		"0</body> <body>0", "0</td> <td>0", "0</div> </div>0", "0</table> <table>0",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		out, n := Elide(page)
		assertPartsRead(t, page, out)
		assertNoscriptSeen(t, page)
		if bytes.Equal(page, out) {
			require.Zero(t, n)
			return
		}
		require.Less(t, len(out), len(page))
		assertSameTree(t, page, out, n)
	})
}

// assertNoscriptSeen checks that ScanParts finds a <noscript> start tag wherever the parser
// makes a <noscript> element: the tree parser skips its walk for them when it does not.
func assertNoscriptSeen(t *testing.T, page []byte) {
	t.Helper()
	s, _, _ := ScanParts(page)
	if s.Noscript {
		return
	}
	doc, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Noscript && n.Namespace == "" {
			t.Fatalf("a <noscript> in the tree, none in the scan")
		}
	}
}

// TestClassOf: every formatting element of the parser's list has its index, and the flags the
// gap model leans on hold of the elements they name.
func TestClassOf(t *testing.T) {
	for k, a := range gapFormatting {
		assert.Equal(t, k, classOf(a).formatting(), a.String())
	}
	assert.Equal(t, -1, classOf(atom.Div).formatting())
	assert.Equal(t, -1, classOf(0).formatting())
	assert.True(t, classOf(atom.Li).has(gapBlock|makesBlock))
	assert.True(t, classOf(atom.Td).has(gapBlock|keepsInline|gapScope))
	assert.True(t, classOf(atom.B).has(plainInline))
	assert.False(t, classOf(atom.Nobr).has(plainInline), "a <nobr> may close one open before")
	assert.False(t, classOf(atom.Table).has(makesBlock), "text after it goes before it")
	assert.Zero(t, classOf(atom.Select))
}
