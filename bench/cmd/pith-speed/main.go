// Command pith-speed measures pith side by side with its Go peers and the parse floor
// (golang.org/x/net/html.Parse of the raw bytes alone) on a benchmark set, in one process and
// on one goroutine, and prints a Markdown table: precision, recall and F1 (on wcxb-dev, WCXB's
// word F1 alone), time,
// pages/s, MB/s, allocations and bytes allocated per page, and the ratios of time and bytes to
// the parse floor, followed by the bars of issue 5 for pith.
//
// Usage, from the bench directory:
//
//	go run ./cmd/pith-speed [-set scrapinghub|modern-dev|wcxb-dev] [-wcxb ../../shared/bench/wcxb-dev]
//	    [-rounds N] [-only floor,pith,...] [-procs N] [-cpuprofile FILE] [-memprofile FILE]
//
// wcxb-dev (WCXB's development split, 1,497 pages of seven kinds, CC-BY-4.0) is kept outside the
// repository and read from -wcxb; it is scored with WCXB's word F1 ([benchmark.WordF1]).
//
// The quality metric is the main module's internal/benchmark, imported directly: the go
// command lets github.com/pithdev/pith/bench/... import github.com/pithdev/pith/internal/...
// because internal visibility follows import paths, so both commands score with the same code.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"

	"github.com/pithdev/pith/internal/benchmark"
)

// wcxbSet is the set read from -wcxb and scored with WCXB's word F1.
const wcxbSet = "wcxb-dev"

// config is the parsed command line.
type config struct {
	set        string
	dataDir    string
	wcxbDir    string
	rounds     int
	only       []contender
	procs      int
	cpuprofile string
	memprofile string
	quiet      bool
}

func main() {
	err := run(os.Args[1:], os.Stdout, os.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case err != nil:
		fmt.Fprintln(os.Stderr, "pith-speed:", err)
		os.Exit(1)
	}
}

// run measures the contenders named on the command line and writes the report to stdout,
// progress to stderr.
func run(args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	if cfg.procs > 0 {
		runtime.GOMAXPROCS(cfg.procs)
	}
	dir := filepath.Join(cfg.dataDir, cfg.set)
	if cfg.set == wcxbSet {
		dir = cfg.wcxbDir
	}
	ds, err := benchmark.LoadDataset(dir)
	if err != nil {
		return err
	}
	ds.Name = cfg.set
	cp, err := newCorpus(ds)
	if err != nil {
		return err
	}
	if cfg.cpuprofile != "" {
		f, err := os.Create(cfg.cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	progress := func(s string) {
		if !cfg.quiet {
			fmt.Fprintln(stderr, s)
		}
	}
	rep := &report{corpus: cp, rounds: cfg.rounds, ms: measure(cfg.only, cp, cfg.rounds, progress)}
	rep.write(stdout)
	if cfg.memprofile != "" {
		return writeHeapProfile(cfg.memprofile)
	}
	return nil
}

// writeHeapProfile writes the heap profile, whose alloc_space and alloc_objects samples cover
// every allocation since the program started.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// parseFlags parses and checks the command line.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("pith-speed", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := config{}
	fs.StringVar(&cfg.set, "set", "scrapinghub", "benchmark set: scrapinghub, modern-dev or wcxb-dev")
	fs.StringVar(&cfg.dataDir, "data", "../testdata/bench", "directory holding the benchmark sets")
	fs.StringVar(&cfg.wcxbDir, "wcxb", filepath.Join("..", "..", "shared", "bench", wcxbSet),
		"directory of the wcxb-dev set (kept outside the repository), for -set wcxb-dev")
	fs.IntVar(&cfg.rounds, "rounds", 3, "timed passes over all pages per extractor; the median is reported")
	only := fs.String("only", "", "comma-separated extractors to run (default all): "+strings.Join(shortNames, ", "))
	fs.IntVar(&cfg.procs, "procs", 0, "set GOMAXPROCS (default: leave the runtime's value)")
	fs.StringVar(&cfg.cpuprofile, "cpuprofile", "", "write a CPU profile of the whole run to `FILE`")
	fs.StringVar(&cfg.memprofile, "memprofile", "", "write an allocation profile of the whole run to `FILE` (see pprof -sample_index=alloc_space)")
	fs.BoolVar(&cfg.quiet, "q", false, "no progress lines on stderr")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	if cfg.set != "scrapinghub" && cfg.set != "modern-dev" && cfg.set != wcxbSet {
		return cfg, fmt.Errorf("unknown -set %q: want scrapinghub, modern-dev or wcxb-dev", cfg.set)
	}
	if cfg.rounds < 1 {
		return cfg, fmt.Errorf("-rounds must be at least 1, got %d", cfg.rounds)
	}
	var err error
	cfg.only, err = selectContenders(*only)
	return cfg, err
}

// selectContenders returns the contenders named in the comma-separated list, in the order of
// contenders; an empty list selects them all.
func selectContenders(list string) ([]contender, error) {
	if list == "" {
		return contenders, nil
	}
	want := strings.Split(list, ",")
	for _, w := range want {
		if !slices.Contains(shortNames, strings.TrimSpace(w)) {
			return nil, fmt.Errorf("unknown extractor %q in -only: want %s", w, strings.Join(shortNames, ", "))
		}
	}
	var out []contender
	for i, name := range shortNames {
		if slices.ContainsFunc(want, func(w string) bool { return strings.TrimSpace(w) == name }) {
			out = append(out, contenders[i])
		}
	}
	return out, nil
}
