// Package cli implements the pith command: it reads web pages from files, http(s)
// URLs or standard input, extracts their main content with package extractor and
// prints it as plain text, Markdown, clean HTML or JSON.
//
// The command is a function of its arguments and streams, [Run], so that it can be
// tested in-process; cmd/pith only hands it the process's.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"syscall"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/fetch"
	"github.com/pithdev/pith/internal/version"
)

// name is the command's name, used in diagnostics, usage and the User-Agent.
const name = "pith"

// Version is pith's version, printed by --version and sent in the User-Agent.
const Version = version.Version

// Exit codes returned by [Run].
const (
	// ExitOK means every input gave content.
	ExitOK = 0
	// ExitFailure means some input failed (unreadable, not HTML, no content, fetch
	// failed) or standard output could not be written.
	ExitFailure = 1
	// ExitUsage means the command line was wrong; nothing was read.
	ExitUsage = 2
)

// stdinArg is the argument naming standard input; stdinName names it in diagnostics and JSON.
const (
	stdinArg  = "-"
	stdinName = "<stdin>"
)

// Run runs pith with args (without the program name), reading pages from stdin when
// asked, writing results to stdout and one-line diagnostics to stderr. It returns the
// process exit code: [ExitOK], [ExitFailure] or [ExitUsage]. A failed input is reported
// and the run goes on with the next one; a failed write to stdout (a closed pipe)
// stops the run quietly with [ExitFailure]. A first argument "explain" runs "pith explain"
// instead, which writes a report of why each block of one page was kept or dropped.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == explainCommand {
		return runExplain(args[1:], stdin, stdout, stderr)
	}
	if len(args) > 0 && args[0] == batchCommand {
		return runBatch(args[1:], stdin, stdout, stderr)
	}
	cfg, err := parseArgs(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		var sb strings.Builder
		printUsage(&sb)
		if err := writeAll(stdout, sb.String()); err != nil {
			return reportWrite(stderr, err)
		}
		return ExitCode(nil)
	case err != nil:
		fmt.Fprintf(stderr, "%s: %s\n", name, oneLine(err.Error()))
		printUsage(stderr)
		return ExitCode(err)
	}
	if cfg.version {
		if err := writeAll(stdout, name+" "+Version+"\n"); err != nil {
			return reportWrite(stderr, err)
		}
		return ExitCode(nil)
	}
	ex, err := extractor.New(cfg.options())
	if err != nil {
		err = &usageError{msg: describe(err)}
		fmt.Fprintf(stderr, "%s: %s\n", name, err)
		return ExitCode(err)
	}
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	if w := cfg.render.ignoredWith(cfg.format); w != "" {
		fmt.Fprintf(stderr, "%s: warning: %s\n", name, w)
	}
	client, err := cfg.limits.fetcher(0)
	if err != nil {
		err = &usageError{msg: err.Error()}
		fmt.Fprintf(stderr, "%s: %s\n", name, err)
		return ExitCode(err)
	}
	defer client.Close()
	r := &runner{
		cfg:    cfg,
		ex:     ex,
		fetch:  client,
		stdin:  stdin,
		stdout: stdout,
		stderr: stderr,
	}
	return r.run(context.Background())
}

// runner processes the inputs of one run in order.
type runner struct {
	cfg    *config
	ex     *extractor.Extractor
	fetch  *fetch.Client
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer

	// written counts the results printed so far, to separate text outputs. With several
	// inputs, a text or Markdown result starts with a "==> SOURCE <==" line, as head(1)
	// separates files.
	written int
}

// run extracts every input, printing results and diagnostics, and returns the exit code.
func (r *runner) run(ctx context.Context) int {
	var failed error
	for _, arg := range r.cfg.inputs {
		src := displayName(arg)
		res, err := r.extract(ctx, arg)
		if err != nil {
			fmt.Fprintf(r.stderr, "%s: %s: %s\n", name, src, describe(err))
			failed = errFailed
			// A page with no body still has a title and metadata: JSON output gives them,
			// with no blocks and the title as its text.
			if res == nil || r.cfg.format != formatJSON {
				continue
			}
		}
		if err := r.print(src, res); err != nil {
			return reportWrite(r.stderr, err)
		}
	}
	return ExitCode(failed)
}

// extract loads one input (stdin, a URL or a file) and extracts its content. As the library
// does, it returns a Result with an error only with [extractor.ErrNoContent].
func (r *runner) extract(ctx context.Context, arg string) (*extractor.Result, error) {
	page, src, err := r.load(ctx, arg)
	if err != nil {
		return nil, err
	}
	res, err := r.ex.Extract(ctx, page, src)
	if res != nil && res.URL == "" {
		res.URL = src.URL
	}
	return res, err
}

// print writes one result to stdout in the chosen format.
func (r *runner) print(src string, res *extractor.Result) error {
	var out string
	switch r.cfg.format {
	case formatJSON:
		b, err := marshalJSON(src, r.cfg.render.filter(res))
		if err != nil {
			return err
		}
		out = string(b)
	default:
		text, err := res.Render(extractor.Format(r.cfg.format), r.cfg.render.options())
		if err != nil {
			return err
		}
		out = strings.TrimRight(text, "\n") + "\n"
		if len(r.cfg.inputs) > 1 && r.cfg.format != formatHTML {
			out = "==> " + src + " <==\n" + out
		}
		if r.written > 0 {
			out = "\n" + out
		}
	}
	r.written++
	return writeAll(r.stdout, out)
}

// writeAll writes s to w, turning a short write into an error.
func writeAll(w io.Writer, s string) error {
	n, err := io.WriteString(w, s)
	if err == nil && n < len(s) {
		err = io.ErrShortWrite
	}
	return err
}

// reportWrite handles a failed write to stdout: a closed pipe ends the run silently,
// any other error is reported. Either way the run fails.
func reportWrite(stderr io.Writer, err error) int {
	if !errors.Is(err, syscall.EPIPE) {
		fmt.Fprintf(stderr, "%s: <stdout>: %s\n", name, describe(err))
	}
	return ExitCode(err)
}

// displayName is how an input is named in diagnostics and in JSON "source".
func displayName(arg string) string {
	if arg == stdinArg {
		return stdinName
	}
	return arg
}

// describe turns err into the message of a one-line diagnostic. The input is already
// named in the diagnostic, so a path error is reduced to its cause, and the
// library's "extractor: " prefix is dropped.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return oneLine(strings.TrimPrefix(err.Error(), "extractor: "))
}

// oneLine collapses all runs of whitespace, newlines included, to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
