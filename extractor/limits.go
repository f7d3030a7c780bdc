package extractor

import (
	"context"
	"errors"
	"fmt"

	"github.com/pithdev/pith/extractor/internal/tree"
	"golang.org/x/net/html"
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
	count, depth := tree.TreeSize(doc, e.opts.MaxNodes)
	switch {
	case count > e.opts.MaxNodes:
		return tree.TooManyNodes(e.opts.MaxNodes)
	case depth > maxTreeDepth:
		return fmt.Errorf("%w: more than %d levels", ErrTooDeep, maxTreeDepth)
	}
	return nil
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
