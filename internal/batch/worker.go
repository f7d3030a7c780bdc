package batch

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/warc"
)

// abandonGrace is how long past its time budget a record is waited for before it is given up:
// the extractor checks its budget between stages, so it may overrun by one stage.
const abandonGrace = 5 * time.Second

// process extracts the page of one item, filling its record. Items already decided by the
// reader (skips, read errors) and end markers pass through. The extraction runs on its own
// goroutine so that a panic becomes an error record and a record that overruns its time budget
// by more than [abandonGrace] is given up (written as a timeout) instead of stalling the run.
func (r *run) process(it *item) {
	if it.end || it.rec.Status != "" {
		return
	}
	done := make(chan outcome, 1)
	// beats tells that a record of a member read many is done: the budget starts again.
	beats := make(chan struct{}, 1)
	beat := func() {
		select {
		case beats <- struct{}{}:
		default:
		}
	}
	// The goroutine works on its own copy of the item: once given up, it shares nothing writable.
	go func(j item) { done <- r.extractSafely(&j, beat) }(*it)
	limit := r.timeout + r.grace
	timer := time.NewTimer(limit)
	defer timer.Stop()
wait:
	for {
		select {
		case o := <-done:
			it.rec, it.more = o.rec, o.more
			break wait
		case <-beats:
			timer.Reset(limit)
		case <-timer.C:
			// The goroutine keeps its own copy of the record; it is dropped when it ends.
			it.rec.fail(fmt.Errorf("%w: record given up after %v", extractor.ErrTimeout, limit), KindTimeout)
			r.diag(describeItem(it), errors.New("extraction overran its time budget; record given up"))
			break wait
		}
	}
	it.page, it.block, it.member = nil, nil, nil
}

// outcome is what the extraction of an item gives: its record, and for a member holding more
// than one record, the others.
type outcome struct {
	rec  Record
	more []Record
}

// extractSafely runs extract on a copy of the item's record, turning a panic into an error
// record. beat is called after each record of a member.
func (r *run) extractSafely(it *item, beat func()) (o outcome) {
	o.rec = it.rec
	if it.block != nil {
		defer it.block.Close() // also on a panic; closing twice is harmless
	}
	defer func() {
		if v := recover(); v != nil {
			o = outcome{rec: it.rec}
			o.rec.fail(fmt.Errorf("panic: %v", v), KindPanic)
			r.diag(describeItem(it), fmt.Errorf("panic: %v\n%s", v, debug.Stack()))
		}
	}()
	if it.member != nil {
		o.rec, o.more = r.extractMembers(it, beat)
		return o
	}
	r.extract(it, &o.rec)
	return o
}

// extract decodes and extracts the page of it into rec.
func (r *run) extract(it *item, rec *Record) {
	if r.hook != nil {
		r.hook(it)
	}
	if it.block != nil && !readBlock(it, rec) {
		return
	}
	page, ctype, typed := it.page, it.ctype, it.ctype != ""
	switch it.kind {
	case pageHTTP:
		body, _, err := warc.DecodeHTTP(page, r.cfg.MaxBytes)
		if err != nil {
			kind := ""
			var ee *warc.EncodingError
			if !errors.Is(err, warc.ErrTooLarge) && !errors.As(err, &ee) {
				kind = KindHTTP
			}
			rec.fail(err, kind)
			return
		}
		page = body
	case pageJSON:
		j := *it
		j.rec = *rec
		if !parseJSONItem(&j) {
			*rec = j.rec
			return
		}
		*rec = j.rec
		page, ctype, typed = j.page, j.ctype, rec.ContentType != ""
	}
	res, err := r.ex.Extract(context.Background(), page, extractor.Source{URL: rec.URL, ContentType: ctype})
	switch {
	case errors.Is(err, extractor.ErrNotHTML) && !typed:
		rec.skip(SkipNotHTML) // nothing said it was HTML
	case err != nil:
		rec.fail(err, "")
		if res != nil { // no body: the title and metadata are still the page's
			rec.setMetadata(res)
		}
	default:
		rec.setResult(res, r.cfg.Markdown, r.cfg.Render)
	}
}

// describeItem names an item in diagnostics: its source, and its offset or line.
func describeItem(it *item) string {
	switch {
	case it.rec.Offset != nil:
		return fmt.Sprintf("%s@%d", it.rec.Source, *it.rec.Offset)
	case it.rec.Line != nil:
		return fmt.Sprintf("%s:%d", it.rec.Source, *it.rec.Line)
	}
	return it.rec.Source
}
