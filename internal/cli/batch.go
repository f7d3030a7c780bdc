package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"

	"golang.org/x/term"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/batch"
	"github.com/pithdev/pith/internal/fetch"
)

// batchCommand is the first argument that runs [runBatch]: "pith batch".
const batchCommand = "batch"

// ExitInterrupted is the exit code of a batch run stopped by SIGINT or SIGTERM (128+SIGINT),
// after the records in flight were written.
const ExitInterrupted = 130

// batchFlags is the parsed command line of "pith batch".
type batchFlags struct {
	cfg      batch.Config
	lists    listFlag
	limits   limits
	keepCmts bool
	keepCapt bool
	favor    extractor.Favor
	pageType extractor.PageType
}

// listFlag is --list, which may be given more than once.
type listFlag []string

// String implements [flag.Value].
func (l *listFlag) String() string { return strings.Join(*l, ",") }

// Set implements [flag.Value].
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// newBatchFlags returns the flag set of "pith batch", bound to b. Short and long names of one
// flag share a variable.
func newBatchFlags(b *batchFlags) *flag.FlagSet {
	fs := flag.NewFlagSet(name+" "+batchCommand, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	c := &b.cfg
	fs.IntVar(&c.Workers, "j", 0, "")
	fs.IntVar(&c.Workers, "jobs", 0, "")
	fs.BoolVar(&c.Unordered, "unordered", false, "")
	fs.StringVar(&c.Output, "o", "", "")
	fs.StringVar(&c.Output, "output", "", "")
	fs.StringVar(&c.OutputDir, "output-dir", "", "")
	fs.Var(newChoice(&c.Format, batch.FormatJSONL, batch.FormatJSONL, batch.FormatParquet), "output-format", "")
	fs.BoolVar(&c.Markdown, "markdown", false, "")
	fs.BoolVar(&c.Render.Links, "links", false, "")
	fs.BoolVar(&c.Render.Images, "images", false, "")
	fs.BoolVar(&c.Render.NoTables, "no-tables", false, "")
	fs.BoolVar(&c.Render.WithMetadata, "with-metadata", false, "")
	fs.Var(&b.lists, "list", "")
	fs.BoolVar(&c.Resume, "resume", false, "")
	b.limits.bind(fs)
	fs.BoolVar(&b.keepCmts, "keep-comments", false, "")
	fs.BoolVar(&b.keepCapt, "keep-captions", false, "")
	fs.TextVar(&b.favor, "favor", extractor.Balanced, "")
	fs.TextVar(&b.pageType, "page-type", extractor.PageType(""), "")
	fs.Float64Var(&c.MinConfidence, "min-confidence", 0, "")
	fs.BoolVar(&c.KeepLow, "keep-low", false, "")
	fs.BoolVar(&c.Quiet, "q", false, "")
	fs.BoolVar(&c.Quiet, "quiet", false, "")
	return fs
}

// batchUsage is the help text of "pith batch".
const batchUsage = `Usage: pith batch [flags] INPUT...

Extract the main content of many pages, on every core, one output record per input record.

Inputs, mixed freely:
  FILE.warc, FILE.warc.gz   WARC archives (gzip per record, as Common Crawl publishes them);
                            response records of HTML over HTTP and resource records of HTML
                            are extracted, every other record is written as a skip record
  FOLDER                    the .html, .htm and .xhtml files under it (also .gz), recursively
  FILE.html                 one page (also .htm, .xhtml, .gz)
  FILE.jsonl                JSON Lines (also .ndjson, .gz), one page per line:
                            {"html": "<html>...", "url": "...", "content_type": "...", "id": ...}
                            "html" is required; "id" (any JSON value) is copied to the output
  URL                       an http:// or https:// URL, fetched by the workers: one record
                            each; a status other than 2xx is a skip (http-status), a page
                            that cannot be fetched an error (fetch). No link is followed and
                            robots.txt is not read: you chose the URLs
  @FILE, --list FILE        a file listing inputs (files, folders, URLs), one per line
  -                         standard input, holding any of the above but a folder, list or URL
A file of another extension is recognised by its first bytes.

Flags:
  -j, --jobs N              records extracted at once (default: the number of CPUs, %d)
  --unordered               write records as they are done, not in input order (faster when
                            pages vary in cost); the records of one input still come together
  -o, --output FILE         write to FILE instead of standard output
  --output-dir DIR          write one file per input into DIR, named after the input
  --output-format FORMAT    jsonl (default) or parquet (same columns)
  --markdown                add each page as Markdown
  --links, --images         keep links / images in the Markdown (made absolute against the page URL)
  --no-tables               leave tables out of the Markdown
  --with-metadata           start each Markdown with YAML front matter (title, authors, dates, url, ...)
  --resume                  skip the inputs already fully written to the output by an earlier
                            run (needs -o or --output-dir; parquet needs --output-dir)
  --max-bytes N             largest page accepted, in bytes (default %d); larger pages,
                            bodies that decompress past it and larger downloads are errors
  --max-nodes N             most elements a page may have (default %d)
  --timeout D               time budget of extracting one page, e.g. 10s (default %s)
  --fetch-timeout D         time limit of fetching one URL: connect, redirects and body
                            (default %s); at most %d requests at once go to one host
  --keep-comments           read each page's comments into the comments field (and a
                            "## Comments" section in markdown; text stays the body)
  --keep-captions           keep the captions of the body's figures in text and markdown
  --favor BIAS              balanced (default), precision or recall: less boilerplate, or
                            more of the body, where the two judgements of a page disagree
  --page-type KIND          assemble every page as KIND (article, forum, product, collection,
                            listing, documentation, service) instead of pith's judgement
  --min-confidence X        a page whose confidence (0 to 1, pith's estimate of its text's
                            word F1) is under X gets status low-confidence, without its text
                            and markdown; not a failure (default 0: none)
  --keep-low                keep the text and markdown of low-confidence records
  -q, --quiet               no progress bar and no summary line
  -h, --help                print this help and exit

Output: one JSON object per line (or Parquet row) per input record, fields left out when empty
(null in Parquet, where every column but source and status is optional):
  source          the WARC, JSON Lines or HTML file ("<stdin>" for standard input)
  offset, line    byte offset of the WARC record; line number of the JSON Lines record
  id              the JSON Lines "id", as it was (a string in Parquet: a number's JSON text)
  status          "ok", "skip", "error" or "low-confidence" (under --min-confidence: title
                  and metadata, no text or markdown unless --keep-low; not a failure)
  url             WARC-Target-URI, the JSON Lines "url", or a fetched URL's final URL
  fetch_date      when a URL was fetched (RFC 3339, UTC)
  warc_record_id, warc_date, warc_type, http_status, content_type
  title, text     the headline and the main content (plain text, blank lines between blocks)
  markdown        with --markdown
  body_source     "json-ld" when the page showed no prose and text is its JSON-LD articleBody
  encoding, encoding_source   the encoding the page was read in and what decided it
                  (bom, http, meta, detected, default)
  page_type       the page's kind as pith judged it (or --page-type): article, forum, product,
                  collection, listing, documentation or service
  confidence      0 to 1: pith's estimate of the word F1 of text (also on a no-content error)
  authors, published, modified, site_name, language, canonical_url, description, image,
  tags, categories, notes                         the page's metadata (also on a no-content error)
  comments        with --keep-comments: [{author, date, text, depth}, ...]
  skip            why a record was skipped: record-type, not-http, http-status, not-html
  error, error_kind    why a record failed; kinds: no-content, empty, not-html, too-large,
                  too-many-nodes, timeout, decode, parse, content-encoding, http, warc, json,
                  fetch, read, input, panic, extract

A progress bar is drawn on standard error when it is a terminal; a summary line ends the run.
SIGINT (Ctrl-C) stops reading, writes the records in flight and exits with 130 (URL fetches in
flight are cancelled and left out); --resume then goes on from the last input fully written.

Exit status: 0 if no record failed, 1 if some record or input failed (they are in the output
as error records) or the output could not be written, 2 for a usage error, 130 if interrupted.
`

// printBatchUsage writes the help text of "pith batch" to w.
func printBatchUsage(w io.Writer) {
	_, _ = fmt.Fprintf(w, batchUsage, runtime.GOMAXPROCS(0), batch.DefaultMaxBytes,
		extractor.DefaultMaxNodes, extractor.DefaultTimeout, fetch.DefaultTimeout, fetch.PerHost)
}

// parseBatchArgs parses the arguments after "batch": flags anywhere, "--" ends them.
func parseBatchArgs(args []string) (*batchFlags, error) {
	b := &batchFlags{}
	inputs, err := parseInterspersed(newBatchFlags(b), args)
	if err != nil {
		return nil, err
	}
	b.cfg.Inputs = inputs
	switch {
	case len(b.cfg.Inputs) == 0 && len(b.lists) == 0:
		return nil, &usageError{msg: "no input: give WARC files, folders, HTML or JSON Lines files, @LIST or -"}
	case !(b.cfg.MinConfidence >= 0 && b.cfg.MinConfidence <= 1):
		return nil, &usageError{msg: fmt.Sprintf("--min-confidence must be between 0 and 1, got %v", b.cfg.MinConfidence)}
	case b.cfg.Workers < 0:
		return nil, &usageError{msg: fmt.Sprintf("--jobs must not be negative, got %d", b.cfg.Workers)}
	case b.limits.check() != nil:
		return nil, b.limits.check()
	}
	b.cfg.Lists = b.lists
	b.cfg.MaxBytes, b.cfg.FetchTimeout = b.limits.maxBytes, b.limits.fetchTimeout
	b.cfg.Options = b.limits.options(extractor.Options{KeepComments: b.keepCmts, KeepCaptions: b.keepCapt, Favor: b.favor, PageType: b.pageType})
	return b, nil
}

// runBatch runs "pith batch" with the arguments after "batch". SIGINT and SIGTERM stop the
// reading of inputs; the records in flight are written, and the exit code is [ExitInterrupted].
// A second signal ends the process at once.
func runBatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	b, err := parseBatchArgs(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		var sb strings.Builder
		printBatchUsage(&sb)
		if err := writeAll(stdout, sb.String()); err != nil {
			return reportWrite(stderr, err)
		}
		return ExitCode(nil)
	case err != nil:
		fmt.Fprintf(stderr, "%s %s: %s\n", name, batchCommand, oneLine(err.Error()))
		fmt.Fprintf(stderr, "Run '%s %s --help' for usage.\n", name, batchCommand)
		return ExitCode(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	go func() {
		select {
		case <-sigs:
			signal.Stop(sigs) // a second signal now ends the process
			fmt.Fprintf(stderr, "%s %s: interrupted: writing the records in flight (again to quit at once)\n", name, batchCommand)
			cancel()
		case <-ctx.Done():
		}
	}()
	cfg := b.cfg
	cfg.Stdin, cfg.Stdout, cfg.Stderr = stdin, stdout, stderr
	cfg.Progress = isTerminal(stderr)
	sum, err := batch.Run(ctx, cfg)
	var ce *batch.ConfigError
	switch {
	case errors.Is(err, batch.ErrOutputClosed):
		return ExitCode(err) // a closed pipe: stop quietly
	case errors.As(err, &ce):
		fmt.Fprintf(stderr, "%s %s: %s\n", name, batchCommand, describe(err))
		return ExitCode(err)
	case err != nil:
		fmt.Fprintf(stderr, "%s %s: output: %s\n", name, batchCommand, describe(err))
	}
	if !cfg.Quiet {
		fmt.Fprintf(stderr, "%s %s: %s\n", name, batchCommand, sum)
	}
	switch {
	case sum.Interrupted:
		err = errInterrupted
	case err == nil && sum.Failed > 0:
		err = errFailed
	}
	return ExitCode(err)
}

// isTerminal reports whether w is a terminal (then a progress bar is drawn on it).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
