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

// TestBodySourceColumn checks that a page whose body is only in its JSON-LD articleBody gives
// a record with that text and body_source "json-ld", and an ordinary page none.
func TestBodySourceColumn(t *testing.T) {
	dir := t.TempDir()
	page, err := os.ReadFile(filepath.Join("..", "..", "testdata", "rules", "jsonld-article-body.html"))
	require.NoError(t, err)
	in := filepath.Join(dir, "ld.html")
	require.NoError(t, os.WriteFile(in, page, 0o644))
	plain, err := os.ReadFile(filepath.Join("..", "..", "testdata", "rules", "comments-wordpress.html"))
	require.NoError(t, err)
	in2 := filepath.Join(dir, "plain.html")
	require.NoError(t, os.WriteFile(in2, plain, 0o644))

	got := runBatch(t, batch.Config{Workers: 1}, in, in2)
	require.NoError(t, got.err)
	require.Len(t, got.records, 2)
	assert.Equal(t, "json-ld", got.records[0].BodySource, "the JSON-LD page")
	assert.NotEmpty(t, got.records[0].Text, "its text is the articleBody")
	assert.Empty(t, got.records[1].BodySource, "an ordinary page")
}
