package randtext

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEach: n texts, each of at most maxParts pieces, the same for the same seeds, every count
// of pieces from none to maxParts drawn.
func TestEach(t *testing.T) {
	var a, b []string
	counts := map[int]bool{}
	Each(1, 2, 500, 3, []string{"x"}, func(s string, _ *rand.Rand) {
		a = append(a, s)
		counts[len(s)] = true
		assert.LessOrEqual(t, len(s), 3)
	})
	Each(1, 2, 500, 3, []string{"x"}, func(s string, _ *rand.Rand) { b = append(b, s) })
	assert.Len(t, a, 500)
	assert.Equal(t, a, b)
	assert.Equal(t, map[int]bool{0: true, 1: true, 2: true, 3: true}, counts)
	Each(1, 2, 50, 4, []string{"ab", "c"}, func(s string, _ *rand.Rand) {
		assert.Empty(t, strings.NewReplacer("ab", "", "c", "").Replace(s))
	})
}
