package extractor_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/pithdev/pith/extractor"
)

// seedDir is the golden page the explain report is tested and shown on.
var seedDir = filepath.Join(pagesDir, "seed-kyiv-independent")

// explainSeed explains the seed page.
func explainSeed(t *testing.T) *extractor.Explanation {
	t.Helper()
	page, err := os.ReadFile(filepath.Join(seedDir, "input.html"))
	require.NoError(t, err, "read seed page")
	meta := readMeta(t, filepath.Join(seedDir, "meta.json"))
	ex, err := extractor.New(extractor.Options{})
	require.NoError(t, err, "new extractor")
	x, err := ex.Explain(context.Background(), page, extractor.Source{URL: meta.URL, ContentType: meta.ContentType})
	require.NoError(t, err, "explain seed page")
	return x
}

// TestExplainSeed checks the explanation of the seed page against its want.txt: the
// correction note and the five body paragraphs kept, every subscribe form block and every
// news feed item dropped.
func TestExplainSeed(t *testing.T) {
	x := explainSeed(t)
	want, err := os.ReadFile(filepath.Join(seedDir, "want.txt"))
	require.NoError(t, err, "read want.txt")
	paras := strings.Split(normalizeText(string(want)), "\n\n")
	require.Len(t, paras, 7, "want.txt: title, correction note, five paragraphs")
	require.True(t, strings.HasPrefix(paras[1], "Correction:"), "want.txt: second paragraph is the note")

	var kept, notes []string
	for i, b := range x.Blocks {
		require.Equal(t, i, b.Index, "blocks in document order")
		assert.NotEmpty(t, b.Reason, "block %d has no reason", i)
		assert.True(t, strings.HasPrefix(b.TagPath, "body"), "block %d tag path %q", i, b.TagPath)
		switch b.Decision {
		case extractor.DecisionKept:
			kept = append(kept, b.Text)
			assert.True(t, b.InContainer, "kept block %d is inside the container", i)
		case extractor.DecisionNote:
			notes = append(notes, b.Text)
			assert.Equal(t, extractor.KindNote, b.Kind, "note block %d kind", i)
		}
	}
	assert.Equal(t, paras[0], x.Title, "title")
	assert.Equal(t, paras[1:2], notes, "the correction note is kept as a note")
	assert.Equal(t, paras[1:2], x.Notes, "Notes lists the correction")
	assert.Equal(t, paras[2:], kept, "the five body paragraphs are kept")
	assert.Equal(t, 6, x.Kept, "kept count")
	assert.Equal(t, len(x.Blocks)-6, x.Dropped, "dropped count")
	assert.True(t, strings.HasSuffix(x.Container, ">article.article>section.gh-content"), "container %q", x.Container)
	assert.Positive(t, x.ContainerScore, "container score")
	assert.Positive(t, x.Duration, "duration measured")

	var subscribe, feed int
	for _, b := range x.Blocks {
		inForm := strings.Contains(b.TagPath, ">form") || strings.Contains(b.TagPath, "newsletter")
		inFeed := strings.Contains(b.TagPath, "section.news-feed")
		if inForm {
			subscribe++
		}
		if inFeed {
			feed++
		}
		if inForm || inFeed {
			assert.Equal(t, extractor.DecisionDropped, b.Decision, "subscribe or feed block %d %q (%s)", b.Index, b.Text, b.TagPath)
		}
	}
	assert.GreaterOrEqual(t, subscribe, 20, "subscribe form blocks found (form, modal, success box)")
	assert.GreaterOrEqual(t, feed, 8, "news feed blocks found (title, times, headlines, excerpts, more)")

	byText := map[string]extractor.ExplainedBlock{}
	for _, b := range x.Blocks {
		byText[b.Text] = b
	}
	assert.Equal(t, 11, byText["* indicates required"].Repeats, "the subscribe modal repeats its form 11 times")
	assert.Equal(t, 1, byText[paras[1]].Repeats, "the note occurs once")
	assert.Contains(t, byText[paras[2]].Classes, "gh-content", "class tokens of the body's ancestors")
	for _, b := range x.Blocks {
		assert.True(t, b.LinkDensity >= 0 && b.LinkDensity <= 1, "block %d link density %v", b.Index, b.LinkDensity)
		if strings.HasPrefix(b.Text, "Ukraine war latest:") {
			assert.Equal(t, "mostly links", b.Reason, "the bookmark card inside the body is a link")
			assert.Greater(t, b.LinkDensity, 0.5, "bookmark card link density")
		}
		for _, s := range readMeta(t, filepath.Join(seedDir, "meta.json")).MustNot {
			if strings.Contains(b.Text, s) {
				assert.Equal(t, extractor.DecisionDropped, b.Decision, "block %d has must_not snippet %q", b.Index, s)
			}
		}
	}
	assert.Contains(t, byText["News Feed"].Signals, "section.news-feed: ambiguous-class", "the feed is named with a word that is evidence of chrome")
	assert.Contains(t, byText["News Feed"].Signals, "aside.article-sidebar: content-class+chrome+chrome-class", "the feed sits in an <aside>")
}

// TestExplainMatchesExtract checks that on every golden page the blocks an explanation
// marks as kept are exactly the blocks [extractor.Extract] returns.
func TestExplainMatchesExtract(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(pagesDir, "*", "input.html"))
	require.NoError(t, err, "list golden pages")
	require.NotEmpty(t, dirs, "no golden pages")
	for _, in := range dirs {
		dir := filepath.Dir(in)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			page, err := os.ReadFile(in)
			require.NoError(t, err, "read input.html")
			meta := readMeta(t, filepath.Join(dir, "meta.json"))
			src := extractor.Source{URL: meta.URL, ContentType: meta.ContentType}
			res, err := extractor.Extract(page, src)
			require.NoError(t, err, "extract")
			ex, err := extractor.New(extractor.Options{})
			require.NoError(t, err, "new extractor")
			x, err := ex.Explain(context.Background(), page, src)
			require.NoError(t, err, "explain")

			assert.Equal(t, res.BodySource, x.BodySource, "body source")
			if res.BodySource == extractor.BodySourceJSONLD {
				// The body is the JSON-LD articleBody: no block of the page is kept, and Kept
				// counts the body's paragraphs.
				assert.Equal(t, len(res.Blocks), x.Kept, "kept: the JSON-LD body's paragraphs")
				assert.Equal(t, len(x.Blocks), x.Dropped, "every block of the page dropped")
				return
			}
			var want, got []string
			for _, b := range res.Blocks {
				want = append(want, b.Kind.String()+": "+b.Text)
			}
			for _, b := range x.Blocks {
				if b.Decision != extractor.DecisionDropped {
					got = append(got, b.Kind.String()+": "+b.Text)
				}
			}
			assert.Equal(t, want, got, "kept blocks of the explanation = Extract's blocks")
			assert.Equal(t, res.Title, x.Title, "title")
			assert.Equal(t, res.Metadata.Notes, x.Notes, "notes")
			assert.Equal(t, len(x.Blocks), x.Kept+x.Dropped, "every block counted once")
		})
	}
}

// TestExplainJSON checks that an explanation round-trips through its JSON, which spells
// tag paths without \u003e escapes.
func TestExplainJSON(t *testing.T) {
	x := explainSeed(t)
	var buf bytes.Buffer
	require.NoError(t, x.WriteJSON(&buf), "write json")
	out := buf.String()
	assert.NotContains(t, out, `\u003e`, "no HTML escaping of '>'")
	assert.True(t, strings.HasSuffix(out, "}\n"), "ends with a newline")
	for _, key := range []string{`"title"`, `"container"`, `"duration_ns"`, `"kept"`, `"dropped"`, `"notes"`, `"blocks"`,
		`"decision": "note"`, `"reason"`, `"link_density"`, `"repeats"`, `"tag_path"`, `"classes"`, `"signals"`} {
		assert.Contains(t, out, key, "json has %s", key)
	}
	var back extractor.Explanation
	require.NoError(t, json.Unmarshal(buf.Bytes(), &back), "json reads back")
	assert.Equal(t, *x, back, "json round trip")
}

// explainHostilePage is an article full of things a report must not run, load or show as markup.
const explainHostilePage = `<!DOCTYPE html><html><head>
<title>Evil &lt;/title&gt;&lt;script&gt;alert(0)&lt;/script&gt; headline</title>
<base href="https://evil.example/">
<meta http-equiv="refresh" content="0; url=https://evil.example/">
<link rel="stylesheet" href="https://evil.example/s.css">
<style>body{background:url(https://evil.example/bg.png)}</style>
<script>alert("page script")</script>
</head><body onload="alert(7)">
<nav class="menu" onclick="alert(2)"><a href="https://evil.example/">Home</a> <a href="javascript:alert(3)">Login</a></nav>
<article class='story" onmouseover="alert(4)' id="x' onfocus='alert(8)">
<h1>Evil &lt;/title&gt;&lt;script&gt;alert(0)&lt;/script&gt; headline</h1>
<p>This paragraph shows &lt;script&gt;alert(1)&lt;/script&gt; as text, and &lt;b&gt;bold&lt;/b&gt; tags written as entities, which a report must show, as text, and never run, nor render as markup.</p>
<p><img src="https://evil.example/pixel.gif" onerror="alert(5)"> Another paragraph, with a <a href="https://evil.example/link" style="background:url(https://evil.example/a.png)">link to elsewhere</a>, and more words, so that it reads as prose to the scorer, with commas, clauses, and length.</p>
<iframe src="https://evil.example/frame"></iframe><object data="https://evil.example/o.swf"></object>
<form action="https://evil.example/post"><p>Enter your email to subscribe, you will not regret it, we promise.</p><input name="e"></form>
</article>
<footer><a href="https://evil.example/about">About us</a></footer>
</body></html>`

// TestExplainHTMLSafe renders the report of a hostile page and checks, on the report's
// tokens, that nothing in it runs or loads: no scripts, no event handlers, no URL but
// #anchors, no elements that load; and that the page's text is escaped, not dropped.
func TestExplainHTMLSafe(t *testing.T) {
	ex, err := extractor.New(extractor.Options{})
	require.NoError(t, err, "new extractor")
	x, err := ex.Explain(context.Background(), []byte(explainHostilePage), extractor.Source{URL: "javascript:alert(6)"})
	require.NoError(t, err, "explain hostile page")
	require.Positive(t, x.Kept, "the hostile article has content")
	var buf bytes.Buffer
	require.NoError(t, x.WriteHTML(&buf), "write report")
	report := buf.String()

	assert.NotContains(t, strings.ToLower(report), "<script", "no script element")
	assert.NotContains(t, report, `onmouseover="`, "the page's attribute text stays escaped")
	assert.Contains(t, report, "&lt;script&gt;alert(1)&lt;/script&gt;", "script text is escaped")
	assert.Contains(t, report, "&lt;b&gt;bold&lt;/b&gt;", "entity text stays escaped")
	assertSafeHTML(t, report)

	text := reportText(t, report)
	assert.Contains(t, text, "This paragraph shows <script>alert(1)</script> as text, and <b>bold</b> tags", "page text shown as text")
	assert.Contains(t, text, "javascript:alert(6)", "the page URL is shown as text")
	assert.Contains(t, text, `onmouseover="alert(4)`, "class tokens shown as text")
}

// loadingTags are elements that run, embed or load something, or send a form.
var loadingTags = map[string]bool{
	"script": true, "iframe": true, "frame": true, "frameset": true, "img": true, "image": true, "link": true,
	"object": true, "embed": true, "base": true, "form": true, "audio": true, "video": true, "source": true,
	"track": true, "picture": true, "input": true, "button": true, "svg": true, "math": true, "applet": true, "portal": true,
}

// urlAttrs are the attributes that hold a URL.
var urlAttrs = map[string]bool{
	"href": true, "src": true, "srcset": true, "action": true, "formaction": true, "poster": true, "data": true,
	"background": true, "cite": true, "longdesc": true, "ping": true, "xlink:href": true, "manifest": true, "codebase": true,
}

// assertSafeHTML checks every tag of report: no loading element, no on* attribute, URL
// attributes only "#anchors", no url() or @import in style, and the only http-equiv meta
// is a Content-Security-Policy.
func assertSafeHTML(t *testing.T, report string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(report))
	inStyle := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			assert.False(t, loadingTags[tok.Data], "report has a <%s> element", tok.Data)
			inStyle = tok.Data == "style"
			for _, a := range tok.Attr {
				key := strings.ToLower(a.Key)
				assert.False(t, strings.HasPrefix(key, "on"), "event handler attribute %s=%q on <%s>", a.Key, a.Val, tok.Data)
				if urlAttrs[key] {
					assert.True(t, strings.HasPrefix(a.Val, "#"), "<%s %s=%q> is not an anchor", tok.Data, a.Key, a.Val)
				}
				if key == "style" {
					assert.NotContains(t, strings.ToLower(a.Val), "url(", "style attribute loads a URL")
				}
				if key == "http-equiv" {
					assert.Equal(t, "content-security-policy", strings.ToLower(a.Val), "only a CSP meta")
				}
			}
		case html.EndTagToken:
			inStyle = false
		case html.TextToken:
			if inStyle {
				css := strings.ToLower(tok.Data)
				assert.NotContains(t, css, "url(", "the report's CSS loads a URL")
				assert.NotContains(t, css, "@import", "the report's CSS imports")
			}
		}
	}
	assert.Contains(t, report, `content="default-src 'none'; style-src 'unsafe-inline'"`, "CSP forbids every load")
}

// reportText returns the visible text of a report, entities decoded.
func reportText(t *testing.T, report string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(report))
	require.NoError(t, err, "parse report")
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode && (n.Parent == nil || n.Parent.Data != "style") {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return sb.String()
}

// TestExplainReportSeed checks the seed page's report: summary, kept blocks open, every
// dropped block folded in its own <details>, the note linked from the summary.
func TestExplainReportSeed(t *testing.T) {
	x := explainSeed(t)
	var buf bytes.Buffer
	require.NoError(t, x.WriteHTML(&buf), "write report")
	report := buf.String()
	assertSafeHTML(t, report)
	assert.Equal(t, x.Dropped, strings.Count(report, `<details class="block dropped`), "one <details> per dropped block")
	assert.Equal(t, x.Kept-1, strings.Count(report, `<section class="block kept`), "kept body blocks")
	assert.Equal(t, 1, strings.Count(report, `<section class="block note`), "kept note block")
	assert.NotContains(t, report, "<details open", "dropped blocks start folded")
	note := noteIndex(t, x)
	assert.Contains(t, report, fmt.Sprintf(`<a href="#b%d">Correction: A previous version`, note), "summary links to the note")
	assert.Contains(t, report, fmt.Sprintf(`id="b%d"`, note), "note block anchor")
	text := reportText(t, report)
	for _, s := range []string{x.Title, "6 kept", fmt.Sprintf("%d dropped", x.Dropped), "1 of them as a note", "section.gh-content", "outside the content", "correction or update note"} {
		assert.Contains(t, text, s, "report shows %q", s)
	}
}

// TestExplainNoContent checks that a page with nothing to keep is explained, not an error,
// and that inputs that are not a page give Extract's errors.
func TestExplainNoContent(t *testing.T) {
	ex, err := extractor.New(extractor.Options{})
	require.NoError(t, err, "new extractor")
	ctx := context.Background()
	x, err := ex.Explain(ctx, []byte(`<html><body><nav><a href="/">Home</a></nav></body></html>`), extractor.Source{})
	require.NoError(t, err, "a page with no content is explained")
	assert.Zero(t, x.Kept, "nothing kept")
	assert.Equal(t, len(x.Blocks), x.Dropped, "all dropped")
	var buf bytes.Buffer
	require.NoError(t, x.WriteHTML(&buf), "write report")
	assert.Contains(t, buf.String(), "none found", "report says no container was found")

	_, err = ex.Explain(ctx, []byte("  \n"), extractor.Source{})
	assert.ErrorIs(t, err, extractor.ErrEmpty, "empty input")
	_, err = ex.ExplainNode(ctx, nil, extractor.Source{})
	assert.ErrorIs(t, err, extractor.ErrEmpty, "nil document")
	done, cancel := context.WithCancel(ctx)
	cancel()
	_, err = ex.Explain(done, []byte(explainHostilePage), extractor.Source{})
	assert.True(t, errors.Is(err, context.Canceled), "cancelled context: %v", err)
}

// TestExplainNode checks that explaining a parsed tree gives the same blocks, and leaves
// the tree as it was.
func TestExplainNode(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(seedDir, "input.html"))
	require.NoError(t, err, "read seed page")
	doc, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err, "parse seed page")
	var before bytes.Buffer
	require.NoError(t, html.Render(&before, doc), "render tree")
	ex, err := extractor.New(extractor.Options{})
	require.NoError(t, err, "new extractor")
	x, err := ex.ExplainNode(context.Background(), doc, extractor.Source{})
	require.NoError(t, err, "explain node")
	assert.Equal(t, 6, x.Kept, "kept blocks")
	var after bytes.Buffer
	require.NoError(t, html.Render(&after, doc), "render tree")
	assert.Equal(t, before.String(), after.String(), "tree unchanged")
}

// TestExplainConcurrent explains one page from several goroutines with one Extractor.
func TestExplainConcurrent(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(seedDir, "input.html"))
	require.NoError(t, err, "read seed page")
	ex, err := extractor.New(extractor.Options{})
	require.NoError(t, err, "new extractor")
	const n = 4
	got := make([]*extractor.Explanation, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { got[i], errs[i] = ex.Explain(context.Background(), page, extractor.Source{}) })
	}
	wg.Wait()
	for i := range n {
		require.NoError(t, errs[i], "explain %d", i)
		got[i].Duration = 0
	}
	for i := 1; i < n; i++ {
		assert.Equal(t, got[0], got[i], "explanation %d differs", i)
	}
}

// noteIndex returns the index of the seed page's one note block.
func noteIndex(t *testing.T, x *extractor.Explanation) int {
	t.Helper()
	for _, b := range x.Blocks {
		if b.Decision == extractor.DecisionNote {
			return b.Index
		}
	}
	require.Fail(t, "the seed page has a note block")
	return -1
}

// TestExplainEvidence checks that a dropped block's explanation names what matched: the class
// word of the chrome box, the link density and its threshold, the number of repeats, the
// container it lies outside of. Kept blocks carry no evidence.
func TestExplainEvidence(t *testing.T) {
	para := "The council approved the budget on Tuesday after a long debate about the new library, the bus routes and the cost of repairing the bridge over the river."
	page := `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>Budget approved after a long debate</h1>
<p>` + para + `</p><p>` + strings.ReplaceAll(para, "council", "mayor") + `</p>
<div class="related-posts"><p>Read this other story about the council and its budget, and the one after it.</p></div>
<p>Sign up for our newsletter today</p>
<p><a href="/a">A story about a bridge</a>, <a href="/b">another about buses</a> and more</p>
<p>` + strings.ReplaceAll(para, "council", "board") + `</p>
</article></main><footer><p>Sign up for our newsletter today</p></footer></body></html>`
	ex, err := extractor.New(extractor.Options{})
	require.NoError(t, err, "new extractor")
	x, err := ex.Explain(context.Background(), []byte(page), extractor.Source{})
	require.NoError(t, err, "explain")
	evidence := map[string]string{}
	for _, b := range x.Blocks {
		if b.Decision != extractor.DecisionDropped {
			assert.Empty(t, b.Evidence, "kept block %q carries evidence", b.Text)
			continue
		}
		if _, seen := evidence[b.Text]; !seen {
			evidence[b.Text] = b.Evidence // the first of repeated texts: the one inside the article
		}
	}
	assert.Contains(t, evidence["Read this other story about the council and its budget, and the one after it."], `div.related-posts: class words "related", "relatedposts"`, "the class word that made the box chrome")
	assert.Contains(t, evidence["A story about a bridge, another about buses and more"], "link density 0.", "the link density")
	assert.Contains(t, evidence["A story about a bridge, another about buses and more"], "over 0.50", "the threshold crossed")
	assert.Equal(t, "the same text occurs 2 times on the page", evidence["Sign up for our newsletter today"], "the repeats")
	assert.Contains(t, evidence["Home News"], "not under the container", "outside the container")

	var report bytes.Buffer
	require.NoError(t, x.WriteHTML(&report), "write report")
	assert.Contains(t, report.String(), "matched: div.related-posts: class words", "the report shows the evidence")
}
