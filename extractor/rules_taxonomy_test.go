package extractor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDropTaxonomyLines(t *testing.T) {
	testKindPages(t, []kindPage{{
		// The category line over the story and the tags under it are the site's index; the
		// recipe card's category line inside the body stays.
		name: "tags-and-category", file: "taxonomy-lines.html",
		must: []string{"Rye flour holds little gluten", "Category: Dessert breads and sweet loaves",
			"let it rest a whole day before cutting"},
		mustNot: []string{"Category: Bread Basics", "Tags: rye, sourdough"},
	}})
}

// TestTaxonomyLinesInOtherLanguages: the same lines in Russian and Japanese are dropped too.
func TestTaxonomyLinesInOtherLanguages(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(kindsDir, "taxonomy-lines.html"))
	require.NoError(t, err)
	for _, tc := range []struct{ top, tags string }{
		{"Рубрика: Хлеб", "Теги: рожь, закваска"},
		{"カテゴリー：パン", "タグ：ライ麦、天然酵母"},
	} {
		p := strings.Replace(string(page), "Category: Bread Basics", tc.top, 1)
		p = strings.Replace(p, "Tags: rye, sourdough, no-knead, beginner", tc.tags, 1)
		res, err := Extract([]byte(p), Source{})
		require.NoError(t, err)
		text := res.BodyText()
		assert.NotContains(t, text, tc.top)
		assert.NotContains(t, text, tc.tags)
		assert.Contains(t, text, "Rye flour holds little gluten")
	}
}

func TestIsTaxonomyLine(t *testing.T) {
	for _, s := range []string{"Tags: Travel, Food", "Filed under: Guides", "标签：旅行", "Categories: Helena, MT, Thermostats |"} {
		assert.True(t, block.IsTaxonomyLine(s), s)
	}
	for _, s := range []string{"Keywords: static analysis, sandboxing", "Tags: we tried them all and kept two.",
		"Note: the tags were added later", "Tags:"} {
		assert.False(t, block.IsTaxonomyLine(s), s)
	}
}
