package extractor_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/extractor/internal/dom"
)

// richPage has every kind of block and the characters Markdown treats as markup.
const richPage = `<!DOCTYPE html><html lang="en"><head><title>Markup survives | Test Site</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>Markup survives the trip to Markdown</h1>
<p>Correction: An earlier version of this story misspelled the name of the <em>river</em> in the second paragraph.</p>
<p>This paragraph has <em>emphasis</em>, <strong>strong text</strong>, <code>inline_code()</code> and a
<a href="/docs/guide(1).html">link with (parentheses)</a>, plus characters that are markup: *stars*, _underscores_,
[brackets], a backslash \ and a pipe |, an ampersand &amp;amp; and an <tag>-like word written as &lt;tag&gt;.</p>
<p># Not a heading, though it starts with a hash sign and goes on long enough to be a paragraph of text.</p>
<p>1. Not a list item either, but a sentence that starts with a number and a period, as some captions do.</p>
<h2>Steps to follow</h2>
<ol><li>Open the <strong>valve</strong> slowly and wait for the pressure gauge to settle.</li>
<li>Check the seals for leaks, then close the valve again.</li><li>Write down the reading.</li></ol>
<h3>Things to bring</h3>
<ul><li>A wrench with a long handle</li><li>Gloves, because the pipes get hot</li><li>- a dash item</li></ul>
<blockquote><p>Water finds every crack, the old engineers used to say about the dams.</p><p>And it never gives up.</p></blockquote>
<table><tr><th>Part</th><th>Size | mm</th></tr><tr><td>Valve</td><td>40</td></tr><tr><td>Seal</td><td>38</td></tr></table>
<pre><code class="language-go">func main() {
	fmt.Println("` + "```" + ` fences")
}</code></pre>
<p>The last paragraph closes the article after the code, so the code is not at the end of the content.</p>
</article></main>
<footer><p>Copyright Test Site. All rights reserved.</p></footer>
</body></html>`

// TestMarkdownRoundTrip renders pages as Markdown, converts that to HTML with goldmark (a
// CommonMark parser, with GitHub's tables), and checks that the headings, list items,
// paragraphs, quotes, tables and code come back with their levels, kinds and text.
func TestMarkdownRoundTrip(t *testing.T) {
	pages := map[string]struct {
		input []byte
		url   string
	}{
		"rich":    {[]byte(richPage), "https://example.com/news/markup"},
		"hostile": {[]byte(hostilePage), "https://port.example.com/news/cranes"},
	}
	dirs, err := filepath.Glob(filepath.Join(pagesDir, "*"))
	require.NoError(t, err)
	for _, dir := range dirs {
		input, err := os.ReadFile(filepath.Join(dir, "input.html"))
		if err != nil {
			continue
		}
		pages[filepath.Base(dir)] = struct {
			input []byte
			url   string
		}{input, readMeta(t, filepath.Join(dir, "meta.json")).URL}
	}
	for _, name := range []string{"nested.html", "tables.html", "code.html", "math.html"} {
		input, err := os.ReadFile(filepath.Join(structureDir, name))
		require.NoError(t, err)
		pages[name] = struct {
			input []byte
			url   string
		}{input, "https://tides.example/guide"}
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	for name, p := range pages {
		t.Run(name, func(t *testing.T) {
			res, err := extractor.Extract(p.input, extractor.Source{URL: p.url})
			require.NoError(t, err, "extract")
			for _, opts := range []extractor.RenderOptions{{}, {Links: true, Images: true}} {
				var out bytes.Buffer
				require.NoError(t, md.Convert([]byte(res.Markdown(opts)), &out), "goldmark")
				assert.Equal(t, expectedStructure(res), parsedStructure(t, out.String()),
					"structure after the round trip (links %v), Markdown:\n%s", opts.Links, res.Markdown(opts))
			}
		})
	}
}

// item is one block of a document's structure: its kind ("h2", "li", "p", "quote", "table",
// "code") and its text, whitespace collapsed; for a list item its depth and, in a numbered
// list, its number; for a table its rows (depth) and columns (number).
type item struct {
	kind, text    string
	depth, number int
}

// expectedStructure is the structure the Markdown of res should parse back into.
func expectedStructure(res *extractor.Result) []item {
	var out []item
	if res.Title != "" {
		out = append(out, item{kind: "h1", text: res.Title})
	}
	run := 0 // the ordered items in a row, which the renderer numbers when a block has no number
	for _, b := range res.Blocks {
		text := strings.Join(strings.Fields(b.Text), " ")
		if b.Kind == extractor.KindListItem && b.Ordered {
			run++
			if b.Number == 0 {
				b.Number = run
			}
		} else {
			run = 0
		}
		switch b.Kind {
		case extractor.KindHeading:
			out = append(out, item{kind: "h" + string(rune('0'+b.Level)), text: text})
		case extractor.KindListItem:
			out = append(out, item{kind: "li", text: text, depth: b.Depth, number: b.Number})
		case extractor.KindQuote, extractor.KindNote:
			out = append(out, item{kind: "quote", text: text})
		case extractor.KindTable:
			lines := strings.Split(b.Text, "\n")
			cols := 0
			for _, l := range lines {
				cols = max(cols, strings.Count(l, "\t")+1)
			}
			var grid [][]string
			for _, l := range lines {
				row := strings.Split(l, "\t")
				for len(row) < cols {
					row = append(row, "")
				}
				grid = append(grid, row)
			}
			out = append(out, item{kind: "table", text: gridText(grid), depth: len(lines), number: cols})
		case extractor.KindCode:
			out = append(out, item{kind: "code", text: b.Text})
		default:
			out = append(out, item{kind: "p", text: text})
		}
	}
	return out
}

// parsedStructure reads the structure of goldmark's HTML output.
func parsedStructure(t *testing.T, s string) []item {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	require.NoError(t, err, "parse goldmark output")
	var out []item
	var walk func(n *html.Node, inQuote bool)
	walk = func(n *html.Node, inQuote bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				out = append(out, item{kind: n.Data, text: plain(n)})
				return
			case atom.Li:
				out = listItems(n, out)
				return
			case atom.P:
				kind := "p"
				if inQuote {
					kind = "quote"
				}
				if t := plain(n); t != "" { // an image alone (the lead image) has no text
					out = append(out, item{kind: kind, text: t})
				}
				return
			case atom.Table:
				grid := tableGrid(n)
				cols := 0
				for _, r := range grid {
					cols = max(cols, len(r))
				}
				out = append(out, item{kind: "table", text: gridText(grid), depth: len(grid), number: cols})
				return
			case atom.Pre:
				out = append(out, item{kind: "code", text: strings.TrimSuffix(dom.TextOf(n), "\n")})
				return
			case atom.Blockquote:
				inQuote = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inQuote)
		}
	}
	walk(doc, false)
	return out
}

// listItems appends the items of a parsed <li> to out: its text up to a nested list (or
// each of its paragraphs), with the item's depth (the <ul>/<ol> around it, less one) and
// number in an <ol> (its start plus the items before it), then the nested lists' items.
func listItems(li *html.Node, out []item) []item {
	depth, number := -1, 0
	for p := li.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Ul || p.DataAtom == atom.Ol {
			depth++
		}
	}
	if ol := li.Parent; ol != nil && ol.DataAtom == atom.Ol {
		number = 1
		if v, ok := dom.AttrOK(ol, "start"); ok {
			fmt.Sscan(v, &number)
		}
		for c := ol.FirstChild; c != li; c = c.NextSibling {
			if c.DataAtom == atom.Li {
				number++
			}
		}
	}
	var text strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(text.String()), " "); t != "" {
			out = append(out, item{kind: "li", text: t, depth: depth, number: number})
		}
		text.Reset()
	}
	for c := li.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Ul, atom.Ol:
			flush()
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				if k.DataAtom == atom.Li {
					out = listItems(k, out)
				}
			}
		case atom.P:
			flush()
			text.WriteString(dom.TextOf(c))
			flush()
		default:
			text.WriteString(dom.TextOf(c))
		}
	}
	flush()
	return out
}

// tableGrid returns the cells' text of a parsed table, row by row.
func tableGrid(table *html.Node) [][]string {
	var grid [][]string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Tr {
				walk(c)
				continue
			}
			var row []string
			for td := c.FirstChild; td != nil; td = td.NextSibling {
				if td.DataAtom == atom.Td || td.DataAtom == atom.Th {
					row = append(row, plain(td))
				}
			}
			grid = append(grid, row)
		}
	}
	walk(table)
	return grid
}

// gridText writes a table's cells as one string: each cell's text whitespace collapsed, in
// brackets, a row per line, so that a cell in the wrong column shows.
func gridText(grid [][]string) string {
	var sb strings.Builder
	for _, row := range grid {
		for _, c := range row {
			sb.WriteString("[" + strings.Join(strings.Fields(c), " ") + "]")
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

// plain is an element's text with whitespace collapsed.
func plain(n *html.Node) string { return strings.Join(strings.Fields(dom.TextOf(n)), " ") }

// TestMarkdownRoundTripEscapes round-trips blocks whose text looks like Markdown syntax.
func TestMarkdownRoundTripEscapes(t *testing.T) {
	res := &extractor.Result{Title: "A *title* with `code` and a closing #", Blocks: []extractor.Block{
		{Kind: extractor.KindParagraph, Text: "1. Not a list, and <b>not</b> markup_either, nor &amp; an entity."},
		{Kind: extractor.KindParagraph, Text: "- not a bullet | nor a table"},
		{Kind: extractor.KindParagraph, Text: "> not a quote ![not an image](x) [not a link](y)"},
		{Kind: extractor.KindHeading, Level: 2, Text: "Issue #"},
		{Kind: extractor.KindListItem, Text: "# not a heading inside an item"},
		{Kind: extractor.KindListItem, Text: "2) not a nested list"},
		{Kind: extractor.KindListItem, Ordered: true, Text: "first"},
		{Kind: extractor.KindTable, Text: "a\tb|c\n1\t2"},
		{Kind: extractor.KindCode, Text: "x := `a`\n```\nstill code"},
		{Kind: extractor.KindQuote, Text: "*quoted*"},
		{Kind: extractor.KindNote, Text: "Correction: a fix."},
		{Kind: extractor.KindParagraph, Text: "==="},
	}}
	var out bytes.Buffer
	md := res.Markdown(extractor.RenderOptions{})
	require.NoError(t, goldmark.New(goldmark.WithExtensions(extension.Table)).Convert([]byte(md), &out))
	assert.Equal(t, expectedStructure(res), parsedStructure(t, out.String()), "Markdown:\n%s\nHTML:\n%s", md, out.String())
}
