package batch

import (
	"errors"
	"io"
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

// warcMembers reads a .warc.gz file compressed one gzip member per record, which it owns: it
// sends each member to the workers.
func (pr *producer) warcMembers(u *unit, name string, f *os.File, size int64) bool {
	arc := &archive{f: f, size: size}
	arc.refs.Store(1)
	defer arc.release()
	sc := warc.NewMemberScanner(&countingReader{r: f, n: &pr.n.bytes})
	off, err := sc.Next()
	for err == nil {
		if !pr.acquire() {
			return false
		}
		next, nerr := sc.Next()
		end := size
		if nerr == nil {
			end = next
		}
		at := off
		it := &item{u: u, rec: Record{Source: name, Offset: &at}, member: arc.hold(off, end)}
		if !pr.sendHeld(it) {
			return false
		}
		off, err = next, nerr
	}
	if !errors.Is(err, io.EOF) {
		pr.diag(name, err)
	}
	return pr.endUnit(u)
}

// extractMembers reads and extracts the record of a member, and of any further members before
// its end ([warc.ReadMembers]). The first record is the item's; the others follow it in the
// output. beat is called after each record.
func (r *run) extractMembers(it *item, beat func()) (first Record, more []Record) {
	m := it.member
	defer m.arc.release()
	n := 0
	for wr := range warc.ReadMembers(m.arc.f, m.off, m.end, m.arc.size) {
		at := wr.Offset
		j := item{u: it.u, rec: Record{Source: it.rec.Source, Offset: &at}}
		page := r.fromWARC(&j, wr)
		rec := j.rec
		if page {
			j.block = wr
			r.extract(&j, &rec)
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
