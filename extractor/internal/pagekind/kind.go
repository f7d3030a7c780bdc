package pagekind

// Kind is a kind of page.
type Kind uint8

// The kinds of page, in WCXB's order. Article is the zero value: the kind of a page the
// classifier knows nothing about.
const (
	Article Kind = iota
	Forum
	Product
	Collection
	Listing
	Documentation
	Service
	// NumKinds is the number of kinds.
	NumKinds = iota
)

// kindNames are the kinds' names, as WCXB spells them.
var kindNames = [NumKinds]string{"article", "forum", "product", "collection", "listing", "documentation", "service"}

// String returns the kind's name as WCXB spells it ("article", "forum", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "article"
}

// ParseKind returns the kind named s; ok is false when s names none.
func ParseKind(s string) (k Kind, ok bool) {
	for i, n := range kindNames {
		if n == s {
			return Kind(i), true
		}
	}
	return Article, false
}
