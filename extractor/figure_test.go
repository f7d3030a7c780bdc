package extractor

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestImageSource(t *testing.T) {
	tests := []struct {
		name, markup, want string
	}{
		{"src", `<img src="/a.jpg">`, "/a.jpg"},
		{"largest srcset width", `<img src="/s.jpg" srcset="/a.jpg 300w, /b.jpg 1200w, /c.jpg 720w">`, "/b.jpg"},
		{"largest density", `<img src="/s.jpg" srcset="/a.jpg, /b.jpg 2x, /c.jpg 1.5x">`, "/b.jpg"},
		{"width beats density", `<img srcset="/a.jpg 3x, /b.jpg 100w">`, "/b.jpg"},
		{"commas in a URL", `<img srcset="/img/w_300,h_200/a.jpg 300w, /img/w_900,h_600/a.jpg 900w">`, "/img/w_900,h_600/a.jpg"},
		{"lazy data-src over a placeholder", `<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg">`, "/real.jpg"},
		{"lazy data-lazy-src", `<img data-lazy-src="/lazy.jpg">`, "/lazy.jpg"},
		{"lazy data-srcset", `<img src="data:," data-srcset="/a.jpg 400w, /b.jpg 800w">`, "/b.jpg"},
		{"picture sources", `<picture><source srcset="/p-800.webp 800w, /p-1600.webp 1600w"><img src="/p.jpg" srcset="/p-1000.jpg 1000w"></picture>`, "/p-1600.webp"},
		{"data URL candidates skipped", `<img src="/s.jpg" srcset="data:image/png;base64,AAA 2000w">`, "/s.jpg"},
		{"bad descriptors skipped", `<img src="/s.jpg" srcset="/a.jpg 0w, /b.jpg wide, /c.jpg -2x">`, "/s.jpg"},
		{"none", `<img alt="x">`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<body>" + tt.markup))
			require.NoError(t, err)
			img := findElement(doc, atom.Img)
			require.NotNil(t, img)
			assert.Equal(t, tt.want, imageSource(img))
		})
	}
}

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
		assert.Equal(t, want, lastWord(in), "lastWord(%q)", in)
	}
}
