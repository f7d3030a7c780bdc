package extractor_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
)

// TestDateLineAfterBody: the article's date line after the body is metadata, not body;
// a sentence that holds a date stays.
func TestDateLineAfterBody(t *testing.T) {
	for _, tc := range []struct {
		file, published string
		must, mustNot   []string
		authors         []string
	}{
		{"dateline-after-body.html", "2024-03-03", []string{"less than half an hour."}, []string{"Posted by", "3 March 2024"}, []string{"Dana Kim"}},
		{"dateline-after-body-de.html", "2025-04-12", []string{"wenn es so weit ist.", "Dezember 2024: Wir haben den Baum zurückgeschnitten."}, []string{"09:40 Uhr"}, nil},
	} {
		page, err := os.ReadFile(filepath.Join(rulesDir, tc.file))
		require.NoError(t, err, tc.file)
		res, err := extractor.Extract(page, extractor.Source{URL: "https://example.com/post"})
		require.NoError(t, err, tc.file)
		extractor.AssertSnippets(t, res.Text(), tc.must, tc.mustNot, tc.file)
		assert.Equal(t, tc.published, res.Metadata.Published, tc.file)
		assert.Equal(t, tc.authors, res.Metadata.Authors, tc.file)
	}
}
