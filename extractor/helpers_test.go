package extractor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// assertReplacedDropped extracts the kind page file with each variant's lines put in place of
// the English ones (old -> new) and checks that every new line is dropped and keep stays: a
// rule's word table read in another language.
func assertReplacedDropped(t *testing.T, file, keep string, variants ...map[string]string) {
	t.Helper()
	page, err := os.ReadFile(filepath.Join(kindsDir, file))
	require.NoError(t, err)
	for _, v := range variants {
		p := string(page)
		for old, repl := range v {
			require.Contains(t, p, old)
			p = strings.Replace(p, old, repl, 1)
		}
		res, err := Extract([]byte(p), Source{})
		require.NoError(t, err)
		text := res.BodyText()
		for _, repl := range v {
			assert.NotContains(t, text, repl)
		}
		assert.Contains(t, text, keep)
	}
}
