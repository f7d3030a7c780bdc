//go:build pithtrain

// Command train fits pith's confidence model and writes it as Go source,
// extractor/internal/confidence/model_gen.go. Run it from the repository's root or through
// go generate:
//
//	go generate ./extractor/internal/confidence
//
// (that is: cd extractor/internal/confidence && go run -tags pithtrain ./train). The recipe:
//
//  1. Extract every page of the tuning halves (internal/benchmark's split by site) of
//     wcxb-dev (../shared/bench/wcxb-dev; WCXB, CC-BY-4.0) and ScrapingHub
//     (testdata/bench/scrapinghub) with the current extractor and its default options,
//     keeping the confidence model's inputs (extractor.ExtractFeatures, built only with the
//     pithtrain tag).
//  2. Score each page's body text against its truth with the word F1 (benchmark.WordF1); a
//     page with no body scores 0 (1 when its truth is empty too).
//  3. Fit confidence.DefaultParams regression trees by gradient boosting on squared error
//     (confidence.Fit). Nothing is random: no seed, the same pages give the same model.
//     DefaultParams were chosen with -grid: 5-fold cross-validation within the tuning halves,
//     folds by site (as the page-kind trainer makes them), over the depth, the least pages
//     in a leaf, the number of trees and the leaves' shrinkage, for the best mean F1 of the
//     80% most confident out-of-fold pages (plus a twentieth of the Spearman correlation and
//     of the share of the pages under 0.5 F1 caught in the lowest 10%); within 0.001 of the
//     best, the model with the fewest leaves. The checking halves decide nothing. Rerun
//     -grid after a large change of the extraction and update DefaultParams when it chooses
//     others (a few minutes on a loaded machine; -from with a -dump file skips the
//     extraction).
//  4. Write the model, then report on the checking halves the numbers issue 28 asks for:
//     Spearman correlation of confidence and F1, the mean F1 of the 80% most confident
//     pages, the share of pages under 0.5 F1 in the lowest 10%, and the calibration table
//     of the README.
//
// Not modern-dev (458 of its 481 pages are in wcxb-dev) and not dragnet-train (AGPL).
//
// For study, -exp NAME with -from FILE cross-validates other forms of model on the pages of a
// -dump file (log-loss classifiers, a pairwise loss, sums of forms; exp.go) and prints their
// figures instead of fitting the embedded model.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/extractor/internal/confidence"
	"github.com/pithdev/pith/internal/benchmark"
)

func main() {
	root := flag.String("root", "", "the repository's root (default: found from the working directory)")
	out := flag.String("out", "", "the model file to write (default: ROOT/extractor/internal/confidence/model_gen.go)")
	dump := flag.String("dump", "", "also write every page's half, F1 and features to this TSV file, for study")
	oracle := flag.Bool("oracle-kind", false, "for study: give the extractor each page's labelled kind (Options.PageType), as a perfect page-kind classifier would")
	from := flag.String("from", "", "for study: read the pages from a file that -dump wrote instead of extracting them (its features must be the current ones)")
	p := confidence.DefaultParams
	flag.IntVar(&p.Trees, "trees", p.Trees, "for study: number of trees")
	flag.IntVar(&p.Depth, "depth", p.Depth, "for study: depth of a tree")
	flag.IntVar(&p.MinLeaf, "min-leaf", p.MinLeaf, "for study: least pages in a leaf")
	flag.Float64Var(&p.Rate, "rate", p.Rate, "for study: learning rate")
	flag.Float64Var(&p.Lambda, "lambda", p.Lambda, "for study: L2 shrinkage of the leaves")
	oof := flag.String("oof", "", "for study: write the tuning pages' out-of-fold estimates (id, fold, F1, estimate) to this TSV file")
	cv := flag.Bool("cv", false, "for study: print the cross-validation figures of the setting")
	grid := flag.Bool("grid", false, "for study: print the cross-validation figures of every setting of the grid, and fit the best")
	exp := flag.String("exp", "", "for study: run the named experiment on the -from pages and stop")
	flag.Parse()
	if *exp != "" {
		tune, check, err := readDump(*from)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		experiments(tune, check, *exp)
		return
	}
	if err := run(*root, *out, *dump, *from, *oof, *oracle, *cv, *grid, p); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// page is one benchmark page's inputs and target.
type page struct {
	x    confidence.Features
	f1   float64
	id   string
	site uint32 // the 32-bit FNV-1a hash of the page's site (benchmark.SplitKey)
	fold int    // the cross-validation fold, from site (see foldOf)
}

func run(root, out, dump, from, oof string, oracle, cv, searchGrid bool, params confidence.Params) error {
	if root == "" {
		var err error
		if root, err = findRoot(); err != nil {
			return err
		}
	}
	if out == "" {
		out = filepath.Join(root, "extractor", "internal", "confidence", "model_gen.go")
	}
	var tune, check []page
	if from != "" {
		var err error
		if tune, check, err = readDump(from); err != nil {
			return err
		}
	}
	for _, dir := range []string{filepath.Join(root, "..", "shared", "bench", "wcxb-dev"), filepath.Join(root, "testdata", "bench", "scrapinghub")} {
		if from != "" {
			break
		}
		ds, err := benchmark.LoadDataset(dir)
		if err != nil {
			return err
		}
		t, c := extractAll(ds, oracle)
		fmt.Printf("%s: %d tuning pages, %d checking pages\n", ds.Name, len(t), len(c))
		tune, check = append(tune, t...), append(check, c...)
	}
	if dump != "" {
		if err := writeDump(dump, tune, check); err != nil {
			return err
		}
	}
	if searchGrid {
		var err error
		if params, err = choose(tune, true); err != nil {
			return err
		}
		fmt.Printf("chosen: %+v\n", params)
	}
	if cv {
		rs, err := crossValidate(tune, params)
		if err != nil {
			return err
		}
		fmt.Printf("cv %+v: Spearman %.3f, top 80%% %.4f, low catch %.3f, score %.4f\n",
			params, benchmark.Spearman(rs), benchmark.TopMeanF1(rs, 0.8), benchmark.LowCatch(rs, 0.1, 0.5), cvScore(rs))
	}
	if oof != "" {
		if err := writeOOF(oof, tune, params); err != nil {
			return err
		}
	}
	m, err := fit(tune, params)
	if err != nil {
		return err
	}
	var src bytes.Buffer
	recipe := fmt.Sprintf("// Fitted with %+v on %d pages: the tuning halves of wcxb-dev\n// (WCXB, the Web Content eXtraction Benchmark by Murrough Foley, CC-BY-4.0) and ScrapingHub.", params, len(tune))
	if err := confidence.WriteGo(&src, m, "go generate ./extractor/internal/confidence", recipe); err != nil {
		return err
	}
	if err := os.WriteFile(out, src.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d trees\n", out, len(m.Trees))
	report("tuning halves", m, tune)
	report("checking halves", m, check)
	return nil
}

// report prints the three numbers and the calibration table for pages.
func report(name string, m *confidence.Model, pages []page) {
	rs := make([]benchmark.Rated, len(pages))
	for i, p := range pages {
		rs[i] = benchmark.Rated{F1: p.f1, Confidence: m.Score(&p.x)}
	}
	fmt.Printf("\n%s, %d pages: Spearman %.3f, mean F1 of the 80%% most confident %.4f, pages under 0.5 F1 in the lowest 10%% %.3f\n",
		name, len(rs), benchmark.Spearman(rs), benchmark.TopMeanF1(rs, 0.8), benchmark.LowCatch(rs, 0.1, 0.5))
	fmt.Println("| pages | confidence at least | mean F1 |\n| --- | --- | --- |")
	for _, d := range benchmark.Calibration(rs) {
		fmt.Printf("| top %.0f%% | %.3f | %.4f |\n", 100*d.Share, d.Above, d.MeanF1)
	}
}

// extractAll extracts every page of ds and returns the tuning and the checking half.
func extractAll(ds *benchmark.Dataset, oracle bool) (tune, check []page) {
	pages := benchmark.MapPages(ds.Pages, func(p benchmark.Page) page { return extractPage(p, oracle) })
	for i, p := range ds.Pages {
		if benchmark.HalfOf(p) == benchmark.Tune {
			tune = append(tune, pages[i])
		} else {
			check = append(check, pages[i])
		}
	}
	return tune, check
}

// extractPage extracts one page and scores it.
func extractPage(p benchmark.Page, oracle bool) page {
	var opts extractor.Options
	if oracle {
		opts.PageType = extractor.PageType(p.Type)
	}
	res, f, err := extractor.ExtractFeatures(p.HTML, extractor.Source{URL: p.URL}, opts)
	text := ""
	if res != nil && err == nil {
		text = res.BodyText()
	}
	h := fnv.New32a()
	h.Write([]byte(benchmark.SplitKey(p)))
	site := h.Sum32()
	return page{x: f, f1: benchmark.WordF1(text, p.Truth), id: p.ID, site: site, fold: foldOf(site)}
}

// folds is the number of cross-validation folds.
const folds = 5

// foldOf returns the cross-validation fold of a page of the site with the given hash, as
// the page-kind trainer makes them: the pages of one site, which share a template, are never
// on both sides of a fold.
func foldOf(site uint32) int { return int(site>>8) % folds }

// findRoot returns the nearest directory up from the working directory that holds go.mod.
func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}

// writeDump writes one line per page: its half, id, F1 and features, under a header line.
func writeDump(path string, tune, check []page) error {
	var b bytes.Buffer
	b.WriteString("half\tid\tsite\tf1")
	for f := range confidence.NumFeatures {
		b.WriteString("\t" + f.String())
	}
	b.WriteByte('\n')
	for _, h := range []struct {
		name  string
		pages []page
	}{{"tune", tune}, {"check", check}} {
		for _, p := range h.pages {
			fmt.Fprintf(&b, "%s\t%s\t%d\t%g", h.name, p.id, p.site, p.f1)
			for _, v := range p.x {
				fmt.Fprintf(&b, "\t%g", v)
			}
			b.WriteByte('\n')
		}
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// readDump reads the pages of a file that writeDump wrote.
func readDump(path string) (tune, check []page, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	const head = 4 // half, id, site, f1
	if len(lines) == 0 || len(strings.Split(lines[0], "\t")) != head+int(confidence.NumFeatures) {
		return nil, nil, fmt.Errorf("%s: not a dump of the current features", path)
	}
	for _, line := range lines[1:] {
		cols := strings.Split(line, "\t")
		if len(cols) != head+int(confidence.NumFeatures) {
			return nil, nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		p := page{id: cols[1]}
		site, err := strconv.ParseUint(cols[2], 10, 32)
		if err != nil {
			return nil, nil, err
		}
		p.site, p.fold = uint32(site), foldOf(uint32(site))
		if p.f1, err = strconv.ParseFloat(cols[3], 64); err != nil {
			return nil, nil, err
		}
		for i := range p.x {
			if p.x[i], err = strconv.ParseFloat(cols[head+i], 64); err != nil {
				return nil, nil, err
			}
		}
		if cols[0] == "tune" {
			tune = append(tune, p)
		} else {
			check = append(check, p)
		}
	}
	return tune, check, nil
}
