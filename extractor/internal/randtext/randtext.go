// Package randtext makes random texts out of given pieces, for the tests that check a fast
// function against a plain reference over many inputs (ASCII, white space of every kind,
// letters outside ASCII, invalid UTF-8: whatever pieces the test gives).
package randtext

import (
	"math/rand/v2"
	"strings"
)

// Each calls f n times, each time with a text of up to maxParts pieces of parts drawn at
// random, and the generator, from which f may draw more. The same seeds give the same texts.
func Each(seed1, seed2 uint64, n, maxParts int, parts []string, f func(text string, r *rand.Rand)) {
	r := rand.New(rand.NewPCG(seed1, seed2))
	var sb strings.Builder
	for range n {
		sb.Reset()
		for range r.IntN(maxParts + 1) {
			sb.WriteString(parts[r.IntN(len(parts))])
		}
		f(sb.String(), r)
	}
}
