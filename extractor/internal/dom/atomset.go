package dom

import "golang.org/x/net/html/atom"

// AtomSet is a set of element names (atoms) whose test is one load from a table, with no
// hashing: the walks of the segmenter and the metadata reader ask it for nearly every node of
// the page, where a map[atom.Atom]bool cost a hash and a probe each time. Make one with
// NewAtomSet; it is read-only once made, so package variables of it are safe to share.
type AtomSet struct {
	// lens holds, for each offset of an atom in package atom's table, a bit for each length
	// of a member atom at that offset (an atom is its offset<<8 | its length; two atoms may
	// share an offset, "h" of "head" and "header").
	lens [atomOffsets]uint32
}

// atomOffsets is more than the largest offset in package atom's table (1,835 today; a test
// checks every atom against it). The index is taken modulo it, so no atom reads past the table.
const atomOffsets = 2048

// NewAtomSet returns the set of the atoms given. The zero atom (an element name that package
// atom does not know) is never a member.
func NewAtomSet(atoms ...atom.Atom) *AtomSet {
	s := &AtomSet{}
	for _, a := range atoms {
		if n := uint32(a) & 0xff; n != 0 && n < 32 {
			s.lens[uint32(a)>>8%atomOffsets] |= 1 << n
		}
	}
	return s
}

// Has reports whether a is in the set.
func (s *AtomSet) Has(a atom.Atom) bool {
	return s.lens[uint32(a)>>8%atomOffsets]>>(uint32(a)&0xff)&1 != 0 // a shift past 31 is 0
}
