package extractor

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAuthorBio: the author's bio in a box of its own after the story goes, with its role
// line; a line of the story that names the author stays, and so do the author's lines in
// the story's own element.
func TestAuthorBio(t *testing.T) {
	for _, tc := range []struct {
		file          string
		kind          PageType
		must, mustNot []string
	}{{
		file: "authorbio-box.html",
		must: []string{"A first sewing machine does not need a hundred stitches",
			"Rosa Lindqvist tested the machines for this piece"},
		mustNot: []string{"Contributing writer", "has sewn her own clothes for twenty years"},
	}, {
		// The same box under a documentation page's body.
		file: "authorbio-box.html", kind: PageDocumentation,
		must:    []string{"A first sewing machine does not need a hundred stitches"},
		mustNot: []string{"Contributing writer", "has sewn her own clothes for twenty years"},
	}, {
		file: "authorbio-in-body.html",
		must: []string{"Cut the lengths on a big table", "has sewn her own clothes for twenty years"},
	}} {
		t.Run(tc.file+string(tc.kind), func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join(kindsDir, tc.file))
			require.NoError(t, err)
			e, err := New(Options{PageType: tc.kind})
			require.NoError(t, err)
			res, err := e.Extract(context.Background(), page, Source{})
			require.NoError(t, err)
			assert.Equal(t, []string{"Rosa Lindqvist"}, res.Metadata.Authors)
			text := res.BodyText()
			AssertSnippets(t, text, tc.must, tc.mustNot)
		})
	}
}

func TestNamesAuthor(t *testing.T) {
	authors := []string{"Charles Patterson", "Kneib Dentistry Team", "Al Moss"}
	for text, want := range map[string]bool{
		"Charles Patterson is a physician with a background in primary care.": true,
		"Dr. Charles Patterson is a physician.":                               true,
		"*Charles Patterson, MD, is a provider of the group.":                 true,
		"At Kneib Dentistry, our patients receive the best care.":             false,
		"Al Moss writes about boats.":                                         false, // a first name too short to tell
		"Charlesworth is a town in Derbyshire.":                               false,
	} {
		assert.Equal(t, want, namesAuthor(text, authors), text)
	}
}
