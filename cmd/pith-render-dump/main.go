// Command pith-render-dump writes every output format of every page of the repository's
// test pages and benchmark sets to a directory, so that a change meant to keep the output as
// it is can be checked byte for byte:
//
//	go run ./cmd/pith-render-dump -out /tmp/render-before
//	... change the code ...
//	go run ./cmd/pith-render-dump -out /tmp/render-after
//	diff -r /tmp/render-before /tmp/render-after
//
// Per page it writes one file holding, under "=== name ===" lines, the text, body text,
// Markdown (plain, with links and images, without tables), HTML (plain, with links and
// images), JSON (whole, without tables), each for the default options and again with
// comments and captions kept, and the explain report as JSON and HTML with its duration set
// to zero. Pages come from testdata/pages (with the URL and Content-Type of meta.json),
// the other pages under testdata, and the benchmark sets under testdata/bench (with the
// URLs of their ground truth), and the sets named with -set (such as ../shared/bench/wcxb-dev).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/benchmark"
)

// page is one input: a name for its output file, its bytes and its source.
type page struct {
	name string
	html []byte
	src  extractor.Source
}

func main() {
	out := flag.String("out", "", "directory to write to (made if missing)")
	root := flag.String("testdata", "testdata", "the repository's testdata directory")
	var sets setList
	flag.Var(&sets, "set", "a further benchmark set directory (ground-truth.json, html/); repeatable")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "pith-render-dump: -out is required")
		os.Exit(2)
	}
	pages, err := collect(*root, sets)
	if err == nil {
		err = os.MkdirAll(*out, 0o755)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "pith-render-dump:", err)
		os.Exit(1)
	}
	exs, err := extractors()
	if err != nil {
		fmt.Fprintln(os.Stderr, "pith-render-dump:", err)
		os.Exit(1)
	}
	for _, p := range pages {
		if err := os.WriteFile(filepath.Join(*out, p.name), dump(p, exs), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "pith-render-dump:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("%d pages written to %s\n", len(pages), *out)
}

// setList is the -set flag: benchmark set directories.
type setList []string

func (s *setList) String() string     { return strings.Join(*s, ",") }
func (s *setList) Set(v string) error { *s = append(*s, v); return nil }

// collect reads the pages: the golden pages, the other .html files under root (not in
// bench), the benchmark sets under root/bench and the further sets.
func collect(root string, more []string) ([]page, error) {
	var pages []page
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path == filepath.Join(root, "bench") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".html") || strings.HasSuffix(path, "want.html") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		p := page{name: strings.ReplaceAll(rel, string(filepath.Separator), "__"), html: data}
		if m, err := os.ReadFile(filepath.Join(filepath.Dir(path), "meta.json")); err == nil {
			var meta struct {
				URL         string `json:"url"`
				ContentType string `json:"content_type"`
			}
			if err := json.Unmarshal(m, &meta); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			p.src = extractor.Source{URL: meta.URL, ContentType: meta.ContentType}
		}
		pages = append(pages, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sets := append([]string{filepath.Join(root, "bench", "scrapinghub"), filepath.Join(root, "bench", "modern-dev")}, more...)
	for _, dir := range sets {
		ds, err := benchmark.LoadDataset(dir)
		if err != nil {
			return nil, err
		}
		for _, bp := range ds.Pages {
			pages = append(pages, page{name: ds.Name + "__" + bp.ID, html: bp.HTML, src: extractor.Source{URL: bp.URL}})
		}
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].name < pages[j].name })
	return pages, nil
}

// variant is one set of extraction options, by name.
type variant struct {
	name string
	ex   *extractor.Extractor
}

// extractors returns the variants every page is extracted with: the default options, and
// comments and captions kept. The last one also explains.
func extractors() ([]variant, error) {
	var vs []variant
	for _, v := range []struct {
		name string
		opts extractor.Options
	}{
		{"default", extractor.Options{}},
		{"comments+captions", extractor.Options{KeepComments: true, KeepCaptions: true}},
	} {
		v.opts.Timeout = 10 * time.Minute // a slow machine must not change the output
		ex, err := extractor.New(v.opts)
		if err != nil {
			return nil, err
		}
		vs = append(vs, variant{v.name, ex})
	}
	return vs, nil
}

// dump renders one page in every format.
func dump(p page, variants []variant) []byte {
	var sb strings.Builder
	section := func(name, body string) {
		sb.WriteString("=== " + name + " ===\n" + body + "\n")
	}
	renders := []struct {
		name string
		f    extractor.Format
		opts extractor.RenderOptions
	}{
		{"markdown", extractor.FormatMarkdown, extractor.RenderOptions{}},
		{"markdown links+images", extractor.FormatMarkdown, extractor.RenderOptions{Links: true, Images: true}},
		{"markdown no tables", extractor.FormatMarkdown, extractor.RenderOptions{NoTables: true, Links: true}},
		{"html", extractor.FormatHTML, extractor.RenderOptions{}},
		{"html links+images", extractor.FormatHTML, extractor.RenderOptions{Links: true, Images: true}},
		{"html base", extractor.FormatHTML, extractor.RenderOptions{Links: true, Images: true, BaseURL: "https://base.example/dir/page"}},
		{"json", extractor.FormatJSON, extractor.RenderOptions{}},
		{"json no tables", extractor.FormatJSON, extractor.RenderOptions{NoTables: true}},
		{"text no tables", extractor.FormatText, extractor.RenderOptions{NoTables: true}},
	}
	for _, v := range variants {
		res, err := v.ex.Extract(context.Background(), p.html, p.src)
		section(v.name+" error", fmt.Sprint(err))
		if res == nil {
			continue
		}
		section(v.name+" text", res.Text())
		section(v.name+" body text", res.BodyText())
		var w strings.Builder
		section(v.name+" write text", fmt.Sprint(res.WriteText(&w))+"\n"+w.String())
		for _, r := range renders {
			s, err := res.Render(r.f, r.opts)
			section(v.name+" "+r.name, fmt.Sprint(err)+"\n"+s)
		}
		w.Reset()
		section(v.name+" write markdown", fmt.Sprint(res.WriteMarkdown(&w, extractor.RenderOptions{Links: true, Images: true}))+"\n"+w.String())
		w.Reset()
		section(v.name+" write html", fmt.Sprint(res.WriteHTML(&w, extractor.RenderOptions{Links: true, Images: true}))+"\n"+w.String())
		w.Reset()
		section(v.name+" write json", fmt.Sprint(res.WriteJSON(&w, extractor.RenderOptions{}))+"\n"+w.String())
	}
	x, err := variants[len(variants)-1].ex.Explain(context.Background(), p.html, p.src)
	section("explain error", fmt.Sprint(err))
	if x != nil {
		x.Duration = 0
		var w strings.Builder
		section("explain json", fmt.Sprint(x.WriteJSON(&w))+"\n"+w.String())
		w.Reset()
		section("explain html", fmt.Sprint(x.WriteHTML(&w))+"\n"+w.String())
	}
	return []byte(sb.String())
}
