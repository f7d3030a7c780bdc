package extractor_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
)

// structureDir holds small pages of our own with the structure the renderers keep: nested
// lists, definition lists, code with line-number gutters, tables with spans, math.
var structureDir = filepath.Join("..", "testdata", "structure")

// extractStructure extracts one page of structureDir.
func extractStructure(t *testing.T, name string) *extractor.Result {
	t.Helper()
	input, err := os.ReadFile(filepath.Join(structureDir, name))
	require.NoError(t, err)
	res, err := extractor.Extract(input, extractor.Source{URL: "https://tides.example/guide"})
	require.NoError(t, err)
	return res
}

// TestNestedLists checks nested lists in all four formats: indented under their item in
// Markdown, inside their <li> in HTML, numbering going on after a nested list, start,
// reversed and value honoured, depth and number in JSON.
func TestNestedLists(t *testing.T) {
	res := extractStructure(t, "lists.html")
	md := res.Markdown(extractor.RenderOptions{})
	assert.Contains(t, md, "1. Unpack the sensor and check the cable for cuts or kinks.\n2. Mount the bracket:\n   - on a pier, use the long bolts;\n   - on a wall, use the anchors.\n\n     4. Drill the holes.\n     9. Set the anchors.\n\n   then tighten it by hand.\n3. Connect the logger and switch it on.\n", md)
	assert.Contains(t, md, "3) Three\n2) Two\n1) One", md)

	h := res.HTML(extractor.RenderOptions{})
	assert.Contains(t, h, "<li>Mount the bracket:<ul><li>on a pier, use the long bolts;</li><li>on a wall, use the anchors.<ol start=\"4\"><li>Drill the holes.</li><li value=\"9\">Set the anchors.</li></ol></li></ul><p>then tighten it by hand.</p></li>", h)
	assert.Contains(t, h, "<ol start=\"3\" reversed=\"\">", h)
	assert.Equal(t, 1, strings.Count(h, "<ol>"), "the outer list is one <ol>, not closed and opened again:\n%s", h)
	checkStructureHTML(t, h)

	var doc struct {
		Blocks []struct {
			Text   string `json:"text"`
			Depth  int    `json:"depth"`
			Number int    `json:"number"`
		} `json:"blocks"`
	}
	b, err := res.JSON(extractor.RenderOptions{})
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &doc))
	got := map[string][2]int{}
	for _, bl := range doc.Blocks {
		got[bl.Text] = [2]int{bl.Depth, bl.Number}
	}
	assert.Equal(t, [2]int{0, 3}, got["Connect the logger and switch it on."], "numbering goes on after the nested list")
	assert.Equal(t, [2]int{1, 0}, got["on a pier, use the long bolts;"])
	assert.Equal(t, [2]int{2, 9}, got["Set the anchors."], "<li value>")
	assert.Equal(t, [2]int{0, 3}, got["Three"], "a reversed list counts down from its length")

	assert.Contains(t, res.Text(), "Mount the bracket:\n\non a pier, use the long bolts;", "text keeps each item's text")
}

// TestDefinitionList checks <dl>: the term in bold with its definition under it in Markdown,
// <dl>/<dt>/<dd> in HTML.
func TestDefinitionList(t *testing.T) {
	res := extractStructure(t, "definitions.html")
	md := res.Markdown(extractor.RenderOptions{})
	assert.Contains(t, md, "\n\n**Datum**\nThe level that depths are measured from.\n\n**Range**\nThe difference between high and low water.\n\n", md)
	assert.NotContains(t, md, "- Datum", "no bullet list of terms and definitions")
	h := res.HTML(extractor.RenderOptions{})
	assert.Contains(t, h, "<dl>\n<dt>Datum</dt>\n<dd>The level that depths are measured from.</dd>\n<dt>Range</dt>", h)
	checkStructureHTML(t, h)
	assert.Contains(t, res.Text(), "Datum\n\nThe level that depths are measured from.")
}

// TestCodeGutters checks that line numbers of a listing (Rouge's and Pygments' gutter
// tables, aria-hidden number spans, a plain table of numbers beside the code) are never
// code, in every format, and that the code keeps its indentation, blank lines and language.
func TestCodeGutters(t *testing.T) {
	res := extractStructure(t, "code.html")
	want := map[string]string{
		"import serial\ndef read(port):\n\treturn port.readline()": "python",
		"gauge --port /dev/ttyUSB0\n\ngauge --read":                "shell",
		"level := read()\nfmt.Println(level)":                      "go",
		"puts 1\nputs 2":                                           "ruby",
	}
	got := map[string]string{}
	for _, b := range res.Blocks {
		if b.Kind == extractor.KindCode {
			got[b.Text] = b.Language
		}
	}
	assert.Equal(t, want, got, "the code blocks: text without line numbers, and language")
	md := res.Markdown(extractor.RenderOptions{})
	assert.Contains(t, md, "```python\nimport serial\ndef read(port):\n\treturn port.readline()\n```", md)
	h := res.HTML(extractor.RenderOptions{})
	assert.Contains(t, h, `<pre><code class="language-shell">gauge --port /dev/ttyUSB0`+"\n\ngauge --read</code></pre>", h)
	checkStructureHTML(t, h)
	b, err := res.JSON(extractor.RenderOptions{})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"kind":"code","text":"level := read()\nfmt.Println(level)","language":"go"`)
	for _, f := range []string{res.Text(), md, h} {
		for _, gutter := range []string{"1\n2\n3", "10\n11", "1level", "1\n2\n\nputs"} {
			assert.NotContains(t, f, gutter, "line numbers left in the output")
		}
	}
}

// checkStructureHTML checks that HTML output holds only the allowed elements and attributes,
// and that a strict sanitizer would change nothing in it.
func checkStructureHTML(t *testing.T, h string) {
	t.Helper()
	checkCleanHTML(t, h)
	assert.Equal(t, reRender(t, h), reRender(t, strictPolicy().Sanitize(h)), "the sanitizer would change the output")
}

// TestTableSpans checks tables with colspan and rowspan: every cell in its column in
// Markdown and text (the spanned cells left empty), colspan and rowspan kept in HTML, pipes
// escaped, and a one-column table read as its content, not as a grid.
func TestTableSpans(t *testing.T) {
	res := extractStructure(t, "tables.html")
	md := res.Markdown(extractor.RenderOptions{})
	assert.Contains(t, md, "| Day | High water |  | Low \\| water |\n| --- | --- | --- | --- |\n| Monday | 06:10 | 4.2 | 0.8 |\n|  | 18:32 | 4.0 | 1.0 |\n| Tuesday | No readings: the gauge was serviced. |  |  |\n", md)
	h := res.HTML(extractor.RenderOptions{})
	assert.Contains(t, h, `<tr><th>Day</th><th colspan="2">High water</th><th>Low | water</th></tr>`, h)
	assert.Contains(t, h, `<tr><td rowspan="2">Monday</td><td>06:10</td><td>4.2</td><td>0.8</td></tr>`+"\n"+`<tr><td>18:32</td><td>4.0</td><td>1.0</td></tr>`, h)
	assert.Contains(t, h, `<td colspan="3">No readings: the gauge was serviced.</td></tr>`, h)
	checkStructureHTML(t, h)
	assert.Contains(t, res.Text(), "Monday\t06:10\t4.2\t0.8\n\t18:32\t4.0\t1.0\n", "text keeps the columns too")
	assert.Contains(t, h, "<p>A one-column table is layout, not data.</p>", "a one-column table is its content")
	assert.NotContains(t, md, "| A one-column", md)
}

// TestMath checks formulas: their TeX between "$" (or "$$" for display math), without a
// \displaystyle wrapper, in Markdown, text and Block.Text; the MathML in HTML; never the
// glyphs of KaTeX's copy for the eye nor the MathML's text beside the TeX.
func TestMath(t *testing.T) {
	res := extractStructure(t, "math.html")
	text := res.Text()
	for _, want := range []string{
		"The period of a small swing is $T=2\\pi {\\sqrt {L/g}}$, so it depends",
		"once for the eye: $L = g T^2$ is the length",
		"$$\\omega ={\\sqrt {g/L}}$$",
		"A formula with no TeX at all, x+1, is read",
	} {
		assert.Contains(t, text, want)
	}
	for _, bad := range []string{"displaystyle", "gT2", "Tπ", "T=2πL"} {
		assert.NotContains(t, text, bad, "no MathML text or glyphs beside the TeX")
	}
	md := res.Markdown(extractor.RenderOptions{})
	assert.Contains(t, md, "The period of a small swing is $T=2\\pi {\\sqrt {L/g}}$, so it depends on the length and not on the *weight* of the bob.", md)
	h := res.HTML(extractor.RenderOptions{})
	assert.Contains(t, h, `<math alttext="{\displaystyle T=2\pi {\sqrt {L/g}}}"><semantics><mrow><mi>T</mi><mo>=</mo>`, h)
	assert.Contains(t, h, `<annotation encoding="application/x-tex">L = g T^2</annotation>`, h)
	assert.NotContains(t, h, "gT2", "KaTeX's glyphs are not kept")
	checkStructureHTML(t, h)
	b, err := res.JSON(extractor.RenderOptions{})
	require.NoError(t, err)
	assert.Contains(t, string(b), `$L = g T^2$ is the length`)
}

// TestHostileMath checks that MathML with links, script and foreign elements comes out clean.
func TestHostileMath(t *testing.T) {
	page := `<html><body><article><h1>Sums</h1><p>The sum of the first n numbers is <math><mi xlink:href="javascript:alert(1)" onclick="alert(2)" style="color:red">s</mi><mo>=</mo><annotation-xml encoding="text/html"><script>alert(3)</script><img src=x onerror=alert(4)></annotation-xml><mtext><a href="javascript:alert(5)">n</a></mtext></math>, which a schoolboy found faster than his teacher could set the task.</p>
<p>The story is told of Gauss, who was seven at the time, and it has been told in many versions since then.</p></article></body></html>`
	res, err := extractor.Extract([]byte(page), extractor.Source{URL: "https://sums.example/a"})
	require.NoError(t, err)
	h := res.HTML(extractor.RenderOptions{Links: true, Images: true})
	require.Contains(t, h, "<math><mi>s</mi><mo>=</mo><mtext></mtext></math>", h)
	checkStructureHTML(t, h)
	for _, f := range forbidden {
		assert.NotContains(t, strings.ToLower(h), f)
	}
}

// TestCodeOfDigits checks that a listing whose code is only digits is kept: Prism's
// "line-numbers" class is on the code's own <pre>, not on a gutter.
func TestCodeOfDigits(t *testing.T) {
	page := `<html><body><article><h1>Output</h1><p>The program prints the first primes, one per line, and then it stops without a word, which surprised the class.</p>
<pre class="line-numbers language-text"><code>2
3
5
7</code></pre>
<p>The numbers are the output, not line numbers, and a reader who copies them wants them all, in this order.</p></article></body></html>`
	res, err := extractor.Extract([]byte(page), extractor.Source{})
	require.NoError(t, err)
	assert.Contains(t, res.Markdown(extractor.RenderOptions{}), "```text\n2\n3\n5\n7\n```")
}
