package batch

import (
	"bufio"
	"bytes"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/klauspost/compress/gzip"
)

// inputKind is what an input file holds.
type inputKind int

const (
	kindHTML inputKind = iota
	kindWARC
	kindJSONL
)

// ReadFile yields the records of the input file name, opened as f, which it owns: f is closed
// once every page yielded is extracted or released. The file is a WARC archive, a JSON Lines
// file or an HTML file, told by its extension or else by its first bytes. A .warc.gz compressed
// one gzip member per record is read member by member (each page a member that the extraction
// inflates); other archives are read record by record.
func (e *Engine) ReadFile(name string, f *os.File) iter.Seq[*Page] {
	return func(yield func(*Page) bool) {
		kind, known := kindByName(name)
		if kind == kindWARC {
			if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && perRecordGzip(f) {
				e.readMembers(name, f, fi.Size(), MemberRange{End: fi.Size()}, yield) // which closes f
				return
			}
		}
		defer f.Close()
		cf := &countingFile{File: f, n: &e.bytes}
		if kind == kindWARC {
			// The WARC reader reads ahead itself and salvages broken records through ReadAt.
			e.readWARC(name, cf, yield)
			return
		}
		br := bufio.NewReaderSize(cf, 64<<10)
		if !known {
			kind = sniff(br)
		}
		e.stream(name, br, kind, yield)
	}
}

// ReadStream yields the records of an input read from r (standard input), recognised by its
// first bytes: a WARC archive, JSON Lines or one HTML page.
func (e *Engine) ReadStream(name string, r io.Reader) iter.Seq[*Page] {
	return func(yield func(*Page) bool) {
		br := bufio.NewReaderSize(&countingReader{r: r, n: &e.bytes}, 64<<10)
		e.stream(name, br, sniff(br), yield)
	}
}

// stream yields the records of an input of a known kind read from br.
func (e *Engine) stream(name string, br *bufio.Reader, kind inputKind, yield func(*Page) bool) {
	switch kind {
	case kindWARC:
		e.readWARC(name, br, yield)
	case kindJSONL:
		e.readJSONL(name, br, yield)
	default:
		yield(e.htmlPage(name, br))
	}
}

// kindByName tells an input's kind from its extension; known is false when it cannot.
func kindByName(path string) (kind inputKind, known bool) {
	name := strings.TrimSuffix(strings.ToLower(filepath.Base(path)), ".gz")
	switch filepath.Ext(name) {
	case ".warc":
		return kindWARC, true
	case ".jsonl", ".ndjson":
		return kindJSONL, true
	case ".html", ".htm", ".xhtml":
		return kindHTML, true
	}
	return kindHTML, false
}

// sniff tells an input's kind from its first bytes, looking inside gzip: "WARC/" starts a
// WARC, '{' JSON Lines, anything else is taken as HTML.
func sniff(br *bufio.Reader) inputKind {
	head, _ := br.Peek(512)
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		all, _ := br.Peek(br.Size())
		if gz, err := gzip.NewReader(bytes.NewReader(all)); err == nil {
			inner := make([]byte, 512)
			n, _ := io.ReadFull(gz, inner)
			head = inner[:n]
		}
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte("WARC/")):
		return kindWARC
	case bytes.HasPrefix(head, []byte("{")):
		return kindJSONL
	}
	return kindHTML
}

// maybeGunzip returns a reader of br's content, decompressed when it is gzip.
func maybeGunzip(br *bufio.Reader) (io.Reader, error) {
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		return gzip.NewReader(br)
	}
	return br, nil
}

// countingReader counts the bytes read through it, for the progress display.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

// Read implements io.Reader.
func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// countingFile is an *os.File whose reads are counted; ReadAt stays available.
type countingFile struct {
	*os.File
	n *atomic.Int64
}

// Read implements io.Reader.
func (c *countingFile) Read(p []byte) (int, error) {
	n, err := c.File.Read(p)
	c.n.Add(int64(n))
	return n, err
}
