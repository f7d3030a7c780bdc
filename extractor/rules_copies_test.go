package extractor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDropCopies(t *testing.T) {
	testKindPages(t, []kindPage{{
		// A body written twice, for a wide and a narrow layout: once out.
		name: "two-layouts", file: "copies-two-layouts.html",
		once: []string{"Water the fig the evening before", "Loosen the root ball", "Pick a pot only two or three",
			"leave it out of direct sun for a week"},
	}, {
		// The body again in <noscript>, for readers without scripts.
		name: "noscript", file: "copies-noscript.html",
		once: []string{"The apple growers of the upper valley", "Water shared by the hour", "Younger trees suffered most",
			"keep their night rota"},
	}})
}

// TestDropCopiesKeepsRepeatedPassage checks that a passage the body itself repeats (one tip
// under two steps) stays twice when the copy of the body goes.
func TestDropCopiesKeepsRepeatedPassage(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(kindsDir, "copies-two-layouts.html"))
	require.NoError(t, err)
	res, err := Extract(page, Source{})
	require.NoError(t, err)
	assert.Equal(t, 2, strings.Count(res.BodyText(), "Tip: keep a bucket of water beside you"), res.BodyText())
}
