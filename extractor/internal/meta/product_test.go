package meta

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestProductDescription reads the description of the first product item, its markup and
// entities undone, and nothing from a page whose JSON-LD has no product.
func TestProductDescription(t *testing.T) {
	for _, tc := range []struct{ name, ld, want string }{
		{"product in a graph", `{"@graph": [{"@type": "WebPage", "description": "A page."},
			{"@type": "Product", "name": "Kettle", "description": "<p>A steel kettle &amp; its lid.</p>\n<ul><li>1.2 litres</li></ul>"}]}`,
			"A steel kettle & its lid. 1.2 litres"},
		{"typed with a schema prefix", `{"@type": ["schema:Product"], "description": "Plain text."}`, "Plain text."},
		{"no product", `{"@type": "Article", "description": "A story."}`, ""},
		{"product without description", `{"@type": "Product", "name": "Kettle"}`, ""},
		{"written as a URL component", `{"@type": "Product", "description": "A%20steel%20kettle%20with%20a%20lid%E2%80%99s%20hinge."}`,
			"A steel kettle with a lid’s hinge."},
		{"escapes that are no text", `{"@type": "Product", "description": "A%20kettle%20with%20a%FF%FE"}`, ""},
		{"a plain text with a percent", `{"@type": "Product", "description": "Save 20%20 ways"}`, "Save 20%20 ways"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><script type="application/ld+json">` + tc.ld + `</script></head><body><p>x</p></body></html>`
			doc, err := html.Parse(strings.NewReader(page))
			require.NoError(t, err)
			assert.Equal(t, tc.want, Collect(doc).ProductDescription())
		})
	}
}
