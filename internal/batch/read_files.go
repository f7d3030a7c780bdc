package batch

import (
	"bufio"
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
	r, err := maybeGunzip(br)
	if err != nil {
		p.rec.fail(fmt.Errorf("gzip: %w", err), KindRead)
		return p
	}
	page, err := io.ReadAll(io.LimitReader(r, e.maxBytes+1))
	switch {
	case err != nil:
		p.rec.fail(err, KindRead)
	case int64(len(page)) > e.maxBytes:
		p.rec.fail(fmt.Errorf("%w: more than %d bytes", extractor.ErrTooLarge, e.maxBytes), KindTooLarge)
	default:
		p.page = page
	}
	return p
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
