package warc_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/nlnwa/gowarc/v3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/warc"
	"github.com/pithdev/pith/internal/warc/warctest"
)

const page = "<html><head><title>T</title></head><body><p>Hello, world.</p></body></html>"

// sample is a small archive of every kind of record the reader meets.
func sample() []warctest.Record {
	return []warctest.Record{
		warctest.Response("https://example.com/a", []byte(page), "Content-Type: text/html; charset=utf-8"),
		{Type: gowarc.Request, URL: "https://example.com/a", Block: []byte("GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n")},
		{Type: gowarc.Metadata, URL: "https://example.com/a", ContentType: "application/warc-fields", Block: []byte("via: x\r\n")},
		{Type: gowarc.Resource, URL: "https://example.com/r", ContentType: "text/html", Block: []byte(page)},
		warctest.Response("https://example.com/b", []byte(page), "Content-Type: text/html"),
	}
}

// readAll reads every record of the archive at path, with the blocks of those that have one.
func readAll(t *testing.T, path string) ([]*warc.Record, [][]byte, error) {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	r, openErr := warc.NewReader(f)
	if r == nil {
		return nil, nil, openErr
	}
	defer r.Close()
	var recs []*warc.Record
	var blocks [][]byte
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		var b []byte
		if rec.Err == nil {
			b, _ = rec.Block(1 << 20)
		}
		recs = append(recs, rec)
		blocks = append(blocks, b)
	}
	return recs, blocks, openErr
}

func TestReaderRecords(t *testing.T) {
	for _, name := range []string{"a.warc.gz", "a.warc"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			require.NoError(t, warctest.Write(path, sample()))
			recs, blocks, err := readAll(t, path)
			require.NoError(t, err)
			require.Len(t, recs, 5)
			types := []string{}
			for _, r := range recs {
				types = append(types, r.Type)
				assert.NoError(t, r.Err)
				assert.NotEmpty(t, r.ID)
				assert.Equal(t, "2024-10-02T12:00:00Z", r.Date)
			}
			assert.Equal(t, []string{"response", "request", "metadata", "resource", "response"}, types)
			assert.Equal(t, "https://example.com/a", recs[0].TargetURI)
			assert.True(t, recs[0].HTTP)
			assert.Equal(t, 200, recs[0].HTTPStatus)
			assert.Equal(t, "text/html; charset=utf-8", recs[0].HTTPHeader.Get("Content-Type"))
			assert.Equal(t, "text/html", recs[3].ContentType)
			assert.Equal(t, page, string(blocks[3]))
			body, _, err := warc.DecodeHTTP(blocks[0], 1<<20)
			require.NoError(t, err)
			assert.Equal(t, page, string(body))
			assert.Equal(t, int64(0), recs[0].Offset)
			assert.Less(t, recs[0].Offset, recs[1].Offset)
		})
	}
}

func TestReaderTruncatedLastRecord(t *testing.T) {
	for _, name := range []string{"a.warc.gz", "a.warc"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			require.NoError(t, warctest.Write(path, sample()))
			fi, err := os.Stat(path)
			require.NoError(t, err)
			require.NoError(t, os.Truncate(path, fi.Size()-40))
			recs, _, err := readAll(t, path)
			require.NoError(t, err)
			require.Len(t, recs, 5, "one record per record written, the truncated one included")
			last := recs[4]
			assert.Error(t, last.Err, "the truncated record fails")
			assert.Equal(t, "https://example.com/b", last.TargetURI, "its header is salvaged")
			assert.Equal(t, "response", last.Type)
			for _, r := range recs[:4] {
				assert.NoError(t, r.Err)
			}
		})
	}
}

func TestReaderCorruptMiddleMember(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.warc.gz")
	require.NoError(t, warctest.Write(path, sample()))
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	// Find the second member (the request record) and garble its compressed data.
	f, err := os.Open(path)
	require.NoError(t, err)
	r, err := warc.NewReader(f)
	require.NoError(t, err)
	var offsets []int64
	for {
		rec, err := r.Next()
		if err != nil {
			break
		}
		offsets = append(offsets, rec.Offset)
	}
	r.Close()
	f.Close()
	require.Len(t, offsets, 5)
	for i := offsets[1] + 20; i < offsets[2]-10; i++ {
		data[i] ^= 0x5a
	}
	require.NoError(t, os.WriteFile(path, data, 0o644))
	recs, _, err := readAll(t, path)
	require.NoError(t, err)
	var good, bad int
	for _, r := range recs {
		if r.Err != nil {
			bad++
		} else {
			good++
		}
	}
	assert.Equal(t, 4, good, "the records after the corrupt member are read")
	assert.GreaterOrEqual(t, bad, 1, "the corrupt member is reported")
}

func TestReaderSingleStream(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.warc.gz")
	require.NoError(t, warctest.WriteSingleStream(path, sample()))
	recs, blocks, err := readAll(t, path)
	require.ErrorIs(t, err, warc.ErrSingleStream)
	require.Len(t, recs, 5, "every record is read")
	assert.Equal(t, page, string(blocks[3]))
	assert.Equal(t, "https://example.com/b", recs[4].TargetURI)
}

func TestDecodeHTTPEncodings(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write([]byte(page))
	require.NoError(t, zw.Close())
	var br bytes.Buffer
	bw := brotli.NewWriter(&br)
	_, _ = bw.Write([]byte(page))
	require.NoError(t, bw.Close())
	chunked := "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n" +
		"10\r\n" + page[:16] + "\r\n" + fmt.Sprintf("%x", len(page)-16) + "\r\n" + page[16:] + "\r\n0\r\n\r\n"
	tests := []struct {
		name  string
		block []byte
	}{
		{"gzip", warctest.HTTPResponse(gz.Bytes(), "Content-Encoding: gzip")},
		{"br", warctest.HTTPResponse(br.Bytes(), "Content-Encoding: br")},
		{"gzip stored decoded", warctest.HTTPResponse([]byte(page), "Content-Encoding: gzip")},
		{"chunked", []byte(chunked)},
		{"content-length too short", []byte("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n" + page)},
		{"bare newlines", []byte("HTTP/1.1 200 OK\nContent-Type: text/html\n\n" + page)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body, _, err := warc.DecodeHTTP(tc.block, 1<<20)
			require.NoError(t, err)
			assert.Equal(t, page, string(body))
		})
	}
	_, _, err := warc.DecodeHTTP(warctest.HTTPResponse(gz.Bytes(), "Content-Encoding: gzip"), 10)
	assert.ErrorIs(t, err, warc.ErrTooLarge, "a body decoding past the limit")
	_, _, err = warc.DecodeHTTP(warctest.HTTPResponse([]byte{1, 2, 3}, "Content-Encoding: compress"), 1<<20)
	var ee *warc.EncodingError
	assert.ErrorAs(t, err, &ee, "an unsupported coding")
}
