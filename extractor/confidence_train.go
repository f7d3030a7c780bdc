//go:build pithtrain

package extractor

import (
	"context"
	"errors"

	"github.com/pithdev/pith/extractor/internal/confidence"
)

// ExtractFeatures is [Extractor.Extract] with opts that also returns the confidence model's
// inputs for the page. It exists only in builds with the pithtrain tag, for the
// program that fits the model (extractor/internal/confidence/train): it is not pith's API.
func ExtractFeatures(page []byte, src Source, opts Options) (*Result, confidence.Features, error) {
	var f confidence.Features
	e, err := New(opts)
	if err != nil {
		return nil, f, err
	}
	ctx, cancel := e.budget(context.Background())
	defer cancel()
	doc, err := e.decodeAndParse(ctx, page, src)
	if err != nil {
		return nil, f, err
	}
	r := newRun(e, src)
	r.features = &f
	res, err := r.extract(ctx, doc)
	if err != nil && !errors.Is(err, ErrNoContent) {
		return nil, f, err
	}
	return res, f, err
}
