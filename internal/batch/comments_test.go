package batch_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/batch"
)

// TestCommentsColumn checks that with KeepComments a record carries the page's comments, in
// JSON Lines and in Parquet alike, and that without it there are none.
func TestCommentsColumn(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "..", "testdata", "rules", "comments-wordpress.html"))
	require.NoError(t, err)
	dir := t.TempDir()
	in := filepath.Join(dir, "page.html")
	require.NoError(t, os.WriteFile(in, page, 0o644))
	res, err := extractor.New(extractor.Options{KeepComments: true})
	require.NoError(t, err)
	want, err := res.Extract(t.Context(), page, extractor.Source{})
	require.NoError(t, err)
	require.NotEmpty(t, want.Comments, "the test page has comments")

	got := runBatch(t, batch.Config{Options: extractor.Options{KeepComments: true}}, in)
	require.NoError(t, got.err)
	require.Len(t, got.records, 1)
	assert.Equal(t, want.Comments, got.records[0].Comments, "the JSON line holds the page's comments")

	out := filepath.Join(dir, "out.parquet")
	got = runBatch(t, batch.Config{Output: out, Format: batch.FormatParquet, Options: extractor.Options{KeepComments: true}}, in)
	require.NoError(t, got.err)
	rows, err := parquet.ReadFile[batch.Record](out)
	require.NoError(t, err, "read the Parquet file back")
	require.Len(t, rows, 1)
	assert.Equal(t, want.Comments, rows[0].Comments, "the comments column holds the same comments")

	got = runBatch(t, batch.Config{}, in)
	require.NoError(t, got.err)
	assert.Empty(t, got.records[0].Comments, "no comments without KeepComments")
}
