package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/pithdev/pith/extractor"
)

// explainCommand is the first argument that runs [runExplain] instead of extraction.
const explainCommand = "explain"

// Formats of "pith explain --format".
const (
	explainHTML = "html"
	explainJSON = "json"
)

// newExplainFlags returns the flag set of "pith explain", bound to c and format. The input
// flags mean what they mean for extraction.
func newExplainFlags(c *config, format *string) *flag.FlagSet {
	fs := flag.NewFlagSet(name+" "+explainCommand, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.Var(newChoice(format, explainHTML, explainHTML, explainJSON), "format", "report `format`: html (a page to open in a browser) or json")
	fs.StringVar(&c.pageURL, "url", "", "page `URL` of a file or stdin input")
	fs.StringVar(&c.contentType, "content-type", "", "Content-Type of a file or stdin input, for its charset")
	c.limits.bind(fs)
	fs.BoolVar(&c.keepComments, "keep-comments", false, "read the page's comments (the body does not change)")
	fs.BoolVar(&c.keepCaptions, "keep-captions", false, "keep the captions of the body's figures")
	fs.TextVar(&c.favor, "favor", extractor.Balanced, "`bias` where the two judgements disagree: balanced, precision or recall")
	fs.TextVar(&c.pageType, "page-type", extractor.PageType(""), "`kind` of page to assemble it as, instead of pith's judgement: article, forum, product, collection, listing, documentation or service")
	return fs
}

// parseExplainArgs parses the arguments after "explain": flags anywhere, at most one input
// ("-" or none for stdin).
func parseExplainArgs(args []string) (*config, string, error) {
	c, format := &config{}, ""
	inputs, err := parseInterspersed(newExplainFlags(c, &format), args)
	if err != nil {
		return nil, "", err
	}
	c.inputs = inputs
	switch {
	case len(c.inputs) > 1:
		return nil, "", &usageError{msg: explainCommand + " takes one page, got " + fmt.Sprint(len(c.inputs))}
	case c.limits.check() != nil:
		return nil, "", c.limits.check()
	case len(c.inputs) == 0:
		c.inputs = []string{stdinArg}
	}
	return c, format, nil
}

// runExplain runs "pith explain [flags] [FILE|URL|-]": it writes to stdout a report of why
// each text block of the page was kept or dropped, as a self-contained HTML page or as JSON.
// A page with no content still gets a report; the exit code is [ExitFailure] only when the
// input cannot be read or is not a page.
func runExplain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, format, err := parseExplainArgs(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		if err := writeAll(stdout, explainUsage()); err != nil {
			return reportWrite(stderr, err)
		}
		return ExitCode(nil)
	case err != nil:
		fmt.Fprintf(stderr, "%s: %s\n%s", name, oneLine(err.Error()), explainUsage())
		return ExitCode(err)
	}
	ex, err := extractor.New(c.options())
	if err != nil {
		err = &usageError{msg: describe(err)}
		fmt.Fprintf(stderr, "%s: %s\n", name, err)
		return ExitCode(err)
	}
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	client, err := c.limits.fetcher(0)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %s\n", name, err)
		return ExitCode(&usageError{msg: err.Error()})
	}
	defer client.Close()
	r := &runner{cfg: c, ex: ex, fetch: client, stdin: stdin, stdout: stdout, stderr: stderr}

	arg := c.inputs[0]
	out, err := r.explain(context.Background(), arg, format)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %s: %s\n", name, displayName(arg), describe(err))
		return ExitCode(err)
	}
	if err := writeAll(stdout, out); err != nil {
		return reportWrite(stderr, err)
	}
	return ExitCode(nil)
}

// explain loads one input and returns its explain report in format.
func (r *runner) explain(ctx context.Context, arg, format string) (string, error) {
	page, src, err := r.load(ctx, arg)
	if err != nil {
		return "", err
	}
	x, err := r.ex.Explain(ctx, page, src)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if format == explainJSON {
		err = x.WriteJSON(&buf)
	} else {
		err = x.WriteHTML(&buf)
	}
	return buf.String(), err
}

// explainUsage is the usage text of "pith explain".
func explainUsage() string {
	var sb strings.Builder
	sb.WriteString("Usage: " + name + " " + explainCommand + " [flags] [FILE|URL|-]\n\n")
	sb.WriteString("Write a report of why each text block of a page was kept or dropped: its decision,\n")
	sb.WriteString("the rule that decided, its length, link density, repetitions, tag path and classes.\n")
	sb.WriteString("The HTML report is one self-contained page with no scripts that loads nothing:\n\n")
	sb.WriteString("  " + name + " " + explainCommand + " page.html > report.html\n\nFlags:\n")
	writeFlags(&sb, newExplainFlags(&config{}, new(string)))
	return sb.String()
}
