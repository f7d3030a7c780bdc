package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// EncodingError reports a body whose Content-Encoding could not be undone.
type EncodingError struct {
	// Encoding is the content coding that failed ("gzip", "br", ...).
	Encoding string
	// Err is the decompressor's error, or nil for an unsupported coding.
	Err error
}

// Error implements error.
func (e *EncodingError) Error() string {
	if e.Err == nil {
		return "unsupported content-encoding " + e.Encoding
	}
	return fmt.Sprintf("content-encoding %s: %v", e.Encoding, e.Err)
}

// Unwrap returns the decompressor's error.
func (e *EncodingError) Unwrap() error { return e.Err }

// DecodeHTTP returns the payload of an HTTP response block (the HTTP header and body, as
// [Record.Block] returns it) as the server meant it: the body un-chunked when the response was
// sent with Transfer-Encoding: chunked, and decompressed per its Content-Encoding (gzip,
// deflate, br, zstd, in the order applied). The body's Content-Length is not trusted: crawlers
// often store a decoded body under the original header, so the body is the rest of the block.
// Likewise a body declared compressed but stored decoded (it does not start with the coding's
// magic, or fails to decode and looks like markup) is returned as stored. At most limit bytes
// are decoded: more give an error wrapping [ErrTooLarge]. DecodeHTTP is safe for concurrent use.
func DecodeHTTP(block []byte, limit int64) ([]byte, http.Header, error) {
	br := bufio.NewReader(bytes.NewReader(block))
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("bad http response: %w", err)
	}
	body := block[headerEnd(block):]
	if chunked(resp) {
		b, err := readLimited(resp.Body, limit)
		if err != nil {
			return nil, nil, fmt.Errorf("chunked body: %w", err)
		}
		body = b
	}
	codings := contentCodings(resp.Header)
	for i := len(codings) - 1; i >= 0; i-- {
		body, err = decodeBody(codings[i], body, limit)
		if err != nil {
			return nil, nil, err
		}
	}
	if int64(len(body)) > limit {
		return nil, nil, fmt.Errorf("%w: body of %d bytes, limit %d", ErrTooLarge, len(body), limit)
	}
	return body, resp.Header, nil
}

// headerEnd returns the length of the HTTP header at the start of block: up to and with the
// first empty line ("\r\n" or a bare "\n", as net/http accepts), or len(block) without one.
func headerEnd(block []byte) int {
	start := 0
	for {
		i := bytes.IndexByte(block[start:], '\n')
		if i < 0 {
			return len(block)
		}
		line := block[start : start+i]
		start += i + 1
		if len(line) == 0 || len(line) == 1 && line[0] == '\r' {
			return start
		}
	}
}

// chunked reports whether resp's body was sent chunked (http.ReadResponse then un-chunks it).
func chunked(resp *http.Response) bool {
	for _, te := range resp.TransferEncoding {
		if strings.EqualFold(te, "chunked") {
			return true
		}
	}
	return false
}

// contentCodings lists the codings of the Content-Encoding header, in the order they were
// applied, identity left out.
func contentCodings(h http.Header) []string {
	var out []string
	for _, v := range h.Values("Content-Encoding") {
		for _, c := range strings.Split(v, ",") {
			c = strings.ToLower(strings.TrimSpace(c))
			if c != "" && c != "identity" && c != "none" {
				out = append(out, c)
			}
		}
	}
	return out
}

// decodeBody undoes one content coding of body.
func decodeBody(coding string, body []byte, limit int64) ([]byte, error) {
	var r io.Reader
	var err error
	switch coding {
	case "gzip", "x-gzip":
		if len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
			return body, nil // stored decoded under the original header
		}
		r, err = gzip.NewReader(bytes.NewReader(body))
	case "deflate":
		// RFC 9110 deflate is zlib-wrapped; some servers send raw deflate.
		if len(body) >= 2 && (uint16(body[0])<<8|uint16(body[1]))%31 == 0 && body[0]&0x0f == 8 {
			r, err = zlib.NewReader(bytes.NewReader(body))
		} else {
			r = flate.NewReader(bytes.NewReader(body))
		}
	case "br":
		r = brotli.NewReader(bytes.NewReader(body))
	case "zstd":
		d, derr := zstd.NewReader(bytes.NewReader(body), zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(uint64(limit)+1))
		if derr != nil {
			return nil, &EncodingError{Encoding: coding, Err: derr}
		}
		defer d.Close()
		r = d
	default:
		if looksLikeMarkup(body) {
			return body, nil
		}
		return nil, &EncodingError{Encoding: coding}
	}
	if err == nil {
		var out []byte
		out, err = readLimited(r, limit)
		if err == nil || errors.Is(err, ErrTooLarge) {
			return out, err
		}
	}
	if looksLikeMarkup(body) {
		return body, nil // declared compressed, stored decoded
	}
	return nil, &EncodingError{Encoding: coding, Err: err}
}

// readLimited reads r to the end, failing with [ErrTooLarge] past limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: decoded body of more than %d bytes", ErrTooLarge, limit)
	}
	return b, nil
}

// looksLikeMarkup reports whether b starts, after a BOM and whitespace, with '<'.
func looksLikeMarkup(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && b[0] == '<'
}
