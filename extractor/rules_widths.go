package extractor

import "github.com/pithdev/pith/extractor/internal/block"

// dropWidthCopies drops, on every kind of page, the kept blocks of a section the page writes
// twice, once per screen size, when the theme's classes say so: an element shown at some
// screen widths only ("d-lg-none", "hidden-xs", "md:hidden", "hide-on-mobile"; see
// block.ForSomeWidths) half or more of whose kept blocks have their text kept outside it too
// is a copy, and its blocks whose text is kept before it or outside any such copy go (of two
// copies, the one in no such element stays, else the first). A text repeated inside one such
// element (a pricing table's rows), or by two blocks in no copy, stays; so does a line that
// a section for one width shares with another part of the page (a plan that names a
// feature). repeats counts each block text on the page; a text that occurs once is not
// looked up. It returns the blocks still kept.
func dropWidthCopies(kept []*block.Block, repeats map[string]int) []*block.Block {
	var copies map[string][]*block.Block // the kept blocks of each text kept twice or more
	for _, b := range kept {
		if b.Note || repeats[b.Text] < 2 {
			continue
		}
		if copies == nil {
			copies = map[string][]*block.Block{}
		}
		copies[b.Text] = append(copies[b.Text], b)
	}
	w := widthCopies{memo: map[*block.Elem]*block.Elem{}, isCopy: map[*block.Elem]bool{}}
	dropped := false
	for _, bs := range copies {
		if len(bs) < 2 {
			continue
		}
		stay := bs[0]
		for _, b := range bs[1:] {
			ws, wb := w.copyOf(stay, kept, copies), w.copyOf(b, kept, copies)
			switch {
			case ws == wb:
				// Both in no copy, or in the same one: the page's own repeat.
			case wb != nil:
				b.Keep, dropped = false, true // unkept with its reason below
			default:
				stay.Keep, dropped = false, true
				stay = b
			}
		}
	}
	if !dropped {
		return kept
	}
	return unkeepWhere(kept, func(b *block.Block) bool { return !b.Keep }, "a copy of a section for another screen size")
}

// widthCopies finds the elements shown at some screen widths only that copy a section: memo
// holds the nearest such element above each element climbed (nil for none), isCopy whether
// such an element is a copy.
type widthCopies struct {
	memo   map[*block.Elem]*block.Elem
	isCopy map[*block.Elem]bool
}

// copyOf returns the element shown at some widths only that holds b and copies a section
// (half or more of its kept blocks have their text kept outside it), or nil.
func (w widthCopies) copyOf(b *block.Block, kept []*block.Block, copies map[string][]*block.Block) *block.Elem {
	e := w.bound(b.El)
	if e == nil {
		return nil
	}
	is, ok := w.isCopy[e]
	if !ok {
		n, shared := 0, 0
		for _, k := range kept {
			if k.Chars == 0 || !block.Contains(e, k.El) {
				continue
			}
			n++
			for _, c := range copies[k.Text] {
				if !block.Contains(e, c.El) {
					shared++
					break
				}
			}
		}
		is = 2*shared >= n
		w.isCopy[e] = is
	}
	if !is {
		return nil
	}
	return e
}

// bound returns the nearest element at or above e that is shown at some screen widths only
// (block.ForSomeWidths), or nil.
func (w widthCopies) bound(e *block.Elem) *block.Elem {
	var path []*block.Elem
	var found *block.Elem
	for x := e; x != nil; x = x.Parent {
		if f, ok := w.memo[x]; ok {
			found = f
			break
		}
		path = append(path, x)
		if block.ForSomeWidths(x) {
			found = x
			break
		}
	}
	for _, x := range path {
		w.memo[x] = found
	}
	return found
}
