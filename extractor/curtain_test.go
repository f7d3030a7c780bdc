package extractor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestCurtainIsThePage(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "testdata", "rules", "curtain-wrapper.html"))
	require.NoError(t, err)
	res, err := Extract(page, Source{URL: "https://guides.example/sourdough-starter"})
	require.NoError(t, err, "the page under a curtain hidden until scripts run is content")
	text := res.BodyText()
	assert.Contains(t, text, "A starter is flour and water left to ferment")
	assert.Contains(t, text, "It is then ready to raise its first loaf.")
	assert.NotContains(t, text, "My account", "an element hidden inside the page stays hidden")
}

func TestIsCurtain(t *testing.T) {
	hidden := func(page string) *html.Node {
		doc, err := html.Parse(strings.NewReader(page))
		require.NoError(t, err)
		for n := range doc.Descendants() {
			if style := dom.Attr(n, "style"); n.Type == html.ElementNode && (strings.Contains(style, "hidden") || strings.Contains(style, "none")) {
				return n
			}
		}
		t.Fatalf("no hidden element in %s", page)
		return nil
	}
	assert.True(t, block.IsCurtain(hidden(`<body style="visibility:hidden"><p>x</p></body>`)), "the body")
	assert.True(t, block.IsCurtain(hidden(`<body><div id=app><div style="visibility:hidden"><p>x</p></div></div><script>s()</script></body>`)), "the only child chain")
	assert.True(t, block.IsCurtain(hidden(`<body><noscript>JS</noscript><div style="display:none"><p>x</p></div></body>`)), "beside what does not render")
	assert.False(t, block.IsCurtain(hidden(`<body><p>Text</p><div style="visibility:hidden"><p>menu</p></div></body>`)), "a part of the page")
	assert.False(t, block.IsCurtain(hidden(`<body><div><p>Text</p><ul style="visibility:hidden"><li>menu</li></ul></div></body>`)), "nested beside content")
	assert.Equal(t, atom.Body, hidden(`<body style="visibility:hidden"></body>`).DataAtom)
}
