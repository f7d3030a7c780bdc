package warc

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"iter"
	"sync"

	"github.com/klauspost/compress/gzip"
	"github.com/nlnwa/gowarc/v3"
)

// ReadMembers returns the records of the gzip members of the archive at (size bytes long)
// from offset off, a member start, up to end, the next member start the scanner found (or
// size). That is one record, or more when the scanner passed over a member start (after a
// corrupt member, or inside the reach of a record whose header lies about its length): each is
// read from where the one before it ends, or, when that one could not be read to its end, from
// the next member start found after it. Padding (NUL and whitespace) before end is passed over.
// Every record is detached: the caller closes it.
func ReadMembers(at io.ReaderAt, off, end, size int64) iter.Seq[*Record] {
	return func(yield func(*Record) bool) {
		pos := off
		for {
			rec, next := ReadMember(at, pos, size)
			if !yield(rec) {
				return
			}
			if next < 0 {
				var ok bool
				if next, ok = findMember(at, pos+1, end); !ok {
					return
				}
			}
			if next >= end || padding(at, next, end) {
				return
			}
			pos = next
		}
	}
}

// findMember returns the first member start in the archive at between from and end.
func findMember(at io.ReaderAt, from, end int64) (int64, bool) {
	if from >= end {
		return 0, false
	}
	s := newMemberScanner(io.NewSectionReader(at, from, end-from), int(min(end-from+1, scanBuffer+probeBytes)))
	s.first = false
	off, err := s.Next()
	return from + off, err == nil
}

// paddingBytes is the longest stretch of padding passed over at the end of a member.
const paddingBytes = 4096

// padding reports whether the bytes of at from off to end are NUL and whitespace, which some
// writers leave at the end of a file.
func padding(at io.ReaderAt, off, end int64) bool {
	if end-off > paddingBytes {
		return false
	}
	b := make([]byte, end-off)
	if n, err := at.ReadAt(b, off); n < len(b) && err != nil {
		return false
	}
	return len(bytes.Trim(b, "\x00 \t\r\n")) == 0
}

// ReadMember reads the record in the gzip member at offset off of the archive at, which is
// size bytes long. It returns the record, detached ([Record.Detach]: the caller closes it),
// and the offset at which the member ends, or -1 when the member could not be read to its end;
// a record that could not be read whole has its Err set (and its header salvaged), as with
// [Reader.Next]. ReadMember may run on many goroutines at once over one *os.File.
func ReadMember(at io.ReaderAt, off, size int64) (*Record, int64) {
	m := memberReaders.Get().(*memberReader)
	defer memberReaders.Put(m)
	m.cr = countReader{r: io.NewSectionReader(at, off, size-off)}
	m.br.Reset(&m.cr)
	end := func() int64 { return off + m.cr.n - int64(m.br.Buffered()) }
	var err error
	if m.gz == nil {
		m.gz, err = gzip.NewReader(m.br)
	} else {
		err = m.gz.Reset(m.br)
	}
	if err != nil {
		return failedMember(at, off, err), -1
	}
	m.gz.Multistream(false)
	m.content.Reset(m.gz)
	content := m.content
	wr, skipped, validation, err := m.u.Unmarshal(content)
	if err != nil {
		if wr != nil {
			_ = wr.Close()
		}
		// A broken record in a sound gzip member: the next record starts where it ends.
		if _, derr := io.Copy(io.Discard, content); derr == nil {
			return failedMember(at, off, err), end()
		}
		return failedMember(at, off, err), -1
	}
	rec := fromLibrary(gowarc.Record{WarcRecord: wr, Offset: off, Validation: validation})
	rec.detached = true
	if skipped > 0 && rec.Err == nil {
		rec.Err = fmt.Errorf("record starts %d bytes into its gzip member", skipped)
	}
	// Read the rest of the member: the record end marker, then the gzip trailer, whose
	// checksum covers everything inflated.
	if _, err := io.Copy(io.Discard, content); err != nil {
		if rec.Err == nil {
			rec.Err = fmt.Errorf("corrupt or truncated record: %w", err)
		}
		return rec, -1
	}
	return rec, end()
}

// memberReader is what reading one member takes: the readers and buffers between the archive
// and the library's record parser, reused from member to member. The record a member gives
// does not keep them: with the library's default validation, it holds a copy of its block.
type memberReader struct {
	cr      countReader
	br      *bufio.Reader // the compressed bytes, from which gz reads byte by byte, never past the member
	gz      *gzip.Reader
	content *bufio.Reader // the inflated record
	u       gowarc.Unmarshaler
}

// memberReaders holds memberReaders for reuse, one per goroutine at a time.
var memberReaders = sync.Pool{New: func() any {
	libraryMu.Lock()
	defer libraryMu.Unlock()
	return &memberReader{
		br:      bufio.NewReaderSize(nil, 32<<10),
		content: bufio.NewReaderSize(nil, 32<<10),
		u:       gowarc.NewUnmarshaler(),
	}
}}

// libraryMu serialises the making of the library's readers: its option constructor sets a
// global of github.com/google/uuid (EnableRandPool) each time, a data race between goroutines.
var libraryMu sync.Mutex

// failedMember makes the error record of a member that could not be read.
func failedMember(at io.ReaderAt, off int64, err error) *Record {
	rec := &Record{Offset: off, Err: fmt.Errorf("corrupt or truncated record: %w", err)}
	salvage(at, rec)
	return rec
}

// countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

// Read implements io.Reader.
func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
