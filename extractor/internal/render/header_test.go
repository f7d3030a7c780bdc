package render

import (
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/view"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFrontMatter checks the YAML front matter: quoted values (a colon, a quote, a line
// break stay inside the string), lists as lists, empty fields left out.
func TestFrontMatter(t *testing.T) {
	var sb strings.Builder
	require.NoError(t, FrontMatter(&sb, []view.Field{
		{Key: "title", Label: "Title", Values: []string{"Tides: \"new\"\nboards"}},
		{Key: "authors", Label: "Authors", Values: []string{"Ann Lee", "Bo Chen"}, List: true},
		{Key: "published", Label: "Published"},
	}))
	assert.Equal(t, "---\ntitle: \"Tides: \\\"new\\\"\\nboards\"\nauthors:\n  - \"Ann Lee\"\n  - \"Bo Chen\"\n---\n\n", sb.String())

	sb.Reset()
	require.NoError(t, TextHeader(&sb, []view.Field{
		{Key: "title", Label: "Title", Values: []string{"Tides:\nboards"}},
		{Key: "authors", Label: "Authors", Values: []string{"Ann Lee", "Bo Chen"}, List: true},
		{Key: "published", Label: "Published"},
	}))
	assert.Equal(t, "Title: Tides: boards\nAuthors: Ann Lee, Bo Chen\n\n", sb.String())

	sb.Reset()
	require.NoError(t, FrontMatter(&sb, []view.Field{{Key: "title"}}))
	require.NoError(t, TextHeader(&sb, []view.Field{{Key: "title"}}))
	assert.Empty(t, sb.String(), "no header when no field has a value")
}
