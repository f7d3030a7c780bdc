package extractor

import (
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
)

// dropGalleryCounters unkeeps, on every kind of page, the kept blocks whose whole text is a
// slideshow's counter ("Image 3 of 5", "Bild 2 von 12", "Фото 1 из 8"; see
// block.IsGalleryCounter): the gallery's control, written once for each slide, never
// something to read.
func dropGalleryCounters(kept []*block.Block) []*block.Block {
	return unkeepWhere(kept, func(b *block.Block) bool {
		return b.Kind != view.Code && b.Kind != view.Table && block.IsGalleryCounter(b.Text)
	}, "a slideshow's counter, not text")
}
