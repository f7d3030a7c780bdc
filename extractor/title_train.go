//go:build pithtrain

package extractor

import (
	"context"
	"errors"

	"github.com/pithdev/pith/extractor/internal/titlepick"
)

// TitleCandidate is one title candidate of a page as the chooser's trainer sees it: Text is
// what Result.Title would be if it were chosen.
type TitleCandidate struct {
	Text     string
	Features titlepick.Features
}

// ExtractTitleCandidates extracts page with the default options and returns its title
// candidates (see titleCandidates), the rules' choice (Result.Title) first, and the Result. It exists only in builds with the
// pithtrain tag, for the program that fits the title chooser
// (extractor/internal/titlepick/train): it is not pith's API.
func ExtractTitleCandidates(page []byte, src Source) ([]TitleCandidate, *Result, error) {
	e, err := New(Options{})
	if err != nil {
		return nil, nil, err
	}
	ctx, cancel := e.budget(context.Background())
	defer cancel()
	doc, err := e.decodeAndParse(ctx, page, src)
	if err != nil {
		return nil, nil, err
	}
	r := newRun(e, src)
	t, err := r.decide(ctx, doc)
	if err != nil && !errors.Is(err, ErrNoContent) {
		return nil, nil, err
	}
	res := r.result(t, doc)
	// The kind as the title stage saw it, before storyOverrides.
	kind := r.opts.PageType
	if t.kind != nil {
		kind = pageTypeOf(t.kind.Kind)
	}
	cands := titleCandidates(t.facts.Titles(src.URL), t.blocks, kind, t.title)
	out := make([]TitleCandidate, len(cands))
	for i, c := range cands {
		out[i] = TitleCandidate{Text: resultTitle(c.text, t.pageType), Features: c.f}
	}
	return out, res, nil
}
