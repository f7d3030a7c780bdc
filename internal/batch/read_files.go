package batch

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/pithdev/pith/extractor"
)

// htmlExts are the extensions of the HTML files read from folders, each also with ".gz".
var htmlExts = []string{".html", ".htm", ".xhtml"}

// isHTMLFile reports whether a file found in a folder is read as a page.
func isHTMLFile(name string) bool {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	for _, ext := range htmlExts {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return false
}

// htmlPage reads one page (gzip-compressed or not) from br, at most the size limit of it.
func (e *Engine) htmlPage(name string, br *bufio.Reader) *Page {
	p := &Page{rec: Record{Source: name}, kind: pageHTML}
	page, err := readPage(br, e.maxBytes)
	switch {
	case errors.Is(err, extractor.ErrTooLarge):
		p.rec.fail(err, KindTooLarge)
	case err != nil:
		p.rec.fail(err, KindRead)
	default:
		p.page = page
	}
	return p
}

// ReadPage reads one page from r, decompressing it when it is gzip, and fails with an error
// matching [extractor.ErrTooLarge] when the page (decompressed) is larger than limit bytes.
// pith reads a file or standard input with it, as pith batch reads an HTML file.
func ReadPage(r io.Reader, limit int64) ([]byte, error) {
	return readPage(bufio.NewReader(r), limit)
}

func readPage(br *bufio.Reader, limit int64) ([]byte, error) {
	r, err := maybeGunzip(br)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	page, err := io.ReadAll(io.LimitReader(r, limit+1))
	switch {
	case err != nil && r != io.Reader(br):
		return nil, fmt.Errorf("gzip: %w", err)
	case err != nil:
		return nil, err
	case int64(len(page)) > limit:
		return nil, fmt.Errorf("%w: more than %d bytes", extractor.ErrTooLarge, limit)
	}
	return page, nil
}

// ReadFolder yields the pages of the HTML files under dir (see [isHTMLFile]), recursively, in
// lexical order, one per file, with the file as the record's source. A file or folder that
// cannot be read is an error record; a dir that cannot be read at all, its one error record.
func (e *Engine) ReadFolder(dir string) iter.Seq[*Page] {
	return func(yield func(*Page) bool) {
		stopped := false
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			var p *Page
			switch {
			case err != nil && path == dir:
				return err
			case err != nil:
				p = &Page{rec: Record{Source: path}}
				p.rec.fail(err, KindRead)
			case d.IsDir() || !isHTMLFile(d.Name()) || !d.Type().IsRegular():
				return nil
			default:
				p = e.filePage(path)
			}
			if !yield(p) {
				stopped = true
				return fs.SkipAll
			}
			return nil
		})
		if err != nil && !stopped {
			yield(e.FailedInput(dir, err))
		}
	}
}

// filePage reads the page in the file at path.
func (e *Engine) filePage(path string) *Page {
	f, err := os.Open(path)
	if err != nil {
		p := &Page{rec: Record{Source: path}}
		p.rec.fail(err, KindRead)
		return p
	}
	defer f.Close()
	return e.htmlPage(path, bufio.NewReader(&countingReader{r: f, n: &e.bytes}))
}
