package block

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestIsAdLabelWithNote checks ad labels followed by a note on who sees the ad, in English
// and German, against lines that open with the same word.
func TestIsAdLabelWithNote(t *testing.T) {
	for _, s := range []string{"Advertisement (gone after registration)", "Advertisement - Members don't see this ad", "Anzeige (nach der Anmeldung weg)", "Advertisement"} {
		assert.True(t, IsAdLabel(&Block{Text: s, Chars: utf8.RuneCountInString(s)}), s)
	}
	for _, s := range []string{"Advertising (the craft) is what I do for a living", "Advertising - why it works", "Ads (2)x", "Werbung für die Wahl (2025) – ein Rückblick auf alles, was in dem Jahr schiefging"} {
		assert.False(t, IsAdLabel(&Block{Text: s, Chars: utf8.RuneCountInString(s)}), s)
	}
}
