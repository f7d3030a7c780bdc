//go:build pithtrain

package extractor

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor/internal/titlepick"
)

// candidatePage is a story whose <title> adds the site's name, whose og:title is the
// headline, and whose first <h1> is the site's logo.
const candidatePage = `<!doctype html><html><head>
<title>Planting Tulips in Autumn | Garden Notes</title>
<meta property="og:title" content="Planting Tulips in Autumn">
<meta property="og:site_name" content="Garden Notes">
</head><body>
<header><h1><a href="/">Garden Notes</a></h1></header>
<main><article><h1>Planting Tulips in Autumn</h1>
<p>Tulip bulbs want cold soil before they flower, so the weeks after the first frost are the
time to put them in the ground, a hand's depth down and a hand apart.</p>
<p>Water them once after planting and then leave them alone until spring, when the first
leaves show through the mulch.</p></article></main></body></html>`

func TestTitleCandidates(t *testing.T) {
	cands, res, err := ExtractTitleCandidates([]byte(candidatePage), Source{URL: "https://example.org/tulips"})
	require.NoError(t, err)
	require.NotEmpty(t, cands)
	assert.Equal(t, res.Title, cands[0].Text, "the rules' choice comes first")
	assert.Equal(t, 1.0, cands[0].Features[titlepick.FromRules])
	byText := map[string]titlepick.Features{}
	for _, c := range cands {
		_, dup := byText[c.Text]
		assert.False(t, dup, "one candidate per text: %q", c.Text)
		byText[c.Text] = c.Features
	}
	head := byText["Planting Tulips in Autumn"]
	for _, f := range []titlepick.Feature{titlepick.FromSocial, titlepick.FromPageTrimmed, titlepick.FromPageHead, titlepick.FromH1, titlepick.FromFirstH1, titlepick.InPage, titlepick.Shown} {
		assert.Equal(t, 1.0, head[f], "the headline: %s", f)
	}
	whole := byText["Planting Tulips in Autumn | Garden Notes"]
	assert.Equal(t, 1.0, whole[titlepick.FromPage])
	assert.Equal(t, 0.0, whole[titlepick.FromH1])
	assert.Equal(t, 1.0, whole[titlepick.HasSeparator])
	site := byText["Garden Notes"]
	assert.Equal(t, 1.0, site[titlepick.FromPageTail], "the <title>'s site part is a candidate")
	assert.Equal(t, 0.0, site[titlepick.FromH1], "the logo's <h1> is not")
	assert.Equal(t, 1.0, site[titlepick.SiteName])
	for _, c := range cands {
		assert.False(t, strings.Contains(c.Text, "Tulip bulbs"), "no paragraph is a candidate")
	}
}
