package batch

import (
	"errors"
	"fmt"
	"os"
	"sync/atomic"
	"time"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/fetch"
	"github.com/pithdev/pith/internal/warc"
)

// Engine reads the records of inputs and extracts them into [Record]s: the work a batch run
// does on each input, shared by every driver of it ([Run]'s pipeline of goroutines, and the
// Beam pipeline of pith-beam), so that they write the same records. The readers
// ([Engine.ReadFile], [Engine.ReadStream], [Engine.ReadFolder], [Engine.ReadMemberRange]) yield
// [Page]s, cheap to read; [Engine.Extract] does the work. An Engine is safe for concurrent use.
type Engine struct {
	ex       *extractor.Extractor
	maxBytes int64
	markdown bool
	render   extractor.RenderOptions
	// minConfidence and keepLow are Config.MinConfidence and Config.KeepLow.
	minConfidence float64
	keepLow       bool
	timeout       time.Duration // the per-record time budget the extractor applies
	grace         time.Duration // how long past timeout a record is waited for: abandonGrace
	fetch         *fetch.Client // fetches URL inputs
	diag          func(what string, err error)
	// hook, when set (by tests), runs on each page before it is extracted.
	hook  func(p *Page)
	bytes atomic.Int64 // input bytes read, for the progress display
}

// NewEngine makes the engine of cfg, of which it uses MaxBytes, FetchTimeout, Markdown, Render,
// MinConfidence, KeepLow and Options (with MaxInputBytes set from MaxBytes). diag receives what goes wrong beside the records (an
// input cut short, a panic, a record given up) as the thing concerned and the error; nil
// discards it. It may be called from any goroutine.
func NewEngine(cfg Config, diag func(what string, err error)) (*Engine, error) {
	if cfg.MaxBytes < 0 {
		return nil, fmt.Errorf("max bytes must not be negative, got %d", cfg.MaxBytes)
	}
	if cfg.MaxBytes == 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	opts := cfg.Options
	opts.MaxInputBytes = cfg.MaxBytes
	ex, err := extractor.New(opts)
	if err != nil {
		return nil, err
	}
	timeout := opts.Timeout
	if timeout == 0 {
		timeout = extractor.DefaultTimeout
	}
	if diag == nil {
		diag = func(string, error) {}
	}
	if cfg.MinConfidence < 0 || cfg.MinConfidence > 1 || cfg.MinConfidence != cfg.MinConfidence {
		return nil, fmt.Errorf("min confidence must be between 0 and 1, got %v", cfg.MinConfidence)
	}
	if cfg.FetchTimeout < 0 {
		return nil, fmt.Errorf("fetch timeout must not be negative, got %s", cfg.FetchTimeout)
	}
	if cfg.FetchTimeout == 0 {
		cfg.FetchTimeout = fetch.DefaultTimeout
	}
	client, err := fetch.New(fetch.Options{Timeout: cfg.FetchTimeout, MaxBytes: cfg.MaxBytes, PerHost: fetch.PerHost})
	if err != nil {
		return nil, err
	}
	return &Engine{
		ex: ex, maxBytes: cfg.MaxBytes, markdown: cfg.Markdown, render: cfg.Render,
		minConfidence: cfg.MinConfidence, keepLow: cfg.KeepLow,
		timeout: timeout, grace: abandonGrace, fetch: client, diag: diag,
	}, nil
}

// Close releases the idle connections of the engine's URL fetches.
func (e *Engine) Close() { e.fetch.Close() }

// BytesRead is the number of input bytes the engine's readers have read so far.
func (e *Engine) BytesRead() int64 { return e.bytes.Load() }

// pageKind says how the HTML of a page is read.
type pageKind int

const (
	pageHTML pageKind = iota // page holds the HTML
	pageHTTP                 // page holds an HTTP response block: decode it first
	pageJSON                 // page holds a JSON Lines line: parse it first
	pageURL                  // rec.URL is a URL to fetch first
)

// Page is one record read from an input and not yet extracted: its record so far (source,
// offset or line, WARC fields; or already a skip or an error) and what [Engine.Extract] needs
// to get the page. A Page may hold part of an open file: extract it or [Page.Release] it.
type Page struct {
	rec   Record
	page  []byte
	kind  pageKind
	ctype string // the Content-Type for decoding; "" when unknown
	// block is a detached WARC record whose block is the page, read when extracted (at most
	// blockLimit bytes) and then closed; nil otherwise.
	block      *warc.Record
	blockLimit int64
	// member is a gzip member of a .warc.gz to read when extracted (see read_members.go); nil
	// otherwise.
	member *member
}

// Release releases what p holds of its input when it will not be extracted.
func (p *Page) Release() {
	if p.block != nil {
		_ = p.block.Close()
		p.block = nil
	}
	if p.member != nil {
		p.member.arc.release()
		p.member = nil
	}
}

// FailedInput reports, to the engine's diag, an input that could not be read at all, and
// returns its one error record (kind "input").
func (e *Engine) FailedInput(name string, err error) *Page {
	e.diag(name, err)
	p := &Page{rec: Record{Source: name}}
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	p.rec.fail(err, KindInput)
	return p
}
