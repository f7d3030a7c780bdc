package extractor

import "github.com/pithdev/pith/extractor/internal/block"

// dropCopies drops the kept blocks of a section that the page writes twice, for two layouts
// or for readers without scripts (a desktop and a mobile variant, a <noscript> copy of the
// body), only one of which a reader sees: a kept block whose text a kept block before it
// holds (one still kept), when the two sit in two elements of one tag and one size, of at
// least minCopyRunes and twice the block, climbing from each block in step (see
// sectionCopy). A passage the body itself repeats (the same step in two workouts, one note
// under two fields, one sample under its label in two sections) sits in elements that differ
// once climbed, or that hold little more than it, and stays. repeats counts each block text
// on the page; a text that occurs once is not looked up. It returns the blocks still kept.
func dropCopies(kept []*block.Block, repeats map[string]int) []*block.Block {
	var earlier map[string][]*block.Block
	for _, b := range kept {
		if b.Note || repeats[b.Text] < 2 {
			continue
		}
		if earlier == nil {
			earlier = make(map[string][]*block.Block)
		}
		copied := false
		for _, a := range earlier[b.Text] {
			if copied = sectionCopy(a.El, b.El, b.Chars); copied {
				break
			}
		}
		if copied {
			b.Keep = false // unkept with its reason below
			continue
		}
		earlier[b.Text] = append(earlier[b.Text], b)
	}
	return unkeepWhere(kept, func(b *block.Block) bool { return !b.Keep }, "a second copy of a section kept before it")
}

// sectionCopy reports whether x and y, the elements of two blocks of the same text of chars
// runes, are each inside one of two distinct elements of the same tag and size, of at least
// minCopyRunes and twice chars (a section, not a block under its label): climbing from x
// and y in step while the two elements differ and hold as many runes.
func sectionCopy(x, y *block.Elem, chars int) bool {
	size := 0
	for x != nil && y != nil && x != y && x.Chars == y.Chars && x.Node != nil && y.Node != nil && x.Node.Data == y.Node.Data {
		size = x.Chars
		x, y = x.Parent, y.Parent
	}
	return size >= minCopyRunes && size >= 2*chars
}
