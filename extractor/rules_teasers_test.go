package extractor

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDropTrailingTeasers(t *testing.T) {
	testKindPages(t, []kindPage{{
		// A carousel of other posts after the story, in a section of its own, with its title.
		name: "carousel-after-story", file: "teasers-after-body.html",
		must: []string{"A standing desk helps only when", "keep a mat under the feet for the standing spells"},
		mustNot: []string{"From the journal", "Tidying the cables under a desk", "Cables tangle because",
			"A small office in a rented flat", "Nothing drilled into the walls"},
	}, {
		// Cards after the body in the body's own element, each in a row of its own.
		name: "sibling-cards", file: "teasers-sibling-cards.html",
		must: []string{"A small garden feeds a family", "cover the empty ground with leaves"},
		mustNot: []string{"Building a raised bed from old boards", "Four boards, a saw and an afternoon",
			"Saving seed from your own beans", "next year's sowing costs nothing"},
	}, {
		// A roundup whose picks open with linked names holds its prose beside them: it stays.
		name: "roundup", file: "teasers-roundup.html",
		must: []string{"Three of them were worth keeping.", "Stone One", "The quietest kettle we tried",
			"Heron Glass", "keeps it warm for half an hour"},
	}})
}

// TestTeasersLinkWithin: cards whose titles lead to other sites (a list of sources under the
// body) are no teasers of the site's pages, and stay.
func TestTeasersLinkWithin(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(kindsDir, "teasers-after-body.html"))
	require.NoError(t, err)
	page = bytes.ReplaceAll(page, []byte(`href="/journal/`), []byte(`href="https://www.notes.example/journal/`))
	res, err := Extract(page, Source{URL: "https://notes.example/journal/standing-desk"})
	require.NoError(t, err)
	assert.NotContains(t, res.BodyText(), "Tidying the cables under a desk", "links within the site")

	res, err = Extract(page, Source{URL: "https://elsewhere.example/standing-desk"})
	require.NoError(t, err)
	assert.Contains(t, res.BodyText(), "Tidying the cables under a desk", "links to another site")
}

// TestTeasersAnchorsStay: headings that link to anchors on the page itself (its own address
// with a fragment) are sections, not cards, and stay.
func TestTeasersAnchorsStay(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(kindsDir, "teasers-sibling-cards.html"))
	require.NoError(t, err)
	page = bytes.ReplaceAll(page, []byte(`href="/guides/`), []byte(`href="/plan#`))
	res, err := Extract(page, Source{URL: "https://plot.example/plan"})
	require.NoError(t, err)
	assert.Contains(t, res.BodyText(), "Building a raised bed from old boards")
	assert.Contains(t, res.BodyText(), "next year's sowing costs nothing")
}
