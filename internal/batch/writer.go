package batch

import (
	"errors"
	"syscall"
)

// ErrOutputClosed is returned by [Run] when the output was closed by its reader (a broken pipe,
// as with "pith batch ... | head"): the run stops quietly.
var ErrOutputClosed = errors.New("output closed")

// writer puts the records in order and hands them to the output. In order mode (the default)
// records are written in input order; in unordered mode as they come, except that the records
// of one unit are all written before any of the next (so that a unit is complete at a known
// point of the output, which --resume relies on).
type writer struct {
	r *run
	p *pipe
	// Ordered mode: items waiting for their turn, by sequence number.
	pending map[uint64]*item
	next    uint64
	// Unordered mode: the unit being written, and items of later units waiting for theirs.
	cur    int
	parked map[int][]*item
}

// write writes every result the workers send, then returns the first output error. On an
// output error it calls stop, to end reading, and drains the results.
func (r *run) write(p *pipe, stop func()) error {
	w := &writer{r: r, p: p, pending: map[uint64]*item{}, parked: map[int][]*item{}}
	var err error
	for it := range p.results {
		if err != nil {
			if !it.end {
				<-p.slots
			}
			continue
		}
		if r.cfg.Unordered {
			err = w.unordered(it)
		} else {
			err = w.ordered(it)
		}
		if err == nil && len(p.results) == 0 {
			err = r.out.flush()
		}
		if err != nil {
			stop()
			// Release the slots of the records held back, so the reader can stop.
			for _, it := range w.pending {
				if !it.end {
					<-p.slots
				}
			}
			for _, items := range w.parked {
				for _, it := range items {
					if !it.end {
						<-p.slots
					}
				}
			}
			w.pending, w.parked = nil, nil
		}
	}
	if errors.Is(err, syscall.EPIPE) {
		err = ErrOutputClosed
	}
	return err
}

// ordered writes items in sequence order.
func (w *writer) ordered(it *item) error {
	w.pending[it.seq] = it
	for {
		next, ok := w.pending[w.next]
		if !ok {
			return nil
		}
		delete(w.pending, w.next)
		w.next++
		if err := w.emit(next); err != nil {
			return err
		}
	}
}

// unordered writes items of the current unit at once and parks those of later units; when the
// current unit is complete, it moves on to the next and writes what was parked for it.
func (w *writer) unordered(it *item) error {
	if it.u.index != w.cur {
		w.parked[it.u.index] = append(w.parked[it.u.index], it)
		return nil
	}
	if err := w.emit(it); err != nil {
		return err
	}
	for w.finished(it.u) {
		w.cur++
		items := w.parked[w.cur]
		delete(w.parked, w.cur)
		if len(items) == 0 {
			return nil
		}
		for _, p := range items {
			if err := w.emit(p); err != nil {
				return err
			}
		}
		it = items[0]
	}
	return nil
}

// finished reports whether every item of u, its end marker included, was emitted.
func (w *writer) finished(u *unit) bool {
	return u.endSeen && u.written == u.records
}

// emit writes one record, or ends a unit at its end marker once all its records are written.
func (w *writer) emit(it *item) error {
	u := it.u
	if it.abandoned {
		// Not written, and the unit is not done: --resume reads it again.
		<-w.p.slots
		u.written++
		u.abandoned = true
		return nil
	}
	if !u.begun && !u.abandoned {
		u.begun = true
		if err := w.r.out.begin(u); err != nil {
			return err
		}
	}
	if it.end {
		u.endSeen = true
	} else {
		err := w.r.out.write(&it.rec)
		for i := 0; i < len(it.more) && err == nil; i++ {
			err = w.r.out.write(&it.more[i])
		}
		<-w.p.slots
		if err != nil {
			return err
		}
		u.written++
		w.r.count(&it.rec)
		for i := range it.more {
			w.r.count(&it.more[i])
		}
	}
	// A unit finishes at exactly one emit: its end marker's or its last record's.
	if w.finished(u) && u.complete && !u.abandoned {
		return w.r.out.end(u)
	}
	return nil
}

// count adds a written record to the counters.
func (r *run) count(rec *Record) {
	r.n.read.Add(1)
	switch rec.Status {
	case StatusOK:
		r.n.extracted.Add(1)
	case StatusLowConfidence:
		r.n.low.Add(1)
	case StatusSkip:
		r.n.skipped.Add(1)
	default:
		r.n.failed.Add(1)
	}
}
