package extractor

import (
	"fmt"
	"time"
)

// Defaults used when an [Options] field is left at its zero value. Together they bound what one
// page can cost: with the defaults, no input takes more than a few hundred megabytes or more
// than [DefaultTimeout].
const (
	// DefaultMaxInputBytes caps the bytes read from one page: 64 MiB, far above any real article page.
	DefaultMaxInputBytes = 64 << 20
	// DefaultMaxNodes caps the elements of one page's tree: 500,000, 35 times the largest of
	// the 662 benchmark pages (14,261). Each element costs about 300 bytes of tree, its text
	// node and attributes included, so the tree of an accepted page stays near 150 MB.
	DefaultMaxNodes = 500_000
	// DefaultTimeout is the time budget of one extraction: 30 seconds. A typical page takes a
	// few milliseconds, a 64 MiB page of dense text about 5 seconds on one core.
	DefaultTimeout = 30 * time.Second
)

// Options configures an [Extractor]. The zero value is the recommended default.
type Options struct {
	// MaxInputBytes is the largest input accepted; larger inputs give [ErrTooLarge].
	// Zero means [DefaultMaxInputBytes]; a negative value is an error.
	MaxInputBytes int64
	// MaxNodes is the most elements a page's tree may have; more give [ErrTooManyNodes],
	// found before the tree is built when the markup shows it. It bounds the memory and time
	// one page costs: a page of tiny elements holds ten times more of them per byte than an
	// article. Elements that cannot hold text (SVG and MathML content, runs of <br>, <wbr>,
	// empty inline elements) do not count: on a page with more tags than MaxNodes they are
	// left out of the tree, so an article after a flood of them still comes back.
	// Zero means [DefaultMaxNodes]; a negative value is an error.
	MaxNodes int
	// Timeout is the time budget of one call to [Extractor.Extract] or [Extractor.ExtractNode];
	// past it they return an error matching [ErrTimeout] and [context.DeadlineExceeded]. The
	// budget is checked between stages and while the page is parsed. Zero means
	// [DefaultTimeout]; a negative value is an error. A deadline on the context passed to
	// Extract applies as well.
	Timeout time.Duration
	// KeepComments reads the page's comment section into [Result.Comments] (author, date and
	// text of each comment), apart from the body: the body is the same with or without it.
	// By default comments are not read. A forum thread whose replies are the page is body.
	KeepComments bool
	// KeepCaptions keeps the caption of each <figure> in the body (its <figcaption>) as a
	// [KindCaption] block, which the renderers show with the figure's images. A figure that
	// shows another page (a bookmark or link-preview card) or sits in chrome is left out.
	// By default captions are dropped: the article-body benchmarks' truth leaves them out
	// (with them, ScrapingHub F1 falls from 0.979 to 0.976).
	KeepCaptions bool
	// Favor says which error to prefer when the container vote and the second opinion
	// disagree (see the README's "How it works"): [Balanced] (the zero value), [Precision]
	// (less boilerplate, maybe less of the body) or [Recall] (more of the body, maybe some
	// boilerplate).
	Favor Favor
	// PageType, when set, overrides pith's judgement of the page's kind ([Result.PageType]):
	// the page is assembled as that kind and the Result names it. The zero value lets pith decide.
	PageType PageType
}

// Favor is the bias of an extraction between precision and recall.
type Favor uint8

// The biases an [Options.Favor] may take.
const (
	// Balanced keeps the container's result, with the second opinion's where the container
	// holds little of the page's prose or kept nothing.
	Balanced Favor = iota
	// Precision also drops the blocks the second opinion judges boilerplate.
	Precision
	// Recall also keeps the second opinion's prose next to the kept content.
	Recall
)

// String returns the name of f as the pith command takes it: "balanced", "precision", "recall".
func (f Favor) String() string {
	switch f {
	case Balanced:
		return "balanced"
	case Precision:
		return "precision"
	case Recall:
		return "recall"
	}
	return fmt.Sprintf("Favor(%d)", uint8(f))
}

// ParseFavor returns the Favor named s ("balanced", "precision" or "recall").
func ParseFavor(s string) (Favor, error) {
	for _, f := range []Favor{Balanced, Precision, Recall} {
		if s == f.String() {
			return f, nil
		}
	}
	return Balanced, fmt.Errorf("unknown favor %q: must be balanced, precision or recall", s)
}

// MarshalText implements [encoding.TextMarshaler]: the name of f.
func (f Favor) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseFavor], so that a Favor is
// a command-line flag ([flag.TextVar]) or a field of a configuration file.
func (f *Favor) UnmarshalText(b []byte) error {
	v, err := ParseFavor(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// withDefaults validates o and returns a copy with zero fields set to their defaults.
func (o Options) withDefaults() (Options, error) {
	switch {
	case o.MaxInputBytes < 0:
		return o, fmt.Errorf("extractor: MaxInputBytes must not be negative, got %d", o.MaxInputBytes)
	case o.MaxNodes < 0:
		return o, fmt.Errorf("extractor: MaxNodes must not be negative, got %d", o.MaxNodes)
	case o.Timeout < 0:
		return o, fmt.Errorf("extractor: Timeout must not be negative, got %v", o.Timeout)
	case o.Favor > Recall:
		return o, fmt.Errorf("extractor: unknown %v", o.Favor)
	}
	if _, err := ParsePageType(string(o.PageType)); err != nil {
		return o, fmt.Errorf("extractor: %w", err)
	}
	if o.MaxInputBytes == 0 {
		o.MaxInputBytes = DefaultMaxInputBytes
	}
	if o.MaxNodes == 0 {
		o.MaxNodes = DefaultMaxNodes
	}
	if o.Timeout == 0 {
		o.Timeout = DefaultTimeout
	}
	return o, nil
}
