// Command pith-bench scores the extractor on the quality benchmark sets and prints a Markdown
// table of precision, recall, F1 (token 4-gram shingles, as in the ScrapingHub
// article-extraction benchmark) and accuracy, for each set whole and for its tuning and checking
// halves (see [benchmark.HalfOf]); then, for wcxb-dev, a table by kind of page of WCXB's word
// F1, the page-kind accuracy and the pages that came back empty, whole and by half.
//
// Usage, from the repository root:
//
//	go run ./cmd/pith-bench [-set scrapinghub|modern-dev|dragnet-train|wcxb-dev|all] [-half tune|check|all]
//	    [-data testdata/bench] [-dragnet ../shared/bench/dragnet-train] [-wcxb ../shared/bench/wcxb-dev]
//	    [-kind KIND] [-page-type KIND] [-v] [-worst N] [-dump DIR] [-extractor pith|pith-precision|pith-recall|alltext]
//
// -worst N lists each set's N lowest-F1 pages; -v lists every page; -half limits both lists
// (and -dump) to one half, -kind to wcxb-dev's pages of one labelled kind; -dump DIR writes each
// page's predicted text to DIR/<set>/<id>.txt; -page-type KIND forces that kind on every
// wcxb-dev page (Options.PageType: each kind's assembly scored on pages of any kind); -extractor alltext scores the "all page text"
// baseline instead of the extractor.
//
// The dragnet-train set (AGPL-3.0 data) and the wcxb-dev set (CC-BY-4.0, WCXB's development
// split) are read from outside the repository, from -dragnet and -wcxb; when a directory is
// missing its set is skipped with a note on stderr. dragnet-train's truth includes the headline,
// so it is scored on the result's title followed by the body text; the other sets' truth has no
// headline and is scored on the body text alone. wcxb-dev is scored with WCXB's metric
// ([benchmark.WordF1]) rather than shingles.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	pithextractor "github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/benchmark"
)

// The sets read from outside the repository, from -dragnet and -wcxb.
const (
	dragnetSet = "dragnet-train"
	wcxbSet    = "wcxb-dev"
)

// setSpec is one benchmark set and how it is scored.
type setSpec struct {
	// name is the set's name, as -set spells it.
	name string
	// external names the flag of a set read from outside -data (-dragnet, -wcxb); such a set is
	// skipped when its directory is missing. Empty for the sets under -data.
	external string
	// headline marks a set whose truth starts with the headline: it is scored on title + body.
	headline bool
	// words marks a set scored with WCXB's word F1, by kind of page, rather than shingles.
	words bool
}

// allSets are the benchmark sets, in report order.
var allSets = []setSpec{
	{name: "scrapinghub"},
	{name: "modern-dev"},
	{name: dragnetSet, external: "dragnet", headline: true},
	{name: wcxbSet, external: "wcxb", words: true},
}

// extractor is a function that -extractor can name, in its body-only and headline forms, and
// as a predictor of text and kind for the sets scored by kind.
type extractor struct {
	body, headline benchmark.ExtractFunc
	predict        benchmark.PredictFunc
}

// extractors are the extract functions that -extractor can name. All page text holds the
// headline already.
var extractors = map[string]extractor{
	"pith":           {body: benchmark.Pith, headline: benchmark.PithHeadline, predict: pithPredict(pithextractor.Balanced)},
	"pith-precision": favorExtractor(pithextractor.Precision),
	"pith-recall":    favorExtractor(pithextractor.Recall),
	"alltext":        {body: benchmark.AllText, headline: benchmark.AllText, predict: benchmark.TextOnly(benchmark.AllText)},
}

// favors are the Options.Favor of the pith extractors, for -page-type.
var favors = map[string]pithextractor.Favor{
	"pith":           pithextractor.Balanced,
	"pith-precision": pithextractor.Precision,
	"pith-recall":    pithextractor.Recall,
}

// favorExtractor is pith with Options.Favor set to f.
func favorExtractor(f pithextractor.Favor) extractor {
	body, headline := benchmark.PithFavor(f)
	return extractor{body: body, headline: headline, predict: pithPredict(f)}
}

// pithPredict is pith's predictor of text and kind with Options.Favor set to f.
func pithPredict(f pithextractor.Favor) benchmark.PredictFunc {
	p, err := benchmark.PithPredict(pithextractor.Options{Favor: f})
	if err != nil {
		panic(err) // f is one of the named modes: New cannot fail
	}
	return p
}

// config is the parsed command line.
type config struct {
	sets       []setSpec
	half       benchmark.Half
	dataDir    string
	dragnetDir string
	wcxbDir    string
	kind       string
	verbose    bool
	worst      int
	dumpDir    string
	extractor  string
	// pageType, when set, forces that kind on every wcxb-dev page (Options.PageType), to
	// score each kind's assembly on pages of any kind.
	pageType pithextractor.PageType
}

// setReport is the outcome of scoring one set.
type setReport struct {
	spec    setSpec
	ds      *benchmark.Dataset
	summary benchmark.Summary
	results []benchmark.PageResult
	// words are the word-F1 results of a set scored by kind (spec.words), instead of
	// summary and results.
	words   []benchmark.WordResult
	elapsed time.Duration
}

func main() {
	err := run(os.Args[1:], os.Stdout, os.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case err != nil:
		fmt.Fprintln(os.Stderr, "pith-bench:", err)
		os.Exit(1)
	}
}

// run scores the sets named on the command line args and writes the report to stdout. A
// missing external set is skipped with a note on stderr.
func run(args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	reports := make([]setReport, 0, len(cfg.sets))
	for _, spec := range cfg.sets {
		rep, err := scoreSet(cfg, spec)
		if spec.external != "" && errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(stderr, "pith-bench: skipping %s: %s not found (set -%s to its directory)\n", spec.name, cfg.externalDir(spec), spec.external)
			continue
		}
		if err != nil {
			return err
		}
		reports = append(reports, rep)
	}
	writeReport(stdout, cfg, reports)
	return nil
}

// parseFlags parses and checks the command line.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("pith-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	set := fs.String("set", "all", "benchmark set: "+setNames()+" or all")
	half := fs.String("half", "all", "limit -worst, -v and -dump to one half: tune, check or all")
	var cfg config
	fs.StringVar(&cfg.dataDir, "data", "testdata/bench", "directory holding the benchmark sets")
	fs.StringVar(&cfg.dragnetDir, "dragnet", filepath.Join("..", "shared", "bench", dragnetSet),
		"directory of the dragnet-train set (AGPL data kept outside the repository); skipped when missing")
	fs.StringVar(&cfg.wcxbDir, "wcxb", filepath.Join("..", "shared", "bench", wcxbSet),
		"directory of the wcxb-dev set (WCXB's development split, kept outside the repository); skipped when missing")
	fs.StringVar(&cfg.kind, "kind", "", "limit -worst, -v and -dump of wcxb-dev to pages of this labelled `KIND` (article, forum, ...)")
	fs.BoolVar(&cfg.verbose, "v", false, "list every page's scores and the time taken")
	fs.IntVar(&cfg.worst, "worst", 0, "list the `N` lowest-F1 pages of each set")
	fs.StringVar(&cfg.dumpDir, "dump", "", "write each page's predicted text to `DIR`/<set>/<id>.txt")
	pageType := fs.String("page-type", "", "force this `KIND` on every wcxb-dev page (Options.PageType) instead of pith's judgement; pith extractors only")
	fs.StringVar(&cfg.extractor, "extractor", "pith", "what to score: pith, pith-precision, pith-recall (pith with Options.Favor), or alltext (the all-page-text baseline)")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	if _, ok := extractors[cfg.extractor]; !ok {
		return cfg, fmt.Errorf("unknown -extractor %q: want pith, pith-precision, pith-recall or alltext", cfg.extractor)
	}
	var err error
	if _, err = pithextractor.ParsePageType(cfg.kind); err != nil {
		return cfg, fmt.Errorf("-kind: %w", err)
	}
	if cfg.pageType, err = pithextractor.ParsePageType(*pageType); err != nil {
		return cfg, fmt.Errorf("-page-type: %w", err)
	}
	if cfg.pageType != "" && cfg.extractor == "alltext" {
		return cfg, errors.New("-page-type needs a pith extractor")
	}
	if cfg.worst < 0 {
		return cfg, fmt.Errorf("-worst must not be negative, got %d", cfg.worst)
	}
	if cfg.half, err = benchmark.ParseHalf(*half); err != nil {
		return cfg, err
	}
	cfg.sets, err = resolveSets(*set)
	return cfg, err
}

// setNames lists the sets' names for messages.
func setNames() string {
	names := make([]string, len(allSets))
	for i, s := range allSets {
		names[i] = s.name
	}
	return strings.Join(names, ", ")
}

// resolveSets turns the -set value into sets.
func resolveSets(set string) ([]setSpec, error) {
	if set == "all" {
		return allSets, nil
	}
	for _, s := range allSets {
		if s.name == set {
			return []setSpec{s}, nil
		}
	}
	return nil, fmt.Errorf("unknown -set %q: want %s or all", set, setNames())
}

// scoreSet loads one set, scores the configured extractor on it and dumps the predictions if asked.
func scoreSet(cfg config, spec setSpec) (setReport, error) {
	dir := cfg.externalDir(spec)
	if dir == "" {
		dir = filepath.Join(cfg.dataDir, spec.name)
	}
	ds, err := benchmark.LoadDataset(dir)
	if err != nil {
		return setReport{}, fmt.Errorf("load %s: %w", spec.name, err)
	}
	ds.Name = spec.name
	if spec.words {
		return scoreWords(cfg, spec, ds)
	}
	extract := extractors[cfg.extractor].body
	if spec.headline {
		extract = extractors[cfg.extractor].headline
	}
	start := time.Now()
	sum, results := benchmark.Run(ds, extract)
	rep := setReport{spec: spec, ds: ds, summary: sum, results: results, elapsed: time.Since(start)}
	if cfg.dumpDir != "" {
		if err := dump(filepath.Join(cfg.dumpDir, spec.name), benchmark.HalfResults(ds, results, cfg.half)); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// scoreWords scores a set by kind with WCXB's word F1 and dumps the predictions if asked.
func scoreWords(cfg config, spec setSpec, ds *benchmark.Dataset) (setReport, error) {
	start := time.Now()
	predict := extractors[cfg.extractor].predict
	if cfg.pageType != "" {
		p, err := benchmark.PithPredict(pithextractor.Options{Favor: favors[cfg.extractor], PageType: cfg.pageType})
		if err != nil {
			return setReport{}, err
		}
		predict = p
	}
	words := benchmark.RunWords(ds, predict)
	rep := setReport{spec: spec, ds: ds, words: words, elapsed: time.Since(start)}
	if cfg.dumpDir != "" {
		var results []benchmark.PageResult
		for _, r := range cfg.wordPages(ds, words) {
			results = append(results, benchmark.PageResult{ID: r.ID, Pred: r.Pred})
		}
		if err := dump(filepath.Join(cfg.dumpDir, spec.name), results); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// externalDir is the directory of a set read from outside -data, or "" for a set under -data.
func (cfg config) externalDir(spec setSpec) string {
	switch spec.external {
	case "dragnet":
		return cfg.dragnetDir
	case "wcxb":
		return cfg.wcxbDir
	}
	return ""
}

// wordPages returns the word results of the pages of ds in -half and of -kind, in order.
func (cfg config) wordPages(ds *benchmark.Dataset, words []benchmark.WordResult) []benchmark.WordResult {
	var out []benchmark.WordResult
	for i, r := range words {
		if cfg.half != benchmark.All && benchmark.HalfOf(ds.Pages[i]) != cfg.half {
			continue
		}
		if cfg.kind != "" && r.Type != cfg.kind {
			continue
		}
		out = append(out, r)
	}
	return out
}

// dump writes each page's predicted text to dir/<id>.txt.
func dump(dir string, results []benchmark.PageResult) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("dump: %w", err)
	}
	for _, r := range results {
		if err := os.WriteFile(filepath.Join(dir, r.ID+".txt"), []byte(r.Pred), 0o644); err != nil {
			return fmt.Errorf("dump: %w", err)
		}
	}
	return nil
}
