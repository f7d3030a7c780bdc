package cli

import (
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/batch"
)

// gridPage is a hand-written grid of product links with no prose.
var gridPage = filepath.Join("..", "..", "testdata", "confidence", "link-grid.html")

func TestBatchMinConfidence(t *testing.T) {
	// A threshold just above the page's confidence, whatever the fitted model gives it.
	code, rec := batchRecord(t, "", gridPage)
	require.Equal(t, ExitOK, code)
	require.NotNil(t, rec.Confidence)
	require.Less(t, *rec.Confidence, 0.99)
	low := strconv.FormatFloat(*rec.Confidence+0.01, 'f', 4, 64)

	code, rec = batchRecord(t, "", "--min-confidence", low, gridPage)
	assert.Equal(t, ExitOK, code, "a low-confidence record is no failure")
	assert.Equal(t, batch.StatusLowConfidence, rec.Status)
	assert.Empty(t, rec.Text)
	require.NotNil(t, rec.Confidence)

	code, rec = batchRecord(t, "", "--min-confidence", low, "--keep-low", gridPage)
	assert.Equal(t, ExitOK, code)
	assert.Equal(t, batch.StatusLowConfidence, rec.Status)
	assert.Contains(t, rec.Text, "Add to basket")

	code, rec = batchRecord(t, "", gridPage)
	assert.Equal(t, ExitOK, code)
	assert.Equal(t, batch.StatusOK, rec.Status, "no threshold, no low-confidence record")

	res := run(t, "", "batch", "-q", "--min-confidence", "2", gridPage)
	assert.Equal(t, ExitUsage, res.code)
	assert.Contains(t, res.stderr, "--min-confidence must be between 0 and 1")
	res = run(t, "", "batch", "--help")
	assert.Contains(t, res.stdout+res.stderr, "--min-confidence X")
	assert.Contains(t, res.stdout+res.stderr, "low-confidence")
}
