package extractor

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/meta"
	"github.com/pithdev/pith/extractor/internal/view"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestTrimSiteName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Flood waters recede in the lower town | Daily Courier", "Flood waters recede in the lower town"},
		{"Home | Daily Courier", "Home | Daily Courier"},
		{"南江市启动老旧小区改造三年行动计划_南江市人民政府", "南江市启动老旧小区改造三年行动计划"},
		{"北浜市で路面電車の延伸工事が始まる｜北浜新報", "北浜市で路面電車の延伸工事が始まる"},
		{"ข่าวน้ำท่วมในเมืองล่าสุดวันนี้|ข่าวไทย", "ข่าวน้ำท่วมในเมืองล่าสุดวันนี้"},
		{"snake_case_identifiers_explained", "snake_case_identifiers_explained"},
		{"Datenschutzerklärung | Stadtwerke", "Datenschutzerklärung | Stadtwerke"},
		{"新闻_网站", "新闻_网站"},
	} {
		assert.Equal(t, tc.want, trimSiteName(tc.in), "%q", tc.in)
	}
}

// TestHeadlineRepeatingTitleTag checks that a visible headline that repeats its <title> with
// the site's name after a separator loses that name (written in og:site_name with its
// domain, "WRAL.com"), in English and German, and that a part that is no name the page gives
// itself stays ("grep(1) — Linux manual page").
func TestHeadlineRepeatingTitleTag(t *testing.T) {
	page := func(title, site, h1 string) string {
		return `<html><head><title>` + title + `</title><meta property="og:site_name" content="` + site + `"></head><body>
<h1>` + h1 + `</h1><p>` + strings.Repeat("The story's paragraph has words enough to be the body of the page. ", 6) + `</p>
<p>` + strings.Repeat("A second paragraph says more about it, as stories do. ", 6) + `</p></body></html>`
	}
	for _, tc := range []struct{ title, site, h1, want string }{
		{"Vehicle rental News and Coverage | WRAL", "WRAL.com", "Vehicle rental News and Coverage | WRAL", "Vehicle rental News and Coverage"},
		{"Nachrichten aus der Region Köln - Kölner Blatt", "Kölner Blatt", "Nachrichten aus der Region Köln - Kölner Blatt", "Nachrichten aus der Region Köln"},
		{"grep(1) — Linux manual page", "man7.org", "grep(1) — Linux manual page", "grep(1) — Linux manual page"},
	} {
		res, err := Extract([]byte(page(tc.title, tc.site, tc.h1)), Source{URL: "https://example.com/news/story"})
		require.NoError(t, err)
		assert.Equal(t, tc.want, res.Title, tc.h1)
	}
	assert.Equal(t, map[string]bool{"wralcom": true, "wral": true}, siteKeys(meta.Titles{SiteNames: []string{"WRAL.com"}}))
}

// TestHomeTitle checks that a home page titled only "Home" takes the site's name as its
// headline, in English and German, and that a page named "Home Insurance" keeps its name.
func TestHomeTitle(t *testing.T) {
	page := func(title, site string) []byte {
		return []byte(`<html><head><title>` + title + `</title><meta property="og:title" content="` + title + `"><meta property="og:site_name" content="` + site + `"></head><body>
<h2>Latest</h2><p>` + strings.Repeat("The latest story on the blog has words enough to be read here. ", 6) + `</p></body></html>`)
	}
	for _, tc := range []struct{ title, site, want string }{
		{"Home", "The Example Blog", "The Example Blog"},
		{"Startseite", "Stadtwerke Nord", "Stadtwerke Nord"},
		{"Home Insurance", "Acme Insurers", "Home Insurance"},
	} {
		res, err := Extract(page(tc.title, tc.site), Source{URL: "https://example.com/"})
		require.NoError(t, err)
		assert.Equal(t, tc.want, res.Title, tc.title)
	}
}

// TestTrimItemCount checks that a listing's item count after its name goes, in English,
// German and French, and that other parentheses stay.
func TestTrimItemCount(t *testing.T) {
	for in, want := range map[string]string{
		"Best Books Ever (77141 books)": "Best Books Ever",
		"Fitness Equipment (102+)":      "Fitness Equipment",
		"Schuhe (1.245 Artikel)":        "Schuhe",
		"Barbecues (312 produits)":      "Barbecues",
		"Squad (2024)":                  "Squad (2024)",
		"Windows (32-bit)":              "Windows (32-bit)",
		"Travel Agent (Princess)":       "Travel Agent (Princess)",
		"Best Phones of 2025 (tested)":  "Best Phones of 2025 (tested)",
		"(12 items)":                    "(12 items)",
		"Shoes (12 items in your size)": "Shoes (12 items in your size)",
	} {
		assert.Equal(t, want, trimItemCount(in), in)
	}
}

// TestDecodeLeftoverReferences checks that whole character references a title still holds
// (a page that escaped it twice) are decoded, and that bare ampersands and names without their
// semicolon stay.
func TestDecodeLeftoverReferences(t *testing.T) {
	for in, want := range map[string]string{
		"Python, SQL &#x26; AI":       "Python, SQL & AI",
		"Fish &#38; chips":            "Fish & chips",
		"Tom &amp; Jerry":             "Tom & Jerry",
		"&quot;Quoted&quot; headline": "\"Quoted\" headline",
		"Caf&eacute; society":         "Café society",
		"R&D spending rises":          "R&D spending rises",
		"Tom & Jerry":                 "Tom & Jerry",
		"A &note on style":            "A &note on style",
		"Unknown &bogusname; stays":   "Unknown &bogusname; stays",
		"Ends with &":                 "Ends with &",
		"&#; and &#x; stay":           "&#; and &#x; stay",
	} {
		assert.Equal(t, want, decodeLeftoverReferences(in), in)
	}
}

// TestTrimVariant checks that a product's variant after its name's last separator, a short
// part with a digit, goes from its title, in English and German, and that a part without a
// digit, a longer part, a title with no separator and a name with no letter stay.
func TestTrimVariant(t *testing.T) {
	for in, want := range map[string]string{
		"Cold Brew Concentrate - 500 ml":                    "Cold Brew Concentrate",
		"Trail Running Socks | 3 Pack":                      "Trail Running Socks",
		"Wanderrucksack Alpin – 30 Liter":                   "Wanderrucksack Alpin",
		"Desk Lamp - Brass - 2024 Edition":                  "Desk Lamp - Brass",
		"Linen Shirt - Navy":                                "Linen Shirt - Navy",
		"Kaffeemühle Classic - Edelstahl gebürstet":         "Kaffeemühle Classic - Edelstahl gebürstet",
		"Garden Hose - 25 m with a brass nozzle and a reel": "Garden Hose - 25 m with a brass nozzle and a reel",
		"Espresso Cups (Set of 4)":                          "Espresso Cups (Set of 4)",
		"2024 - 2025":                                       "2024 - 2025",
	} {
		assert.Equal(t, want, trimVariant(in), in)
	}
}

func TestTrimNumberLead(t *testing.T) {
	for _, tc := range []struct {
		in   string
		kind PageType
		want string
	}{
		{"15 - Tutorial: Sweep, Loft, and Extrude", PageDocumentation, "Tutorial: Sweep, Loft, and Extrude"},
		{"07 | Lektion: Karten lesen lernen", PageArticle, "Lektion: Karten lesen lernen"},
		{"2024 - Pros & Cons of Travel Agents", PageForum, "Pros & Cons of Travel Agents"},
		{"2024 - Pros & Cons of Travel Agents", PageArticle, "2024 - Pros & Cons of Travel Agents"},
		{"1984 - George Orwell", PageForum, "1984 - George Orwell"},
		{"2024 - 2025 Season Tickets", PageForum, "2024 - 2025 Season Tickets"},
		{"12345 - Five digits are a code", PageForum, "12345 - Five digits are a code"},
		{"3 - Intro", PageArticle, "3 - Intro"},
		{"10 Ways to Save Water", PageArticle, "10 Ways to Save Water"},
		{"24/7 - Always Open Here", PageArticle, "24/7 - Always Open Here"},
	} {
		assert.Equal(t, tc.want, trimNumberLead(tc.in, tc.kind), "%q on a %s page", tc.in, tc.kind)
	}
}

func TestHostKeys(t *testing.T) {
	keys := func(s string) []string {
		u, err := url.Parse(s)
		require.NoError(t, err)
		return hostKeys(u)
	}
	assert.Equal(t, []string{"blogexamplecouk", "blogexample", "example"}, keys("https://blog.example.co.uk/post"))
	assert.Equal(t, []string{"quietorchardcom", "quietorchard"}, keys("https://www.quietorchard.com/"))
	assert.Equal(t, []string{"abcde"}, keys("http://abc.de/x"), "keys under four letters and digits are left out")
	assert.Empty(t, keys("/relative/path"))
	assert.Empty(t, keys("http://localhost/"))
	assert.Empty(t, hostKeys(nil))
}

func TestHeadingPlaces(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<body class="dialog-off-canvas"><main><h1 id="a">Story</h1><h2 id="e" class="entry-title">Post</h2><h2 id="p" class="page_title">Page</h2></main>
<div class="modal fade"><h1 id="b">Sign up</h1></div><dialog><h1 id="c">Settings</h1></dialog>
<div class="newsletter-popup"><h1 id="d">Newsletter</h1></div><div class="popular"><h1 id="f">Popular</h1></div></body>`))
	require.NoError(t, err)
	byID := func(id string) *html.Node {
		var found *html.Node
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
				if c.Type == html.ElementNode && dom.Attr(c, "id") == id {
					found = c
				}
				walk(c)
			}
		}
		walk(doc)
		require.NotNil(t, found, id)
		return found
	}
	for id, want := range map[string]bool{"a": false, "b": true, "c": true, "d": true, "f": false} {
		assert.Equal(t, want, inDialog(byID(id)), "inDialog(%s)", id)
	}
	assert.True(t, namesEntryTitle(byID("e")))
	assert.False(t, namesEntryTitle(byID("p")))
	assert.False(t, namesEntryTitle(byID("a")))
}

// TestEntryTitleOnIndex checks that on a blog's index, whose logo is its <h1> and whose
// entries each have an <h2> classed as the entry's title, no entry's title is the page's: the
// <title> is, less the site's name.
func TestEntryTitleOnIndex(t *testing.T) {
	entry := func(title string) string {
		return `<article class="post"><h2 class="entry-title">` + title + `</h2><div class="entry-content"><p>` +
			strings.Repeat("The entry's opening words run long enough to be read as a paragraph of prose. ", 4) + `</p></div></article>`
	}
	page := `<html><head><title>Latest posts | Birch Lane Notes</title><meta property="og:site_name" content="Birch Lane Notes"></head><body>
<header><h1 class="site-title">Birch Lane Notes</h1></header><main>` + entry("Building a Cedar Planter Box in One Weekend") + entry("Sharpening Chisels on a Budget") + `</main></body></html>`
	res, err := Extract([]byte(page), Source{URL: "https://birchlanenotes.example/"})
	require.NoError(t, err)
	assert.Equal(t, "Latest posts", res.Title)
}

// TestLinksSelf checks that a heading that links to its own page, by a relative or an
// absolute address, is told from one that links elsewhere or to a home page.
func TestLinksSelf(t *testing.T) {
	page, err := url.Parse("https://forum.example/viewtopic.php?f=3&t=42")
	require.NoError(t, err)
	home, err := url.Parse("https://forum.example/")
	require.NoError(t, err)
	for _, tc := range []struct {
		heading string
		page    *url.URL
		want    bool
	}{
		{`<h2><a href="./viewtopic.php?f=3&amp;t=42">Thread title here</a></h2>`, page, true},
		{`<h2><a href="https://forum.example/viewtopic.php?f=3&t=42#p1">Thread title here</a></h2>`, page, true},
		{`<h2><a href="./viewtopic.php?f=3&amp;t=43">Another thread</a></h2>`, page, false},
		{`<h2><a href="/">Forum name</a></h2>`, home, false},
		{`<h2>Thread <a href="./viewtopic.php?f=3&amp;t=42">title</a></h2>`, page, false},
		{`<h2><a href="./viewtopic.php?f=3&amp;t=42">Thread title here</a></h2>`, nil, false},
	} {
		doc, err := html.Parse(strings.NewReader(`<html><body>` + tc.heading + `</body></html>`))
		require.NoError(t, err)
		blocks, err := block.Segment(context.Background(), doc)
		require.NoError(t, err)
		var h *block.Block
		for _, b := range blocks {
			if b.Kind == view.Heading {
				h = b
			}
		}
		require.NotNil(t, h, tc.heading)
		assert.Equal(t, tc.want, linksSelf(h, tc.page), tc.heading)
	}
}

// TestTrimSiteColon checks the "Site: Headline" title of blog platforms: the site's name
// before an unspaced colon goes, a spaced " : " (a French typographer's colon) and a name the
// page does not give itself stay.
func TestTrimSiteColon(t *testing.T) {
	site := map[string]bool{"ledgernotes": true}
	assert.Equal(t, "Why the filing matters", trimSite("Ledger Notes: Why the filing matters", site))
	assert.Equal(t, "Ledger Notes : Shop", trimSite("Ledger Notes : Shop", site))
	assert.Equal(t, "Bonds: Why the filing matters", trimSite("Bonds: Why the filing matters", site))
}
