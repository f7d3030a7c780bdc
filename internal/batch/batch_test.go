package batch_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/batch"
	"github.com/pithdev/pith/internal/warc/warctest"
)

func TestWARC(t *testing.T) {
	path, wants := testArchive(t, t.TempDir())
	for _, workers := range []int{1, 3} {
		t.Run(fmt.Sprintf("j%d", workers), func(t *testing.T) {
			got := runBatch(t, batch.Config{Workers: workers}, path)
			require.NoError(t, got.err)
			require.Len(t, got.records, len(wants), "one output line per record; stderr: %s", got.stderr)
			var lastOffset int64 = -1
			for i, w := range wants {
				rec := got.records[i]
				name := fmt.Sprintf("record %d (%s)", i, w.url)
				assert.Equal(t, path, rec.Source, name)
				require.NotNil(t, rec.Offset, name)
				assert.Greater(t, *rec.Offset, lastOffset, "%s: offsets grow", name)
				lastOffset = *rec.Offset
				assert.Equal(t, w.url, rec.URL, name)
				assert.Equal(t, w.warcType, rec.WARCType, name)
				assert.Equal(t, w.status, rec.Status, "%s: status (error: %s)", name, rec.Error)
				assert.Equal(t, w.skip, rec.Skip, name)
				assert.Equal(t, w.errorKind, rec.ErrorKind, "%s: error kind (error: %s)", name, rec.Error)
				assert.NotEmpty(t, rec.WARCRecordID, name)
				assert.Equal(t, "2024-10-02T12:00:00Z", rec.WARCDate, name)
				if w.status == batch.StatusError {
					assert.NotEmpty(t, rec.Error, name)
					assert.Empty(t, rec.Text, "%s: an error record has no text", name)
				}
				content := norm(rec.Title + "\n" + rec.Text)
				for _, m := range w.must {
					assert.Contains(t, content, norm(m), "%s: must snippet", name)
				}
			}
			assert.Equal(t, "image/png", got.records[5].ContentType)
			assert.Equal(t, int32(301), got.records[9].HTTPStatus)
			assert.Equal(t, int64(len(wants)), got.sum.Read)
			assert.Equal(t, int64(7), got.sum.Extracted)
			assert.Equal(t, int64(4), got.sum.Skipped)
			assert.Equal(t, int64(2), got.sum.Failed)
		})
	}
}

func TestWARCFromStdin(t *testing.T) {
	path, wants := testArchive(t, t.TempDir())
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	got := runBatch(t, batch.Config{Stdin: f}, "-")
	require.NoError(t, got.err)
	require.Len(t, got.records, len(wants))
	for i, w := range wants[:len(wants)-1] {
		assert.Equal(t, "<stdin>", got.records[i].Source)
		assert.Equal(t, w.status, got.records[i].Status, "record %d", i)
	}
	last := got.records[len(wants)-1]
	assert.Equal(t, batch.StatusError, last.Status, "the truncated record fails")
	assert.Equal(t, batch.KindWARC, last.ErrorKind)
}

func TestWARCSingleGzipStream(t *testing.T) {
	dir := t.TempDir()
	de, deMeta := page(t, "de-article")
	path := filepath.Join(dir, "one-stream.warc.gz")
	require.NoError(t, warctest.WriteSingleStream(path, []warctest.Record{
		warctest.Response("https://example.com/a", []byte("<p>x</p>"), "Content-Type: image/gif"),
		warctest.Response(deMeta.URL, de, "Content-Type: text/html; charset=utf-8"),
	}))
	got := runBatch(t, batch.Config{}, path)
	require.NoError(t, got.err)
	assert.Contains(t, got.stderr, "one gzip stream", "the single stream is reported")
	require.Len(t, got.records, 2, "both records are read")
	assert.Equal(t, batch.StatusOK, got.records[1].Status)
	assert.Contains(t, got.records[1].Text, deMeta.Must[1][:40])
}

// TestFolderMatchesWARC checks that a page gives the same record from a folder as from a WARC
// archive, when the page's bytes are the same and it declares its own charset.
func TestFolderMatchesWARC(t *testing.T) {
	dir := t.TempDir()
	archive, _ := testArchive(t, dir)
	pages := filepath.Join(dir, "pages")
	names := []string{"de-article", "en-tech-blog", "en-update-mid-article", "fr-article", "ru-cp1251-article"} // sorted: folder order
	urls := map[string]string{}
	for i, name := range names {
		html, m := page(t, name)
		sub := filepath.Join(pages, name)
		require.NoError(t, os.MkdirAll(sub, 0o755))
		file := filepath.Join(sub, "index.html")
		if i%2 == 1 {
			file += ".gz"
			html = gzipped(t, html)
		}
		require.NoError(t, os.WriteFile(file, html, 0o644))
		urls[name] = m.URL
	}
	require.NoError(t, os.WriteFile(filepath.Join(pages, "notes.txt"), []byte("not a page"), 0o644))

	fromWARC := map[string]batch.Record{}
	for _, r := range runBatch(t, batch.Config{}, archive).records {
		if r.Status == batch.StatusOK {
			fromWARC[r.URL] = r
		}
	}
	got := runBatch(t, batch.Config{}, pages)
	require.NoError(t, got.err)
	require.Len(t, got.records, len(names), "one record per HTML file, the .txt left out")
	for i, name := range names {
		rec := got.records[i]
		assert.True(t, strings.HasPrefix(rec.Source, filepath.Join(pages, name, "index.html")), "folder order: %s", rec.Source)
		w, ok := fromWARC[urls[name]]
		require.True(t, ok, "%s is in the WARC output", name)
		assert.Equal(t, batch.StatusOK, rec.Status, name)
		assert.Equal(t, w.Title, rec.Title, "%s: same title", name)
		assert.Equal(t, w.Text, rec.Text, "%s: same text", name)
	}
}

func TestJSONLines(t *testing.T) {
	dir := t.TempDir()
	de, deMeta := page(t, "de-article")
	ru, ruMeta := page(t, "ru-cp1251-article")
	ruUTF8 := decode1251(t, ru)
	lines := []string{
		jsonLine(t, map[string]any{"id": "a-1", "url": deMeta.URL, "html": string(de)}),
		"",
		jsonLine(t, map[string]any{"id": 42, "url": ruMeta.URL, "html": ruUTF8, "content_type": "text/html; charset=windows-1251"}),
		`{"id": "bad", "html": `,
		jsonLine(t, map[string]any{"id": "no-html", "url": "https://example.com/"}),
		jsonLine(t, map[string]any{"id": "pdf", "html": "%PDF-1.4", "content_type": "application/pdf"}),
		jsonLine(t, map[string]any{"html": `<html><head><title>Harbour webcam today</title><meta name="author" content="Morag Flett"></head><body><p>Short.</p></body></html>`}),
	}
	path := filepath.Join(dir, "pages.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644))
	got := runBatch(t, batch.Config{}, path)
	require.NoError(t, got.err)
	require.Len(t, got.records, 6, "one record per non-blank line")

	type row struct {
		line          int64
		id, status    string
		skip, errKind string
	}
	var rows []row
	for _, r := range got.records {
		require.NotNil(t, r.Line)
		assert.Equal(t, path, r.Source)
		rows = append(rows, row{*r.Line, string(r.ID), r.Status, r.Skip, r.ErrorKind})
	}
	assert.Equal(t, []row{
		{1, `"a-1"`, batch.StatusOK, "", ""},
		{3, "42", batch.StatusOK, "", ""},
		{4, "", batch.StatusError, "", batch.KindJSON},
		{5, `"no-html"`, batch.StatusError, "", batch.KindJSON},
		{6, `"pdf"`, batch.StatusSkip, batch.SkipNotHTML, ""},
		{7, "", batch.StatusError, "", batch.KindNoContent},
	}, rows, "each id keeps its JSON type")
	assert.Equal(t, deMeta.URL, got.records[0].URL)
	assert.Contains(t, norm(got.records[0].Text), norm(deMeta.Must[1]))
	assert.Contains(t, norm(got.records[1].Text), norm(ruMeta.Must[1]), "a JSON string is UTF-8 whatever charset it names")
	// A page with no body: the error line has the page's title and metadata, and no text.
	noBody := got.records[5]
	assert.Equal(t, "Harbour webcam today", noBody.Title)
	assert.Equal(t, []string{"Morag Flett"}, noBody.Authors)
	assert.Empty(t, noBody.Text)
}

func TestMixedInputsAndList(t *testing.T) {
	dir := t.TempDir()
	archive, wants := testArchive(t, dir)
	de, _ := page(t, "de-article")
	html := filepath.Join(dir, "one.html")
	require.NoError(t, os.WriteFile(html, de, 0o644))
	jsonl := filepath.Join(dir, "two.jsonl")
	require.NoError(t, os.WriteFile(jsonl, []byte(jsonLine(t, map[string]any{"html": string(de)})+"\n"), 0o644))
	list := filepath.Join(dir, "list.txt")
	require.NoError(t, os.WriteFile(list, []byte("# inputs\n"+html+"\n\n"+jsonl+"\n"), 0o644))

	got := runBatch(t, batch.Config{Lists: []string{list}}, archive, "@"+list, filepath.Join(dir, "missing.warc.gz"))
	require.NoError(t, got.err)
	require.Len(t, got.records, len(wants)+2+1+2)
	sources := []string{}
	for _, r := range got.records[len(wants):] {
		sources = append(sources, r.Source)
	}
	assert.Equal(t, []string{html, jsonl, filepath.Join(dir, "missing.warc.gz"), html, jsonl}, sources)
	missing := got.records[len(wants)+2]
	assert.Equal(t, batch.StatusError, missing.Status)
	assert.Equal(t, batch.KindInput, missing.ErrorKind)
	assert.Contains(t, got.stderr, "missing.warc.gz", "a missing input is reported")
	assert.Equal(t, int64(6), got.sum.Inputs, "the archive, two listed twice, the missing one")
}

func TestOrder(t *testing.T) {
	dir := t.TempDir()
	de, _ := page(t, "de-article")
	small := "<html><body><article><h1>Small</h1><p>" + strings.Repeat("A short page of a few words. ", 8) + "</p></article></body></html>"
	var lines []string
	for i := range 120 {
		html := small
		if i%7 == 0 {
			html = string(de) // slower pages among fast ones
		}
		lines = append(lines, jsonLine(t, map[string]any{"id": i, "html": html}))
	}
	a := filepath.Join(dir, "a.jsonl")
	b := filepath.Join(dir, "b.jsonl")
	require.NoError(t, os.WriteFile(a, []byte(strings.Join(lines, "\n")), 0o644))
	require.NoError(t, os.WriteFile(b, []byte(strings.Join(lines[:50], "\n")), 0o644))

	ordered := runBatch(t, batch.Config{Workers: 4}, a, b)
	require.NoError(t, ordered.err)
	require.Len(t, ordered.records, 170)
	var keys []string
	for i, r := range ordered.records {
		want := a
		n := i
		if i >= 120 {
			want, n = b, i-120
		}
		assert.Equal(t, want, r.Source)
		assert.Equal(t, int64(n+1), *r.Line, "ordered output keeps input order")
		keys = append(keys, fmt.Sprintf("%s:%d:%s:%s", r.Source, *r.Line, r.Status, r.Text))
	}

	unordered := runBatch(t, batch.Config{Workers: 4, Unordered: true}, a, b)
	require.NoError(t, unordered.err)
	require.Len(t, unordered.records, 170)
	var got []string
	for i, r := range unordered.records {
		if i < 120 {
			assert.Equal(t, a, r.Source, "the records of one input come together")
		}
		got = append(got, fmt.Sprintf("%s:%d:%s:%s", r.Source, *r.Line, r.Status, r.Text))
	}
	slices.Sort(keys)
	slices.Sort(got)
	assert.Equal(t, keys, got, "unordered output holds the same records")
}

func TestMarkdownAndMetadata(t *testing.T) {
	dir := t.TempDir()
	de, deMeta := page(t, "de-article")
	path := filepath.Join(dir, "de.html")
	require.NoError(t, os.WriteFile(path, de, 0o644))
	got := runBatch(t, batch.Config{Markdown: true}, path)
	require.Len(t, got.records, 1)
	rec := got.records[0]
	assert.True(t, strings.HasPrefix(rec.Markdown, "# "), "markdown starts with the title: %.80s", rec.Markdown)
	assert.Contains(t, rec.Markdown, deMeta.Must[2])
	assert.NotEmpty(t, rec.Language, "metadata is filled")
	plain := runBatch(t, batch.Config{}, path)
	assert.Empty(t, plain.records[0].Markdown, "no markdown without --markdown")
}

func TestLimits(t *testing.T) {
	dir := t.TempDir()
	de, _ := page(t, "de-article")
	path := filepath.Join(dir, "de.html")
	require.NoError(t, os.WriteFile(path, de, 0o644))
	archive, _ := testArchive(t, dir)
	got := runBatch(t, batch.Config{MaxBytes: 1000}, path, archive)
	require.NoError(t, got.err)
	assert.Equal(t, batch.KindTooLarge, got.records[0].ErrorKind, "a file over --max-bytes")
	assert.Equal(t, batch.KindTooLarge, got.records[1].ErrorKind, "a WARC record over --max-bytes")
	assert.Equal(t, batch.KindTooLarge, got.records[4].ErrorKind, "a body decompressing past --max-bytes: %s", got.records[4].Error)
}

func TestConfigErrors(t *testing.T) {
	for _, cfg := range []batch.Config{
		{Format: "csv"},
		{Resume: true},
		{Resume: true, Output: "x.parquet", Format: batch.FormatParquet},
		{Output: "a", OutputDir: "b"},
	} {
		_, err := batch.Run(t.Context(), cfg)
		var ce *batch.ConfigError
		assert.ErrorAs(t, err, &ce, "%+v", cfg)
	}
}

// TestRecordHasEveryMetadataField fails when extractor.Metadata gains a field that the output
// schema does not carry, or carries under another Parquet name: batch.Record embeds
// Metadata, so give the field a parquet tag (and document it in the schema).
func TestRecordHasEveryMetadataField(t *testing.T) {
	columns := map[string]bool{}
	for _, f := range reflect.VisibleFields(reflect.TypeFor[batch.Record]()) {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		columns[name] = !f.Anonymous
	}
	mt := reflect.TypeFor[extractor.Metadata]()
	for i := range mt.NumField() {
		f := mt.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		assert.True(t, columns[name], "metadata field %s (%q) has a column in batch.Record", f.Name, name)
		pq, _, _ := strings.Cut(f.Tag.Get("parquet"), ",")
		assert.Equal(t, name, pq, "metadata field %s has the same JSON and Parquet name", f.Name)
	}
}

func TestStdinPageAndGzipJSONLines(t *testing.T) {
	de, deMeta := page(t, "de-article")
	got := runBatch(t, batch.Config{Stdin: strings.NewReader(string(gzipped(t, de)))}, "-")
	require.NoError(t, got.err)
	require.Len(t, got.records, 1, "a gzip-compressed page on stdin")
	assert.Equal(t, "<stdin>", got.records[0].Source)
	assert.Contains(t, norm(got.records[0].Text), norm(deMeta.Must[1]))

	path := filepath.Join(t.TempDir(), "pages.jsonl.gz")
	line := jsonLine(t, map[string]any{"url": deMeta.URL, "html": string(de)})
	require.NoError(t, os.WriteFile(path, gzipped(t, []byte(line+"\n"+line+"\n")), 0o644))
	got = runBatch(t, batch.Config{}, path)
	require.NoError(t, got.err)
	require.Len(t, got.records, 2, "gzip-compressed JSON Lines")
	assert.Equal(t, deMeta.URL, got.records[1].URL)
	assert.Equal(t, batch.StatusOK, got.records[1].Status)
}

// TestWARCMembersMatchStream checks that a .warc.gz file, read member by member by the workers,
// gives the same records as the same archive read as a stream by one reader: for the test
// archive (its last record truncated), one with a broken record header, one with a garbled gzip
// member, and one with padding at its end.
func TestWARCMembersMatchStream(t *testing.T) {
	dir := t.TempDir()
	archive, _ := testArchive(t, dir)
	badHeader, _ := corruptMiddleArchive(t, dir)
	good, err := os.ReadFile(badHeader)
	require.NoError(t, err)
	// The members of corruptMiddleArchive are ~600 bytes; garble the middle of the third.
	garbled := bytes.Clone(good)
	starts := memberStarts(good)
	require.Len(t, starts, 4)
	for i := starts[2] + 30; i < starts[3]-20; i++ {
		garbled[i] ^= 0x5a
	}
	garbledPath := filepath.Join(dir, "garbled.warc.gz")
	require.NoError(t, os.WriteFile(garbledPath, garbled, 0o644))
	padded := filepath.Join(dir, "padded.warc.gz")
	require.NoError(t, os.WriteFile(padded, append(bytes.Clone(good), make([]byte, 512)...), 0o644))

	for _, path := range []string{archive, badHeader, garbledPath, padded} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			members := runBatch(t, batch.Config{Workers: 3}, path)
			require.NoError(t, members.err)
			f, err := os.Open(path)
			require.NoError(t, err)
			defer f.Close()
			stream := runBatch(t, batch.Config{Stdin: f}, "-")
			require.NoError(t, stream.err)
			require.Len(t, members.records, len(stream.records), "members: %s\nstream: %s", members.stderr, stream.stderr)
			for i := range stream.records {
				want, got := stream.records[i], members.records[i]
				want.Source, got.Source = "", ""
				if want.Status == batch.StatusError {
					// The readers word their errors differently, and a file, unlike a
					// stream, can be read again to salvage a broken record's header.
					want.Error, got.Error = "", ""
					if want.URL == "" {
						got.URL, got.WARCRecordID, got.WARCDate, got.WARCType = "", "", "", ""
					}
				}
				assert.Equal(t, want, got, "record %d", i)
			}
		})
	}
}

// memberStarts returns the offsets of the gzip members of a .warc.gz written by gzip.Writer
// with default headers (as corruptMiddleArchive does).
func memberStarts(b []byte) []int {
	var starts []int
	for i := 0; i+10 <= len(b); i++ {
		if b[i] == 0x1f && b[i+1] == 0x8b && b[i+2] == 8 && b[i+3] == 0 {
			starts = append(starts, i)
		}
	}
	return starts
}
