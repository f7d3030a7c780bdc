package extractor

import (
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/meta"
	"golang.org/x/net/html"
)

// kindInput is what a page kind's assembly reads: the page's blocks and what the article
// path decided about them.
type kindInput struct {
	doc    *html.Node
	blocks []*block.Block
	// hidden are the blocks of hidden elements (see block.SegmentPage), in blocks by no one's
	// reading but an assembly that takes them back (see block.WithHidden).
	hidden   []*block.Block
	top      *block.Elem // the article path's container, nil when no block voted
	headline *block.Elem
	repeats  map[string]int
	// article is what the article path kept (container, assembly, second opinion).
	article []*block.Block
	// facts are the page's metadata facts (JSON-LD among them), read only.
	facts *meta.Facts
}

// assembleKind assembles the page by the rules of its kind. ok is false when the kind has no
// assembly of its own or its assembly declines the page; the article path's result stands then.
func assembleKind(k PageType, in kindInput) (kept []*block.Block, ok bool) {
	switch k {
	case PageArticle:
		// The article path's result, less the readers' comments it took for body, with the
		// hidden answers of the questions it kept.
		dropped := block.DropReaderComments(in.article, in.headline)
		blocks, answered := block.TakeBackAnswers(in.blocks, in.hidden, in.top, in.repeats)
		if dropped || answered {
			return block.KeptInOrder(blocks), true
		}
		return nil, false
	case PageForum:
		return assembleForum(in)
	case PageListing:
		return assembleListing(in)
	case PageCollection:
		return assembleCollection(in)
	case PageService:
		return assembleService(in)
	case PageProduct:
		return assembleProduct(in)
	case PageDocumentation:
		return assembleDocumentation(in)
	}
	return nil, false
}
