package batch

import (
	"cmp"
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

// Extract extracts the page of p and returns its record, and, when p is a gzip member that
// held more than one WARC record, the records after it, in order. A page its reader already
// decided (a skip, a read error) comes back as it is. A URL input is fetched first (see
// fetchPage), waiting for its host's turn. ctx bounds the fetch and the extraction; its
// cancellation makes the record an error. The extraction runs on its own goroutine,
// so that a panic becomes an error record and a page still running more than [abandonGrace]
// past its time budget is given up (written as a timeout) instead of stalling the caller. What
// p held of its input is released.
func (e *Engine) Extract(ctx context.Context, p *Page) (Record, []Record) {
	if p.kind == pageURL && p.rec.Status == "" {
		e.fetchPage(ctx, p)
	}
	if p.rec.Status != "" {
		p.Release()
		return p.rec, nil
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
	// The goroutine works on its own copy of the page: once given up, it shares nothing writable.
	go func(j Page) { done <- e.extractSafely(ctx, &j, beat) }(*p)
	p.page, p.block, p.member = nil, nil, nil
	limit := e.timeout + e.grace
	timer := time.NewTimer(limit)
	defer timer.Stop()
	for {
		select {
		case o := <-done:
			return o.rec, o.more
		case <-beats:
			timer.Reset(limit)
		case <-timer.C:
			// The goroutine keeps its own copy of the record; it is dropped when it ends.
			rec := p.rec
			rec.fail(fmt.Errorf("%w: record given up after %v", extractor.ErrTimeout, limit), KindTimeout)
			e.diag(describe(&rec), errors.New("extraction overran its time budget; record given up"))
			return rec, nil
		}
	}
}

// outcome is what the extraction of a page gives: its record, and for a member holding more
// than one record, the others.
type outcome struct {
	rec  Record
	more []Record
}

// extractSafely runs extract on a copy of the page's record, turning a panic into an error
// record. beat is called after each record of a member.
func (e *Engine) extractSafely(ctx context.Context, p *Page, beat func()) (o outcome) {
	o.rec = p.rec
	if p.block != nil {
		defer p.block.Close() // also on a panic; closing twice is harmless
	}
	defer func() {
		if v := recover(); v != nil {
			o = outcome{rec: p.rec}
			o.rec.fail(fmt.Errorf("panic: %v", v), KindPanic)
			e.diag(describe(&p.rec), fmt.Errorf("panic: %v\n%s", v, debug.Stack()))
		}
	}()
	if p.member != nil {
		o.rec, o.more = e.extractMembers(ctx, p, beat)
		return o
	}
	e.extract(ctx, p, &o.rec)
	return o
}

// extract decodes and extracts the page of p into rec.
func (e *Engine) extract(ctx context.Context, p *Page, rec *Record) {
	if e.hook != nil {
		e.hook(p)
	}
	if p.block != nil && !readBlock(p, rec) {
		return
	}
	page, ctype, typed := p.page, p.ctype, p.ctype != ""
	switch p.kind {
	case pageHTTP:
		body, _, err := warc.DecodeHTTP(page, e.maxBytes)
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
		j := *p
		j.rec = *rec
		if !parseJSONPage(&j) {
			*rec = j.rec
			return
		}
		*rec = j.rec
		page, ctype, typed = j.page, j.ctype, rec.ContentType != ""
	}
	// When the page was crawled or fetched resolves relative dates ("3 days ago"); zero
	// when the record says neither, and relative dates are then left out.
	fetched, err := time.Parse(time.RFC3339, cmp.Or(rec.WARCDate, rec.FetchDate))
	if err != nil {
		fetched = time.Time{}
	}
	res, err := e.ex.Extract(ctx, page, extractor.Source{URL: rec.URL, ContentType: ctype, Fetched: fetched})
	switch {
	case errors.Is(err, extractor.ErrNotHTML) && !typed && rec.WARCType != "":
		// A WARC record that nothing said was HTML: crawls hold such records by design. A
		// file, stdin or URL input whose bytes are not HTML is an error, as in pith.
		rec.skip(SkipNotHTML)
	case err != nil:
		rec.fail(err, "")
		if res != nil { // no body: the title and metadata are still the page's
			rec.setMetadata(res)
		}
	default:
		rec.setResult(res, e.markdown, e.render, e.minConfidence, e.keepLow)
	}
}

// describe names a record in diagnostics: its source, and its offset or line.
func describe(rec *Record) string {
	switch {
	case rec.Offset != nil:
		return fmt.Sprintf("%s@%d", rec.Source, *rec.Offset)
	case rec.Line != nil:
		return fmt.Sprintf("%s:%d", rec.Source, *rec.Line)
	}
	return rec.Source
}
