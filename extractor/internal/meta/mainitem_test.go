package meta

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestMainItemAgrees checks that on a page with several article items in its JSON-LD, the
// headline candidate, the authors and the articleBody all come from the item of the page's
// canonical URL, given relative, whatever the order of the items.
func TestMainItemAgrees(t *testing.T) {
	page := `<html><head>
<link rel="canonical" href="/news/second-story">
<script type="application/ld+json">[
 {"@type": "NewsArticle", "url": "https://example.org/news/first-story", "headline": "The first story",
  "author": {"@type": "Person", "name": "Ann First"}, "articleBody": "Body of the first story."},
 {"@type": "NewsArticle", "url": "https://example.org/news/second-story", "headline": "The second story",
  "author": {"@type": "Person", "name": "Bob Second"}, "articleBody": "Body of the second story."}
]</script></head><body><p>Text.</p></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	facts := Collect(doc)
	const pageURL = "https://example.org/news/second-story?utm=1"
	assert.Equal(t, "The second story", facts.Titles(pageURL).Headline, "headline candidate")
	assert.Equal(t, "Body of the second story.", facts.ArticleBody(pageURL, ""), "articleBody")
	md := Read(Page{Doc: doc, URL: pageURL, Facts: facts})
	assert.Equal(t, []string{"Bob Second"}, md.Authors, "authors")
}
