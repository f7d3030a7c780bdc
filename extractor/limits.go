package extractor

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/net/html"
)

// Limits on the tree handed to html.Parse; see package guard (internal/guard).
const (
	// maxNestingDepth is the deepest element kept, below html.Parse's limit of 512 open elements
	// with room for the elements the parser adds on its own (implied <tbody> and <tr>, formatting
	// elements it re-creates). Real pages stay under 60: the deepest of the 662 benchmark pages is 56.
	maxNestingDepth = 400
	// maxFormatting is the most formatting elements (<b>, <font>, ...) kept in the parser's list
	// of active formatting elements. The parser re-creates each closed one before every later
	// run of text, so this bounds how many elements a short run of text can cost. The guard drops
	// none on any of the 662 benchmark pages.
	maxFormatting = 16
)

// maxTreeDepth is the deepest tree [Extractor.ExtractNode] accepts: twice what html.Parse builds
// (512 open elements), far more than real pages need, and shallow enough for the recursive walks
// of the later stages.
const maxTreeDepth = 1024

// checkTree returns an error if a tree given to [Extractor.ExtractNode] is nil ([ErrEmpty])
// or past the limits.
func (e *Extractor) checkTree(doc *html.Node) error {
	if doc == nil {
		return ErrEmpty
	}
	count, depth := treeSize(doc, e.opts.MaxNodes)
	switch {
	case count > e.opts.MaxNodes:
		return tooManyNodes(e.opts.MaxNodes)
	case depth > maxTreeDepth:
		return fmt.Errorf("%w: more than %d levels", ErrTooDeep, maxTreeDepth)
	}
	return nil
}

// fallbackDepths are the nesting limits tried, in order, when html.Parse fails on a page; the
// last keeps no elements at all, only text, so it cannot fail.
var fallbackDepths = []int{maxNestingDepth, 200, 100, 25, 0}

// tooManyNodes is the error for a page with more than limit elements.
func tooManyNodes(limit int) error {
	return fmt.Errorf("%w: more than %d", ErrTooManyNodes, limit)
}

// budget returns ctx limited by [Options.Timeout].
func (e *Extractor) budget(ctx context.Context) (context.Context, context.CancelFunc) {
	cause := fmt.Errorf("%w (%v): %w", ErrTimeout, e.opts.Timeout, context.DeadlineExceeded)
	return context.WithTimeoutCause(ctx, e.opts.Timeout, cause)
}

// ctxError is the error for a done ctx made by budget: the budget's own error when it ran out,
// else the caller's context error, with its cause if it has one.
func ctxError(ctx context.Context) error {
	err, cause := ctx.Err(), context.Cause(ctx)
	switch {
	case errors.Is(cause, ErrTimeout):
		return cause
	case cause != nil && cause != err:
		return fmt.Errorf("extractor: %w: %w", err, cause)
	}
	return fmt.Errorf("extractor: %w", err)
}

// stageError turns an error a stage returned because ctx is done into ctxError's error.
func stageError(ctx context.Context, err error) error {
	if ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		return ctxError(ctx)
	}
	return err
}
