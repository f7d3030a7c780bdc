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

// extract runs the stages after parsing: segment, score, classify and assemble.
func (r *run) extract(ctx context.Context, doc *html.Node) (*Result, error) {
	blocks := segment(doc, r.opts.KeepComments)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	title := pickTitle(readHead(doc), blocks)
	headline := findHeadline(blocks, title)
	top := score(blocks, headline)
	if top == nil {
		return nil, ErrNoContent
	}
	kept := assemble(blocks, top, title, headline)
	if len(kept) == 0 {
		return nil, ErrNoContent
	}
	res := &Result{Title: title, URL: r.src.URL, Blocks: make([]Block, 0, len(kept))}
	for _, b := range kept {
		res.Blocks = append(res.Blocks, Block{Kind: b.kind, Text: b.text, Level: b.level, Ordered: b.ordered, node: b.el.node})
	}
	res.Metadata = readMetadata(doc, r.src, res)
	return res, nil
}
