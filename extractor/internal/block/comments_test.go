package block

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestVisibleTextBlocksApart: a comment's author box reads the same with white space between
// its blocks' tags or none (a minified page, or one whose white space the parse left out):
// blocks and line breaks are words apart, inline elements are not.
func TestVisibleTextBlocksApart(t *testing.T) {
	cases := map[string]string{
		`<div class="comment-author"><p>Ann Lee</p><p><a href="#c1">10.29.2012</a></p><p>Reply</p></div>`:                   "Ann Lee 10.29.2012 Reply",
		"<div class=\"comment-author\">\n  <p>Ann Lee</p>\n  <p><a href=\"#c1\">10.29.2012</a></p>\n  <p>Reply</p>\n</div>": "Ann Lee 10.29.2012 Reply",
		`<div class="comment-author">Ann<br>Lee</div>`:                                                                      "Ann Lee",
		`<div class="comment-author"><b>Ann</b><i>Lee</i>-Smith</div>`:                                                      "AnnLee-Smith",
	}
	for page, want := range cases {
		doc, err := html.Parse(strings.NewReader(page))
		require.NoError(t, err)
		var box *html.Node
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && n.Data == "div" {
				box = n
				break
			}
		}
		require.NotNil(t, box)
		assert.Equal(t, want, visibleText(box), page)
	}
}
