package extractor

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

// TestRefUndamaged checks that a heading whose punctuation a wrong encoding turned into
// question marks reads as the metadata title, and that a question stays a question.
func TestRefUndamaged(t *testing.T) {
	refs := []string{"Planning a Party: A Host’s Checklist | Garden Notes"}
	assert.Equal(t, "Planning a Party: A Host’s Checklist", refUndamaged("Planning a Party? A Host? Checklist", refs))
	assert.Empty(t, refUndamaged("Is a Party Worth It?", refs), "a question mark at the end only")
	assert.Empty(t, refUndamaged("Planning a Party? A Guest? Checklist", refs), "other words")
	assert.Empty(t, refUndamaged("Planning a Party: A Host’s Checklist", refs), "no question mark")
}

// TestTrimHostName checks that a host name the page gives itself is cut from the front of
// a title, and that a plain name is not.
func TestTrimHostName(t *testing.T) {
	assert.Equal(t, "Slow Bread", trimHostName("example.net Slow Bread", []string{"example.net"}))
	assert.Equal(t, "Acme Unveils Two Boots", trimHostName("Acme Unveils Two Boots", []string{"Acme"}), "not a host name")
	assert.Equal(t, "example.net Bread", trimHostName("example.net Bread", []string{"example.net"}), "one word left")
}

// TestHeadsTitlePart checks which headings open a <title>'s part with their words.
func TestHeadsTitlePart(t *testing.T) {
	assert.True(t, headsTitlePart("Raincoats for Walking, Cycling & Travel", "Raincoats"))
	assert.False(t, headsTitlePart("Writing & Translation Services", "Writing and Translation"), "another word")
	assert.True(t, headsTitlePart("Writing & Translation Services", "writing & translation"), "case and punctuation")
	assert.False(t, headsTitlePart("Raincoats", "Raincoats"), "the part whole is no opening")
	assert.False(t, headsTitlePart("Rainwear for Walking", "Rain"), "a piece of a word")
	assert.False(t, headsTitlePart("Walking in Raincoats", "Raincoats"), "not at the start")
}

// TestGluedPieces checks which headings read as two glued pieces.
func TestGluedPieces(t *testing.T) {
	for _, tt := range []struct {
		markup, first, second string
		ok                    bool
	}{
		{`<h1>Night Blend<span>Dark roast</span></h1>`, "Night Blend", "Dark roast", true},
		{`<h1><a href="/x"><span>Night Blend</span><span>Dark roast</span></a></h1>`, "Night Blend", "Dark roast", true},
		{`<h1>Night Blend <span>Dark roast</span></h1>`, "", "", false},
		{`<h1>Night Blend<br><span>Dark roast</span></h1>`, "", "", false},
		{`<h1>Mc<b>Donald</b></h1>`, "", "", false},
		{`<h1>night blend<span>dark roast</span></h1>`, "", "", false},
	} {
		doc, err := html.Parse(strings.NewReader(tt.markup))
		if !assert.NoError(t, err) {
			continue
		}
		h1 := doc.FirstChild.LastChild.FirstChild // html > body > h1
		first, second, ok := gluedPieces(h1)
		assert.Equal(t, tt.ok, ok, tt.markup)
		assert.Equal(t, tt.first, first, tt.markup)
		assert.Equal(t, tt.second, second, tt.markup)
	}
}

// TestRefCasing checks that a heading in capitals takes a metadata title's casing of the same
// words, and that an acronym alone or a heading in mixed case keeps its own.
func TestRefCasing(t *testing.T) {
	refs := []string{"Evening Pottery Classes | Riverside Arts", "Faq - Riverside Arts"}
	assert.Equal(t, "Evening Pottery Classes", refCasing("EVENING POTTERY CLASSES", refs))
	assert.Empty(t, refCasing("FAQ", refs), "one word: an acronym")
	assert.Empty(t, refCasing("Evening pottery classes", refs), "mixed case already")
	assert.Empty(t, refCasing("MORNING POTTERY CLASSES", refs), "other words")
}

// TestWithoutLead checks that a heading reading a metadata title after a lead of its own
// gives the metadata title less the site's name, in English and German, and that a metadata
// title of one word, one under half the heading, one cut with an ellipsis, one that opens
// the heading (its subtitle after it) and one that is the heading whole give nothing.
func TestWithoutLead(t *testing.T) {
	site := map[string]bool{"greenspacesweekly": true, "gartenblatt": true}
	for _, tc := range []struct {
		heading string
		refs    []string
		want    string
	}{
		{"Explore the 2025 Garden Design Award Winners", []string{"2025 Garden Design Award Winners | Green Spaces Weekly"}, "2025 Garden Design Award Winners"},
		{"New Video Doorbells", []string{"Video Doorbells"}, "Video Doorbells"},
		{"Entdecken Sie die Gewinner des Gartenpreises 2025", []string{"Die Gewinner des Gartenpreises 2025 – Gartenblatt"}, "Die Gewinner des Gartenpreises 2025"},
		{"Shop Running Shoes", []string{"Shoes"}, ""},
		{"Everything you need to know before you repaint old garden furniture", []string{"Garden Furniture"}, ""},
		{"Explore the 2025 Garden Design Award Winners", []string{"2025 Garden Design Award Winners…"}, ""},
		{"Wedding Planning Tools – Caterer Spreadsheet", []string{"Wedding Planning Tools"}, ""},
		{"Video Doorbells", []string{"Video Doorbells | Green Spaces Weekly"}, ""},
		{"★ — ★", []string{"Video Doorbells"}, ""},
		{"Video Doorbells", []string{"", "—"}, ""},
	} {
		assert.Equal(t, tc.want, withoutLead(tc.heading, tc.refs, func() map[string]bool { return site }), tc.heading)
	}
}

// TestQuestionName checks that a heading asking a question no metadata title holds gives the
// preferred metadata title less the site's name, in English and German, and that a heading
// without a question, one a metadata title agrees with, a metadata title that asks a question
// too, one of a single word, one that shares no word with it and a forum's thread give
// nothing.
func TestQuestionName(t *testing.T) {
	site := map[string]bool{"homeenergyguide": true, "bauratgebernord": true}
	for _, tc := range []struct {
		heading string
		refs    []string
		want    string
	}{
		{"What is a heat pump?", []string{"Heat pump basics | Home Energy Guide"}, "Heat pump basics"},
		{"Wie viel kostet ein Dachausbau?", []string{"Dachausbau: Kosten im Überblick | Bauratgeber Nord"}, "Dachausbau: Kosten im Überblick"},
		{"What is a heat pump？", []string{"Heat pump basics"}, "Heat pump basics"},
		{"What is a heat pump", []string{"Heat pump basics"}, ""},
		{"What is a heat pump?", []string{"Heat pump basics", "What is a heat pump? | Home Energy Guide"}, ""},
		{"What is a heat pump?", []string{"Do you need a heat pump? | Home Energy Guide"}, ""},
		{"What is a heat pump?", []string{"Heating | Home Energy Guide"}, ""},
		{"What is a heat pump?", nil, ""},
		{"What is a heat pump?", []string{"View topic | Home Energy Guide"}, ""},
	} {
		assert.Equal(t, tc.want, questionName(tc.heading, PageArticle, tc.refs, func() map[string]bool { return site }), tc.heading)
	}
	assert.Empty(t, questionName("Is a heat pump worth it?", PageForum, []string{"Heat pump basics"}, func() map[string]bool { return site }), "a forum's thread")
}
