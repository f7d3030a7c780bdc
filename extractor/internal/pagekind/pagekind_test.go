package pagekind

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// parse parses a page as the extractor does, scripting off.
func parse(t testing.TB, page string) *html.Node {
	t.Helper()
	doc, err := html.ParseWithOptions(strings.NewReader(page), html.ParseOptionEnableScripting(false))
	require.NoError(t, err)
	return doc
}

// ldTypes returns the @type of each JSON-LD script of the page, read plainly: the test
// pages have one top-level item each. The extractor reads them with package meta.
func ldTypes(t testing.TB, doc *html.Node) []string {
	t.Helper()
	var types []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "script" && n.FirstChild != nil {
			text := n.FirstChild.Data
			if i := strings.Index(text, `"@type":"`); i >= 0 {
				rest := text[i+len(`"@type":"`):]
				types = append(types, rest[:strings.IndexByte(rest, '"')])
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return types
}

// TestKindPages checks one hand-written page of each kind under testdata/pagekind: the
// embedded model names each its kind, from the page, its declarations and a URL of its kind.
func TestKindPages(t *testing.T) {
	pages := []struct {
		file, url, og string
		want          Kind
	}{
		{"article-news.html", "https://gazette.example/2025/03/04/town-council-approves-new-bridge", "article", Article},
		{"forum-thread.html", "https://bread.example/forums/sourdough/threads/starter-smells-like-nail-polish.4411/", "", Forum},
		{"product-kettle.html", "https://hearth.example/products/copper-kettle-1-7-l", "product", Product},
		{"collection-mugs.html", "https://hearth.example/collections/mugs-cups", "", Collection},
		{"listing-courses.html", "https://riverside.example/courses/", "website", Listing},
		{"documentation-api.html", "https://tinylib.example/docs/api/strings", "", Documentation},
		{"service-landing.html", "https://brightbooks.example/", "website", Service},
	}
	files, err := filepath.Glob("../../../testdata/pagekind/*.html")
	require.NoError(t, err)
	require.Len(t, files, len(pages), "one test per page under testdata/pagekind")
	for _, tc := range pages {
		t.Run(tc.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("../../../testdata/pagekind", tc.file))
			require.NoError(t, err)
			doc := parse(t, string(raw))
			v := Classify(Page{Doc: doc, URL: tc.url, Types: ldTypes(t, doc), OGType: tc.og})
			assert.Equal(t, tc.want, v.Kind, "probabilities %v", v.Probs)
			assert.NotEmpty(t, v.Evidence, "a verdict names what decided it")
			sum := 0.0
			for _, p := range v.Probs {
				sum += p
			}
			assert.InDelta(t, 1, sum, 1e-9)
		})
	}
}

// TestMeasureFeatures checks what the walk counts on a small page.
func TestMeasureFeatures(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`<html><body><h1>Shop</h1><ul class="grid">`)
	for range 5 {
		b.WriteString(`<li class="card tile"><a href="/p"><img src="x.jpg"><h3>Thing</h3></a><span>$5.00</span></li>`)
	}
	b.WriteString(`</ul><pre><code>x := 1</code></pre><p>` + strings.Repeat("word ", 50) + `</p></body></html>`)
	doc := parse(t, b.String())
	f := Measure(Page{Doc: doc, URL: "https://shop.example/category/things?page=2", Types: []string{"https://schema.org/Product"}, OGType: "product"})
	assert.Equal(t, 1.0, f[fDeclProduct])
	assert.Equal(t, 0.0, f[fDeclNone])
	assert.Equal(t, 1.0, f[fOGProduct])
	assert.Equal(t, 1.0, f[fURLCollection])
	assert.Equal(t, 1.0, f[fURLQuery])
	assert.InDelta(t, math.Log1p(5), f[fCards], 1e-9, "five sibling cards alike")
	assert.InDelta(t, math.Log1p(5), f[fPriceCards], 1e-9)
	assert.InDelta(t, math.Log1p(5), f[fPrices], 1e-9)
	assert.InDelta(t, math.Log1p(1), f[fCardGroups], 1e-9)
	assert.InDelta(t, math.Log1p(1), f[fPre], 1e-9)
	assert.Equal(t, 0.0, f[fCode], "<code> inside <pre> is counted as the <pre>")
	assert.Greater(t, f[fCodeShare], 0.0)
	assert.InDelta(t, math.Log1p(1), f[fLongParas], 1e-9)
	assert.Greater(t, f[fClassListing], 0.0, "card, tile and grid are listing words")
}

func TestClassBits(t *testing.T) {
	assert.Equal(t, classBit(1<<cForum|1<<cUser), classBits("message-body reply Username"))
	assert.Equal(t, classBit(1<<cProduct), classBits("add-to-cart PRICE"))
	assert.Equal(t, classBit(0), classBits("x y z "+strings.Repeat("a", 100)))
	assert.Equal(t, classBit(0), classBits(""))
	assert.Equal(t, classBit(1<<cDocs), classBits(strings.Repeat("q", 30)+" toc"), "a word too long to look up does not hide the next")
}

func TestTypeBits(t *testing.T) {
	assert.Equal(t, dProduct|dAny, typeBits("https://schema.org/Product"))
	assert.Equal(t, dForum|dAny, typeBits(" schema:DiscussionForumPosting"))
	assert.Equal(t, dAny, typeBits("WebSite"), "a type in no group still says the page declares one")
	assert.Equal(t, declBit(0), typeBits(""))
}

func TestURLFeatures(t *testing.T) {
	var f Features
	setURL(&f, "https://news.example/2024/05/my-long-story-title")
	assert.Equal(t, 1.0, f[fURLDate])
	assert.InDelta(t, math.Log1p(3), f[fURLSlug], 1e-9)
	assert.InDelta(t, math.Log1p(3), f[fURLDepth], 1e-9)

	f = Features{}
	setURL(&f, "https://example.com/")
	assert.Equal(t, 1.0, f[fURLRoot])

	f = Features{}
	setURL(&f, "https://example.com/Docs/API/index.html")
	assert.Equal(t, 1.0, f[fURLDocs])

	for _, bad := range []string{"", "not a url", "http://[::1", "/relative/docs", strings.Repeat("/a", 10000)} {
		f = Features{}
		assert.NotPanics(t, func() { setURL(&f, bad) })
	}
}

func TestHasPrice(t *testing.T) {
	for _, s := range []string{"$19", "19,99 €", "£5.00", "¥1200", "₹ 499", "Now $ 5"} {
		assert.True(t, hasPrice(s), s)
	}
	for _, s := range []string{"$", "dollars", "€uro zone", "US$", "19.99"} {
		assert.False(t, hasPrice(s), s)
	}
}

// TestClassifyDegenerate: no tree, no URL, an empty page, deep nesting: a verdict, never a panic.
func TestClassifyDegenerate(t *testing.T) {
	assert.Equal(t, Article, Classify(Page{}).Kind, "a page we know nothing of is an article")
	assert.Equal(t, Article, Classify(Page{Doc: parse(t, "")}).Kind)
	assert.Equal(t, Article, Classify(Page{Doc: parse(t, `<div id="app"></div>`), URL: "https://app.example/"}).Kind,
		"an empty application shell that declares nothing is an article")
	deep := strings.Repeat("<div>", 500) + "text" + strings.Repeat("</div>", 500)
	assert.NotPanics(t, func() { Classify(Page{Doc: parse(t, deep)}) })
}

func TestKindNames(t *testing.T) {
	for k := range NumKinds {
		got, ok := ParseKind(Kind(k).String())
		assert.True(t, ok)
		assert.Equal(t, Kind(k), got)
	}
	_, ok := ParseKind("blog")
	assert.False(t, ok)
	assert.Equal(t, "article", Kind(200).String())
	for f := range NumFeatures {
		assert.NotEmpty(t, f.String(), "feature %d has a name", f)
	}
}

// TestIndexAddress: addresses shaped like an index against a story's, and unknown ones.
func TestIndexAddress(t *testing.T) {
	for raw, want := range map[string]bool{
		"https://news.example/":                                      true,
		"https://news.example/science/":                              true,
		"https://news.example/topic/car-rental":                      true,
		"https://news.example/index.html":                            true,
		"https://news.example/2024/05/":                              false,
		"https://news.example/2024/05/frost":                         false,
		"https://news.example/science/bees-choose-a-hive":            false,
		"https://news.example/world/story.html":                      false,
		"https://news.example/news/12345":                            false,
		"https://news.example/archive/2024-05-01":                    false, // dated: read as a story
		"https://news.example/category/bees-and-other-pollinators":   true,  // a category's name
		"https://news.example/tags/bees-and-other-pollinators":       true,
		"https://news.example/jobs/senior-bee-keeper-in-lisbon":      false, // one item of a folder of items
		"https://news.example/2024/05/category/bees-and-pollinators": false,
		"":          false,
		"not a url": false,
	} {
		assert.Equal(t, want, IndexAddress(raw), raw)
	}
}

// TestForumAddress: addresses in a forum's folder against a story's, and unknown ones.
func TestForumAddress(t *testing.T) {
	for raw, want := range map[string]bool{
		"https://bakers.example/forum/showthread.php?t=186":           true,
		"https://bakers.example/threads/starter-smells-of-acetone.41": true,
		"https://bakers.example/questions/7101/why-acetone":           true,
		"https://bakers.example/t/why-acetone/7101":                   true,
		"https://bakers.example/2024/05/why-acetone":                  false,
		"https://bakers.example/blog/why-acetone":                     false,
		"https://bakers.example/":                                     false,
		"":                                                            false,
		"not a url":                                                   false,
	} {
		assert.Equal(t, want, ForumAddress(raw), raw)
	}
}

// TestBlank checks blank, the walk's quick test for a text node of white space only, against
// strings.TrimSpace: what blank calls blank, TrimSpace leaves nothing of; what it does not
// (text, a Unicode space, a zero-width space), the walk reads in full.
func TestBlank(t *testing.T) {
	for _, s := range []string{"", " ", "\n\t  \r\n", "\f\v", " x ", "\u00a0", "\u200b", "\n\u3000\n", "a"} {
		if blank(s) {
			assert.Empty(t, strings.TrimSpace(s), "%q", s)
		}
	}
	assert.True(t, blank("\n    \n"))
	assert.False(t, blank(" x "))
	assert.False(t, blank("\u00a0"), "a Unicode space takes TrimSpace's way")
}

// TestTagOf checks the one lookup of an element's tag against what the walk counts: each
// counted tag, a <code> inside <pre> not counted again, links inside <svg> and <noscript> not read.
func TestTagOf(t *testing.T) {
	doc := parse(t, `<html><head><title>T</title></head><body>
<h1>One</h1><h2>Two</h2><h4>Four</h4><p>Some <code>x</code> and <kbd>k</kbd>.</p>
<pre><code>a</code></pre><picture></picture><img src="a.png"><time>today</time>
<nav></nav><div role="navigation"></div><section><article><form><button>Go</button>
<input><select></select><textarea></textarea></form></article></section>
<ul><li>a</li></ul><table></table><dl></dl><aside></aside><blockquote>q</blockquote>
<svg><a href="/x">in svg</a></svg><noscript><a href="/y">n</a></noscript></body></html>`)
	var w walker
	w.walk(doc, 0)
	want := map[int]int{tPre: 1, tCode: 1, tH1: 1, tH2: 1, tH3: 1, tSection: 1, tArticle: 1, tForm: 1, tButton: 1,
		tInput: 3, tImg: 1, tLi: 1, tTable: 1, tDl: 1, tNav: 2, tAside: 1, tTime: 1, tBlockquote: 1}
	for i := range tagCount {
		assert.Equal(t, want[i], w.tags[i], "tag %d", i)
	}
	assert.Zero(t, w.links, "links inside svg and noscript are not read")
	assert.Equal(t, 3, w.headings)
}
