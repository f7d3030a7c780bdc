package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestResultHoldsNoDOM checks that a finished Result keeps no pointer into the parsed page
// (so that holding Results does not hold their trees), and that the markup was read first.
func TestResultHoldsNoDOM(t *testing.T) {
	page := `<html><body><article><h1>Title of the page</h1>
<p>First paragraph with <em>emphasis</em> and a <a href="/x">link</a>, long enough to count as the body of the article.</p>
<ul><li>One item of a list that belongs to the article body</li><li>Another item of the same list</li></ul>
<p>Second paragraph<br><br>split by two line breaks into two blocks that share one element of the page.</p>
</article></body></html>`
	res, err := Extract([]byte(page), Source{URL: "https://example.org/a"})
	require.NoError(t, err)
	require.NotEmpty(t, res.Blocks)
	for _, b := range res.Blocks {
		assert.Nil(t, b.node, "block %q keeps its node", b.Text)
		assert.NotNil(t, b.markup, "block %q has no markup", b.Text)
	}
	assert.NotNil(t, res.Blocks[0].markup.Spans, "inline spans of the first paragraph")
	for _, b := range res.Blocks {
		if b.Text == "Second paragraph" || b.Text == "split by two line breaks into two blocks that share one element of the page." {
			assert.Nil(t, b.markup.Spans, "a block that shares its element with another is rendered from its text")
		}
	}
	var items []int
	for _, b := range res.Blocks {
		if b.Kind == KindListItem {
			items = append(items, b.markup.List)
		}
	}
	require.Len(t, items, 2)
	assert.Equal(t, items[0], items[1], "both items in one list")
	assert.NotZero(t, items[0], "a list id")
}
