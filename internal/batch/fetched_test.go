package batch_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/batch"
	"github.com/pithdev/pith/internal/warc/warctest"
)

// TestRelativeDateFromWARCDate checks that a relative date on a page ("3 days ago") is read
// against the record's WARC-Date (warctest.Date, 2024-10-02).
func TestRelativeDateFromWARCDate(t *testing.T) {
	page := []byte(`<!doctype html><html lang="en"><head><title>Pool reopens</title></head><body><article>
<h1>Pool reopens after repairs</h1><p class="meta"><span class="date">3 days ago</span></p>
<p>The town pool reopened on Saturday after six weeks of repairs to its roof and the changing rooms, and the first swimmers were in the water before seven in the morning.</p>
<p>Opening hours stay the same as before the works, and the lessons for children start again next Monday with the same teachers and the same groups.</p>
</article></body></html>`)
	path := filepath.Join(t.TempDir(), "crawl.warc.gz")
	require.NoError(t, warctest.Write(path, []warctest.Record{warctest.Response("https://town.example/pool", page, "Content-Type: text/html")}))
	got := runBatch(t, batch.Config{Workers: 1}, path)
	require.NoError(t, got.err)
	require.Len(t, got.records, 1, "stderr: %s", got.stderr)
	assert.Equal(t, batch.StatusOK, got.records[0].Status, "error: %s", got.records[0].Error)
	assert.Equal(t, "2024-09-29", got.records[0].Published, "3 days before the WARC-Date")
}
