package meta

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestVisibleNames checks what a line shown on the page must look like to be a name.
func TestVisibleNames(t *testing.T) {
	assert.True(t, plausibleName("Julian K. Arni", true), "a name")
	assert.True(t, plausibleName("3i Global", true), "a company's name may open with a digit")
	assert.False(t, plausibleName("#review #tech #zig", true), "tags")
	assert.False(t, plausibleName("Dec. 19", true), "a month and day")
	assert.Equal(t, []string{"Jane Doe"}, cleanAuthors([]string{"04/09/2024 By Jane Doe"}, true), "a date, then a lead-in")
	assert.Equal(t, []string{"Jane Doe"}, cleanAuthors([]string{"Written By | Jane Doe"}, true), "the lead-in apart")
}

// TestNoNameWords checks what is never a name: the placeholder a site's software gives an
// account, a menu's facet after "By", a consent sentence that opens with "By", a breadcrumb
// trail, an initial alone, and a template's unfilled field (but a user name with dots).
func TestNoNameWords(t *testing.T) {
	assert.Nil(t, cleanAuthors([]string{"admin"}, false), "a placeholder account in a meta tag")
	assert.Nil(t, cleanAuthors([]string{"By Webmaster"}, true), "a placeholder account shown")
	assert.False(t, isHandle("Administrator"), "a placeholder is no handle")
	assert.True(t, isHandle("q_admin"), "a user name that holds the word is one")
	assert.Nil(t, cleanAuthors([]string{"By Category"}, true), "a menu's facet")
	assert.Nil(t, cleanAuthors([]string{"Por Marca"}, true), "a menu's facet in Spanish")
	assert.Equal(t, []string{"Jane Price"}, cleanAuthors([]string{"By Jane Price"}, true), "a facet word in a name of two words")
	assert.Nil(t, cleanAuthors([]string{"By clicking Join you accept our Terms and Conditions"}, true), "a consent sentence")
	assert.Nil(t, cleanAuthors([]string{"Par votre inscription, vous acceptez nos Conditions et Engagements"}, true), "one in French")
	assert.Equal(t, []string{"Jane Doe"}, cleanAuthors([]string{"By our staff and Jane Doe"}, true), "a short lower-case lead is no sentence")
	assert.Equal(t, []string{"van der Berg", "Ann Roe"}, cleanAuthors([]string{"By van der Berg and Ann Roe"}, true), "a particle opens a name")
	assert.Nil(t, cleanAuthors([]string{"Home » Consulting & Services » Security Audits"}, true), "a breadcrumb trail")
	assert.Equal(t, []string{"Jane Doe"}, cleanAuthors([]string{"by Jane Doe » Tue Aug 27, 2019"}, true), "a mark between the name and its date")
	assert.Nil(t, cleanAuthors([]string{"By | C-"}, true), "an initial alone")
	assert.Nil(t, cleanAuthors([]string{"page.head.extra.author"}, false), "a template's unfilled field")
	assert.Equal(t, []string{"ines.m.santos"}, cleanAuthors([]string{"ines.m.santos"}, false), "a user name with two dots")
}

// TestDateLineAuthors checks the name beside the page's date, and the lines that are a list.
func TestDateLineAuthors(t *testing.T) {
	dl := dateLine{story: true, published: "2025-12-17"}
	assert.Equal(t, []string{"Priya Raman"}, dl.authors([]string{"Dec 17, 2025 · Priya Raman", "Nov 25, 2025 · Priya Raman"}))
	assert.Nil(t, dl.authors([]string{"Dec 18, 2025 · Priya Raman"}), "another day than the page's")
	assert.Nil(t, dl.authors([]string{"Dec 17, 2025 · Technology"}), "one word is a section")
	assert.Nil(t, dl.authors([]string{"Dec 17, 2025 | Valley Courier", "Nov 25, 2025 | Harbor Tribune"}), "a list of cards")
	assert.Nil(t, dateLine{published: "2025-12-17"}.authors([]string{"Dec 17, 2025 · Priya Raman"}), "not a story")
}

// TestLeadInApart checks a byline whose lead-in sits in an element of its own, the name in
// the next element with text (past an empty avatar), in English, German and French, and a
// lead-in line whose white space is a line break.
func TestLeadInApart(t *testing.T) {
	pages := map[string]string{
		"Elise Nass":      `<div><span>Written by:</span><picture><img src="a.jpg"></picture><span>Elise Nass</span></div>`,
		"Matias Heikkilä": `<section><h2>Article by</h2><div>Matias Heikkilä</div><div><button>Follow</button></div></section>`,
		"Jana Schulz":     `<div><span>Von</span> <a href="/team">Jana Schulz</a></div>`,
		"Paul Martin":     `<p><b>Auteur :</b></p><p>Paul Martin</p>`,
		"Ava Stone":       "<div> by\n  <span>Ava Stone</span> on <span>Jan 22, 2025</span></div>",
	}
	for want, body := range pages {
		doc, err := html.Parse(strings.NewReader("<html><body><h1>Headline</h1>" + body + "<p>Text of the story.</p></body></html>"))
		require.NoError(t, err)
		md := Read(Page{Doc: doc, Title: "Headline", Story: true})
		assert.Equal(t, []string{want}, md.Authors, body)
	}
	// A lead-in followed by a paragraph is no byline.
	doc, err := html.Parse(strings.NewReader(`<html><body><h2>By</h2><p>` + strings.Repeat("words of a long paragraph ", 10) + `</p></body></html>`))
	require.NoError(t, err)
	assert.Empty(t, Read(Page{Doc: doc, Story: true}).Authors)
	assert.Equal(t, []string{"Angela Holliday-Bell, MD"}, cleanAuthors([]string{"Written By Angela Holliday-Bell, MD*"}, true), "a footnote's star")
	assert.Empty(t, cleanAuthors([]string{"Name *"}, true), "a form's label")
	assert.False(t, opensByline("Door Locks & Smart Locks"), "a Dutch lead-in in capitals opens other words")
	assert.True(t, opensByline("door Jan de Vries"))
}

// TestShownBylineOverMeta checks that on a story page the byline its readers see ("By:
// Paul Fenaroli") wins over a meta tag naming someone the page never shows (the account that
// posted it), in English and German; a meta author the bylines show stays, and so does one on
// a page that is no story.
func TestShownBylineOverMeta(t *testing.T) {
	read := func(metaAuthor, body string, story bool) []string {
		doc, err := html.Parse(strings.NewReader(`<html><head><meta name="author" content="` + metaAuthor + `"></head><body><h1>Headline</h1>` + body + `<p>Text.</p></body></html>`))
		require.NoError(t, err)
		return Read(Page{Doc: doc, Title: "Headline", Story: story}).Authors
	}
	assert.Equal(t, []string{"Paul Fenaroli"}, read("Luke Daigle", `<p>By: Paul Fenaroli</p>`, true))
	assert.Equal(t, []string{"Jana Schulz"}, read("Web Redaktion", `<p>Autor: Jana Schulz</p>`, true))
	assert.Equal(t, []string{"Luke Daigle"}, read("Luke Daigle", `<p>By Luke Daigle and Paul Fenaroli</p>`, true), "the meta author is shown")
	assert.Equal(t, []string{"Luke Daigle"}, read("Luke Daigle", `<p>By: Paul Fenaroli</p>`, false), "not a story")
}

// TestJobTitlesAfterNames checks that a byline's job titles are no names, in English, German
// and French, and that a name ending like no job stays whole.
func TestJobTitlesAfterNames(t *testing.T) {
	for line, want := range map[string][]string{
		"By Charles Patterson, WCI Columnist":     {"Charles Patterson"},
		"By Keith Barry Senior Autos Reporter":    {"Keith Barry"},
		"Von Jana Schulz, Redakteurin":            {"Jana Schulz"},
		"Par Paul Martin, journaliste":            {"Paul Martin"},
		"By Jane Doe and John Roe, Staff Writers": {"Jane Doe", "John Roe"},
		"By Anna Editor-Smith":                    {"Anna Editor-Smith"},
		"& Zackery Cuevas Writer, Hardware":       {"Zackery Cuevas"},
	} {
		assert.Equal(t, want, cleanAuthors([]string{line}, true), line)
	}
	assert.Empty(t, cleanAuthors([]string{"By Staff Writer"}, true), "a job alone")
}

// TestForumPosterOverMicrodata checks that a forum thread's first poster is its author before
// the first microdata author, which here is a quoted post's.
func TestForumPosterOverMicrodata(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><h1>Best watch under $200?</h1>
<article><header><a class="username">Perseus Legend</a></header><div>Which one?
<blockquote itemscope itemtype="https://schema.org/Comment"><span itemprop="author" itemscope><span itemprop="name">B. Diddy</span></span> said: get a used one</blockquote></div></article>
<article itemscope><span itemprop="author">B. Diddy</span><a class="username">B. Diddy</a><div>A used one.</div></article></body></html>`))
	require.NoError(t, err)
	assert.Equal(t, []string{"Perseus Legend"}, Read(Page{Doc: doc, Forum: true}).Authors)
	assert.Equal(t, []string{"B. Diddy"}, Read(Page{Doc: doc}).Authors, "not a forum: the microdata")
}

// TestForumUserBox checks that a forum post's user box whose text is more than the name
// (FluxBB's "postleft": name, rank, join date, posts) gives its first text as the poster.
func TestForumUserBox(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><h1>What happened with the ISO?</h1>
<div class="post"><div class="postleft"><dl><dt><strong>chunix64</strong></dt><dd class="usertitle"><strong>Member</strong></dd>
<dd><span>Registered: 2025-11-01</span></dd><dd><span>Posts: 1</span></dd></dl></div>
<div class="postright"><p>Why did the ISO grow so fast?</p></div></div></body></html>`))
	require.NoError(t, err)
	assert.Equal(t, []string{"chunix64"}, Read(Page{Doc: doc, Forum: true}).Authors)
}

// TestNameBeforeDate checks a byline line with the name first and the page's date last, in
// English and German (the one such line dates the page: see TestNamedDateOverMetadata), and
// that lines naming several people give no author.
func TestNameBeforeDate(t *testing.T) {
	read := func(published, body string) []string {
		doc, err := html.Parse(strings.NewReader(`<html><head><meta property="article:published_time" content="` + published + `"></head><body><h1>Headline</h1>` + body + `<p>Text.</p></body></html>`))
		require.NoError(t, err)
		return Read(Page{Doc: doc, Title: "Headline", Story: true}).Authors
	}
	assert.Equal(t, []string{"Aaron Ricadela"}, read("2025-07-02", `<header><p>Aaron Ricadela | Senior Writer | July 2, 2025</p></header>`))
	assert.Equal(t, []string{"Jana Schulz"}, read("2025-03-03", `<p>Jana Schulz · 3. März 2025</p>`))
	assert.Equal(t, []string{"Aaron Ricadela"}, read("2025-07-03", `<p>Aaron Ricadela | Senior Writer | July 2, 2025</p>`), "the line's day is the page's")
	assert.Empty(t, read("2025-07-02", `<p>Aaron Ricadela | July 2, 2025</p><p>Maria Lopez | June 30, 2025</p>`), "a list")
}

// TestCollapseLower: collapseLower is strings.ToLower of the text's fields joined by one space.
func TestCollapseLower(t *testing.T) {
	for _, s := range []string{"", "  ", "By\n  Jane", "BY JANE DOE ", "\tVon  Ärzten", "Written by:\r\n", "İstanbul  BY", "a\vb\fc"} {
		assert.Equal(t, strings.ToLower(strings.Join(strings.Fields(s), " ")), collapseLower(s), "%q", s)
	}
}

// TestDateLeadInDropped checks that the words between a byline's name and its date (a
// lead-in word, the weekday, a mark) are no part of the name.
func TestDateLeadInDropped(t *testing.T) {
	for line, want := range map[string]string{
		"Posted by Robin at March 4, 2024 09:15 AM":         "Robin",
		"by Jane Rowe » Tue Aug 27, 2019 1:47 am":           "Jane Rowe",
		"von Jana Schulz » Dienstag 27. August 2019, 01:47": "Jana Schulz",
		"Von Jana am 3. März 2025":                          "Jana",
		"Par Jean Martin le 3 mars 2025":                    "Jean Martin",
	} {
		assert.Equal(t, []string{want}, cleanAuthors([]string{line}, true), line)
	}
}

// TestLeadInHandle checks the user name after a lead-in, and the lines that give none.
func TestLeadInHandle(t *testing.T) {
	assert.Equal(t, "jdoe42", leadInHandle("by jdoe42"))
	assert.Equal(t, "stillfuchs_7", leadInHandle("von stillfuchs_7 18.12.2025"))
	assert.Equal(t, "jdoe", leadInHandle("Posted by | jdoe"))
	assert.Empty(t, leadInHandle("jdoe"), "no lead-in")
	assert.Empty(t, leadInHandle("by the way"), "more than one word")
	assert.Empty(t, leadInHandle("by jane@example.com"), "an e-mail address")
}

// TestPosterOnStory checks that a user name (class username) names the author of a page not
// judged a forum when nothing else does, but only a handle: the class also marks form fields.
func TestPosterOnStory(t *testing.T) {
	body := `<div class="discussion"><h1>Kinds of threads</h1><div class="post-header"><span class="username">quietfox</span></div>` +
		`<p>Some threads ask a question, others start a discussion. Should the forum show them apart?</p></div>`
	doc, err := html.Parse(strings.NewReader("<html><body>" + body + "</body></html>"))
	require.NoError(t, err)
	assert.Equal(t, []string{"quietfox"}, Read(Page{Doc: doc, Title: "Kinds of threads", Story: true}).Authors)
	form := `<h1>Contact</h1><p>Write to us.</p><form><label class="username">Email address *</label><input name="email"></form>`
	doc, err = html.Parse(strings.NewReader("<html><body>" + form + "</body></html>"))
	require.NoError(t, err)
	assert.Empty(t, Read(Page{Doc: doc, Title: "Contact", Story: true}).Authors, "a form field's label")
}

// TestChromeHeadingByline checks that a "By" heading in the page's own header or footer is no
// byline, and that one in a story's header (inside its <article>) still is.
func TestChromeHeadingByline(t *testing.T) {
	for page, want := range map[string][]string{
		`<header><h4>By Acme Hotels</h4></header><main><p>Text.</p></main><footer><h3>By Acme</h3></footer>`: nil,
		`<article><header><h1>Title</h1><h4>By Jane Doe</h4></header><p>Text.</p></article>`:                 {"By Jane Doe"},
		`<header><p class="byline">By Jane Doe</p></header>`:                                                 {"By Jane Doe"},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + page + "</body></html>"))
		require.NoError(t, err)
		assert.Equal(t, want, collectFacts(doc).bylines, "page %s", page)
	}
}

// TestCardNames checks the names read from the list of people's cards after a lead-in alone
// in its element, and the lists that are no cards.
func TestCardNames(t *testing.T) {
	for page, want := range map[string]string{
		`<div><span>Author</span></div><div><div><div>RK</div><div>Rina Kovač</div><span>Staff Engineer</span></div><div><div>TO</div><div>Tomás Ortega</div><span>Director</span></div></div>`: "Rina Kovač, Tomás Ortega",
		`<div><span>Author</span></div><style>.x{}</style><div><script>var a</script><div><p>Rina Kovač</p><p>Staff Engineer, Acme Inference Platform</p></div></div>`:                          "Rina Kovač",
		`<div><span>Author</span></div><ul><li><a>Ten Garden Tips</a></li><li><a>Pruning Old Roses</a></li></ul>`:                                                                               "",
		`<div><span>Author</span></div><div><div><div>JD</div><div>Staff</div></div></div>`:                                                                                                     "",
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + page + "</body></html>"))
		require.NoError(t, err)
		label := doc.LastChild.LastChild.FirstChild // html > body > div
		f := &pageFacts{}
		assert.Equal(t, want, f.cardNames(label), "%s", page)
	}
}

// TestCutAddress checks that the address in angle brackets after a name is cut, and that
// other angle brackets are left.
func TestCutAddress(t *testing.T) {
	for in, want := range map[string]string{
		"Jane Doe <jane@example.com>":            "Jane Doe",
		"Jane Doe <jane_doe at example dot com>": "Jane Doe",
		"Jane Doe <3":                            "Jane Doe <3",
		"Jane Doe":                               "Jane Doe",
	} {
		assert.Equal(t, want, cutAddress(in), "%q", in)
	}
	names, _ := splitByline("Author: Jane Doe <jane@example.com>")
	assert.Equal(t, []string{"Jane Doe"}, names)
}
