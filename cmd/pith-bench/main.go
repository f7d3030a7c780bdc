// Command pith-bench scores the extractor on the quality benchmark sets and prints a Markdown
// table of precision, recall, F1 (token 4-gram shingles, as in the ScrapingHub
// article-extraction benchmark) and accuracy.
//
// Usage, from the repository root:
//
//	go run ./cmd/pith-bench [-set scrapinghub|modern-dev|all] [-data testdata/bench] [-v] [-worst N] [-dump DIR] [-extractor pith|alltext]
//
// -worst N lists each set's N lowest-F1 pages; -v lists every page; -dump DIR writes each
// page's predicted text to DIR/<set>/<id>.txt; -extractor alltext scores the "all page text"
// baseline instead of the extractor.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/pithdev/pith/internal/benchmark"
)

// allSets are the benchmark sets, in report order.
var allSets = []string{"scrapinghub", "modern-dev"}

// extractors are the extract functions that -extractor can name.
var extractors = map[string]benchmark.ExtractFunc{
	"pith":    benchmark.Pith,
	"alltext": benchmark.AllText,
}

// config is the parsed command line.
type config struct {
	sets      []string
	dataDir   string
	verbose   bool
	worst     int
	dumpDir   string
	extractor string
}

// setReport is the outcome of scoring one set.
type setReport struct {
	name    string
	summary benchmark.Summary
	results []benchmark.PageResult
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

// run scores the sets named on the command line args and writes the report to stdout.
func run(args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	reports := make([]setReport, 0, len(cfg.sets))
	for _, name := range cfg.sets {
		rep, err := scoreSet(cfg, name)
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
	set := fs.String("set", "all", "benchmark set: scrapinghub, modern-dev or all")
	var cfg config
	fs.StringVar(&cfg.dataDir, "data", "testdata/bench", "directory holding the benchmark sets")
	fs.BoolVar(&cfg.verbose, "v", false, "list every page's scores and the time taken")
	fs.IntVar(&cfg.worst, "worst", 0, "list the `N` lowest-F1 pages of each set")
	fs.StringVar(&cfg.dumpDir, "dump", "", "write each page's predicted text to `DIR`/<set>/<id>.txt")
	fs.StringVar(&cfg.extractor, "extractor", "pith", "what to score: pith, or alltext (the all-page-text baseline)")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	if _, ok := extractors[cfg.extractor]; !ok {
		return cfg, fmt.Errorf("unknown -extractor %q: want pith or alltext", cfg.extractor)
	}
	if cfg.worst < 0 {
		return cfg, fmt.Errorf("-worst must not be negative, got %d", cfg.worst)
	}
	sets, err := resolveSets(*set)
	cfg.sets = sets
	return cfg, err
}

// resolveSets turns the -set value into set names.
func resolveSets(set string) ([]string, error) {
	if set == "all" {
		return allSets, nil
	}
	for _, s := range allSets {
		if s == set {
			return []string{s}, nil
		}
	}
	return nil, fmt.Errorf("unknown -set %q: want scrapinghub, modern-dev or all", set)
}

// scoreSet loads one set, scores the configured extractor on it and dumps the predictions if asked.
func scoreSet(cfg config, name string) (setReport, error) {
	ds, err := benchmark.LoadDataset(filepath.Join(cfg.dataDir, name))
	if err != nil {
		return setReport{}, fmt.Errorf("load %s: %w", name, err)
	}
	start := time.Now()
	sum, results := benchmark.Run(ds, extractors[cfg.extractor])
	rep := setReport{name: name, summary: sum, results: results, elapsed: time.Since(start)}
	if cfg.dumpDir != "" {
		if err := dump(filepath.Join(cfg.dumpDir, name), results); err != nil {
			return rep, err
		}
	}
	return rep, nil
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
