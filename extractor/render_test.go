package extractor_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/microcosm-cc/bluemonday"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pithdev/pith/extractor"
)

// goldenFormats are the rendered formats checked against each golden page, with the options
// each is rendered with: Markdown as the CLI prints it by default, HTML with links and
// images so that URL resolution and filtering are covered too, JSON whole (indented in the
// file so that diffs are readable).
var goldenFormats = []struct {
	file string
	opts extractor.RenderOptions
	f    extractor.Format
}{
	{"want.md", extractor.RenderOptions{}, extractor.FormatMarkdown},
	{"want.html", extractor.RenderOptions{Links: true, Images: true}, extractor.FormatHTML},
	{"want.json", extractor.RenderOptions{}, extractor.FormatJSON},
}

// TestGoldenFormats renders every page in testdata/pages as Markdown, HTML and JSON and
// compares each with the page's want.md, want.html and want.json. The extraction is still
// being tuned, so the files are regenerated with one command (read the diff before committing):
//
//	go test ./extractor -run 'TestGolden' -update
//
// A page without a want file fails: write it with -update and read it before committing.
func TestGoldenFormats(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(pagesDir, "*"))
	require.NoError(t, err, "list golden pages")
	for _, dir := range dirs {
		if _, err := os.Stat(filepath.Join(dir, "input.html")); err != nil {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			input, err := os.ReadFile(filepath.Join(dir, "input.html"))
			require.NoError(t, err, "read input.html")
			meta := readMeta(t, filepath.Join(dir, "meta.json"))
			res, err := extractor.Extract(input, extractor.Source{URL: meta.URL, ContentType: meta.ContentType})
			require.NoError(t, err, "extract %s", meta.URL)
			for _, gf := range goldenFormats {
				got, err := res.Render(gf.f, gf.opts)
				require.NoError(t, err, "render %s", gf.f)
				if gf.f == extractor.FormatJSON {
					var buf bytes.Buffer
					require.NoError(t, json.Indent(&buf, []byte(got), "", "  "), "indent json")
					got = buf.String()
				}
				checkGoldenFile(t, filepath.Join(dir, gf.file), got)
			}
			md := res.Markdown(extractor.RenderOptions{})
			lines := strings.Split(md, "\n")
			for _, b := range res.Blocks {
				if b.Kind == extractor.KindHeading {
					prefix := strings.Repeat("#", min(max(b.Level, 1), 6)) + " "
					assert.True(t, slices.ContainsFunc(lines, func(l string) bool {
						return strings.HasPrefix(l, prefix) && strings.Contains(l, firstWord(b.Text))
					}), "Markdown lost the heading %q", b.Text)
				}
			}
		})
	}
}

// checkGoldenFile compares got with the file at path, or writes it with -update.
func checkGoldenFile(t *testing.T, path, got string) {
	t.Helper()
	got = normalizeText(got)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got+"\n"), 0o644), "write %s", path)
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "read %s (a new page: run go test ./extractor -run TestGolden -update, then read it)", path)
	if w := normalizeText(string(want)); got != w {
		t.Errorf("%s differs (-want +got):\n%s", filepath.Base(path), lineDiff(w, got))
	}
}

// hostilePage is an article whose markup is full of script: every kind of element, attribute
// and URL that must not survive into the clean HTML.
const hostilePage = `<!DOCTYPE html><html lang="en"><head><title>Harbour report</title>
<script>alert("head")</script><style>body{background:url(javascript:alert(1))}</style>
<meta http-equiv="refresh" content="0;url=javascript:alert(1)">
<meta property="og:image" content="javascript:alert('og')">
<base href="javascript:alert('base')//">
</head><body onload="alert('body')">
<article>
<h1 onclick="alert('h1')">Harbour cranes return to work after the long winter storm</h1>
<p onmouseover="alert('p')" style="color:red">The port authority said on Monday that all <a href="javascript:alert('link')">twelve cranes</a>
were back in service, <em onclick="alert('em')">three weeks</em> after the storm tore through the harbour and flooded the
container yard. <img src="x" onerror="alert('img')"><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="data image">
Crews worked in shifts through the nights to clear the debris.<script>alert("inline")</script></p>
<p>Engineers inspected every crane before it was cleared to lift again, the authority said, and two of them needed new
motors. <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Read the data report</a> or see
<a href=" JaVaScRiPt:alert('mixed case')">the statement</a> and <a href="vbscript:msgbox(1)">the archive</a>.
<svg onload="alert('svg')"><script>alert('svg script')</script></svg><iframe src="javascript:alert('iframe')"></iframe>
Shipping lines that had diverted vessels to other ports are expected to return within the month.</p>
<h2 onfocus="alert('h2')">What comes <strong onclick="x()">next</strong></h2>
<ul><li onclick="alert('li')">Two new cranes will be delivered in the autumn, the authority said in its statement.</li>
<li><a href="https://example.org/plan" onclick="steal()">The harbour plan</a> runs until 2030, with a budget for storm walls.</li></ul>
<blockquote cite="javascript:alert('cite')">"We have never seen water this high in the yard," one of the crane drivers said.</blockquote>
<table onclick="x()"><tr><th>Crane</th><th>Status</th></tr><tr><td onclick="y()">C1</td><td>Working</td></tr></table>
<pre class="language-js onload" onclick="z()"><code>console.log("&lt;script&gt;")</code></pre>
<form action="javascript:alert('form')"><input value="x" onfocus="alert('input')"><button>Send</button></form>
<object data="javascript:alert('object')"></object><embed src="javascript:alert('embed')">
<math><mi xlink:href="javascript:alert('math')">x</mi></math>
</article></body></html>`

// forbidden are the substrings that must not appear in clean HTML, compared in lower case.
var forbidden = []string{
	"<script", "</script", "<style", "<svg", "<iframe", "<object", "<embed", "<form", "<input", "<button", "xlink", "href=\"javascript",
	"<meta", "<base", "javascript:", "vbscript:", "data:", "onload", "onclick", "onerror", "onmouseover", "onfocus",
	"style=", "alert(", "cite=",
}

// TestHostileHTML renders a page full of script as HTML, with links and images on, and checks
// that no script, event handler or dangerous URL survives, and that a strict sanitizer
// (bluemonday) would change nothing in the output: it is already clean.
func TestHostileHTML(t *testing.T) {
	res, err := extractor.Extract([]byte(hostilePage), extractor.Source{URL: "https://port.example.com/news/cranes"})
	require.NoError(t, err, "extract the hostile page")
	for _, opts := range []extractor.RenderOptions{{}, {Links: true, Images: true}} {
		out := res.HTML(opts)
		low := strings.ToLower(out)
		for _, f := range forbidden {
			assert.NotContains(t, low, f, "clean HTML (links %v) contains %q:\n%s", opts.Links, f, out)
		}
		assert.Equal(t, reRender(t, out), reRender(t, strictPolicy().Sanitize(out)), "the sanitizer would change the output")
		md := strings.ToLower(res.Markdown(opts))
		for _, f := range []string{"javascript:", "vbscript:", "data:"} {
			assert.NotContains(t, md, f, "Markdown contains %q", f)
		}
	}
	out := res.HTML(extractor.RenderOptions{Links: true, Images: true})
	assert.Contains(t, out, `<a href="https://example.org/plan">The harbour plan</a>`, "a safe link is kept")
	assert.Contains(t, out, "<em>three weeks</em>", "emphasis is kept")
	assert.Contains(t, out, `<img src="https://port.example.com/news/x" alt=""/>`, "a relative image is resolved against the page URL")
	assert.Contains(t, out, "twelve cranes", "the text of a dropped link is kept")
	assert.Contains(t, out, "<th>Crane</th>", "the table header")
	assert.Contains(t, out, `console.log(&#34;&lt;script&gt;&#34;)`, "code text is escaped")
}

// strictPolicy allows exactly the elements and attributes [extractor.Result.HTML] may write.
func strictPolicy() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "blockquote", "pre", "code",
		"table", "tr", "td", "th", "em", "strong", "br", "figure", "figcaption", "dl", "dt", "dd")
	p.AllowAttrs("start", "reversed").OnElements("ol")
	p.AllowAttrs("value").OnElements("li")
	p.AllowAttrs("colspan", "rowspan").Matching(bluemonday.Integer).OnElements("td", "th")
	p.AllowElements(mathElements...)
	p.AllowNoAttrs().OnElements(mathElements...) // bluemonday drops an unknown element without attributes otherwise
	p.AllowAttrs("display", "encoding", "alttext").OnElements(mathElements...)
	p.AllowURLSchemes("http", "https", "mailto")
	p.AllowAttrs("href").OnElements("a")
	p.AllowAttrs("src").OnElements("img")
	p.AllowAttrs("alt").OnElements("img")
	p.AllowAttrs("class").Matching(bluemonday.SpaceSeparatedTokens).OnElements("code")
	p.AllowRelativeURLs(true)
	return p
}

// reRender parses an HTML fragment and renders it again, so that two fragments that differ
// only in how they escape or close tags compare equal.
func reRender(t *testing.T, s string) string {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	require.NoError(t, err, "parse fragment")
	var sb strings.Builder
	for _, n := range nodes {
		require.NoError(t, html.Render(&sb, n), "render fragment")
	}
	return sb.String()
}

// TestRenderNoNode checks that a Result built by hand (no DOM nodes) renders from its text.
func TestRenderNoNode(t *testing.T) {
	res := &extractor.Result{Title: "A *title*", Blocks: []extractor.Block{
		{Kind: extractor.KindParagraph, Text: "1. Not a list, and <b>not</b> markup_either."},
		{Kind: extractor.KindHeading, Level: 2, Text: "Part # two"},
		{Kind: extractor.KindHeading, Level: 3, Text: "Issue #"},
		{Kind: extractor.KindListItem, Text: "one"}, {Kind: extractor.KindListItem, Text: "two"},
		{Kind: extractor.KindListItem, Ordered: true, Text: "first"},
		{Kind: extractor.KindTable, Text: "a\tb|c\n1\t2"},
		{Kind: extractor.KindCode, Text: "x := `a`\n```"},
		{Kind: extractor.KindNote, Text: "Correction: a fix."},
	}}
	want := "# A \\*title\\*\n\n" +
		"1\\. Not a list, and \\<b>not\\</b> markup\\_either.\n\n" +
		"## Part # two\n\n" +
		"### Issue \\#\n\n" +
		"- one\n- two\n\n" +
		"1. first\n\n" +
		"| a | b\\|c |\n| --- | --- |\n| 1 | 2 |\n\n" +
		"````\nx := `a`\n```\n````\n\n" +
		"> Correction: a fix.\n"
	assert.Equal(t, want, res.Markdown(extractor.RenderOptions{}), "Markdown of a hand-made result")
	h := res.HTML(extractor.RenderOptions{})
	assert.Contains(t, h, "<p>1. Not a list, and &lt;b&gt;not&lt;/b&gt; markup_either.</p>", "text is escaped")
	assert.Contains(t, h, "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>first</li>\n</ol>", "lists")
	assert.Contains(t, h, "<blockquote><p>Correction: a fix.</p></blockquote>", "a note")
	noTables, err := res.Render(extractor.FormatText, extractor.RenderOptions{NoTables: true})
	require.NoError(t, err)
	assert.NotContains(t, noTables, "b|c", "NoTables drops tables")
	_, err = res.Render("pdf", extractor.RenderOptions{})
	assert.Error(t, err, "unknown format")
}

// TestJSONRoundTrip checks that the JSON output reads back into an equal Result.
func TestJSONRoundTrip(t *testing.T) {
	res, err := extractor.Extract([]byte(hostilePage), extractor.Source{URL: "https://port.example.com/news/cranes"})
	require.NoError(t, err)
	b, err := res.JSON(extractor.RenderOptions{})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"kind":"list-item"`, "kinds are names")
	var back extractor.Result
	require.NoError(t, json.Unmarshal(b, &back), "read the JSON back")
	assert.Equal(t, res.Text(), back.Text(), "text survives the round trip")
	assert.Equal(t, res.Metadata.Language, back.Metadata.Language, "metadata survives the round trip")
	assert.Equal(t, len(res.Blocks), len(back.Blocks), "blocks survive the round trip")
}

// allowedAttrs are the attributes clean HTML may carry, by element.
var allowedAttrs = map[string]map[string]bool{"a": {"href": true}, "img": {"src": true, "alt": true}, "code": {"class": true},
	"ol": {"start": true, "reversed": true}, "li": {"value": true}, "td": {"colspan": true, "rowspan": true}, "th": {"colspan": true, "rowspan": true}}

// mathElements are the MathML elements clean HTML may contain, with no attributes but
// display, encoding and alttext.
var mathElements = []string{"math", "semantics", "annotation", "mrow", "mi", "mn", "mo", "mtext", "msup", "msub",
	"msubsup", "mfrac", "msqrt", "mroot", "mover", "munder", "mtable", "mtr", "mtd"}

func init() {
	for _, e := range mathElements {
		allowedTags[e] = true
		allowedAttrs[e] = map[string]bool{"display": true, "encoding": true, "alttext": true}
	}
}

// allowedTags are the elements clean HTML may contain, and <tbody>, which the parser puts
// around the rows of a table when it reads the output back.
var allowedTags = map[string]bool{"tbody": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "p": true,
	"ul": true, "ol": true, "li": true, "blockquote": true, "pre": true, "code": true, "table": true, "tr": true,
	"td": true, "th": true, "em": true, "strong": true, "a": true, "img": true, "br": true, "figure": true, "figcaption": true,
	"dl": true, "dt": true, "dd": true}

// checkCleanHTML parses clean HTML output and fails on any element, attribute or URL scheme
// outside the allowed set.
func checkCleanHTML(t *testing.T, out string) {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(out), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	require.NoError(t, err, "parse the output")
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if !allowedTags[n.Data] {
				t.Errorf("element <%s> in clean HTML", n.Data)
			}
			for _, a := range n.Attr {
				if !allowedAttrs[n.Data][a.Key] {
					t.Errorf("attribute %s on <%s> in clean HTML", a.Key, n.Data)
				}
				if a.Key == "href" || a.Key == "src" {
					v := strings.ToLower(a.Val)
					if i := strings.Index(v, ":"); i >= 0 && !strings.HasPrefix(v, "http:") && !strings.HasPrefix(v, "https:") && !strings.HasPrefix(v, "mailto:") && !strings.ContainsAny(v[:i], "/?#") {
						t.Errorf("URL %q in clean HTML", a.Val)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
}

// fuzzExtractor reads comments and captions too, so that their rendering is fuzzed with the rest.
var fuzzExtractor, _ = extractor.New(extractor.Options{KeepComments: true, KeepCaptions: true})

// hostileFigures is a page whose figures and comments carry script and bad URLs.
const hostileFigures = `<html><body><article><h1>Harbour cranes</h1>
<p>The port will replace its twelve cranes over three years, starting with the two oldest at the north quay.</p>
<figure><img src="javascript:alert(1)" srcset="data:image/png;base64,AAAA 900w, vbscript:x 800w" onerror="alert(2)" alt="<script>alert(3)</script>"><figcaption onclick="alert(4)">The north quay <script>alert(5)</script><a href="javascript:alert(6)">at dusk</a>.</figcaption></figure>
<figure><img src="/ok.jpg" alt="ok"><figcaption style="color:red">A crane <img src=x onerror=alert(7)> lifting.</figcaption></figure>
<p>The new cranes are electric and quieter, and the port says they will cut the quay's diesel use by four fifths.</p>
</article>
<div id="comments"><ol class="comment-list"><li class="comment"><cite class="fn"><script>alert(8)</script>Eve &lt;img src=x onerror=alert(9)&gt;</cite><div class="comment-content"><p onclick="alert(10)">Nice <a href="javascript:alert(11)">cranes</a> &lt;script&gt;alert(12)&lt;/script&gt;</p></div></li></ol></div>
</body></html>`

// TestHostileFiguresAndComments renders figures and comments whose markup carries script,
// handlers and bad URLs, and checks that none of it survives in HTML or Markdown.
func TestHostileFiguresAndComments(t *testing.T) {
	res, err := fuzzExtractor.Extract(context.Background(), []byte(hostileFigures), extractor.Source{URL: "https://port.example.com/news/cranes"})
	require.NoError(t, err)
	require.NotEmpty(t, res.Comments, "the comment is read")
	opts := extractor.RenderOptions{Links: true, Images: true}
	out := res.HTML(opts)
	checkCleanHTML(t, out)
	low := strings.ToLower(out)
	for _, f := range []string{"<script", "javascript:", "vbscript:", "data:", "alert(8)", "onclick", "style="} {
		assert.NotContains(t, low, f, "clean HTML contains %q:\n%s", f, out)
	}
	assert.Contains(t, out, "<strong>Eve &lt;img src=x onerror=alert(9)&gt;</strong>", "markup in a comment's text is text")
	assert.Equal(t, reRender(t, out), reRender(t, strictPolicy().Sanitize(out)), "the sanitizer would change the output")
	assert.Contains(t, out, `<figure><img src="https://port.example.com/ok.jpg" alt="ok"/><figcaption>A crane <img src="https://port.example.com/news/x" alt=""/> lifting.</figcaption></figure>`)
	assert.Contains(t, out, "<figure><figcaption>The north quay at dusk.</figcaption></figure>", "a figure whose image URLs are all unsafe keeps its caption only")
	md := strings.ToLower(res.Markdown(opts))
	for _, f := range []string{"javascript:", "vbscript:", "data:", "alert(8)"} {
		assert.NotContains(t, md, f, "Markdown contains %q", f)
	}
	assert.Contains(t, md, `\<script>alert(12)\</script>`, "markup in a comment's text is escaped")
}

// FuzzRenderHTML extracts arbitrary pages and checks that the clean HTML holds only allowed
// elements, attributes and URL schemes, and that rendering never panics.
func FuzzRenderHTML(f *testing.F) {
	f.Add([]byte(hostilePage))
	f.Add([]byte(richPage))
	f.Add([]byte(`<p>x <a href="java&#x09;script:alert(1)">y</a> <img src="  data:x" alt=z> <em><a href=//evil.example/>w</a></em></p>`))
	f.Add([]byte(`<p>a <math><mi xlink:href="javascript:x()" onclick=y()>s</mi><annotation-xml encoding="text/html"><script>alert(1)</script></annotation-xml><mtext><svg onload=z()></svg></mtext></math> b</p><ol start=-3 reversed><li value=x>i<ul><li>j</ul></ol><table><tr><td colspan=999 rowspan=-1>c</td><td>d</td></tr></table>`))
	if pages, err := filepath.Glob(filepath.Join(structureDir, "*.html")); err == nil {
		for _, p := range pages {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		if len(page) > 1<<16 {
			return
		}
		res, err := fuzzExtractor.Extract(context.Background(), page, extractor.Source{URL: "https://fuzz.example/a/b"})
		if err != nil {
			return
		}
		opts := extractor.RenderOptions{Links: true, Images: true}
		checkCleanHTML(t, res.HTML(opts))
		_ = res.Markdown(opts)
		if _, err := res.JSON(opts); err != nil {
			t.Errorf("json: %v", err)
		}
	})
}

// firstWord is the leading letters and digits of text: a part of a heading that Markdown
// writes without escapes.
func firstWord(text string) string {
	for i, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return text[:i]
		}
	}
	return text
}
