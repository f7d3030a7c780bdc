package extractor

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestIsAdLabel(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Advertisement", true}, {"— Publicidad —", true}, {"[Anzeige]", true}, {"РЕКЛАМА", true}, {"広告", true},
		{"Sponsored content", true}, {"Ad", true}, {"Adverts are everywhere", false}, {"Advertising pays for this site.", false},
		{"Werbung für Bier ist verboten", false},
	} {
		b := &block{kind: KindParagraph, text: tc.text, chars: utf8.RuneCountInString(tc.text)}
		assert.Equal(t, tc.want, isAdLabel(b), "%q", tc.text)
	}
	assert.False(t, isAdLabel(&block{kind: KindHeading, text: "Advertising", chars: 11}), "a heading named so is a section")
}
