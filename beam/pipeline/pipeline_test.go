package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/beam/pipeline"
	"github.com/pithdev/pith/beam/sample"
	"github.com/pithdev/pith/internal/batch"
)

// TestMain runs the pipelines on Beam's local runner, prism, in this process.
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// pagesDir holds the repository's golden pages.
var pagesDir = filepath.Join("..", "..", "testdata", "pages")

// inputs writes the test's inputs into dir: the sample archives (one with a corrupt and a
// truncated record), a JSON Lines file and a folder of HTML files. It returns the globs given
// to the pipeline and the paths they match, in the order pith batch is given them.
func inputs(t *testing.T, dir string) (globs, paths []string) {
	t.Helper()
	archives, err := sample.Write(dir, pagesDir)
	require.NoError(t, err)
	slices.Sort(archives)

	de, err := os.ReadFile(filepath.Join(pagesDir, "de-article", "input.html"))
	require.NoError(t, err)
	html, err := json.Marshal(string(de))
	require.NoError(t, err)
	jsonl := filepath.Join(dir, "pages.jsonl")
	lines := `{"id": 1, "url": "https://example.com/a", "html": ` + string(html) + "}\n" +
		`{"id": "b", "html": "<p>short</p>"}` + "\n" + `{"id": "c", "html": ` + "\n"
	require.NoError(t, os.WriteFile(jsonl, []byte(lines), 0o644))

	site := filepath.Join(dir, "site")
	require.NoError(t, os.MkdirAll(filepath.Join(site, "news"), 0o755))
	for _, name := range []string{"fr-article", "uk-article"} {
		page, err := os.ReadFile(filepath.Join(pagesDir, name, "input.html"))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(site, "news", name+".html"), page, 0o644))
	}
	globs = []string{filepath.Join(dir, "*.warc.gz"), jsonl, site}
	return globs, append(archives, jsonl, site)
}

// run runs the pipeline on the local runner and returns its counts.
func run(t *testing.T, opts pipeline.Options) pipeline.Counts {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	require.NoError(t, pipeline.Build(s, opts))
	res, err := ptest.RunWithMetrics(p)
	require.NoError(t, err)
	return pipeline.Totals(res)
}

// shards returns the shards written under the prefix.
func shards(t *testing.T, prefix, format string) []string {
	t.Helper()
	got, err := filepath.Glob(prefix + "-*." + format)
	require.NoError(t, err)
	parts, err := filepath.Glob(prefix + "-*.part")
	require.NoError(t, err)
	assert.Empty(t, parts, "no shard is left unfinished")
	return got
}

// byStatus counts JSON lines by their status field.
func byStatus(lines []string) pipeline.Counts {
	c := pipeline.Counts{Read: int64(len(lines))}
	for _, l := range lines {
		c.Extracted += int64(strings.Count(l, `"status":"ok"`))
		c.Skipped += int64(strings.Count(l, `"status":"skip"`))
		c.Failed += int64(strings.Count(l, `"status":"error"`))
	}
	return c
}

func TestPipelineWritesWhatPithBatchWrites(t *testing.T) {
	dir := t.TempDir()
	globs, paths := inputs(t, dir)

	var stdout bytes.Buffer
	sum, err := batch.Run(context.Background(), batch.Config{Inputs: paths, Stdout: &stdout, Workers: 2})
	require.NoError(t, err)
	want := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	slices.Sort(want)
	require.Len(t, want, int(sum.Read))
	assert.GreaterOrEqual(t, strings.Count(stdout.String(), `"error_kind":"warc"`), 2, "the corrupt and the truncated record")

	prefix := filepath.Join(dir, "out", "pages")
	// Ranges of about 5 kB: each archive is split into several tasks.
	counts := run(t, pipeline.Options{Inputs: globs, Output: prefix, SplitBytes: 5000})

	files := shards(t, prefix, batch.FormatJSONL)
	var got []string
	ranged := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		got = append(got, strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")...)
		if strings.Contains(filepath.Base(f), "-p2.") {
			ranged++
		}
	}
	slices.Sort(got)
	assert.Equal(t, want, got, "the same lines as pith batch")
	assert.Positive(t, ranged, "archives were split into ranges of members")
	assert.Greater(t, len(files), len(paths), "a shard per file or range")

	assert.Equal(t, byStatus(want), counts, "the counters count the records by status")
	assert.Equal(t, counts.Read, counts.Extracted+counts.Skipped+counts.Failed)
	assert.Equal(t, pipeline.Counts{Read: sum.Read, Extracted: sum.Extracted, Skipped: sum.Skipped, Failed: sum.Failed}, counts,
		"the counters are pith batch's summary")
}

func TestPipelineParquet(t *testing.T) {
	dir := t.TempDir()
	globs, paths := inputs(t, dir)
	batchOut := filepath.Join(dir, "batch.parquet")
	_, err := batch.Run(context.Background(), batch.Config{Inputs: paths, Output: batchOut, Format: batch.FormatParquet})
	require.NoError(t, err)
	want := parquetRows(t, batchOut)

	prefix := filepath.Join(dir, "out", "pages")
	counts := run(t, pipeline.Options{Inputs: globs, Output: prefix, Format: batch.FormatParquet})
	var got []string
	for _, f := range shards(t, prefix, batch.FormatParquet) {
		got = append(got, parquetRows(t, f)...)
	}
	slices.Sort(want)
	slices.Sort(got)
	assert.Equal(t, want, got, "the same rows as pith batch")
	assert.Equal(t, int64(len(want)), counts.Read)
}

// parquetRows reads the rows of a Parquet file, each as JSON (with its Parquet id).
func parquetRows(t *testing.T, path string) []string {
	t.Helper()
	rows, err := parquet.ReadFile[batch.Record](path)
	require.NoError(t, err)
	var out []string
	for _, r := range rows {
		b, err := json.Marshal(struct {
			batch.Record
			IDText string
		}{r, r.IDText})
		require.NoError(t, err)
		out = append(out, string(b))
	}
	return out
}
