package extractor

import (
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestIsCardFigure(t *testing.T) {
	tests := []struct {
		name, markup string
		card         bool
	}{
		{"image figure", `<figure><img src="/a.jpg"><figcaption>A caption</figcaption></figure>`, false},
		{"linked image", `<figure><a href="/big.jpg"><img src="/a.jpg"></a><figcaption>A caption</figcaption></figure>`, false},
		{"quote figure", `<figure><blockquote>Words said.</blockquote><figcaption>Someone</figcaption></figure>`, false},
		{"bookmark class", `<figure class="kg-card kg-bookmark-card"><div>Title of another story</div><figcaption>x</figcaption></figure>`, true},
		{"link preview text", `<figure><a href="/other/"><span>Another story, forty years on</span></a><figcaption>From our archive</figcaption></figure>`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<body>" + tt.markup))
			require.NoError(t, err)
			fig := findElement(doc, atom.Figure)
			require.NotNil(t, fig)
			assert.Equal(t, tt.card, isCardFigure(fig))
		})
	}
}

func TestLastWord(t *testing.T) {
	for in, want := range map[string]string{
		"comment": "comment", "comment-author": "author", "dsq-comment-123": "comment", "commentBody": "body",
		"review__body": "body", "ipsComment_author": "author", "cPost": "post", "123": "", "": "",
	} {
		assert.Equal(t, want, block.LastWord(in), "lastWord(%q)", in)
	}
}
