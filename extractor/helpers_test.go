package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Test helpers shared by this package's tests; the metadata reader's tests have their own.

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if e := findElement(c, a); e != nil {
			return e
		}
	}
	return nil
}

// AssertSnippets checks that text holds every snippet of must and none of mustNot; msg, when
// given, says which case each failure is from. It is exported for the tests of package
// extractor_test too (a _test.go file's names are visible to them, not to users).
func AssertSnippets(t *testing.T, text string, must, mustNot []string, msg ...any) {
	t.Helper()
	for _, s := range must {
		assert.Contains(t, text, s, append([]any{"must keep"}, msg...)...)
	}
	for _, s := range mustNot {
		assert.NotContains(t, text, s, append([]any{"must drop"}, msg...)...)
	}
}
