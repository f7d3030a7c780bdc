package batch_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/batch"
)

// confidenceFolder copies the confidence test pages (a clear article, a grid of product links)
// into a folder and returns it.
func confidenceFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"clear-article.html", "link-grid.html"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "confidence", name))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	return dir
}

// byFile returns the records keyed by the base name of their source.
func byFile(recs []batch.Record) map[string]batch.Record {
	m := map[string]batch.Record{}
	for _, r := range recs {
		m[filepath.Base(r.Source)] = r
	}
	return m
}

func TestConfidenceColumn(t *testing.T) {
	o := runBatch(t, batch.Config{}, confidenceFolder(t))
	require.NoError(t, o.err)
	recs := byFile(o.records)
	article, grid := recs["clear-article.html"], recs["link-grid.html"]
	require.NotNil(t, article.Confidence, "an ok record has a confidence")
	require.NotNil(t, grid.Confidence)
	assert.Equal(t, batch.StatusOK, article.Status)
	assert.Equal(t, batch.StatusOK, grid.Status, "without --min-confidence no record is low-confidence")
	assert.Greater(t, *article.Confidence, *grid.Confidence, "the clear article is more certain than the link grid")
	assert.EqualValues(t, 0, o.sum.LowConfidence)
}

func TestMinConfidence(t *testing.T) {
	dir := confidenceFolder(t)
	// The threshold between the two pages' confidences, whatever the fitted model gives them.
	o := runBatch(t, batch.Config{}, dir)
	require.NoError(t, o.err)
	recs := byFile(o.records)
	require.NotNil(t, recs["clear-article.html"].Confidence)
	require.NotNil(t, recs["link-grid.html"].Confidence)
	low := (*recs["clear-article.html"].Confidence + *recs["link-grid.html"].Confidence) / 2

	o = runBatch(t, batch.Config{MinConfidence: low}, dir)
	require.NoError(t, o.err, "a low-confidence record is not a failure")
	require.Len(t, o.records, 2, "one record per page still")
	recs = byFile(o.records)
	article, grid := recs["clear-article.html"], recs["link-grid.html"]
	assert.Equal(t, batch.StatusOK, article.Status)
	assert.Contains(t, article.Text, "river bridge")
	assert.Equal(t, batch.StatusLowConfidence, grid.Status)
	assert.Empty(t, grid.Text, "a low-confidence record's text is left out")
	assert.Equal(t, "Home and garden", grid.Title, "its title stays")
	require.NotNil(t, grid.Confidence)
	assert.Less(t, *grid.Confidence, low)
	assert.Equal(t, batch.Summary{Read: 2, Extracted: 1, LowConfidence: 1}, withoutTimes(o.sum))
	assert.Contains(t, o.sum.String(), "extracted 1, low-confidence 1, skipped 0, failed 0")

	o = runBatch(t, batch.Config{MinConfidence: low, KeepLow: true, Markdown: true}, dir)
	require.NoError(t, o.err)
	grid = byFile(o.records)["link-grid.html"]
	assert.Equal(t, batch.StatusLowConfidence, grid.Status)
	assert.Contains(t, grid.Text, "Add to basket", "--keep-low keeps the text")
	assert.True(t, strings.Contains(grid.Markdown, "Add to basket"), "and the markdown")
}

func TestMinConfidenceOutOfRange(t *testing.T) {
	for _, v := range []float64{-0.1, 1.5} {
		o := runBatch(t, batch.Config{MinConfidence: v}, confidenceFolder(t))
		var ce *batch.ConfigError
		require.ErrorAs(t, o.err, &ce, "min confidence %v", v)
	}
}

// withoutTimes returns s with the fields that vary between runs zeroed.
func withoutTimes(s batch.Summary) batch.Summary {
	s.Elapsed, s.Inputs = 0, 0
	return s
}
