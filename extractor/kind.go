package extractor

import (
	"fmt"

	"github.com/pithdev/pith/extractor/internal/view"
)

// String returns the kind's name: "paragraph", "heading", "list-item", "quote", "table",
// "code", "note" or "caption"; an unknown kind is "kind-N".
func (k Kind) String() string { return view.Kind(k).String() }

// MarshalText implements [encoding.TextMarshaler]: a kind is its name in JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the names [Kind.String] gives.
func (k *Kind) UnmarshalText(b []byte) error {
	v, ok := view.KindNamed(string(b))
	if !ok {
		return fmt.Errorf("extractor: unknown block kind %q", b)
	}
	*k = Kind(v)
	return nil
}
