package warc

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/klauspost/compress/gzip"
)

// A .warc.gz written one gzip member per record, as Common Crawl and every crawler publish
// them, can be read in parallel: a [MemberScanner] finds where the members start, reading the
// compressed bytes once without inflating them, and [ReadMember] reads the record of one
// member, on any goroutine. Inflating, copying and digesting a record then costs the worker
// that extracts it, not one reader every record must pass through.

// probeBytes is how much of the compressed data after a candidate member start is given to the
// probe: enough for the gzip header and the first deflate block's Huffman tables.
const probeBytes = 64 << 10

// scanBuffer is the size of the scanner's window on the compressed data.
const scanBuffer = 1 << 20

// gzipMagic starts every gzip member: ID1, ID2 and CM (deflate).
var gzipMagic = []byte{0x1f, 0x8b, 0x08}

// PerRecordGzip reports whether head, the first bytes of an archive (up to a MiB), is a
// .warc.gz compressed one gzip member per record, so that [MemberScanner] and [ReadMember] can
// read it. It is false for a plain WARC and for a .warc.gz compressed as one stream (see
// [ErrSingleStream]); when the first member is too long to tell, it is true.
func PerRecordGzip(head []byte) bool {
	return bytes.HasPrefix(head, gzipMagic) && !manyRecordsInFirstMember(head)
}

// MemberScanner finds the offsets of the gzip members of a .warc.gz read from a stream.
//
// A candidate is a gzip member header (its three magic bytes) whose data inflates to the start
// of a WARC record: a "WARC/" line and header fields. The magic bytes alone occur by chance
// inside compressed data about once every 16 MiB, and such a false candidate fails the probe.
// A record whose payload is itself a .warc.gz may hold true-looking members verbatim (deflate
// stores incompressible data as is); those are told apart by the size of the member they would
// end: each member's header gives its inflated size (the header, Content-Length bytes of block
// and the four-byte record end), which must be the ISIZE field in the four bytes before the
// next member. A candidate that fails that check is taken anyway once it lies further than the
// member could reach (a record whose Content-Length lies); [ReadMember] reports where each
// member really ends, so a caller can read on from there.
type MemberScanner struct {
	r    io.Reader
	buf  []byte // the window: buf[0] is at offset base in the stream
	base int64
	pos  int // where the search resumes in buf
	eof  bool
	err  error
	gz   *gzip.Reader
	out  []byte
	// first is true until the first member, at offset 0, is returned.
	first bool
	// cur is the offset of the last member returned; size is its inflated size from its header,
	// -1 when unknown.
	cur, size int64
}

// NewMemberScanner returns a scanner of the .warc.gz in r, read from its start.
func NewMemberScanner(r io.Reader) *MemberScanner {
	return newMemberScanner(r, scanBuffer+probeBytes)
}

// newMemberScanner returns a scanner whose window holds up to window bytes; a window one byte
// larger than a short stream holds it all.
func newMemberScanner(r io.Reader, window int) *MemberScanner {
	return &MemberScanner{r: r, buf: make([]byte, 0, window), first: true, size: -1}
}

// Next returns the offset of the next member, or [io.EOF] after the last one. The first
// member is at offset 0, whatever its bytes. Another error means the stream could not be read:
// the members found so far are all there will be.
func (s *MemberScanner) Next() (int64, error) {
	if s.first {
		s.first = false
		s.fill()
		if len(s.buf) == 0 {
			return 0, s.end()
		}
		_, s.size = s.probe(s.buf[:min(len(s.buf), probeBytes)])
		s.pos = 1
		return 0, nil
	}
	for {
		s.fill()
		i := bytes.Index(s.buf[s.pos:], gzipMagic)
		if i < 0 {
			if s.eof {
				return 0, s.end()
			}
			// Keep the last bytes, which may start a magic cut by the window's end.
			s.pos = max(s.pos, len(s.buf)-len(gzipMagic)+1)
			s.more()
			continue
		}
		at := s.pos + i
		if !s.eof && len(s.buf)-at < probeBytes {
			s.pos = at
			s.more()
			continue
		}
		s.pos = at + 1
		off := s.base + int64(at)
		ok, size := s.probe(s.buf[at:min(len(s.buf), at+probeBytes)])
		if !ok || !s.ends(at, off) {
			continue
		}
		s.cur, s.size = off, size
		return off, nil
	}
}

// ends reports whether the member before a candidate at buf[at] (offset off) ends there: its
// gzip trailer's ISIZE is the inflated size its header gave, or the candidate lies further than
// a member of that size could reach.
func (s *MemberScanner) ends(at int, off int64) bool {
	if s.size < 0 || at < 4 {
		return true
	}
	if binary.LittleEndian.Uint32(s.buf[at-4:at]) == uint32(s.size) {
		return true
	}
	// Deflate stores incompressible data with 5 bytes of framing per block of up to 64 KiB;
	// 1/1024 more covers it, and probeBytes the gzip header's optional fields. Past maxReach, a
	// lying header is the likelier story: the candidate is taken.
	reach := min(s.size+s.size/1024+probeBytes, maxReach)
	return off-s.cur > reach
}

// maxReach caps how far past a member's start a candidate may be refused by the size check.
const maxReach = 64 << 20

// end is the error of Next at the end of the stream: io.EOF, or the read error that ended it.
func (s *MemberScanner) end() error {
	if s.err != nil {
		return s.err
	}
	return io.EOF
}

// fill reads until the window holds probeBytes past pos or the stream ends.
func (s *MemberScanner) fill() {
	for !s.eof && len(s.buf)-s.pos < probeBytes {
		if len(s.buf) == cap(s.buf) {
			s.more()
			if len(s.buf) == cap(s.buf) { // a small window, full: make room
				s.buf = slices.Grow(s.buf, probeBytes)
			}
		}
		n, err := s.r.Read(s.buf[len(s.buf):cap(s.buf)])
		s.buf = s.buf[:len(s.buf)+n]
		if errors.Is(err, io.EOF) {
			s.eof = true
		} else if err != nil {
			s.err = fmt.Errorf("read: %w", err)
			s.eof = true
		}
	}
}

// more drops the bytes before pos from the window, but for the 4 before it (a trailer's
// ISIZE), so that fill can read more after them.
func (s *MemberScanner) more() {
	keep := max(0, s.pos-4)
	n := copy(s.buf, s.buf[keep:])
	s.base += int64(keep)
	s.buf = s.buf[:n]
	s.pos -= keep
}

// probeHeader is how much of a member is inflated to read its WARC header.
const probeHeader = 16 << 10

// probe reports whether data starts a gzip member whose content starts a WARC record, and the
// member's inflated size from the record's header (-1 when it cannot tell).
func (s *MemberScanner) probe(data []byte) (bool, int64) {
	if len(data) < 10 || !bytes.HasPrefix(data, gzipMagic) || data[3]&0xe0 != 0 { // reserved flag bits are zero
		return false, -1
	}
	var err error
	if s.gz == nil {
		s.gz, err = gzip.NewReader(bytes.NewReader(data))
	} else {
		err = s.gz.Reset(bytes.NewReader(data))
	}
	if err != nil {
		return false, -1
	}
	s.gz.Multistream(false)
	if s.out == nil {
		s.out = make([]byte, probeHeader)
	}
	// Inflate the start of the member, in steps, until the header's blank line.
	n := 0
	for step := 512; n < len(s.out); step *= 4 {
		m, err := io.ReadFull(s.gz, s.out[n:min(step, len(s.out))])
		n += m
		if n < 5 || string(s.out[:5]) != "WARC/" {
			return false, -1
		}
		if end := bytes.Index(s.out[:n], []byte("\r\n\r\n")); end >= 0 {
			return true, recordSize(s.out[:end+2], int64(end+4))
		}
		if err != nil {
			break
		}
	}
	return true, -1
}

// recordSize is the inflated size of a member holding one record whose header (up to its
// blank line) is head, headLen bytes long with the blank line: headLen, plus the block's
// Content-Length, plus the record end (CRLF CRLF). It is -1 without a valid Content-Length.
func recordSize(head []byte, headLen int64) int64 {
	for line := range bytes.SplitSeq(head, []byte("\r\n")) {
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok || !bytes.EqualFold(bytes.TrimSpace(name), []byte("Content-Length")) {
			continue
		}
		n, err := strconv.ParseInt(string(bytes.TrimSpace(value)), 10, 64)
		if err != nil || n < 0 {
			return -1
		}
		return headLen + n + 4
	}
	return -1
}
