package cli

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/batch"
)

// The tests of this file check that pith, pith explain and pith batch agree on what issue 26
// found them disagreeing on: defaults, the meaning of --timeout, gzip, folders, binary
// input and --max-nodes.

// batchRecord runs pith batch on args and returns its exit code and its one record.
func batchRecord(t *testing.T, stdin string, args ...string) (int, batch.Record) {
	t.Helper()
	res := run(t, stdin, append([]string{"batch", "-q"}, args...)...)
	out := lines(res.stdout)
	require.Len(t, out, 1, "stdout %q, stderr %q", res.stdout, res.stderr)
	var rec batch.Record
	require.NoError(t, json.Unmarshal([]byte(out[0]), &rec))
	return res.code, rec
}

// flagDefaults returns the default value of each flag of fs.
func flagDefaults(fs *flag.FlagSet) map[string]string {
	m := map[string]string{}
	fs.VisitAll(func(f *flag.Flag) { m[f.Name] = f.DefValue })
	return m
}

func TestLimitFlagsAgree(t *testing.T) {
	cli := flagDefaults(newFlagSet(&config{}))
	explain := flagDefaults(newExplainFlags(&config{}, new(string)))
	bat := flagDefaults(newBatchFlags(&batchFlags{}))
	for _, f := range []string{"max-bytes", "max-nodes", "timeout", "fetch-timeout", "keep-comments", "keep-captions", "favor"} {
		require.Contains(t, cli, f)
		assert.Equal(t, cli[f], explain[f], "pith explain --%s", f)
		assert.Equal(t, cli[f], bat[f], "pith batch --%s", f)
	}
	assert.Equal(t, "67108864", cli["max-bytes"], "one size limit: the library's")
	assert.Equal(t, int64(extractor.DefaultMaxInputBytes), int64(batch.DefaultMaxBytes))

	// --timeout is the extraction budget everywhere, --fetch-timeout the fetch limit.
	c, err := parseArgs([]string{"--timeout", "3s", "--fetch-timeout", "4s"})
	require.NoError(t, err)
	assert.Equal(t, 3e9, float64(c.options().Timeout))
	b, err := parseBatchArgs([]string{"--timeout", "3s", "--fetch-timeout", "4s", "x"})
	require.NoError(t, err)
	assert.Equal(t, c.options().Timeout, b.cfg.Options.Timeout)
	assert.Equal(t, c.limits.fetchTimeout, b.cfg.FetchTimeout)
	assert.Equal(t, c.limits.maxBytes, b.cfg.MaxBytes)
}

func TestSizeLimitAgrees(t *testing.T) {
	// A page of 20 MiB, past batch's old 16 MiB limit: an article with an inline image.
	article, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	require.NoError(t, err)
	img := `<img src="data:image/png;base64,` + strings.Repeat("QUJD", 5<<20) + `">`
	page := strings.Replace(string(article), "</article>", img+"</article>", 1)
	require.Greater(t, len(page), 20<<20)
	path := filepath.Join(t.TempDir(), "big.html")
	require.NoError(t, os.WriteFile(path, []byte(page), 0o644))

	res := run(t, "", path)
	assert.Equal(t, ExitOK, res.code, res.stderr)
	assert.Contains(t, res.stdout, headline)
	code, rec := batchRecord(t, "", path)
	assert.Equal(t, ExitOK, code)
	assert.Equal(t, batch.StatusOK, rec.Status, rec.Error)

	// Under a smaller limit, both refuse it.
	res = run(t, "", "--max-bytes", "1000000", path)
	assert.Equal(t, ExitFailure, res.code)
	assert.Contains(t, res.stderr, "input too large")
	code, rec = batchRecord(t, "", "--max-bytes", "1000000", path)
	assert.Equal(t, ExitFailure, code)
	assert.Equal(t, batch.KindTooLarge, rec.ErrorKind)
}

// gzipBytes compresses b.
func gzipBytes(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func TestGzipAgrees(t *testing.T) {
	article, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	require.NoError(t, err)
	gz := gzipBytes(t, article)
	path := filepath.Join(t.TempDir(), "article.html.gz")
	require.NoError(t, os.WriteFile(path, gz, 0o644))

	plain := run(t, "", "testdata/article.html")
	require.Equal(t, ExitOK, plain.code)
	res := run(t, "", path)
	assert.Equal(t, ExitOK, res.code, res.stderr)
	assert.Equal(t, plain.stdout, res.stdout, "a .gz file gives what the page gives")
	res = run(t, string(gz))
	assert.Equal(t, ExitOK, res.code, res.stderr)
	assert.Equal(t, plain.stdout, res.stdout, "gzipped stdin too")
	res = run(t, string(gz), "explain", "--format", "json")
	assert.Equal(t, ExitOK, res.code, res.stderr)

	code, rec := batchRecord(t, "", path)
	assert.Equal(t, ExitOK, code)
	assert.Equal(t, batch.StatusOK, rec.Status)
	assert.Contains(t, plain.stdout, rec.Title)

	// The size limit applies to the page, not to the compressed file.
	res = run(t, "", "--max-bytes", "1500", path)
	assert.Equal(t, ExitFailure, res.code)
	assert.Contains(t, res.stderr, "input too large: more than 1500 bytes")
}

func TestFolderPointsToBatch(t *testing.T) {
	dir := batchPages(t)
	res := run(t, "", dir)
	assert.Equal(t, ExitFailure, res.code)
	assert.Equal(t, "pith: "+dir+": is a directory; to extract the pages in it, run: pith batch "+dir+"\n", res.stderr)
	res = run(t, "", "explain", dir)
	assert.Equal(t, ExitFailure, res.code)
	assert.Contains(t, res.stderr, "run: pith batch "+dir)
	code, rec := batchRecord(t, "", dir)
	assert.Equal(t, ExitOK, code, "and pith batch reads it")
	assert.Equal(t, batch.StatusOK, rec.Status)
}

func TestBinaryInputAgrees(t *testing.T) {
	path := filepath.Join(t.TempDir(), "photo.html")
	require.NoError(t, os.WriteFile(path, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), 0o644))

	res := run(t, "", path)
	assert.Equal(t, ExitFailure, res.code)
	assert.Contains(t, res.stderr, "input is not html")

	code, rec := batchRecord(t, "", path)
	assert.Equal(t, ExitFailure, code, "an error in both, not a skip")
	assert.Equal(t, batch.StatusError, rec.Status)
	assert.Equal(t, batch.KindNotHTML, rec.ErrorKind)

	code, rec = batchRecord(t, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "-")
	assert.Equal(t, ExitFailure, code, "standard input too")
	assert.Equal(t, batch.KindNotHTML, rec.ErrorKind)
}

func TestMaxNodesAgrees(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("<html><body><article><h1>Many paragraphs</h1>")
	for i := range 400 {
		fmt.Fprintf(&sb, "<p>Paragraph number %d of the story tells one more thing about the harbour and its boats.</p>", i)
	}
	sb.WriteString("</article></body></html>")
	page := sb.String()
	path := filepath.Join(t.TempDir(), "many.html")
	require.NoError(t, os.WriteFile(path, []byte(page), 0o644))

	res := run(t, "", "--max-nodes", "100", path)
	assert.Equal(t, ExitFailure, res.code)
	assert.Contains(t, res.stderr, "too many")
	res = run(t, "", "explain", "--max-nodes", "100", path)
	assert.Equal(t, ExitFailure, res.code)
	assert.Contains(t, res.stderr, "too many")
	code, rec := batchRecord(t, "", "--max-nodes", "100", path)
	assert.Equal(t, ExitFailure, code)
	assert.Equal(t, batch.KindTooManyNodes, rec.ErrorKind)

	res = run(t, "", path)
	assert.Equal(t, ExitOK, res.code, "the default admits it: %s", res.stderr)
}

// TestJSONMapsToRecord checks the README's table of how pith's JSON object maps to pith batch's
// record, field by field, on a page with metadata.
func TestJSONMapsToRecord(t *testing.T) {
	path := filepath.Join("testdata", "rich.html")
	res := run(t, "", "--format", "json", path)
	require.Equal(t, ExitOK, res.code, res.stderr)
	var obj jsonResult
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &obj))
	code, rec := batchRecord(t, "", path)
	require.Equal(t, ExitOK, code)

	assert.Equal(t, obj.Source, rec.Source)
	assert.Equal(t, obj.URL, rec.URL)
	assert.Equal(t, obj.Title, rec.Title)
	assert.Equal(t, obj.Title+"\n\n"+rec.Text, obj.Text, "pith's text is the title, a blank line, batch's text")
	assert.Equal(t, obj.Metadata, rec.Metadata, "the same metadata, nested in one, flat in the other")
	assert.NotEmpty(t, rec.Metadata.Authors, "the page has metadata to compare")
	assert.Equal(t, obj.BodySource, rec.BodySource)
	var texts []string
	for _, b := range obj.Blocks {
		texts = append(texts, b.Text)
	}
	assert.Equal(t, strings.Join(texts, "\n\n"), rec.Text, "the blocks' texts are batch's text")
}
