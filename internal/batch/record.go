package batch

import (
	"context"
	"encoding/json"
	"errors"
	"strings"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/warc"
)

// Status values of [Record.Status].
const (
	// StatusOK is a record whose main content was extracted.
	StatusOK = "ok"
	// StatusSkip is a record that was not extracted by design (see the Skip values).
	StatusSkip = "skip"
	// StatusError is a record that failed: see [Record.Error] and [Record.ErrorKind].
	StatusError = "error"
	// StatusLowConfidence is a record that was extracted but whose [Record.Confidence] is
	// under [Config.MinConfidence]: its text and markdown are left out unless
	// [Config.KeepLow] is set; title and metadata stay. It is not a failure.
	StatusLowConfidence = "low-confidence"
)

// Skip reasons, the values of [Record.Skip].
const (
	// SkipRecordType is a WARC record other than response and resource (request, metadata,
	// warcinfo, revisit, ...); [Record.WARCType] names it.
	SkipRecordType = "record-type"
	// SkipNotHTTP is a response record whose block is not an HTTP response (dns:, ftp:, ...).
	SkipNotHTTP = "not-http"
	// SkipHTTPStatus is an HTTP response whose status is not 2xx (redirects, errors);
	// [Record.HTTPStatus] gives it.
	SkipHTTPStatus = "http-status"
	// SkipNotHTML is a record whose Content-Type is not HTML ([Record.ContentType] gives it), or,
	// without a Content-Type, whose bytes are not HTML.
	SkipNotHTML = "not-html"
)

// Error kinds, the values of [Record.ErrorKind].
const (
	// KindNoContent: the page parsed, but no main content was found.
	KindNoContent = "no-content"
	// KindEmpty: the page has no bytes, or only whitespace.
	KindEmpty = "empty"
	// KindNotHTML: the record was declared HTML, but its bytes are not.
	KindNotHTML = "not-html"
	// KindTooLarge: the page is larger than --max-bytes, or decompresses past it.
	KindTooLarge = "too-large"
	// KindTooManyNodes: the page has more elements than --max-nodes.
	KindTooManyNodes = "too-many-nodes"
	// KindTimeout: the extraction ran past --timeout.
	KindTimeout = "timeout"
	// KindDecode: the bytes could not be decoded to UTF-8.
	KindDecode = "decode"
	// KindParse: the HTML parser gave up.
	KindParse = "parse"
	// KindEncoding: a gzip, deflate, br or zstd body did not decompress.
	KindEncoding = "content-encoding"
	// KindHTTP: the HTTP response in a WARC record is broken.
	KindHTTP = "http"
	// KindWARC: the WARC record or its gzip member is corrupt or truncated.
	KindWARC = "warc"
	// KindJSON: a JSON Lines line is not a JSON object with an "html" string.
	KindJSON = "json"
	// KindFetch: a URL input could not be fetched at all: a bad URL, a name or connection
	// failure, the fetch time limit, the size limit or too many redirects.
	KindFetch = "fetch"
	// KindRead: a file could not be read.
	KindRead = "read"
	// KindInput: an input could not be opened or read at all.
	KindInput = "input"
	// KindPanic: the extractor panicked on the record (a bug: please report it).
	KindPanic = "panic"
	// KindExtract: any other extraction error.
	KindExtract = "extract"
)

// Record is one line of output: one input record. Its JSON form is the JSON Lines schema
// (field names in the json tags, fields left out when empty), its Parquet form has the same
// columns. The schema is documented in doc.go; fields are only ever added to it.
type Record struct {
	// Source is the file the record came from: the WARC or JSON Lines file, or the HTML file
	// (found in a folder or named directly); the URL input as given; "<stdin>" for standard
	// input.
	Source string `json:"source" parquet:"source,dict"`
	// Offset is the byte offset of a WARC record in Source (as CDX indexes give it).
	Offset *int64 `json:"offset,omitempty" parquet:"offset,optional"`
	// Line is the 1-based line number of a JSON Lines record in Source.
	Line *int64 `json:"line,omitempty" parquet:"line,optional"`
	// ID is the "id" of a JSON Lines record as it was in the input: a JSON string, number or
	// other value (a null id is left out). Parquet output has IDText in its place.
	ID json.RawMessage `json:"id,omitempty" parquet:"-"`
	// IDText is the "id" column of Parquet output, a string: a JSON string id's value, any
	// other id's JSON text. It is not in JSON output, which has ID.
	IDText string `json:"-" parquet:"id,optional"`
	// Status is "ok", "skip", "error" or "low-confidence".
	Status string `json:"status" parquet:"status,dict"`
	// URL is the page URL: WARC-Target-URI, the "url" of a JSON Lines record, or the final
	// URL, after redirects, of a fetched URL input (which Source names as given).
	URL string `json:"url,omitempty" parquet:"url,optional"`
	// WARCRecordID is the WARC-Record-ID, angle brackets included.
	WARCRecordID string `json:"warc_record_id,omitempty" parquet:"warc_record_id,optional"`
	// WARCDate is the WARC-Date as written in the record (RFC 3339).
	WARCDate string `json:"warc_date,omitempty" parquet:"warc_date,optional"`
	// WARCType is the WARC-Type ("response", "resource", "request", ...).
	WARCType string `json:"warc_type,omitempty" parquet:"warc_type,dict,optional"`
	// HTTPStatus is the HTTP status of a WARC response record or of a fetched URL.
	HTTPStatus int32 `json:"http_status,omitempty" parquet:"http_status,optional"`
	// FetchDate is when a URL input was fetched (RFC 3339, UTC, to the second).
	FetchDate string `json:"fetch_date,omitempty" parquet:"fetch_date,optional"`
	// ContentType is the page's Content-Type: the HTTP header's (of a WARC response or a
	// fetched URL), the WARC record's for a
	// resource record, or the "content_type" of a JSON Lines record.
	ContentType string `json:"content_type,omitempty" parquet:"content_type,dict,optional"`
	// Title is the article's headline.
	Title string `json:"title,omitempty" parquet:"title,optional"`
	// Text is the main content as plain text, without the title: blocks (paragraphs, list
	// items, ...) separated by blank lines.
	Text string `json:"text,omitempty" parquet:"text,optional"`
	// Markdown is the title and main content as Markdown, with --markdown only.
	Markdown string `json:"markdown,omitempty" parquet:"markdown,optional"`
	// BodySource is "json-ld" when the page showed no prose and the text is its JSON-LD
	// articleBody ([extractor.Result.BodySource]); empty otherwise.
	BodySource string `json:"body_source,omitempty" parquet:"body_source,dict,optional"`
	// PageType is the page's kind as pith judged it, or as --page-type set it
	// ([extractor.Result.PageType]); also on a no-content error line.
	PageType string `json:"page_type,omitempty" parquet:"page_type,dict,optional"`
	// Confidence is pith's estimate, in [0, 1], of the word F1 of Text against a careful
	// reading of the page ([extractor.Result.Confidence]); on a "no-content" error record, of
	// the empty answer. It is left out (null) on other error records and on skips.
	Confidence *float64 `json:"confidence,omitempty" parquet:"confidence,optional"`
	// Encoding is the WHATWG name of the encoding the page was read in, EncodingSource what
	// decided it: "bom", "http", "meta", "detected" or "default" ([extractor.Result.Encoding]).
	Encoding       string `json:"encoding,omitempty" parquet:"encoding,dict,optional"`
	EncodingSource string `json:"encoding_source,omitempty" parquet:"encoding_source,dict,optional"`

	// Metadata is the page's metadata, one column per field (authors, published, ...,
	// notes), named by its json and parquet tags; the fields are left out when empty.
	extractor.Metadata

	// Comments are the page's comments, apart from the body, with --keep-comments only.
	Comments []extractor.Comment `json:"comments,omitempty" parquet:"comments,list,optional"`

	// Skip is why a record with status "skip" was not extracted: "record-type", "not-http",
	// "http-status" or "not-html".
	Skip string `json:"skip,omitempty" parquet:"skip,dict,optional"`
	// Error is the message of a record with status "error", in place of the text.
	Error string `json:"error,omitempty" parquet:"error,optional"`
	// ErrorKind classifies Error: "no-content", "too-large", "timeout", "warc", ... (see the Kind constants).
	ErrorKind string `json:"error_kind,omitempty" parquet:"error_kind,dict,optional"`
}

// setResult fills r from an extraction result. A result whose confidence is under min is a
// low-confidence record, whose text, markdown and comments are left out unless keepLow.
func (r *Record) setResult(res *extractor.Result, markdown bool, opts extractor.RenderOptions, min float64, keepLow bool) {
	r.Status = StatusOK
	r.setMetadata(res)
	if res.Confidence < min {
		r.Status = StatusLowConfidence
		if !keepLow {
			r.Comments = nil
			return
		}
	}
	r.Text = res.BodyText()
	r.BodySource = res.BodySource
	if markdown {
		r.Markdown = res.Markdown(opts)
	}
}

// setMetadata fills r's title, metadata and confidence columns from an extraction result;
// an error record of a page with no body ([extractor.ErrNoContent]) has them too.
func (r *Record) setMetadata(res *extractor.Result) {
	r.Title = res.Title
	r.PageType = string(res.PageType)
	r.Encoding, r.EncodingSource = res.Encoding, res.EncodingSource
	r.Metadata = res.Metadata
	r.Comments = res.Comments
	c := res.Confidence
	r.Confidence = &c
}

// skip marks r as skipped for reason.
func (r *Record) skip(reason string) {
	r.Status, r.Skip = StatusSkip, reason
}

// fail marks r as failed with err, classified by [errorKind] unless kind is given.
func (r *Record) fail(err error, kind string) {
	if kind == "" {
		kind = errorKind(err)
	}
	r.Status, r.ErrorKind = StatusError, kind
	r.Error = message(err)
}

// message is err's text on one line, without the "extractor: " prefix of the library's
// errors (the record names its source). The errors of internal/warc are made without a
// prefix; the gowarc errors they wrap keep theirs ("gowarc: ...").
func message(err error) string {
	s := strings.ReplaceAll(err.Error(), "extractor: ", "")
	return strings.Join(strings.Fields(s), " ")
}

// errorKind classifies an extraction or read error.
func errorKind(err error) string {
	var de *extractor.DecodeError
	var pe *extractor.ParseError
	var ee *warc.EncodingError
	switch {
	case errors.Is(err, extractor.ErrNoContent):
		return KindNoContent
	case errors.Is(err, extractor.ErrEmpty):
		return KindEmpty
	case errors.Is(err, extractor.ErrNotHTML):
		return KindNotHTML
	case errors.Is(err, extractor.ErrTooLarge), errors.Is(err, warc.ErrTooLarge):
		return KindTooLarge
	case errors.Is(err, extractor.ErrTooManyNodes):
		return KindTooManyNodes
	case errors.Is(err, extractor.ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		return KindTimeout
	case errors.As(err, &de):
		return KindDecode
	case errors.As(err, &pe):
		return KindParse
	case errors.As(err, &ee):
		return KindEncoding
	}
	return KindExtract
}
