package batch_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/batch"
)

// resumeInputs writes three inputs into dir: the test archive, a folder of pages and a JSON
// Lines file of n pages.
func resumeInputs(t *testing.T, dir string, n int) []string {
	t.Helper()
	archive, _ := testArchive(t, dir)
	pages := filepath.Join(dir, "pages")
	for _, name := range []string{"de-article", "fr-article", "uk-article"} {
		html, _ := page(t, name)
		require.NoError(t, os.MkdirAll(filepath.Join(pages, name), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(pages, name, "index.html"), html, 0o644))
	}
	de, _ := page(t, "de-article")
	var lines []string
	for i := range n {
		lines = append(lines, jsonLine(t, map[string]any{"id": i, "html": string(de)}))
	}
	jsonl := filepath.Join(dir, "pages.jsonl")
	require.NoError(t, os.WriteFile(jsonl, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	return []string{archive, pages, jsonl}
}

// runToFile runs a batch of inputs into out and returns the summary.
func runToFile(t *testing.T, ctx context.Context, out string, resume bool, inputs []string) batch.Summary {
	t.Helper()
	sum, err := batch.Run(ctx, batch.Config{Inputs: inputs, Output: out, Resume: resume, Workers: 2})
	require.NoError(t, err)
	return sum
}

func TestResumeAfterCrash(t *testing.T) {
	dir := t.TempDir()
	inputs := resumeInputs(t, dir, 10)
	full := filepath.Join(dir, "full.jsonl")
	runToFile(t, context.Background(), full, false, inputs)
	want, err := os.ReadFile(full)
	require.NoError(t, err)
	log, err := os.ReadFile(full + ".done")
	require.NoError(t, err)
	entries := strings.SplitAfter(string(log), "\n")
	require.Len(t, entries, 4, "one done line per input, then nothing: %s", log)

	// A crashed run: two inputs done, the third half written, a partial line at the end of
	// the output and of the done log.
	var second struct{ End int64 }
	require.NoError(t, json.Unmarshal([]byte(entries[1]), &second))
	out := filepath.Join(dir, "out.jsonl")
	crashed := append(append([]byte{}, want[:second.End]...), want[second.End:second.End+3000]...)
	require.NoError(t, os.WriteFile(out, crashed, 0o644))
	require.NoError(t, os.WriteFile(out+".done", []byte(entries[0]+entries[1]+`{"input":"/x`), 0o644))

	sum := runToFile(t, context.Background(), out, true, inputs)
	assert.Equal(t, int64(2), sum.Resumed, "the two inputs done are skipped")
	assert.Equal(t, int64(10), sum.Read, "only the third input is read")
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "the resumed output is the full output")
	gotLog, err := os.ReadFile(out + ".done")
	require.NoError(t, err)
	assert.Equal(t, 3, strings.Count(string(gotLog), "\n"), "the done log is whole again")

	sum = runToFile(t, context.Background(), out, true, inputs)
	assert.Equal(t, int64(3), sum.Resumed, "a finished output is not written again")
	assert.Zero(t, sum.Read)
}

func TestResumeAfterInterrupt(t *testing.T) {
	dir := t.TempDir()
	inputs := resumeInputs(t, dir, 15)
	inputs = append(inputs, inputs[2]+"2")
	data, err := os.ReadFile(inputs[2])
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(inputs[3], data, 0o644))
	full := filepath.Join(dir, "full.jsonl")
	runToFile(t, context.Background(), full, false, inputs)
	want, err := os.ReadFile(full)
	require.NoError(t, err)

	out := filepath.Join(dir, "out.jsonl")
	ctx, cancel := context.WithCancel(context.Background())
	go func() { // interrupt once the first input is logged as done
		defer cancel()
		for range 5000 {
			if b, _ := os.ReadFile(out + ".done"); bytes.Count(b, []byte("\n")) >= 1 {
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	sum := runToFile(t, ctx, out, false, inputs)
	<-ctx.Done()
	require.True(t, sum.Interrupted)
	partial := readOutput(t, out)
	assert.Less(t, len(partial), len(parseLines(t, want)), "the interrupted run stopped early")

	sum = runToFile(t, context.Background(), out, true, inputs)
	assert.GreaterOrEqual(t, sum.Resumed, int64(1))
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "interrupted and resumed gives the full output")
}

func TestOutputDirResume(t *testing.T) {
	dir := t.TempDir()
	inputs := resumeInputs(t, dir, 5)
	outDir := filepath.Join(dir, "out")
	sum, err := batch.Run(context.Background(), batch.Config{Inputs: inputs, OutputDir: outDir})
	require.NoError(t, err)
	assert.Equal(t, int64(3), sum.Inputs)
	names := []string{"crawl.jsonl", "pages.jsonl", "pages-2.jsonl"}
	files := map[string][]byte{}
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(outDir, n))
		require.NoError(t, err, "one output file per input")
		files[n] = b
	}
	assert.Len(t, readOutput(t, filepath.Join(outDir, "crawl.jsonl")), 13)
	assert.Len(t, readOutput(t, filepath.Join(outDir, "pages.jsonl")), 3, "the folder")
	assert.Len(t, readOutput(t, filepath.Join(outDir, "pages-2.jsonl")), 5, "the JSON Lines file, a name made unique")

	require.NoError(t, os.Remove(filepath.Join(outDir, "pages.jsonl")))
	require.NoError(t, os.WriteFile(filepath.Join(outDir, "pages.jsonl.part"), []byte(`{"source":`), 0o644))
	sum, err = batch.Run(context.Background(), batch.Config{Inputs: inputs, OutputDir: outDir, Resume: true})
	require.NoError(t, err)
	assert.Equal(t, int64(2), sum.Resumed)
	assert.Equal(t, int64(3), sum.Read)
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(outDir, n))
		require.NoError(t, err)
		assert.Equal(t, string(files[n]), string(b), n)
	}
	_, err = os.Stat(filepath.Join(outDir, "pages.jsonl.part"))
	assert.True(t, os.IsNotExist(err), "the .part file became the output")
}

func TestParquet(t *testing.T) {
	dir := t.TempDir()
	archive, wants := testArchive(t, dir)
	jsonl := runBatch(t, batch.Config{Markdown: true}, archive)
	require.NoError(t, jsonl.err)

	for _, tc := range []struct {
		name string
		cfg  batch.Config
		path string
	}{
		{"file", batch.Config{Output: filepath.Join(dir, "out.parquet")}, filepath.Join(dir, "out.parquet")},
		{"dir", batch.Config{OutputDir: filepath.Join(dir, "pq")}, filepath.Join(dir, "pq", "crawl.parquet")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg
			cfg.Format, cfg.Markdown = batch.FormatParquet, true
			got := runBatch(t, cfg, archive)
			require.NoError(t, got.err)
			rows, err := parquet.ReadFile[batch.Record](tc.path)
			require.NoError(t, err)
			require.Len(t, rows, len(wants), "one row per record")
			for i, row := range rows {
				assert.Equal(t, normRecord(jsonl.records[i]), normRecord(row), "row %d has the JSON record's values", i)
			}
		})
	}
}

// normRecord makes empty lists nil, as JSON decoding leaves them.
func normRecord(r batch.Record) batch.Record {
	for _, l := range []*[]string{&r.Authors, &r.Tags, &r.Categories, &r.Notes} {
		if len(*l) == 0 {
			*l = nil
		}
	}
	return r
}
