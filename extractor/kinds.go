package extractor

import (
	"github.com/pithdev/pith/extractor/internal/assemble"
	"github.com/pithdev/pith/extractor/internal/block"
)

// assembleKind assembles the page by the rules of its kind. ok is false when the kind has no
// assembly of its own or its assembly declines the page; the article path's result stands then.
func assembleKind(k PageType, in assemble.Input) (kept []*block.Block, ok bool) {
	switch k {
	case PageArticle:
		// The article path's result, less the readers' comments it took for body, with the
		// hidden answers of the questions it kept and the hidden panels of the accordions in its
		// container.
		dropped := block.DropReaderComments(in.Article, in.Headline)
		dropped = block.DropCommentsAfterTitle(in.Article) || dropped
		panels := block.TakeBackPanels(in.Hidden, in.Top, in.Repeats)
		blocks, answered := block.TakeBackAnswers(in.Blocks, in.Hidden, in.Top, in.Repeats)
		if panels && !answered {
			blocks = block.WithHidden(in.Blocks, in.Hidden)
		}
		if dropped || answered || panels {
			return block.KeptInOrder(blocks), true
		}
		return nil, false
	case PageForum:
		return assemble.Forum(in)
	case PageListing:
		return assemble.Listing(in)
	case PageCollection:
		return assemble.Collection(in)
	case PageService:
		return assemble.Service(in)
	case PageProduct:
		return assemble.Product(in)
	case PageDocumentation:
		return assemble.Documentation(in)
	}
	return nil, false
}
