// Package warc reads WARC archives for pith batch. It is a thin adapter over
// github.com/nlnwa/gowarc/v3: it keeps the library's default validation (with no validation the
// library hands back empty blocks), turns each record into a [Record] with the fields batch
// processing needs, salvages the headers of a record the library could not read, and detects a
// .warc.gz compressed as one gzip stream instead of one gzip member per record, which the library
// would read as a single record.
//
// A [Reader] is not safe for concurrent use; [DecodeHTTP] is, and is meant to run in workers.
package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/nlnwa/gowarc/v3"
)

// headBytes is how much of a gzip-compressed archive is read ahead to tell one gzip member per
// record (the norm, as Common Crawl publishes) from one gzip stream for the whole file. It holds
// the first record (a warcinfo record of a few hundred bytes in practice); when the first record
// does not fit, the archive is taken to be one member per record.
const headBytes = 1 << 20

// maxDeflateRatio is the largest ratio of uncompressed to compressed size deflate can reach.
const maxDeflateRatio = 1032

// salvageBytes is how much of a broken record is read again to recover its WARC header fields.
const salvageBytes = 64 << 10

// Record is one WARC record. The fields come from the WARC header and, for response records
// carrying HTTP, from the HTTP header; the block is read with [Record.Block].
type Record struct {
	// Offset is the record's byte offset in the file: in the compressed file for a .warc.gz
	// read member by member, in the uncompressed data for a single-stream one ([Reader.SingleStream]).
	Offset int64
	// Type is the WARC-Type: "response", "resource", "request", "metadata", "warcinfo", ...;
	// empty when the record could not be read and its header could not be salvaged.
	Type string
	// ID is the WARC-Record-ID, with its angle brackets.
	ID string
	// Date is the WARC-Date as written in the record (RFC 3339).
	Date string
	// TargetURI is the WARC-Target-URI: the page URL.
	TargetURI string
	// ContentType is the WARC Content-Type of the block: "application/http; msgtype=response"
	// for HTTP responses, the payload's own type ("text/html") for resource records.
	ContentType string
	// HTTP is true when the block is an HTTP message (response records of application/http).
	HTTP bool
	// HTTPStatus is the HTTP status code of an HTTP response, 0 otherwise.
	HTTPStatus int
	// HTTPHeader is the HTTP header of an HTTP response; nil otherwise.
	HTTPHeader http.Header
	// Err is set when the record could not be read whole (a corrupt or truncated gzip member, a
	// block shorter than its Content-Length, a broken HTTP header). The fields above are then
	// those that could be salvaged, and the block must not be used.
	Err error

	rec      gowarc.WarcRecord
	detached bool
}

// Block reads the record's content block, at most limit bytes of it: for an HTTP response, the
// HTTP header and body as stored (see [DecodeHTTP]); for a resource record, the payload. It
// returns an error wrapping [ErrTooLarge] when the block is longer than limit. It may be called
// once, before the next call to [Reader.Next] unless the record was detached ([Record.Detach]).
func (r *Record) Block(limit int64) ([]byte, error) {
	if r.rec == nil {
		return nil, errors.New("record has no block")
	}
	raw, err := r.rec.Block().RawBytes()
	if err != nil {
		return nil, fmt.Errorf("read block: %w", err)
	}
	n, err := r.rec.ContentLength()
	if err == nil && n > limit {
		return nil, fmt.Errorf("%w: block of %d bytes, limit %d", ErrTooLarge, n, limit)
	}
	// Read into a buffer of the declared length (one allocation), then check for more.
	var b bytes.Buffer
	if err == nil && n > 0 {
		b.Grow(int(n) + 1)
	}
	if _, err := b.ReadFrom(io.LimitReader(raw, limit+1)); err != nil {
		return nil, fmt.Errorf("read block: %w", err)
	}
	if int64(b.Len()) > limit {
		return nil, fmt.Errorf("%w: block of more than %d bytes", ErrTooLarge, limit)
	}
	return b.Bytes(), nil
}

// ErrTooLarge is wrapped by the errors of [Record.Block] and [DecodeHTTP] for a block or body
// larger than the limit given.
var ErrTooLarge = errors.New("too large")

// ErrSingleStream is the warning [NewReader] gives for a .warc.gz compressed as one gzip
// stream: the archive is still read, record by record, through one decompressor.
var ErrSingleStream = errors.New("the .warc.gz is one gzip stream, not one gzip member per record; " +
	"reading it sequentially, record offsets are positions in the uncompressed data")

// Reader reads the records of one WARC archive, plain or gzip-compressed, from a stream.
type Reader struct {
	wf  *gowarc.WarcFileReader
	src io.Reader
	at  io.ReaderAt // the archive for salvaging headers, nil for a stream or a single-stream archive
	cur *Record
	// lastOffset is the offset of the last failed record, to stop if the library makes no progress.
	lastOffset int64
	failures   int

	// SingleStream is true when the archive is gzip-compressed as one stream (see [ErrSingleStream]).
	SingleStream bool
}

// NewReader returns a Reader of the archive in src. When src is also an [io.ReaderAt] (an
// *os.File), the headers of broken records are salvaged from it. NewReader reads ahead to detect
// a single-stream .warc.gz: it then returns the Reader together with [ErrSingleStream], a
// warning; any other error means the archive cannot be read.
func NewReader(src io.Reader) (*Reader, error) {
	r := &Reader{src: src, lastOffset: -1}
	if at, ok := src.(io.ReaderAt); ok {
		r.at = at
	}
	br := bufio.NewReaderSize(src, 64<<10)
	magic, _ := br.Peek(2)
	if len(magic) < 2 || magic[0] != 0x1f || magic[1] != 0x8b {
		return r.open(br)
	}
	var hb bytes.Buffer
	hb.Grow(headBytes + bytes.MinRead)
	_, err := hb.ReadFrom(io.LimitReader(br, headBytes))
	head := hb.Bytes()
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	stream := io.MultiReader(bytes.NewReader(head), br)
	if !manyRecordsInFirstMember(head) {
		return r.open(stream)
	}
	gz, err := gzip.NewReader(stream)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	r.SingleStream, r.at = true, nil
	r, err = r.open(gz)
	if err != nil {
		return nil, err
	}
	return r, ErrSingleStream
}

// open starts the library's reader on src.
func (r *Reader) open(src io.Reader) (*Reader, error) {
	libraryMu.Lock()
	wf, err := gowarc.NewWarcFileReaderFromStream(src, 0)
	libraryMu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("%w", err)
	}
	r.wf = wf
	return r, nil
}

// manyRecordsInFirstMember reports whether the first gzip member of head holds more than one
// WARC record: it reads the first record's header, skips its Content-Length bytes and the
// record end, and looks for more data in the same member. When head is too short to tell, it
// reports false.
func manyRecordsInFirstMember(head []byte) bool {
	gz, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	gz.Multistream(false)
	br := bufio.NewReader(gz)
	length := int64(-1)
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			return false
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		if name, value, ok := strings.Cut(line, ":"); ok && strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			if n, err := strconv.ParseInt(strings.TrimSpace(value), 10, 64); err == nil {
				length = n
			}
		}
	}
	if length < 0 || length > headBytes*maxDeflateRatio {
		return false
	}
	if _, err := br.Discard(int(length)); err != nil {
		return false
	}
	for {
		c, err := br.ReadByte()
		if err != nil {
			return false // the member ends after the record: one member per record
		}
		if c != '\r' && c != '\n' {
			return true
		}
	}
}

// Next returns the next record, or [io.EOF] after the last one. A record that could not be
// read whole comes back with its Err set, and reading goes on with the next record where the
// format allows; Next returns a non-nil error only at the end or when the archive cannot be
// read any further. The previous record is released: its block can no longer be read.
func (r *Reader) Next() (*Record, error) {
	if r.cur != nil && !r.cur.detached {
		_ = r.cur.close()
	}
	r.cur = nil
	if r.wf == nil {
		return nil, io.EOF
	}
	got, err := r.wf.Next()
	if errors.Is(err, io.EOF) && got.WarcRecord == nil {
		return nil, io.EOF
	}
	if err != nil {
		return r.failed(got, err)
	}
	rec := fromLibrary(got)
	if rec.Err == nil {
		r.failures = 0
	}
	r.cur = rec
	return rec, nil
}

// failed turns a record the library could not read into a Record with Err set, its header
// salvaged when possible. It stops the reader when the library makes no progress.
func (r *Reader) failed(got gowarc.Record, err error) (*Record, error) {
	_ = got.Close()
	if got.Offset == r.lastOffset {
		r.failures++
	} else {
		r.failures = 0
	}
	r.lastOffset = got.Offset
	if r.failures > 2 || errors.Is(err, gowarc.ErrNoRecord) && got.Size == 0 {
		r.wf = nil
		return nil, io.EOF
	}
	rec := &Record{Offset: got.Offset, Err: fmt.Errorf("corrupt or truncated record: %w", err)}
	if errors.Is(err, gowarc.ErrNoRecord) {
		rec.Err = fmt.Errorf("trailing data that is not a record: %w", err)
	}
	if r.at != nil {
		salvage(r.at, rec)
	}
	return rec, nil
}

// salvage fills rec's WARC fields from the archive at, reading the record's header again.
func salvage(at io.ReaderAt, rec *Record) {
	var src io.Reader = io.NewSectionReader(at, rec.Offset, salvageBytes)
	br := bufio.NewReader(src)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return
		}
		gz.Multistream(false)
		br = bufio.NewReader(gz)
	}
	first, err := br.ReadString('\n')
	if err != nil || !strings.HasPrefix(first, "WARC/") {
		return
	}
	for {
		line, err := br.ReadString('\n')
		line = strings.TrimRight(line, "\r\n")
		if line == "" || err != nil {
			return
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "warc-type":
			rec.Type = value
		case "warc-record-id":
			rec.ID = value
		case "warc-date":
			rec.Date = value
		case "warc-target-uri":
			rec.TargetURI = strings.Trim(value, "<>")
		case "content-type":
			rec.ContentType = value
		}
	}
}

// fromLibrary makes a Record of a record the library read.
func fromLibrary(got gowarc.Record) *Record {
	wr := got.WarcRecord
	h := wr.WarcHeader()
	rec := &Record{
		Offset:      got.Offset,
		Type:        h.Get(gowarc.WarcType),
		ID:          h.Get(gowarc.WarcRecordID),
		Date:        h.Get(gowarc.WarcDate),
		TargetURI:   strings.Trim(h.Get(gowarc.WarcTargetURI), "<>"),
		ContentType: h.Get(gowarc.ContentType),
		rec:         wr,
	}
	for _, v := range got.Validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) {
			rec.Err = fmt.Errorf("truncated record: %w", v)
		}
	}
	if hb, ok := wr.Block().(gowarc.HttpResponseBlock); ok && rec.Err == nil {
		rec.HTTP = true
		rec.HTTPStatus = hb.HttpStatusCode()
		if hdr := hb.HttpHeader(); hdr != nil {
			rec.HTTPHeader = *hdr
		} else if resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(hb.ProtocolHeaderBytes())), nil); err == nil {
			rec.HTTPStatus, rec.HTTPHeader = resp.StatusCode, resp.Header
		} else {
			rec.Err = fmt.Errorf("bad http header: %w", err)
		}
	}
	return rec
}

// Detach makes the record independent of its Reader: the next call to [Reader.Next] does not
// release it, so its block can be read later, on another goroutine, and the caller must call
// [Record.Close]. The library holds each block in a buffer of its own (in memory, or in a
// temporary file past 1 MiB), so a detached record costs that buffer until closed.
func (r *Record) Detach() { r.detached = true }

// Close releases the record's block. It is for detached records; the Reader closes the others.
func (r *Record) Close() error { return r.close() }

// close releases the record's resources (the library's buffer of its block).
func (r *Record) close() error {
	if r.rec == nil {
		return nil
	}
	err := r.rec.Close()
	r.rec = nil
	return err
}

// Close releases the current record and the reader's buffers. It does not close the stream
// given to [NewReader].
func (r *Reader) Close() error {
	if r.cur != nil && !r.cur.detached {
		_ = r.cur.close()
	}
	r.cur = nil
	if r.wf == nil {
		return nil
	}
	wf := r.wf
	r.wf = nil
	// The library closes its stream when it is an io.Closer; the caller owns src.
	return wf.Close()
}
