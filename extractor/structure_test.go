package extractor_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
)

// structureDir holds small pages of our own with the structure the renderers keep: nested
// lists, definition lists, code with line-number gutters, tables with spans, math.
var structureDir = filepath.Join("..", "testdata", "structure")

// extractStructure extracts one page of structureDir.
func extractStructure(t *testing.T, name string) *extractor.Result {
	t.Helper()
	input, err := os.ReadFile(filepath.Join(structureDir, name))
	require.NoError(t, err)
	res, err := extractor.Extract(input, extractor.Source{URL: "https://tides.example/guide"})
	require.NoError(t, err)
	return res
}

// TestNestedLists checks nested lists in all four formats: indented under their item in
// Markdown, inside their <li> in HTML, numbering going on after a nested list, start,
// reversed and value honoured, depth and number in JSON.
func TestNestedLists(t *testing.T) {
	res := extractStructure(t, "lists.html")
	md := res.Markdown(extractor.RenderOptions{})
	assert.Contains(t, md, "1. Unpack the sensor and check the cable for cuts or kinks.\n2. Mount the bracket:\n   - on a pier, use the long bolts;\n   - on a wall, use the anchors.\n\n     4. Drill the holes.\n     9. Set the anchors.\n\n   then tighten it by hand.\n3. Connect the logger and switch it on.\n", md)
	assert.Contains(t, md, "3) Three\n2) Two\n1) One", md)

	h := res.HTML(extractor.RenderOptions{})
	assert.Contains(t, h, "<li>Mount the bracket:<ul><li>on a pier, use the long bolts;</li><li>on a wall, use the anchors.<ol start=\"4\"><li>Drill the holes.</li><li value=\"9\">Set the anchors.</li></ol></li></ul><p>then tighten it by hand.</p></li>", h)
	assert.Contains(t, h, "<ol start=\"3\" reversed=\"\">", h)
	assert.Equal(t, 1, strings.Count(h, "<ol>"), "the outer list is one <ol>, not closed and opened again:\n%s", h)

	var doc struct {
		Blocks []struct {
			Text   string `json:"text"`
			Depth  int    `json:"depth"`
			Number int    `json:"number"`
		} `json:"blocks"`
	}
	b, err := res.JSON(extractor.RenderOptions{})
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &doc))
	got := map[string][2]int{}
	for _, bl := range doc.Blocks {
		got[bl.Text] = [2]int{bl.Depth, bl.Number}
	}
	assert.Equal(t, [2]int{0, 3}, got["Connect the logger and switch it on."], "numbering goes on after the nested list")
	assert.Equal(t, [2]int{1, 0}, got["on a pier, use the long bolts;"])
	assert.Equal(t, [2]int{2, 9}, got["Set the anchors."], "<li value>")
	assert.Equal(t, [2]int{0, 3}, got["Three"], "a reversed list counts down from its length")

	assert.Contains(t, res.Text(), "Mount the bracket:\n\non a pier, use the long bolts;", "text keeps each item's text")
}

// TestDefinitionList checks <dl>: the term in bold with its definition under it in Markdown,
// <dl>/<dt>/<dd> in HTML.
func TestDefinitionList(t *testing.T) {
	res := extractStructure(t, "definitions.html")
	md := res.Markdown(extractor.RenderOptions{})
	assert.Contains(t, md, "\n\n**Datum**\nThe level that depths are measured from.\n\n**Range**\nThe difference between high and low water.\n\n", md)
	assert.NotContains(t, md, "- Datum", "no bullet list of terms and definitions")
	h := res.HTML(extractor.RenderOptions{})
	assert.Contains(t, h, "<dl>\n<dt>Datum</dt>\n<dd>The level that depths are measured from.</dd>\n<dt>Range</dt>", h)
	assert.Contains(t, res.Text(), "Datum\n\nThe level that depths are measured from.")
}
