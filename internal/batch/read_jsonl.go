package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/pithdev/pith/extractor"
)

// jsonInput is one line of JSON Lines input. Only "html" is required; other fields are ignored.
type jsonInput struct {
	// HTML is the page.
	HTML *string `json:"html"`
	// URL is the page URL.
	URL string `json:"url"`
	// ContentType is the HTTP Content-Type, for its charset.
	ContentType string `json:"content_type"`
	// ID identifies the record; it is copied to the output.
	ID json.RawMessage `json:"id"`
}

// jsonLineLimit is the longest JSON Lines line accepted for a size limit on the page: JSON
// escapes make a page longer ("<" may become "\u003c"), so a line may be twice the page, and more.
func jsonLineLimit(maxBytes int64) int64 { return 2*maxBytes + 1<<20 }

// readJSONL yields the records of a JSON Lines input (gzip-compressed or not) read from br:
// each non-blank line is one page, parsed when extracted. It returns false when yield does.
func (e *Engine) readJSONL(name string, br *bufio.Reader, yield func(*Page) bool) bool {
	r, err := maybeGunzip(br)
	if err != nil {
		return yield(e.FailedInput(name, fmt.Errorf("gzip: %w", err)))
	}
	lr := bufio.NewReaderSize(r, 64<<10)
	limit := jsonLineLimit(e.maxBytes)
	for lineNo := int64(1); ; lineNo++ {
		line, err := readLine(lr, limit)
		if len(bytes.TrimSpace(line)) == 0 && err == nil {
			continue
		}
		if errors.Is(err, io.EOF) && len(bytes.TrimSpace(line)) == 0 {
			return true
		}
		n := lineNo
		p := &Page{rec: Record{Source: name, Line: &n}, kind: pageJSON, page: line}
		switch {
		case errors.Is(err, errLineTooLong):
			p.page = nil
			p.rec.fail(fmt.Errorf("%w: line longer than %d bytes", extractor.ErrTooLarge, limit), KindTooLarge)
		case err != nil && !errors.Is(err, io.EOF):
			p.page = nil
			p.rec.fail(err, KindRead)
		}
		if !yield(p) {
			return false
		}
		if err != nil && !errors.Is(err, errLineTooLong) {
			return true
		}
	}
}

// errLineTooLong is returned by readLine for a line past its limit; the line is skipped.
var errLineTooLong = errors.New("line too long")

// readLine reads one line, without its end, of at most limit bytes. A longer line is read to
// its end and dropped with errLineTooLong. At the end of input it returns the last line, if
// any, with io.EOF.
func readLine(br *bufio.Reader, limit int64) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > limit {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong && (err == nil || errors.Is(err, io.EOF)) {
			return nil, errLineTooLong
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}

// parseJSONPage turns the JSON line of it into its page, filling the record's id, url and
// content type. It returns false, with the record failed or skipped, when there is no page.
func parseJSONPage(it *Page) bool {
	var in jsonInput
	if err := json.Unmarshal(it.page, &in); err != nil {
		it.rec.fail(fmt.Errorf("bad json line: %w", err), KindJSON)
		return false
	}
	it.rec.URL, it.rec.ContentType = in.URL, in.ContentType
	if len(in.ID) > 0 && string(in.ID) != "null" {
		it.rec.ID, it.rec.IDText = in.ID, idText(in.ID)
	}
	if in.HTML == nil {
		it.rec.fail(errors.New(`json line has no "html" string field`), KindJSON)
		return false
	}
	if in.ContentType != "" && !isHTMLType(in.ContentType) {
		it.rec.skip(SkipNotHTML)
		return false
	}
	// A JSON string is Unicode: the page is UTF-8 whatever charset content_type or the page names.
	it.page, it.ctype = []byte(*in.HTML), "text/html; charset=utf-8"
	return true
}

// idText is the string form of a JSON Lines "id" (for Parquet's string column): a string's
// value, any other value's JSON text, compacted as in JSON output.
func idText(raw json.RawMessage) string {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s
	}
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return string(raw)
	}
	return b.String()
}
