package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/batch"
	"github.com/pithdev/pith/internal/fetch"
)

// load returns the bytes of one input (stdin, a URL or a file) and the Source that goes
// with them. A gzip-compressed file or stdin is decompressed, as pith batch does, with the
// size limit applying to the decompressed page.
func (r *runner) load(ctx context.Context, arg string) ([]byte, extractor.Source, error) {
	switch {
	case arg == stdinArg:
		page, err := batch.ReadPage(r.stdin, r.cfg.limits.maxBytes)
		return page, r.cfg.source(), err
	case fetch.IsURL(arg):
		return r.fetchURL(ctx, arg)
	}
	page, err := readFile(arg, r.cfg.limits.maxBytes)
	if errors.Is(err, fs.ErrNotExist) && fetch.LooksLikeHost(arg) {
		err = fmt.Errorf("%s; did you mean https://%s?", describe(err), arg)
	}
	return page, r.cfg.source(), err
}

// fetchURL fetches a URL input: a status other than 2xx is an error, and the Source holds
// the final URL, after redirects, and the response's Content-Type.
func (r *runner) fetchURL(ctx context.Context, rawURL string) ([]byte, extractor.Source, error) {
	resp, err := r.fetch.Get(ctx, rawURL)
	if err != nil {
		return nil, extractor.Source{}, err
	}
	if !resp.OK() {
		return nil, extractor.Source{}, fmt.Errorf("HTTP %s", resp.StatusText)
	}
	// resp.Date, when the page was fetched, resolves relative dates ("3 days ago").
	return resp.Body, extractor.Source{URL: resp.URL, ContentType: resp.ContentType, Fetched: resp.Date}, nil
}

// readFile reads the page in the file at path (gzip-compressed or not), failing early if
// the file is larger than limit. A folder is an error that points to pith batch.
func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err == nil && fi.IsDir() {
		return nil, fmt.Errorf("is a directory; to extract the pages in it, run: %s %s %s", name, batchCommand, path)
	}
	if err == nil && fi.Mode().IsRegular() && fi.Size() > limit {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", extractor.ErrTooLarge, fi.Size(), limit)
	}
	return batch.ReadPage(f, limit)
}
