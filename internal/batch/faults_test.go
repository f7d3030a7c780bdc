package batch_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/batch"
	"github.com/pithdev/pith/internal/warc/warctest"
)

// faultPage is a page with enough text to be extracted.
func faultPage(n int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "<html><head><title>Page %d</title></head><body><article><h1>Page %d</h1>", n, n)
	for i := range 6 {
		fmt.Fprintf(&b, "<p>Paragraph %d of page %d. This sentence is long enough to count as real content for the extractor, "+
			"and it says something about the weather, the city and the people who live in it.</p>", i, n)
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

// corruptMiddleArchive writes a .warc.gz of four HTML responses, one gzip member per record,
// whose second record has its "WARC/1.1" version line broken; the gzip members stay valid.
func corruptMiddleArchive(t *testing.T, dir string) (string, []string) {
	t.Helper()
	var out bytes.Buffer
	var urls []string
	for i := range 4 {
		url := fmt.Sprintf("https://example.com/page%d", i)
		urls = append(urls, url)
		plain := filepath.Join(dir, fmt.Sprintf("r%d.warc", i))
		require.NoError(t, warctest.Write(plain, []warctest.Record{
			warctest.Response(url, faultPage(i), "Content-Type: text/html; charset=utf-8"),
		}))
		b, err := os.ReadFile(plain)
		require.NoError(t, err)
		require.True(t, bytes.HasPrefix(b, []byte("WARC/1.1\r\n")), "record %d starts with the version line: %.20q", i, b)
		if i == 1 {
			copy(b, "WARX/9.Z")
		}
		zw := gzip.NewWriter(&out)
		_, err = zw.Write(b)
		require.NoError(t, err)
		require.NoError(t, zw.Close())
	}
	path := filepath.Join(dir, "corrupt.warc.gz")
	require.NoError(t, os.WriteFile(path, out.Bytes(), 0o644))
	return path, urls
}

func TestFaultBadRecordHeaderInMiddle(t *testing.T) {
	path, urls := corruptMiddleArchive(t, t.TempDir())
	for _, workers := range []int{1, 3} {
		t.Run(fmt.Sprintf("j%d", workers), func(t *testing.T) {
			got := runBatch(t, batch.Config{Workers: workers}, path)
			require.NoError(t, got.err, "a bad record is not a run error; stderr: %s", got.stderr)
			require.Len(t, got.records, 4, "one line per record; stderr: %s", got.stderr)

			bad := got.records[1]
			assert.Equal(t, batch.StatusError, bad.Status, "the corrupt record")
			assert.Equal(t, batch.KindWARC, bad.ErrorKind, "the corrupt record (error: %s)", bad.Error)
			assert.NotEmpty(t, bad.Error)
			assert.Empty(t, bad.Text)

			for _, i := range []int{0, 2, 3} {
				rec := got.records[i]
				assert.Equal(t, batch.StatusOK, rec.Status, "record %d (error: %s)", i, rec.Error)
				assert.Equal(t, urls[i], rec.URL, "record %d", i)
				assert.Contains(t, rec.Text, fmt.Sprintf("of page %d", i), "record %d", i)
			}
			assert.Equal(t, int64(4), got.sum.Read)
			assert.Equal(t, int64(3), got.sum.Extracted)
			assert.GreaterOrEqual(t, got.sum.Failed, int64(1))
		})
	}
}

func TestFaultUnreadableFileAmongGoodOnes(t *testing.T) {
	dir := t.TempDir()
	good := []string{filepath.Join(dir, "a.html"), filepath.Join(dir, "c.html")}
	for i, p := range good {
		require.NoError(t, os.WriteFile(p, faultPage(i), 0o644))
	}
	// A dangling symlink fails to open even as root.
	dangling := filepath.Join(dir, "b.html")
	require.NoError(t, os.Symlink(filepath.Join(dir, "missing.html"), dangling))

	for name, inputs := range map[string][]string{
		"files":  {good[0], dangling, good[1]},
		"folder": {dir},
	} {
		t.Run(name, func(t *testing.T) {
			got := runBatch(t, batch.Config{}, inputs...)
			require.NoError(t, got.err, "stderr: %s", got.stderr)
			bySource := map[string]batch.Record{}
			for _, r := range got.records {
				bySource[r.Source] = r
			}
			for i, p := range good {
				rec, ok := bySource[p]
				require.True(t, ok, "%s written; records: %+v; stderr: %s", p, got.records, got.stderr)
				assert.Equal(t, batch.StatusOK, rec.Status, "%s (error: %s)", p, rec.Error)
				assert.Contains(t, rec.Text, fmt.Sprintf("of page %d", i), p)
			}
			assert.Equal(t, int64(2), got.sum.Extracted)
			if name == "folder" {
				// A folder walk reads regular files only: it passes over the symlink, and the
				// good files around it are still extracted.
				assert.NotContains(t, bySource, dangling)
				return
			}
			assert.Equal(t, int64(1), got.sum.Failed)
			require.Len(t, got.records, 3, "stderr: %s", got.stderr)
			rec := got.records[1]
			assert.Equal(t, dangling, rec.Source)
			assert.Equal(t, batch.StatusError, rec.Status)
			assert.NotEmpty(t, rec.Error)
			assert.NotEmpty(t, rec.ErrorKind)
		})
	}
}

func TestFaultOutputToFullDisk(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full")
	}
	// HTML files, not a WARC: after an output error Run returns without waiting for its reader
	// goroutine, and a reader still inside gowarc would race (on gowarc's unsynchronised
	// uuid.EnableRandPool global) with the next test's warctest writer.
	dir := t.TempDir()
	for i := range 20 {
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%02d.html", i)), faultPage(i), 0o644))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	type result struct {
		sum batch.Summary
		err error
	}
	done := make(chan result, 1)
	go func() {
		sum, err := batch.Run(ctx, batch.Config{Inputs: []string{dir, dir, dir}, Output: "/dev/full", Workers: 2})
		done <- result{sum, err}
	}()
	select {
	case res := <-done:
		require.Error(t, res.err)
		var oe *batch.OutputError
		assert.True(t, errors.As(res.err, &oe), "an *OutputError, got %T: %v", res.err, res.err)
		assert.Contains(t, res.err.Error(), "no space left on device")
	case <-time.After(35 * time.Second):
		t.Fatal("Run hangs writing to /dev/full")
	}
}
