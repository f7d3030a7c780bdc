package meta

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestLooseDates checks a date written as a bare text node among elements (a blog's date
// after its <legend>, a forum post's date in its header cell beside an icon), in English and
// German, and that a text node holding more than a date, or one in a comment, is none.
func TestLooseDates(t *testing.T) {
	read := func(body string) string {
		doc, err := html.Parse(strings.NewReader("<html><body>" + body + "</body></html>"))
		require.NoError(t, err)
		return Read(Page{Doc: doc}).Published
	}
	assert.Equal(t, "2025-12-20", read(`<fieldset><legend>Advent week 2</legend> 20 December 2025 <div class="body"><p>Text.</p></div></fieldset>`))
	assert.Equal(t, "2025-03-30", read(`<table><tr><td><a name="p1"><img src="old.gif" alt="Old"></a> 30th March 2025, 16:26 </td></tr></table>`))
	assert.Equal(t, "2023-03-03", read(`<div><span>Bericht</span> 3. März 2023 <p>Text.</p></div>`))
	assert.Equal(t, "", read(`<div><b>Note</b> The law of 20 December 2025 applies. <p>Text.</p></div>`))
	assert.Equal(t, "", read(`<div class="comments"><div><b>ann</b> 20 December 2025 <p>Nice.</p></div></div>`))
}

// TestDateMetaNames checks the hyphenated meta names of the publication and modification
// dates that some CMSs write ("published-date", "modified-date").
func TestDateMetaNames(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><head><meta name="modified-date" content="2024-07-30">` +
		`<meta name="published-date" content="2021-02-16"></head><body><p>Text.</p></body></html>`))
	require.NoError(t, err)
	md := Read(Page{Doc: doc})
	assert.Equal(t, "2021-02-16", md.Published)
	assert.Equal(t, "2024-07-30", md.Modified)
}

// TestOtherDateLabels checks that a member's registration date and a thread list's last post
// are not the page's date, in English and German, while the same date alone is.
func TestOtherDateLabels(t *testing.T) {
	read := func(body string) string {
		doc, err := html.Parse(strings.NewReader("<html><body>" + body + "</body></html>"))
		require.NoError(t, err)
		return Read(Page{Doc: doc}).Published
	}
	assert.Equal(t, "", read(`<dl><dd><span>Registered: 2024-01-27</span></dd></dl>`))
	assert.Equal(t, "", read(`<div><span>Last Post: 09-12-2021, 02:32 AM</span></div>`))
	assert.Equal(t, "", read(`<p>Dabei seit: 12.03.2019</p>`))
	assert.Equal(t, "2024-01-27", read(`<p><span>2024-01-27</span></p>`))
}

// TestLowerCaseDateLabels checks a bare date after a short label in lower case, in English and
// German.
func TestLowerCaseDateLabels(t *testing.T) {
	read := func(body string) string {
		doc, err := html.Parse(strings.NewReader("<html><body>" + body + "</body></html>"))
		require.NoError(t, err)
		return Read(Page{Doc: doc}).Published
	}
	assert.Equal(t, "2022-02-01", read(`<h3><span>blog | </span> February 01, 2022 </h3>`))
	assert.Equal(t, "2023-03-03", read(`<p><span>am 3. März 2023</span></p>`))
}

// TestNamedDateOverMetadata checks that the page's one byline line ending with a date dates
// the story over its metadata, in English and German, and that two such lines (a list) do not.
func TestNamedDateOverMetadata(t *testing.T) {
	read := func(body string) string {
		doc, err := html.Parse(strings.NewReader(`<html><head><meta property="article:published_time" content="2025-10-30T12:00:36+00:00"></head><body><h1>Headline</h1>` + body + `<p>Text.</p></body></html>`))
		require.NoError(t, err)
		return Read(Page{Doc: doc, Story: true}).Published
	}
	assert.Equal(t, "2025-11-04", read(`<p>Charlotte Gannon • November 4th, 2025</p>`))
	assert.Equal(t, "2025-11-04", read(`<p>Jana Schulz · 4. November 2025</p>`))
	assert.Equal(t, "2025-10-30T12:00:36+00:00", read(`<p>Charlotte Gannon • November 4th, 2025</p><p>Maria Lopez • November 2nd, 2025</p>`), "a list")
}
