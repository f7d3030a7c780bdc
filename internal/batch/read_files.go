package batch

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
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

// htmlItem reads one page (gzip-compressed or not) from br, at most MaxBytes of it.
func (pr *producer) htmlItem(u *unit, name string, br *bufio.Reader) *item {
	it := &item{u: u, rec: Record{Source: name}, kind: pageHTML}
	r, err := maybeGunzip(br)
	if err != nil {
		it.rec.fail(fmt.Errorf("gzip: %w", err), KindRead)
		return it
	}
	page, err := io.ReadAll(io.LimitReader(r, pr.cfg.MaxBytes+1))
	switch {
	case err != nil:
		it.rec.fail(err, KindRead)
	case int64(len(page)) > pr.cfg.MaxBytes:
		it.rec.fail(fmt.Errorf("%w: more than %d bytes", extractor.ErrTooLarge, pr.cfg.MaxBytes), KindTooLarge)
	default:
		it.page = page
	}
	return it
}

// folder reads the HTML files under dir (see [isHTMLFile]), recursively, in lexical order.
// The folder is one unit; each file is one record.
func (pr *producer) folder(u *unit, dir string) bool {
	stopped := false
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if pr.ctx.Err() != nil {
			stopped = true
			return fs.SkipAll
		}
		if err != nil {
			if path == dir {
				return err
			}
			it := &item{u: u, rec: Record{Source: path}}
			it.rec.fail(err, KindRead)
			if !pr.send(it) {
				stopped = true
				return fs.SkipAll
			}
			return nil
		}
		if d.IsDir() || !isHTMLFile(d.Name()) || !d.Type().IsRegular() {
			return nil
		}
		if !pr.acquire() {
			stopped = true
			return fs.SkipAll
		}
		if !pr.sendHeld(pr.fileItem(u, path)) {
			stopped = true
			return fs.SkipAll
		}
		return nil
	})
	if stopped {
		return false
	}
	if err != nil {
		return pr.failUnit(u, err)
	}
	return pr.endUnit(u)
}

// fileItem reads the page in the file at path.
func (pr *producer) fileItem(u *unit, path string) *item {
	f, err := os.Open(path)
	if err != nil {
		it := &item{u: u, rec: Record{Source: path}}
		it.rec.fail(err, KindRead)
		return it
	}
	defer f.Close()
	return pr.htmlItem(u, path, bufio.NewReader(&countingReader{r: f, n: &pr.n.bytes}))
}
