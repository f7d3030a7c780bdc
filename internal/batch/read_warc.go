package batch

import (
	"errors"
	"io"
	"mime"
	"strings"

	"github.com/pithdev/pith/internal/warc"
)

// warc reads the records of a WARC archive: response records of HTML over HTTP and resource
// records of HTML become pages; every other record becomes a skip record, a broken one an
// error record.
func (pr *producer) warc(u *unit, name string, src io.Reader) bool {
	wr, err := warc.NewReader(src)
	if errors.Is(err, warc.ErrSingleStream) {
		pr.diag(name, err)
	} else if err != nil {
		return pr.failUnit(u, err)
	}
	defer wr.Close()
	for {
		if !pr.acquire() {
			return false
		}
		rec, err := wr.Next()
		if err != nil {
			pr.release()
			if !errors.Is(err, io.EOF) {
				pr.diag(name, err)
			}
			break
		}
		if !pr.sendHeld(pr.warcItem(u, name, rec)) {
			return false
		}
	}
	return pr.endUnit(u)
}

// warcItem makes the item of one WARC record, reading its block when it holds a page.
func (pr *producer) warcItem(u *unit, name string, rec *warc.Record) *item {
	off := rec.Offset
	it := &item{u: u, rec: Record{Source: name, Offset: &off}}
	if pr.fromWARC(it, rec) {
		// The worker reads the block: the reader goroutine, which every record goes through,
		// only parses the WARC and HTTP headers.
		rec.Detach()
		it.block = rec
	}
	return it
}

// fromWARC fills it from a WARC record: its record's fields, and a skip or an error when the
// record holds no page to extract. It reports whether it does; it.kind, it.ctype and
// it.blockLimit then say how to read the page from the record's block.
func (r *run) fromWARC(it *item, rec *warc.Record) bool {
	it.rec.URL = rec.TargetURI
	it.rec.WARCRecordID = rec.ID
	it.rec.WARCDate = rec.Date
	it.rec.WARCType = rec.Type
	if rec.Err != nil {
		it.rec.fail(rec.Err, KindWARC)
		return false
	}
	limit := r.cfg.MaxBytes
	switch rec.Type {
	case "response":
		if !rec.HTTP {
			it.rec.ContentType = rec.ContentType
			it.rec.skip(SkipNotHTTP)
			return false
		}
		it.rec.HTTPStatus = int32(rec.HTTPStatus)
		it.rec.ContentType = rec.HTTPHeader.Get("Content-Type")
		if rec.HTTPStatus < 200 || rec.HTTPStatus > 299 {
			it.rec.skip(SkipHTTPStatus)
			return false
		}
		it.kind = pageHTTP
		limit += httpHeaderAllowance
	case "resource":
		it.rec.ContentType = rec.ContentType
		it.kind = pageHTML
	default:
		it.rec.skip(SkipRecordType)
		return false
	}
	if ct := it.rec.ContentType; ct != "" && !isHTMLType(ct) {
		it.rec.skip(SkipNotHTML)
		return false
	}
	it.ctype = it.rec.ContentType
	it.blockLimit = limit
	return true
}

// readBlock reads and releases the block of a detached WARC record, filling it.page, or fails
// rec. It reports whether there is a page.
func readBlock(it *item, rec *Record) bool {
	block, err := it.block.Block(it.blockLimit)
	_ = it.block.Close()
	if err != nil {
		rec.fail(err, "")
		if !errors.Is(err, warc.ErrTooLarge) {
			rec.ErrorKind = KindWARC
		}
		return false
	}
	it.page = block
	return true
}

// isHTMLType reports whether a Content-Type is HTML (text/html or application/xhtml+xml).
func isHTMLType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, _, _ = strings.Cut(strings.ToLower(ct), ";")
		mt = strings.TrimSpace(mt)
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}
