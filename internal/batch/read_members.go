package batch

import (
	"context"
	"errors"
	"io"
	"iter"
	"os"
	"sync/atomic"

	"github.com/pithdev/pith/internal/warc"
)

// A .warc.gz file compressed one gzip member per record is read in parallel: the reader only
// finds where each member starts ([warc.MemberScanner], which does not inflate the records) and
// sends each member to a worker, which inflates, parses and digests its record itself. With one
// reader doing all of that, the reader would cap a run at a few cores' worth of workers.

// archive is a WARC file shared by the workers reading its members; it is closed when the
// reader and every member sent are done with it.
type archive struct {
	f    *os.File
	size int64
	refs atomic.Int64
}

// member is the part of an archive a worker reads: the gzip member at off, and any further
// members before end (the next member the scanner found, or the end of the file).
type member struct {
	arc      *archive
	off, end int64
}

// hold takes a reference to the archive, for one member.
func (a *archive) hold(off, end int64) *member {
	a.refs.Add(1)
	return &member{arc: a, off: off, end: end}
}

// release gives back a reference, closing the file with the last.
func (a *archive) release() {
	if a.refs.Add(-1) == 0 {
		_ = a.f.Close()
	}
}

// perRecordGzip reports whether f is a .warc.gz compressed one gzip member per record.
func perRecordGzip(f *os.File) bool {
	head := make([]byte, 1<<20)
	n, err := f.ReadAt(head, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return false
	}
	return warc.PerRecordGzip(head[:n])
}

// MemberRange is a stretch of a .warc.gz file compressed one gzip member per record, from the
// member starting at Off to End (the start of a later member, or the end of the file): a part
// of the file that can be read apart from the rest ([Engine.ReadMemberRange]).
type MemberRange struct {
	Off, End int64
}

// MemberRanges splits the file at path, opened as f, into ranges of members of about target
// compressed bytes each, when it is a .warc.gz compressed one gzip member per record, read as
// [Engine.ReadFile] reads it. It returns nil for any other file (and for a target of 0 or
// less). It reads the file once, finding where the members start without inflating them.
func MemberRanges(path string, f *os.File, target int64) ([]MemberRange, error) {
	if kind, _ := kindByName(path); kind != kindWARC || target <= 0 {
		return nil, nil
	}
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() || !perRecordGzip(f) {
		return nil, nil
	}
	sc := warc.NewMemberScanner(io.NewSectionReader(f, 0, fi.Size()))
	var ranges []MemberRange
	cur := MemberRange{}
	for {
		off, err := sc.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if off-cur.Off >= target {
			cur.End = off
			ranges = append(ranges, cur)
			cur = MemberRange{Off: off}
		}
	}
	cur.End = fi.Size()
	return append(ranges, cur), nil
}

// ReadMemberRange yields the records of the gzip members in r of the .warc.gz at name,
// opened as f, which it owns: f is closed once every page yielded is extracted or released.
// The ranges of [MemberRanges] together yield what [Engine.ReadFile] yields for the file.
func (e *Engine) ReadMemberRange(name string, f *os.File, r MemberRange) iter.Seq[*Page] {
	return func(yield func(*Page) bool) {
		fi, err := f.Stat()
		if err != nil {
			_ = f.Close()
			yield(e.FailedInput(name, err))
			return
		}
		e.readMembers(name, f, fi.Size(), r, yield)
	}
}

// readMembers yields the members in r of a .warc.gz file compressed one gzip member per
// record, size bytes long, which it owns: each page is a member for the extraction to read.
// It returns false when yield does.
func (e *Engine) readMembers(name string, f *os.File, size int64, r MemberRange, yield func(*Page) bool) bool {
	arc := &archive{f: f, size: size}
	arc.refs.Store(1)
	defer arc.release()
	sc := warc.NewMemberScanner(&countingReader{r: io.NewSectionReader(f, r.Off, r.End-r.Off), n: &e.bytes})
	rel, err := sc.Next()
	for err == nil {
		next, nerr := sc.Next()
		end := r.End
		if nerr == nil {
			end = r.Off + next
		}
		at := r.Off + rel
		p := &Page{rec: Record{Source: name, Offset: &at}, member: arc.hold(at, end)}
		if !yield(p) {
			return false
		}
		rel, err = next, nerr
	}
	if !errors.Is(err, io.EOF) {
		e.diag(name, err)
	}
	return true
}

// extractMembers reads and extracts the record of a member, and of any further members before
// its end ([warc.ReadMembers]). The first record is the page's; the others follow it in the
// output. beat is called after each record.
func (e *Engine) extractMembers(ctx context.Context, p *Page, beat func()) (first Record, more []Record) {
	m := p.member
	defer m.arc.release()
	n := 0
	for wr := range warc.ReadMembers(m.arc.f, m.off, m.end, m.arc.size) {
		at := wr.Offset
		j := Page{rec: Record{Source: p.rec.Source, Offset: &at}}
		page := e.fromWARC(&j, wr)
		rec := j.rec
		if page {
			j.block = wr
			e.extract(ctx, &j, &rec)
		} else {
			_ = wr.Close()
		}
		if n == 0 {
			first = rec
		} else {
			more = append(more, rec)
		}
		n++
		beat()
	}
	return first, more
}
