package extractor

import (
	"errors"
	"fmt"

	"github.com/pithdev/pith/extractor/internal/decode"
	"github.com/pithdev/pith/extractor/internal/tree"
)

// Sentinel errors that callers can test for with [errors.Is].
var (
	// ErrEmpty is returned for an input with no bytes, or only whitespace.
	ErrEmpty = decode.ErrEmpty
	// ErrNotHTML is returned when the input does not look like HTML (binary data, an image, a PDF, a gzip stream).
	ErrNotHTML = decode.ErrNotHTML
	// ErrNoContent is returned when the page parsed but no main content was found. Text that a
	// reader does not see is not content: a page whose article is only inside <template>, or
	// only in script data (a JSON state blob such as Next.js's __NEXT_DATA__) gives ErrNoContent,
	// as does a frameset page (the error names its frames). The extract methods return it
	// together with a *Result that holds the page's title and metadata and no blocks.
	ErrNoContent = errors.New("extractor: no main content found")
	// ErrTooLarge is returned when the input passes [Options.MaxInputBytes].
	ErrTooLarge = errors.New("extractor: input too large")
	// ErrTooManyNodes is returned when the page's tree would have more elements than [Options.MaxNodes].
	ErrTooManyNodes = tree.ErrTooManyNodes
	// ErrTooDeep is returned by [Extractor.ExtractNode] for a tree nested more than twice as
	// deep as html.Parse builds them. [Extractor.Extract] never returns it: it caps the nesting
	// of the pages it parses instead.
	ErrTooDeep = errors.New("extractor: tree too deep")
	// ErrTimeout is returned when an extraction runs past [Options.Timeout]. The error returned
	// also matches [context.DeadlineExceeded]. When the caller's context is cancelled or passes
	// its own deadline, the error matches the context's error instead, not ErrTimeout.
	ErrTimeout = errors.New("extractor: time budget exceeded")
)

// DecodeError reports that the input could not be turned into UTF-8 text.
type DecodeError struct {
	// Charset is the encoding that was tried.
	Charset string
	// Err is the underlying error.
	Err error
}

// Error implements error.
func (e *DecodeError) Error() string {
	return fmt.Sprintf("extractor: decode %s: %v", e.Charset, e.Err)
}

// Unwrap returns the underlying error.
func (e *DecodeError) Unwrap() error { return e.Err }

// ParseError reports that the HTML parser gave up on the input.
type ParseError struct {
	// Err is the parser's error.
	Err error
}

// Error implements error.
func (e *ParseError) Error() string { return "extractor: parse: " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }
