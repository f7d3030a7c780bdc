package extractor

import "github.com/pithdev/pith/extractor/internal/block"

// pageFacts are the facts of a whole page that several stages read: the score, the
// assembly, the second opinion and the explain report. decide computes them once, after
// segmenting, and keeps them on the trace.
type pageFacts struct {
	prose   int            // runes of prose in the whole page (blocks that are isProse)
	repeats map[string]int // how often each block text occurs in the page
}

// measurePage computes the page facts of the blocks.
func measurePage(blocks []*block.Block) pageFacts {
	f := pageFacts{repeats: make(map[string]int, len(blocks))}
	for _, b := range blocks {
		f.repeats[b.Text]++
		if b.IsProse() {
			f.prose += b.Chars
		}
	}
	return f
}
