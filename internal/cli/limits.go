package cli

import (
	"flag"
	"fmt"
	"time"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/fetch"
)

// limits are the flags that bound what one page may cost. pith, pith explain and pith batch
// bind them with the same names, meanings and defaults, which are the library's and package
// fetch's: one place for each.
type limits struct {
	// maxBytes is --max-bytes: the largest page read, fetched or decompressed.
	maxBytes int64
	// maxNodes is --max-nodes: the most elements a page may have.
	maxNodes int
	// timeout is --timeout: the time budget of extracting one page.
	timeout time.Duration
	// fetchTimeout is --fetch-timeout: the time limit of fetching one URL.
	fetchTimeout time.Duration
}

// bind defines the limit flags on fs, bound to l.
func (l *limits) bind(fs *flag.FlagSet) {
	fs.Int64Var(&l.maxBytes, "max-bytes", extractor.DefaultMaxInputBytes, "largest page accepted (fetched, read or decompressed), in `bytes`")
	fs.IntVar(&l.maxNodes, "max-nodes", extractor.DefaultMaxNodes, "most elements a page may have")
	fs.DurationVar(&l.timeout, "timeout", extractor.DefaultTimeout, "time budget of extracting one page")
	fs.DurationVar(&l.fetchTimeout, "fetch-timeout", fetch.DefaultTimeout, "time limit of fetching one URL: connect, redirects and body")
}

// check rejects limits that are not positive.
func (l *limits) check() error {
	switch {
	case l.maxBytes <= 0:
		return &usageError{msg: fmt.Sprintf("--max-bytes must be positive, got %d", l.maxBytes)}
	case l.maxNodes <= 0:
		return &usageError{msg: fmt.Sprintf("--max-nodes must be positive, got %d", l.maxNodes)}
	case l.timeout <= 0:
		return &usageError{msg: "--timeout must be positive, got " + l.timeout.String()}
	case l.fetchTimeout <= 0:
		return &usageError{msg: "--fetch-timeout must be positive, got " + l.fetchTimeout.String()}
	}
	return nil
}

// options sets the extractor's limits in o.
func (l *limits) options(o extractor.Options) extractor.Options {
	o.MaxInputBytes, o.MaxNodes, o.Timeout = l.maxBytes, l.maxNodes, l.timeout
	return o
}

// fetcher returns the client that fetches URL inputs with these limits.
func (l *limits) fetcher(perHost int) (*fetch.Client, error) {
	return fetch.New(fetch.Options{Timeout: l.fetchTimeout, MaxBytes: l.maxBytes, PerHost: perHost})
}
