package extractor

import (
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
)

// dropFollowPlugs drops the site's plugs for its accounts on social networks from a story or
// a manual's page, wherever they stand in the body: a short paragraph that names a network and
// calls the reader to follow the site or the writer there ("Want more projects? Follow me on
// Pinterest", "Let's hang out on Instagram!"; see block.IsFollowPlug). A paragraph about a
// network, longer than a line or two, stays. It returns the blocks still kept; the dropped
// ones say why.
func dropFollowPlugs(kept []*block.Block) []*block.Block {
	return unkeepWhere(kept, func(b *block.Block) bool {
		return b.Kind == view.Paragraph && !b.Note && len(kept) > 1 && block.IsFollowPlug(b.Text)
	}, "a plug for the site's accounts on social networks")
}
