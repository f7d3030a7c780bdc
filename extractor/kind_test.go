package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/pithdev/pith/extractor/internal/view"
)

// TestKindsAreViewKinds checks that each Kind has the value of its view.Kind: the renderers
// dispatch on view kinds converted from Kinds.
func TestKindsAreViewKinds(t *testing.T) {
	pairs := map[Kind]view.Kind{
		KindParagraph: view.Paragraph, KindHeading: view.Heading, KindListItem: view.ListItem, KindQuote: view.Quote,
		KindTable: view.Table, KindCode: view.Code, KindNote: view.Note, KindCaption: view.Caption,
	}
	for k, v := range pairs {
		assert.Equal(t, v, view.Kind(k), "%s", k)
	}
	var k Kind
	assert.NoError(t, k.UnmarshalText([]byte("caption")))
	assert.Equal(t, KindCaption, k)
	assert.Error(t, k.UnmarshalText([]byte("kind-8")))
}
