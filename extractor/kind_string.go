package extractor

import (
	"fmt"
	"strconv"
)

// kindNames are the names of the kinds, as [Kind.String] and the JSON output spell them.
var kindNames = [...]string{
	KindParagraph: "paragraph",
	KindHeading:   "heading",
	KindListItem:  "list-item",
	KindQuote:     "quote",
	KindTable:     "table",
	KindCode:      "code",
	KindNote:      "note",
	KindCaption:   "caption",
}

// String returns the kind's name: "paragraph", "heading", "list-item", "quote", "table",
// "code", "note" or "caption"; an unknown kind is "kind-N".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind-" + strconv.Itoa(int(k))
}

// MarshalText implements [encoding.TextMarshaler]: a kind is its name in JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the names [Kind.String] gives.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("extractor: unknown block kind %q", b)
}
