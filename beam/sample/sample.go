// Package sample writes small WARC archives to try pith-beam on and to test it with: the
// repository's golden pages (testdata/pages/*/input.html, with the URL of their meta.json) as
// HTTP responses, gzip-compressed one member per record, over two archives, and a third whose
// middle record is corrupt and whose last record is truncated.
package sample

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/klauspost/compress/gzip"
	"github.com/nlnwa/gowarc/v3"

	"github.com/pithdev/pith/internal/warc/warctest"
)

// Names of the archives [Write] makes.
const (
	First  = "pages-1.warc.gz"
	Second = "pages-2.warc.gz"
	Broken = "broken.warc.gz"
)

// Write writes the three archives into dir from the golden pages under pagesDir and returns
// their paths.
func Write(dir, pagesDir string) ([]string, error) {
	pages, err := goldenPages(pagesDir)
	if err != nil {
		return nil, err
	}
	if len(pages) < 4 {
		return nil, fmt.Errorf("sample: %s has %d pages, want at least 4", pagesDir, len(pages))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	half := len(pages) / 2
	first := append([]warctest.Record{{
		Type: gowarc.Request, URL: pages[0].URL, Block: []byte("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"),
	}}, pages[:half]...)
	paths := []string{filepath.Join(dir, First), filepath.Join(dir, Second), filepath.Join(dir, Broken)}
	if err := warctest.Write(paths[0], first); err != nil {
		return nil, err
	}
	if err := warctest.Write(paths[1], pages[half:]); err != nil {
		return nil, err
	}
	if err := writeBroken(paths[2], pages[:3]); err != nil {
		return nil, err
	}
	return paths, nil
}

// goldenPages reads the pages under dir as response records, in name order.
func goldenPages(dir string) ([]warctest.Record, error) {
	metas, err := filepath.Glob(filepath.Join(dir, "*", "meta.json"))
	if err != nil {
		return nil, err
	}
	slices.Sort(metas)
	var recs []warctest.Record
	for _, m := range metas {
		raw, err := os.ReadFile(m)
		if err != nil {
			return nil, err
		}
		var meta struct {
			URL         string `json:"url"`
			ContentType string `json:"content_type"`
		}
		if err := json.Unmarshal(raw, &meta); err != nil {
			return nil, fmt.Errorf("%s: %w", m, err)
		}
		html, err := os.ReadFile(filepath.Join(filepath.Dir(m), "input.html"))
		if err != nil {
			return nil, err
		}
		if meta.URL == "" {
			continue
		}
		ct := meta.ContentType
		if ct == "" {
			ct = "text/html"
		}
		recs = append(recs, warctest.Response(meta.URL, html, "Content-Type: "+ct))
	}
	return recs, nil
}

// writeBroken writes pages to path, one gzip member per record, with the version line of the
// second record's header broken (its gzip member stays valid) and the last record cut short.
func writeBroken(path string, pages []warctest.Record) error {
	var out bytes.Buffer
	for i, p := range pages {
		plain := path + fmt.Sprintf(".%d.warc", i)
		if err := warctest.Write(plain, []warctest.Record{p}); err != nil {
			return err
		}
		b, err := os.ReadFile(plain)
		_ = os.Remove(plain)
		if err != nil {
			return err
		}
		if i == 1 {
			copy(b, "WARX/9.Z")
		}
		zw := gzip.NewWriter(&out)
		if _, err := zw.Write(b); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
	}
	return os.WriteFile(path, out.Bytes()[:out.Len()-500], 0o644)
}
