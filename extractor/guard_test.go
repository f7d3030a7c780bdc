package extractor

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/decode"
	"github.com/pithdev/pith/extractor/internal/tree"

	"github.com/pithdev/pith/extractor/internal/guard"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// realPages returns the test pages and, unless -short, the first benchmark pages.
func realPages(t *testing.T) map[string][]byte {
	pages := map[string][]byte{}
	files, err := filepath.Glob("../testdata/pages/*/input.html")
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		pages[f] = b
	}
	if testing.Short() {
		return pages
	}
	gz, err := filepath.Glob("../testdata/bench/*/html/*.html.gz")
	require.NoError(t, err)
	for _, f := range gz[:min(len(gz), 80)] {
		fh, err := os.Open(f)
		require.NoError(t, err)
		zr, err := gzip.NewReader(fh)
		require.NoError(t, err)
		b, err := io.ReadAll(zr)
		require.NoError(t, err)
		require.NoError(t, fh.Close())
		pages[f] = b
	}
	return pages
}

// The guard must leave real pages alone and estimate their element count closely.
func TestGuardKeepsRealPages(t *testing.T) {
	for name, page := range realPages(t) {
		text, err := decode.Text(page, "")
		require.NoError(t, err, name)
		g, err := guard.Run(context.Background(), text, guard.Limits{Depth: tree.MaxNestingDepth, Formatting: tree.MaxFormatting, MaxNodes: math.MaxInt})
		require.NoError(t, err, name)
		assert.Nil(t, g.Out, "%s: guard changed a real page (%d tags dropped)", name, g.Dropped)
		// tree.ParseHTML leaves out the content of SVG drawings, which the guard counts: count
		// it in the page as html.Parse reads it.
		doc, err := tree.ParseHTML(context.Background(), text)
		require.NoError(t, err, name)
		whole, err := html.Parse(bytes.NewReader(text))
		require.NoError(t, err, name)
		n := tree.CountElements(doc, math.MaxInt) + svgContent(whole) - svgContent(doc)
		assert.InDelta(t, n, g.Nodes, float64(n)/20+10, "%s: element estimate off", name)
	}
}

// A page of distinct unclosed formatting elements makes html.Parse re-create all of them before
// each later run of text: 167 kB became 10 million nodes in 24 seconds. The guard bounds it.
func TestGuardFormattingAmplification(t *testing.T) {
	var b strings.Builder
	b.WriteString("<p>")
	for i := range 500 {
		b.WriteString(`<b class="c` + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + `">`)
	}
	b.WriteString("</p>")
	for range 20_000 {
		b.WriteString("<p>x</p>")
	}
	text := []byte(b.String())
	doc, err := tree.Parse(context.Background(), text, 500_000)
	require.NoError(t, err)
	assert.LessOrEqual(t, tree.CountElements(doc, math.MaxInt), 500_000)
}

func TestCountElements(t *testing.T) {
	doc, err := html.Parse(strings.NewReader("<p>a<b>b</b></p><div><i></i></div>"))
	require.NoError(t, err)
	assert.Equal(t, 7, tree.CountElements(doc, math.MaxInt)) // html head body p b div i
	assert.Equal(t, 3, tree.CountElements(doc, 2))
	p := doc.FirstChild.LastChild.FirstChild
	assert.Equal(t, 2, tree.CountElements(p, math.MaxInt))
	_, depth := tree.TreeSize(doc, math.MaxInt)
	assert.Equal(t, 5, depth) // document, html, body, p, b, text
	_, depth = tree.TreeSize(p, math.MaxInt)
	assert.Equal(t, 2, depth)
}

// FuzzGuardTextless checks a Textless guard pass against html.Parse: the letters of the guarded
// page's tree outside SVG and MathML, which the extractor never reads, are those of the page's.
func FuzzGuardTextless(f *testing.F) {
	addSeeds(f)
	for _, s := range []string{
		`<p>a<br><br><br>b<wbr>c<span class="i"></span><a href="/x"></a></p>`,
		`<p>a<svg><g><path/><text>x</text></g></svg>b<math><mi>y</mi></math>c</p>`,
		`<svg/><p>a</p><math/>b`,
		`<table><tr><td><svg><foreignObject><p>x</p></foreignObject><desc><b>y</td></tr></table>z`,
		`<svg><![CDATA[<p>x]]><font color=red>a</font>b`,
		`<select><svg><path></select><p>a</p>`,
		`<svg><foreignObject></svg>a<math><mi></math>b<svg><desc><b></svg>c`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		if len(page) > maxFuzzInput || !utf8.Valid(page) {
			return
		}
		orig, err := tree.ParseHTML(context.Background(), page)
		if err != nil {
			return // past html.Parse's nesting limit: FuzzGuard's part
		}
		g, err := guard.Run(context.Background(), page, guard.Limits{Depth: math.MaxInt, Formatting: math.MaxInt,
			MaxNodes: math.MaxInt, Textless: true})
		if err != nil {
			t.Fatal(err)
		}
		if g.Out == nil {
			return
		}
		doc, err := tree.ParseHTML(context.Background(), g.Out)
		if err != nil {
			t.Fatalf("guarded page not parsed: %v", err)
		}
		if a, b := lettersOf(orig, true), lettersOf(doc, true); a != b {
			t.Fatalf("guard changed the text:\n%q\n%q\n%q", a, b, g.Out)
		}
	})
}

// svgContent counts the elements inside the <svg> elements of HTML content under n.
func svgContent(n *html.Node) int {
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Svg && c.Namespace == "svg" {
			count += tree.CountElements(c, math.MaxInt) - 1
			continue
		}
		count += svgContent(c)
	}
	return count
}

// lettersOf returns the letters and digits of the text nodes under n, sorted, but for the
// text of scripts and style sheets, which tree.ParseHTML may leave out; outside SVG and MathML
// if htmlOnly.
func lettersOf(n *html.Node, htmlOnly bool) string {
	var b []rune
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case htmlOnly && n.Type == html.ElementNode && n.Namespace != "":
			return
		case n.Type == html.ElementNode && n.Namespace == "" && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		case n.Type == html.TextNode:
			for _, r := range n.Data {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					b = append(b, r)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	slices.Sort(b)
	return string(b)
}
