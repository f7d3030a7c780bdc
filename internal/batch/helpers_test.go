package batch_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/nlnwa/gowarc/v3"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/pithdev/pith/internal/batch"
	"github.com/pithdev/pith/internal/warc/warctest"
)

// pagesDir holds the golden pages: input.html and meta.json per folder.
var pagesDir = filepath.Join("..", "..", "testdata", "pages")

// meta is the part of a golden page's meta.json the tests use.
type meta struct {
	URL  string   `json:"url"`
	Must []string `json:"must"`
}

// page reads a golden page's input and meta.
func page(t *testing.T, name string) ([]byte, meta) {
	t.Helper()
	html, err := os.ReadFile(filepath.Join(pagesDir, name, "input.html"))
	require.NoError(t, err)
	raw, err := os.ReadFile(filepath.Join(pagesDir, name, "meta.json"))
	require.NoError(t, err)
	var m meta
	require.NoError(t, json.Unmarshal(raw, &m))
	return html, m
}

// want is what one output record of the test archive must be.
type want struct {
	url       string
	status    string
	skip      string
	errorKind string
	must      []string // snippets of the title and text
	warcType  string
}

// testArchive writes the archive of TestWARC into dir and returns its path and, per record,
// what its output must be.
func testArchive(t *testing.T, dir string) (string, []want) {
	t.Helper()
	var recs []warctest.Record
	var wants []want
	add := func(r warctest.Record, w want) {
		recs = append(recs, r)
		if w.url == "" {
			w.url = r.URL
		}
		wants = append(wants, w)
	}

	// UTF-8, declared in the header and the page.
	de, deMeta := page(t, "de-article")
	add(warctest.Response(deMeta.URL, de, "Content-Type: text/html; charset=utf-8"),
		want{status: batch.StatusOK, must: deMeta.Must, warcType: "response"})

	// windows-1251 declared in the page only.
	ru, ruMeta := page(t, "ru-cp1251-article")
	add(warctest.Response(ruMeta.URL, ru, "Content-Type: text/html"),
		want{status: batch.StatusOK, must: ruMeta.Must, warcType: "response"})

	// windows-1251 declared in the HTTP header only: the page's <meta charset> is removed.
	uk, ukMeta := page(t, "uk-article")
	uk = bytes.Replace(uk, []byte(`<meta charset="utf-8">`), nil, 1)
	uk1251, err := charmap.Windows1251.NewEncoder().Bytes(uk)
	require.NoError(t, err, "the Ukrainian page encodes in windows-1251")
	add(warctest.Response(ukMeta.URL, uk1251, "Content-Type: text/html; charset=windows-1251"),
		want{status: batch.StatusOK, must: ukMeta.Must, warcType: "response"})

	// A gzip Content-Encoding.
	fr, frMeta := page(t, "fr-article")
	add(warctest.Response(frMeta.URL, gzipped(t, fr), "Content-Type: text/html; charset=utf-8", "Content-Encoding: gzip"),
		want{status: batch.StatusOK, must: frMeta.Must, warcType: "response"})

	// A brotli Content-Encoding.
	tech, techMeta := page(t, "en-tech-blog")
	add(warctest.Response(techMeta.URL, brotlied(t, tech), "Content-Type: text/html; charset=utf-8", "Content-Encoding: br"),
		want{status: batch.StatusOK, must: techMeta.Must, warcType: "response"})

	// A non-HTML response.
	add(warctest.Response("https://example.com/logo.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "Content-Type: image/png"),
		want{status: batch.StatusSkip, skip: batch.SkipNotHTML, warcType: "response"})

	// A request record and a metadata record.
	add(warctest.Record{Type: gowarc.Request, URL: deMeta.URL, Block: []byte("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")},
		want{status: batch.StatusSkip, skip: batch.SkipRecordType, warcType: "request"})
	add(warctest.Record{Type: gowarc.Metadata, URL: deMeta.URL, ContentType: "application/warc-fields", Block: []byte("fetchTimeMs: 120\r\n")},
		want{status: batch.StatusSkip, skip: batch.SkipRecordType, warcType: "metadata"})

	// A resource record of HTML.
	upd, updMeta := page(t, "en-update-mid-article")
	add(warctest.Record{Type: gowarc.Resource, URL: updMeta.URL, ContentType: "text/html; charset=utf-8", Block: upd},
		want{status: batch.StatusOK, must: updMeta.Must, warcType: "resource"})

	// A redirect.
	redirect := []byte("HTTP/1.1 301 Moved Permanently\r\nLocation: https://example.com/new\r\nContent-Type: text/html\r\nContent-Length: 0\r\n\r\n")
	add(warctest.Record{Type: gowarc.Response, URL: "https://example.com/old", Block: redirect},
		want{status: batch.StatusSkip, skip: batch.SkipHTTPStatus, warcType: "response"})

	// Broken HTML: the page cut in the middle of a tag, after its fourth snippet, with stray tags.
	note, noteMeta := page(t, "en-note-at-bottom")
	cut := bytes.Index(note, []byte(noteMeta.Must[3])) + len(noteMeta.Must[3])
	require.Greater(t, cut, len(noteMeta.Must[3]), "the snippet is in the page")
	cut += bytes.IndexByte(note[cut:], '<') + 4
	broken := append(append([]byte{}, note[:cut]...), []byte(`</table></li><div class="x <p>unclosed <b`)...)
	add(warctest.Response(noteMeta.URL, broken, "Content-Type: text/html"),
		want{status: batch.StatusOK, must: noteMeta.Must[:4], warcType: "response"})

	// HTML with nothing worth keeping.
	add(warctest.Response("https://example.com/empty", []byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), "Content-Type: text/html"),
		want{status: batch.StatusError, errorKind: batch.KindNoContent, warcType: "response"})

	// The last record, truncated.
	kyiv, kyivMeta := page(t, "seed-kyiv-independent")
	add(warctest.Response(kyivMeta.URL, kyiv, "Content-Type: text/html; charset=utf-8"),
		want{status: batch.StatusError, errorKind: batch.KindWARC, warcType: "response"})

	path := filepath.Join(dir, "crawl.warc.gz")
	require.NoError(t, warctest.Write(path, recs))
	fi, err := os.Stat(path)
	require.NoError(t, err)
	require.NoError(t, os.Truncate(path, fi.Size()-500), "truncate the last record")
	return path, wants
}

// gzipped returns b gzip-compressed.
func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// brotlied returns b brotli-compressed.
func brotlied(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	bw := brotli.NewWriter(&buf)
	_, err := bw.Write(b)
	require.NoError(t, err)
	require.NoError(t, bw.Close())
	return buf.Bytes()
}

// outcome is what one in-process run gave.
type outcome struct {
	sum     batch.Summary
	err     error
	records []batch.Record
	stderr  string
}

// runBatch runs a batch on inputs with cfg's other settings, output to stdout unless cfg says otherwise.
func runBatch(t *testing.T, cfg batch.Config, inputs ...string) outcome {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cfg.Inputs = append(cfg.Inputs, inputs...)
	cfg.Stdout, cfg.Stderr = &stdout, &stderr
	if cfg.Workers == 0 {
		cfg.Workers = 2
	}
	sum, err := batch.Run(context.Background(), cfg)
	return outcome{sum: sum, err: err, records: parseLines(t, stdout.Bytes()), stderr: stderr.String()}
}

// parseLines parses JSON Lines output, failing on a line that is not one whole JSON object.
func parseLines(t *testing.T, out []byte) []batch.Record {
	t.Helper()
	var recs []batch.Record
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var r batch.Record
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r), "output line %d is JSON: %.200s", len(recs)+1, sc.Text())
		recs = append(recs, r)
	}
	require.NoError(t, sc.Err())
	return recs
}

// readOutput parses an output file.
func readOutput(t *testing.T, path string) []batch.Record {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return parseLines(t, b)
}

// norm collapses whitespace, so snippets match across line breaks.
func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// jsonLine encodes v as one line of JSON.
func jsonLine(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// decode1251 decodes windows-1251 bytes to a UTF-8 string.
func decode1251(t *testing.T, b []byte) string {
	t.Helper()
	s, err := charmap.Windows1251.NewDecoder().Bytes(b)
	require.NoError(t, err)
	return string(s)
}
