package benchmark

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWordF1(t *testing.T) {
	assert.InDelta(t, 1.0, WordF1("The cat sat.", "the CAT sat"), 1e-9, "case and punctuation do not count")
	assert.InDelta(t, 1.0, WordF1("", ""), 1e-9, "both empty")
	assert.InDelta(t, 0.0, WordF1("", "some truth"), 1e-9, "no output")
	assert.InDelta(t, 0.0, WordF1("some output", ""), 1e-9, "output where the truth is empty")
	// pred: a a b (3), truth: a b c d (4); common: a, b = 2; P 2/3, R 2/4; F1 = 4/7.
	assert.InDelta(t, 4.0/7.0, WordF1("a a b", "a b c d"), 1e-9, "words are counted as multisets")
	// Combining marks split words, as Python's \w does: "नमस्ते" is "नमस" and "त".
	assert.InDelta(t, 1.0, WordF1("नमस्ते", "नमस त"), 1e-9)
}
