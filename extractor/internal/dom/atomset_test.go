package dom

import (
	"testing"

	"golang.org/x/net/html/atom"
)

// TestAtomSetMatchesMap checks an AtomSet against a map of the same atoms for every atom
// package atom knows (two atoms that share an offset, "h1" and "head", included), and that
// every offset fits its table.
func TestAtomSetMatchesMap(t *testing.T) {
	members := []atom.Atom{atom.Head, atom.H1, atom.Div, atom.P, atom.Th, atom.Td, atom.Tbody, atom.Html}
	want := map[atom.Atom]bool{}
	for _, a := range members {
		want[a] = true
	}
	set := NewAtomSet(members...)
	known := 0
	for a := atom.Atom(0); a < atomOffsets<<8; a++ {
		name := a.String()
		if name == "" || atom.Lookup([]byte(name)) != a {
			if set.Has(a) && !want[a] {
				t.Errorf("%#x (not an atom) is in the set", uint32(a))
			}
			continue
		}
		known++
		if set.Has(a) != want[a] {
			t.Errorf("%s: Has %v, want %v", name, set.Has(a), want[a])
		}
	}
	if known < 300 {
		t.Fatalf("only %d atoms below offset %d: package atom's table outgrew atomOffsets", known, atomOffsets)
	}
	if set.Has(0) {
		t.Error("the zero atom is in the set")
	}
}

// TestAtomSetPastTable checks that package atom's table of names ends before atomOffsets, so
// that every atom's offset has its own entry: an atom reads as a name for any offset inside it.
func TestAtomSetPastTable(t *testing.T) {
	if name := atom.Atom(atomOffsets<<8 | 1).String(); name != "" {
		t.Fatalf("package atom's table reaches offset %d (%q): raise atomOffsets", atomOffsets, name)
	}
	if name := atom.Atom(1835<<8 | 1).String(); name == "" {
		t.Fatal("the table is shorter than it was: the test no longer reads it")
	}
}
