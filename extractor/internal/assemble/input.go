package assemble

import (
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/meta"
	"golang.org/x/net/html"
)

// Input is what a page kind's assembly reads: the page's blocks and what the article
// path decided about them.
type Input struct {
	Doc    *html.Node
	Blocks []*block.Block
	// Hidden are the blocks of hidden elements (see block.SegmentPage), in blocks by no one's
	// reading but an assembly that takes them back (see block.WithHidden).
	Hidden   []*block.Block
	Top      *block.Elem // the article path's container, nil when no block voted
	Headline *block.Elem
	Repeats  map[string]int
	// Article is what the article path kept (container, assembly, second opinion).
	Article []*block.Block
	// Facts are the page's metadata facts (JSON-LD among them), read only.
	Facts *meta.Facts
}
