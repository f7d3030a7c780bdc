package extractor

import (
	"testing"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/stretchr/testify/assert"
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
	const top, tags = "Category: Bread Basics", "Tags: rye, sourdough, no-knead, beginner"
	assertReplacedDropped(t, "taxonomy-lines.html", "Rye flour holds little gluten",
		map[string]string{top: "Рубрика: Хлеб", tags: "Теги: рожь, закваска"},
		map[string]string{top: "カテゴリー：パン", tags: "タグ：ライ麦、天然酵母"})
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
