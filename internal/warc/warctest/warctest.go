// Package warctest writes WARC archives for tests and benchmarks with the WARC library's own
// writer (github.com/nlnwa/gowarc/v3): HTTP responses, resource, request and metadata records,
// gzip-compressed one member per record, or as one gzip stream.
package warctest

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/klauspost/compress/gzip"
	"github.com/nlnwa/gowarc/v3"
)

// Date is the WARC-Date of every record written.
var Date = time.Date(2024, 10, 2, 12, 0, 0, 0, time.UTC)

// Record is one record to write.
type Record struct {
	// Type is the record type: gowarc.Response, Resource, Request or Metadata.
	Type gowarc.RecordType
	// URL is the WARC-Target-URI.
	URL string
	// ContentType is the WARC Content-Type; empty means "application/http;msgtype=response"
	// for a response, "application/http;msgtype=request" for a request.
	ContentType string
	// Block is the content block: for a response, the HTTP header and body (see [HTTPResponse]).
	Block []byte
}

// HTTPResponse returns an HTTP/1.1 200 response block with the header lines given and body.
func HTTPResponse(body []byte, header ...string) []byte {
	var sb strings.Builder
	sb.WriteString("HTTP/1.1 200 OK\r\n")
	for _, h := range header {
		sb.WriteString(h + "\r\n")
	}
	fmt.Fprintf(&sb, "Content-Length: %d\r\n\r\n", len(body))
	return append([]byte(sb.String()), body...)
}

// Response returns a response record of url with an HTTP 200 response block.
func Response(url string, body []byte, header ...string) Record {
	return Record{Type: gowarc.Response, URL: url, Block: HTTPResponse(body, header...)}
}

// nameGenerator names the one file the writer makes.
type nameGenerator struct{ dir, name string }

// NewWarcfileName implements gowarc.WarcFileNameGenerator.
func (g nameGenerator) NewWarcfileName() (string, string) { return g.dir, g.name }

// Write writes records to path, a .warc.gz compressed one gzip member per record (path must end
// in ".warc.gz"), or an uncompressed .warc when path ends in ".warc".
func Write(path string, records []Record) error {
	compress := strings.HasSuffix(path, ".gz")
	name := filepath.Base(strings.TrimSuffix(path, ".gz"))
	w := gowarc.NewWarcFileWriter(
		gowarc.WithFileNameGenerator(nameGenerator{filepath.Dir(path), name}),
		gowarc.WithCompression(compress),
		gowarc.WithMaxFileSize(0),
	)
	for i, r := range records {
		rec, err := build(r)
		if err != nil {
			_ = w.Close()
			return fmt.Errorf("record %d: %w", i, err)
		}
		for _, resp := range w.Write(rec) {
			if resp.Err != nil {
				_ = w.Close()
				return fmt.Errorf("record %d: %w", i, resp.Err)
			}
		}
	}
	return w.Close()
}

// WriteSingleStream writes records to path as one gzip stream, not one member per record.
func WriteSingleStream(path string, records []Record) error {
	plain := strings.TrimSuffix(path, ".gz")
	if plain == path {
		return fmt.Errorf("warctest: %s does not end in .gz", path)
	}
	if err := Write(plain, records); err != nil {
		return err
	}
	defer os.Remove(plain)
	in, err := os.Open(plain)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	gz := gzip.NewWriter(out)
	if _, err := io.Copy(gz, in); err != nil {
		_ = out.Close()
		return err
	}
	if err := gz.Close(); err != nil {
		_ = out.Close()
		return err
	}
	return out.Close()
}

// build makes a gowarc record of r.
func build(r Record) (gowarc.WarcRecord, error) {
	b := gowarc.NewRecordBuilder(r.Type,
		gowarc.WithAddMissingRecordId(true),
		gowarc.WithAddMissingDigest(true),
		gowarc.WithAddMissingContentLength(true),
		gowarc.WithFixContentLength(true),
	)
	ct := r.ContentType
	switch {
	case ct != "":
	case r.Type == gowarc.Response:
		ct = "application/http;msgtype=response"
	case r.Type == gowarc.Request:
		ct = "application/http;msgtype=request"
	default:
		ct = "application/octet-stream"
	}
	if r.URL != "" {
		b.AddWarcHeader(gowarc.WarcTargetURI, r.URL)
	}
	b.AddWarcHeaderTime(gowarc.WarcDate, Date)
	b.AddWarcHeader(gowarc.ContentType, ct)
	if _, err := b.Write(r.Block); err != nil {
		return nil, err
	}
	rec, _, err := b.Build()
	return rec, err
}
