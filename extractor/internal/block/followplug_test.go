package block

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMayHoldFolded: the prefilter passes every text that names a network in any case or
// holds a byte outside ASCII, and turns away ASCII text that names none.
func TestMayHoldFolded(t *testing.T) {
	for _, s := range []string{
		"Follow us on INSTAGRAM", "find me on YouTube!", "Join us on vk.com", "Síguenos en el blog",
		"Подписывайтесь", "关注我们", "LinkedIn",
	} {
		assert.True(t, mayHoldFolded(s, latinNetworkNames), s)
	}
	for _, s := range []string{"Follow the recipe closely the first time.", "", "Instagra m", "Face book"} {
		assert.False(t, mayHoldFolded(s, latinNetworkNames), s)
	}
	// It agrees with a search of the lower-cased text for every name on ASCII text.
	for _, n := range socialNetworkNames {
		if !isASCII(n) {
			continue
		}
		s := "Say hello on " + strings.ToUpper(n[:1]) + n[1:] + " today"
		assert.True(t, mayHoldFolded(s, latinNetworkNames), s)
	}
	assert.True(t, mayHoldFolded("Get our NewsLetter", asciiNewsletterNouns))
	assert.False(t, mayHoldFolded("Get our news letter", asciiNewsletterNouns))
}

// TestFirstColon: the first colon of either width.
func TestFirstColon(t *testing.T) {
	assert.Equal(t, 4, firstColon("Tags: a：b"))
	assert.Equal(t, 6, firstColon("标签：a: b"))
	assert.Equal(t, -1, firstColon("no colon"))
}
