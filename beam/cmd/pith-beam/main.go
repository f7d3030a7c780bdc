// Command pith-beam runs pith batch as an Apache Beam pipeline: on Beam's local runner (prism,
// in this process, the default) or, with --runner, on Dataflow, Flink or Spark. It writes the
// records of pith batch, one output shard per input file (or range of a large .warc.gz), and
// prints the counters at the end. From the beam module:
//
//	go run ./cmd/pith-beam --input 'crawl/*.warc.gz' --output out/pages
//
// See beam/README.md for the runners' flags.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/pithdev/pith/beam/pipeline"
	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/batch"
)

// inputs is --input: repeatable, each a glob or a comma-separated list of globs.
type inputs []string

func (in *inputs) String() string { return strings.Join(*in, ",") }

// Set implements flag.Value.
func (in *inputs) Set(v string) error {
	for g := range strings.SplitSeq(v, ",") {
		if g = strings.TrimSpace(g); g != "" {
			*in = append(*in, g)
		}
	}
	return nil
}

// ours names the flags of pith-beam itself, listed first in the help.
var ours = []string{"input", "output", "output-format", "split-bytes", "markdown", "links", "images",
	"no-tables", "max-bytes", "max-nodes", "timeout", "keep-comments"}

func main() {
	var opts pipeline.Options
	flag.Var((*inputs)(&opts.Inputs), "input", "input `glob`s: WARC (.warc, .warc.gz), JSON Lines (.jsonl, .ndjson, also .gz) and HTML files, or a local folder of HTML files; repeat the flag or separate globs with commas")
	flag.StringVar(&opts.Output, "output", "", "output `prefix`: one shard PREFIX-NAME-HASH[-pN].jsonl (or .parquet) per input file or range; a local path or a gs:// or s3:// one")
	flag.StringVar(&opts.Format, "output-format", batch.FormatJSONL, "`format` of the shards: jsonl or parquet (the columns of pith batch)")
	flag.Int64Var(&opts.SplitBytes, "split-bytes", pipeline.DefaultSplitBytes, "split a local .warc.gz (one gzip member per record) larger than this many `bytes` into ranges of members of about this size, extracted in parallel; -1 never splits")
	flag.BoolVar(&opts.Markdown, "markdown", false, "add each page as Markdown")
	flag.BoolVar(&opts.Links, "links", false, "keep links in the Markdown (made absolute against the page URL)")
	flag.BoolVar(&opts.Images, "images", false, "keep images in the Markdown")
	flag.BoolVar(&opts.NoTables, "no-tables", false, "leave tables out of the Markdown")
	flag.Int64Var(&opts.MaxBytes, "max-bytes", batch.DefaultMaxBytes, "largest page accepted, in `bytes`; larger pages and bodies that decompress past it are error records")
	flag.IntVar(&opts.MaxNodes, "max-nodes", extractor.DefaultMaxNodes, "most `elements` a page may have")
	flag.DurationVar(&opts.Timeout, "timeout", extractor.DefaultTimeout, "time budget of one page (`duration`)")
	flag.BoolVar(&opts.KeepComments, "keep-comments", false, "keep a page's comment section")
	flag.Usage = func() { usage(flag.CommandLine.Output()) }

	// Remote runners start this binary as their workers (with --worker): the flags and
	// beam.Init come first, and beam.Init does not return in a worker.
	flag.Parse()
	if os.Getenv("GOGC") == "" {
		// As pith batch does: the live heap is small and bounded, so collecting less often
		// is cheap and gives more pages/s.
		debug.SetGCPercent(batch.GCPercent)
	}
	beam.Init()

	if len(opts.Inputs) == 0 || opts.Output == "" {
		fmt.Fprintln(os.Stderr, "pith-beam: --input and --output are required (see --help)")
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, opts); err != nil {
		fmt.Fprintln(os.Stderr, "pith-beam:", err)
		os.Exit(2)
	}
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pith-beam:", err)
		os.Exit(1)
	}
	c := pipeline.Totals(res)
	fmt.Fprintf(os.Stderr, "pith-beam: read %d, extracted %d, skipped %d, failed %d\n", c.Read, c.Extracted, c.Skipped, c.Failed)
	if c.Failed > 0 {
		os.Exit(1)
	}
}

// usage prints the help: what the command does, its own flags, then the runner flags of the
// Beam SDK.
func usage(w io.Writer) {
	fmt.Fprint(w, `Usage: pith-beam --input GLOB[,GLOB...] --output PREFIX [flags]

Run pith batch as an Apache Beam pipeline: match the inputs, spread the files (and ranges of
large .warc.gz files) over the workers, extract every record with pith, and write one shard per
file or range, with the records of pith batch (one JSON object per line, or Parquet). Runs on
Beam's local runner (prism, in this process, offline) unless --runner names another; see
beam/README.md for Dataflow, Flink and Spark. Prints "read N, extracted N, skipped N, failed N"
at the end; exit status 1 when a record failed or the pipeline did, 2 for a usage error.

Flags of pith-beam:
`)
	printFlags(w, func(name string) bool { return slices.Contains(ours, name) })
	fmt.Fprint(w, `
Flags of the Beam SDK (runner, job and worker options; most matter on one runner only):
`)
	printFlags(w, func(name string) bool { return !slices.Contains(ours, name) })
}

// printFlags prints the flags keep selects, as flag.PrintDefaults does.
func printFlags(w io.Writer, keep func(string) bool) {
	fs := flag.NewFlagSet("", flag.ContinueOnError)
	fs.SetOutput(w)
	flag.VisitAll(func(f *flag.Flag) {
		if keep(f.Name) {
			fs.Var(f.Value, f.Name, f.Usage)
		}
	})
	fs.PrintDefaults()
}
