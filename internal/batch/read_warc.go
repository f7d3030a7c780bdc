package batch

import (
	"errors"
	"io"
	"mime"
	"strings"

	"github.com/pithdev/pith/internal/warc"
)

// readWARC yields the records of a WARC archive read from src: response records of HTML over
// HTTP and resource records of HTML become pages; every other record becomes a skip record, a
// broken one an error record. It returns false when yield does.
func (e *Engine) readWARC(name string, src io.Reader, yield func(*Page) bool) bool {
	wr, err := warc.NewReader(src)
	if errors.Is(err, warc.ErrSingleStream) {
		e.diag(name, err)
	} else if err != nil {
		return yield(e.FailedInput(name, err))
	}
	defer wr.Close()
	for {
		rec, err := wr.Next()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				e.diag(name, err)
			}
			return true
		}
		if !yield(e.warcPage(name, rec)) {
			return false
		}
	}
}

// warcPage makes the page of one WARC record, reading its block when it holds a page.
func (e *Engine) warcPage(name string, rec *warc.Record) *Page {
	off := rec.Offset
	p := &Page{rec: Record{Source: name, Offset: &off}}
	if e.fromWARC(p, rec) {
		// The extraction reads the block: the reader, which every record goes through, only
		// parses the WARC and HTTP headers.
		rec.Detach()
		p.block = rec
	}
	return p
}

// fromWARC fills p from a WARC record: its record's fields, and a skip or an error when the
// record holds no page to extract. It reports whether it does; p.kind, p.ctype and
// p.blockLimit then say how to read the page from the record's block.
func (e *Engine) fromWARC(p *Page, rec *warc.Record) bool {
	p.rec.URL = rec.TargetURI
	p.rec.WARCRecordID = rec.ID
	p.rec.WARCDate = rec.Date
	p.rec.WARCType = rec.Type
	if rec.Err != nil {
		p.rec.fail(rec.Err, KindWARC)
		return false
	}
	limit := e.maxBytes
	switch rec.Type {
	case "response":
		if !rec.HTTP {
			p.rec.ContentType = rec.ContentType
			p.rec.skip(SkipNotHTTP)
			return false
		}
		p.rec.HTTPStatus = int32(rec.HTTPStatus)
		p.rec.ContentType = rec.HTTPHeader.Get("Content-Type")
		if rec.HTTPStatus < 200 || rec.HTTPStatus > 299 {
			p.rec.skip(SkipHTTPStatus)
			return false
		}
		p.kind = pageHTTP
		limit += httpHeaderAllowance
	case "resource":
		p.rec.ContentType = rec.ContentType
		p.kind = pageHTML
	default:
		p.rec.skip(SkipRecordType)
		return false
	}
	if ct := p.rec.ContentType; ct != "" && !isHTMLType(ct) {
		p.rec.skip(SkipNotHTML)
		return false
	}
	p.ctype = p.rec.ContentType
	p.blockLimit = limit
	return true
}

// readBlock reads and releases the block of a detached WARC record, filling p.page, or fails
// rec. It reports whether there is a page.
func readBlock(p *Page, rec *Record) bool {
	block, err := p.block.Block(p.blockLimit)
	_ = p.block.Close()
	if err != nil {
		rec.fail(err, "")
		if !errors.Is(err, warc.ErrTooLarge) {
			rec.ErrorKind = KindWARC
		}
		return false
	}
	p.page = block
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
