package extractor

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/pithdev/pith/extractor/internal/decode"
	"github.com/pithdev/pith/extractor/internal/tree"
	"golang.org/x/net/html"
)

// Source carries the per-document facts that help extraction. Every field is optional.
type Source struct {
	// URL is the page's address (the final one, after redirects), used to resolve links and as metadata.
	URL string
	// ContentType is the HTTP Content-Type header, whose charset parameter guides decoding.
	ContentType string
	// Fetched is when the page was fetched (a crawl's WARC-Date, the time of the HTTP
	// response). A relative date on the page ("3 days ago", "vor 2 Stunden") is read against
	// it; when it is zero such dates are left out.
	Fetched time.Time
}

// Extractor extracts the main content of HTML pages. It is immutable after [New]
// and safe for concurrent use by many goroutines.
type Extractor struct {
	opts Options
}

// New returns an Extractor configured by opts, or an error if an option is invalid.
func New(opts Options) (*Extractor, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	return &Extractor{opts: o}, nil
}

var defaultExtractor = &Extractor{opts: must(Options{}.withDefaults())}

func must(o Options, err error) Options {
	if err != nil {
		panic(err)
	}
	return o
}

// Extract extracts the main content of page with the default options.
func Extract(page []byte, src Source) (*Result, error) {
	return defaultExtractor.Extract(context.Background(), page, src)
}

// Extract decodes page to UTF-8, parses it and returns its main content.
// It returns [ErrEmpty] or [ErrNotHTML] for inputs that are not a page, [ErrTooLarge]
// past [Options.MaxInputBytes], [ErrTooManyNodes] past [Options.MaxNodes], an error matching
// [ErrTimeout] past [Options.Timeout], ctx's error when ctx is done first, and [ErrNoContent]
// when nothing worth keeping was found. With ErrNoContent, and only with it, the *Result is
// not nil: it holds the page's Title, URL and Metadata, and no Blocks. With every other error
// it is nil.
func (e *Extractor) Extract(ctx context.Context, page []byte, src Source) (*Result, error) {
	ctx, cancel := e.budget(ctx)
	defer cancel()
	doc, d, err := e.decodeParse(ctx, page, src)
	if err != nil {
		return nil, err
	}
	res, err := e.extractNode(ctx, doc, src)
	if res != nil {
		res.Encoding, res.EncodingSource = d.Encoding, d.Source
	}
	return res, err
}

// decodeAndParse runs the first two stages, decode and parse, under ctx, which the caller
// has already limited by [Options.Timeout].
func (e *Extractor) decodeAndParse(ctx context.Context, page []byte, src Source) (*html.Node, error) {
	doc, _, err := e.decodeParse(ctx, page, src)
	return doc, err
}

// decodeParse is decodeAndParse that also returns what the decode stage decided.
func (e *Extractor) decodeParse(ctx context.Context, page []byte, src Source) (*html.Node, decode.Decoded, error) {
	if int64(len(page)) > e.opts.MaxInputBytes {
		return nil, decode.Decoded{}, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(page), e.opts.MaxInputBytes)
	}
	if ctx.Err() != nil {
		return nil, decode.Decoded{}, ctxError(ctx)
	}
	d, err := decode.Page(page, src.ContentType)
	if ce := (*decode.CharsetError)(nil); errors.As(err, &ce) {
		return nil, decode.Decoded{}, &DecodeError{Charset: ce.Charset, Err: ce.Err}
	}
	if err != nil {
		return nil, decode.Decoded{}, err
	}
	if ctx.Err() != nil {
		return nil, decode.Decoded{}, ctxError(ctx)
	}
	doc, err := tree.Parse(ctx, d.Text, e.opts.MaxNodes)
	if pe := (*tree.ParseError)(nil); errors.As(err, &pe) {
		return nil, decode.Decoded{}, &ParseError{Err: pe.Err}
	}
	if err != nil {
		return nil, decode.Decoded{}, stageError(ctx, err)
	}
	d.Text = nil // the tree holds the text now
	return doc, d, nil
}

// ExtractReader reads a page from r, at most [Options.MaxInputBytes] of it, and extracts it like [Extractor.Extract].
func (e *Extractor) ExtractReader(ctx context.Context, r io.Reader, src Source) (*Result, error) {
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, e.opts.MaxInputBytes+1))
	if err != nil {
		return nil, fmt.Errorf("extractor: read: %w", err)
	}
	if n > e.opts.MaxInputBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, e.opts.MaxInputBytes)
	}
	return e.Extract(ctx, buf.Bytes(), src)
}

// ExtractNode extracts the main content of an already parsed document. The tree is only read,
// never changed. On a tree parsed as html.Parse and goquery parse (scripting on) it gives the
// Result [Extractor.Extract] gives for the same page, but for [Result.Encoding], left empty:
// like Extract, it reads a <noscript> that holds its markup as text as that markup, parsed
// apart, here on a copy of the tree. [Options.MaxNodes] and [Options.Timeout] apply as in
// [Extractor.Extract]; a tree nested deeper than html.Parse builds trees (twice as deep)
// gives [ErrTooDeep].
func (e *Extractor) ExtractNode(ctx context.Context, doc *html.Node, src Source) (*Result, error) {
	if err := e.checkTree(doc); err != nil {
		return nil, err
	}
	ctx, cancel := e.budget(ctx)
	defer cancel()
	doc, err := tree.ReadNoscript(ctx, doc, e.opts.MaxNodes)
	if err != nil {
		return nil, err
	}
	return e.extractNode(ctx, tree.ReparseRunawayTitle(ctx, doc, e.opts.MaxNodes), src)
}

// extractNode runs the stages after parsing.
func (e *Extractor) extractNode(ctx context.Context, doc *html.Node, src Source) (*Result, error) {
	if ctx.Err() != nil {
		return nil, ctxError(ctx)
	}
	r := newRun(e, src)
	res, err := r.extract(ctx, doc)
	if errors.Is(err, ErrNoContent) {
		if frames, ok := tree.FrameSources(doc); ok {
			err = fmt.Errorf("%w: a frameset page, its content is in its frames: %s", ErrNoContent, strings.Join(frames, " "))
		}
		return res, err
	}
	if err != nil {
		return nil, stageError(ctx, err)
	}
	return res, nil
}
