package extractor

import "fmt"

// Defaults used when an [Options] field is left at its zero value.
const (
	// DefaultMaxInputBytes caps the bytes read from one page: 64 MiB, far above any real article page.
	DefaultMaxInputBytes = 64 << 20
)

// Options configures an [Extractor]. The zero value is the recommended default.
type Options struct {
	// MaxInputBytes is the largest input accepted; larger inputs give [ErrTooLarge].
	// Zero means [DefaultMaxInputBytes]; a negative value is an error.
	MaxInputBytes int64
	// KeepComments keeps a page's comment section as part of the content. By default it is dropped.
	KeepComments bool
}

// withDefaults validates o and returns a copy with zero fields set to their defaults.
func (o Options) withDefaults() (Options, error) {
	if o.MaxInputBytes < 0 {
		return o, fmt.Errorf("extractor: MaxInputBytes must not be negative, got %d", o.MaxInputBytes)
	}
	if o.MaxInputBytes == 0 {
		o.MaxInputBytes = DefaultMaxInputBytes
	}
	return o, nil
}
