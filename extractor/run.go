package extractor

import (
	"context"

	"golang.org/x/net/html"
)

// run holds the state of one extraction; it is made per call, so an Extractor can be shared.
type run struct {
	opts Options
	src  Source
}

func newRun(e *Extractor, src Source) *run { return &run{opts: e.opts, src: src} }

// extract runs the stages after parsing: segment, score, classify, assemble.
func (r *run) extract(ctx context.Context, doc *html.Node) (*Result, error) {
	return nil, ErrNoContent // stub: replaced by the real pipeline
}
