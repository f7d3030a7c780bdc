package pagekind

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClassTable checks the open-addressing table of class words against the word lists:
// every word (in any case, between separators) finds exactly its groups, and words of the
// same key that are not in a list (same first and last letters and length) find none.
func TestClassTable(t *testing.T) {
	want := map[string]classBit{}
	for g, words := range classGroups {
		for _, w := range words {
			want[w] |= 1 << g
		}
	}
	for w, bits := range want {
		if strings.ContainsAny(w, "-_") {
			assert.Zero(t, classBits(w), w) // split at the dash: never one word
			continue
		}
		assert.Equal(t, bits, classBits(w), w)
		assert.Equal(t, bits, classBits("x-"+strings.ToUpper(w)+" yy"), w)
		if len(w) > 2 {
			other := w[:1] + strings.Repeat("q", len(w)-2) + w[len(w)-1:]
			if _, ok := want[other]; !ok {
				assert.Zero(t, classBits(other), other)
			}
		}
	}
	assert.Zero(t, classBits(strings.Repeat("a", maxClassWord+1)))
	assert.Zero(t, classBits(""))
	assert.Zero(t, classBits(" -- "))
}

// TestTrim checks trim against strings.TrimSpace, with white space beyond ASCII at the ends.
func TestTrim(t *testing.T) {
	for _, s := range []string{"", " ", " \t\n\r\f\v", "a", " a b ", "\u00a0a\u00a0", "\u3000x", "x\u0085",
		"é ", " é", "\n  Price: 5 €\n", "\u2028", " \u00a0 ", "a\u00a0"} {
		assert.Equal(t, strings.TrimSpace(s), trim(s), "%q", s)
	}
}

// TestTypeBitsCase checks that a type name beyond ASCII is lower-cased as strings.ToLower does.
func TestTypeBitsCase(t *testing.T) {
	assert.Equal(t, dProduct|dAny, typeBits("PRODUCT"))
	assert.Equal(t, dAny, typeBits("Prödüct"))
	assert.Equal(t, dService|dAny, typeBits("https://schema.org/SERVICE"))
	assert.Equal(t, declBit(0), typeBits(strings.Repeat("x", 41)))
}
