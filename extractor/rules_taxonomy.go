package extractor

import (
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
)

// dropTaxonomyLines drops a post's taxonomy lines, kept at the edges of a story or a manual's
// page: the tags and categories a blog prints under the story or over it ("Tags: Travel,
// Food", "Category: Personal Finance 101", "Рубрика: Политика"; see block.IsTaxonomyLine),
// among the first taxonomyReach or the last endBoxReach kept blocks. The metadata's tags are
// not read from them; they are the site's index, not the text. A line of that shape inside
// the body (a recipe card's "Category: Dessert" between its steps) stays. It returns the
// blocks still kept; the dropped ones say why.
func dropTaxonomyLines(kept []*block.Block) []*block.Block {
	return unkeepAt(kept, func(i int, b *block.Block) bool {
		return (i < taxonomyReach || i >= len(kept)-endBoxReach) && len(kept) > 1 && isTaxonomyBlock(b)
	}, "the post's tags or categories")
}

// isTaxonomyBlock reports whether b is a taxonomy line: a paragraph, not a note.
func isTaxonomyBlock(b *block.Block) bool {
	return b.Kind == view.Paragraph && !b.Note && block.IsTaxonomyLine(b.Text)
}
