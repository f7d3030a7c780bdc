package extractor

import (
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
)

// dropNewsletterPlugs drops the site's plugs for its newsletter from a story or a manual's
// page, wherever they stand in the body: a short paragraph that names a newsletter and calls
// the reader to sign up for it ("Want more? Sign up for our newsletter", "Подпишитесь на
// нашу рассылку"; see block.IsNewsletterPlug), often written twice down a long post. A
// paragraph about a newsletter, longer than a line or two, stays. It returns the blocks
// still kept; the dropped ones say why.
func dropNewsletterPlugs(kept []*block.Block) []*block.Block {
	return unkeepWhere(kept, func(b *block.Block) bool {
		return b.Kind == view.Paragraph && !b.Note && len(kept) > 1 && block.IsNewsletterPlug(b.Text)
	}, "a plug for the site's newsletter")
}
