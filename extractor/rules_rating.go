package extractor

import (
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
)

// dropRatingScales unkeeps, on every kind of page, the kept blocks whose whole text is the
// labels of a rating control's steps glued one after the other ("1 of 5 stars2 of 5 stars...5
// of 5 stars"; see block.IsRatingScale): the stars a reader clicks to rate an item, written
// for screen readers under each item of a list, never something to read.
func dropRatingScales(kept []*block.Block) []*block.Block {
	return unkeepWhere(kept, func(b *block.Block) bool {
		return b.Kind != view.Code && b.Kind != view.Table && block.IsRatingScale(b.Text)
	}, "a rating control's steps, not text")
}
