package cli

import (
	"errors"
	"flag"
	"io"
	"strings"

	"github.com/pithdev/pith/extractor"
)

// Output formats accepted by --format.
const (
	formatText     = "text"
	formatMarkdown = "markdown"
	formatHTML     = "html"
	formatJSON     = "json"
)

// config is the parsed command line of one run.
type config struct {
	format       string
	pageURL      string
	contentType  string
	limits       limits
	keepComments bool
	keepCaptions bool
	favor        extractor.Favor
	pageType     extractor.PageType
	version      bool
	render       renderFlags

	// inputs are the positional arguments: files, URLs or "-" for stdin.
	inputs []string
}

// usageError is a bad command line: exit with [ExitUsage] after printing usage to stderr.
type usageError struct{ msg string }

// Error implements error.
func (e *usageError) Error() string { return e.msg }

// newFlagSet returns the flag set of one run, bound to c. It writes nothing itself:
// Run prints errors and usage.
func newFlagSet(c *config) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.Var(newChoice(&c.format, formatText, formatText, formatMarkdown, formatHTML, formatJSON), "format", "output `format`: text, markdown, html or json")
	fs.StringVar(&c.pageURL, "url", "", "page `URL` of a file or stdin input (for metadata and links)")
	fs.StringVar(&c.contentType, "content-type", "", "Content-Type of a file or stdin input, for its charset")
	c.limits.bind(fs)
	fs.BoolVar(&c.keepComments, "keep-comments", false, "add the page's comments after the body (JSON: \"comments\")")
	fs.BoolVar(&c.keepCaptions, "keep-captions", false, "keep the captions of the body's figures in every format (--images with markdown or html keeps the figures, captions included)")
	fs.TextVar(&c.favor, "favor", extractor.Balanced, "`bias` where the two judgements disagree: balanced, precision or recall")
	fs.TextVar(&c.pageType, "page-type", extractor.PageType(""), "`kind` of page to assemble it as, instead of pith's judgement: article, forum, product, collection, listing, documentation or service")
	fs.BoolVar(&c.version, "version", false, "print the version and exit")
	c.render.bind(fs)
	return fs
}

// parseArgs parses the command line. Flags may come before, between or after the
// inputs; "--" ends the flags. It returns [flag.ErrHelp] for -h/--help and a *usageError
// for anything else wrong.
func parseArgs(args []string) (*config, error) {
	c := &config{}
	inputs, err := parseInterspersed(newFlagSet(c), args)
	if err != nil {
		return nil, err
	}
	c.inputs = inputs
	if err := c.limits.check(); err != nil {
		return nil, err
	}
	if len(c.inputs) == 0 {
		c.inputs = []string{stdinArg}
	}
	return c, nil
}

// parseInterspersed parses args with fs, flags before, between or after the inputs, and
// returns the inputs in order; "--" ends the flags. It returns [flag.ErrHelp] for -h/--help
// and a *usageError for anything else wrong.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var inputs []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, flag.ErrHelp
			}
			return nil, &usageError{msg: flagMessage(err)}
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(inputs, rest...), nil
		}
		if len(rest) == 0 {
			return inputs, nil
		}
		inputs = append(inputs, rest[0])
		args = rest[1:]
	}
}

// writeFlags writes the "Flags:" list of a usage text: each flag of fs in the --flag style,
// its argument and usage, its default when it has one, then -h/--help.
func writeFlags(sb *strings.Builder, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		arg, usage := flag.UnquoteUsage(f)
		left := "  --" + f.Name
		if arg != "" {
			left += " " + arg
		}
		if len(left) < 26 {
			left += strings.Repeat(" ", 26-len(left))
		} else {
			left += "\n" + strings.Repeat(" ", 26)
		}
		sb.WriteString(left + usage)
		if d := f.DefValue; d != "" && d != "false" && d != "0" {
			sb.WriteString(" (default " + d + ")")
		}
		sb.WriteString("\n")
	})
	sb.WriteString("  -h, --help              print this help and exit\n")
}

// flagMessage rewords an error of package flag, which spells flags with one dash,
// in the --flag style of the usage text.
func flagMessage(err error) string {
	return strings.NewReplacer(
		"flag provided but not defined: -", "unknown flag --",
		"flag needs an argument: -", "flag needs an argument: --",
		" for flag -", " for flag --",
		" for -", " for --",
	).Replace(err.Error())
}

// options maps the flags to the extractor's options.
// With --images, Markdown and HTML output keep the body's figures, captions included.
func (c *config) options() extractor.Options {
	figures := c.render.images && (c.format == "markdown" || c.format == "html")
	return c.limits.options(extractor.Options{
		KeepComments: c.keepComments,
		KeepCaptions: c.keepCaptions || figures,
		Favor:        c.favor,
		PageType:     c.pageType,
	})
}

// source is the [extractor.Source] for a file or stdin input; fetched pages use the response instead.
func (c *config) source() extractor.Source {
	return extractor.Source{URL: c.pageURL, ContentType: c.contentType}
}

// printUsage writes the usage text, with every flag, to w.
func printUsage(w io.Writer) {
	var sb strings.Builder
	sb.WriteString("Usage: " + name + " [flags] [FILE|URL|-]...\n")
	sb.WriteString("       " + name + " batch [flags] INPUT...    (crawls: WARC, folders, JSON Lines, URL lists; see pith batch --help)\n")
	sb.WriteString("       " + name + " explain [flags] PAGE      (why each block was kept or dropped; see pith explain --help)\n\n")
	sb.WriteString("Extract the main content (title and body text) of web pages.\n")
	sb.WriteString("Each FILE is read in turn; an http:// or https:// URL is fetched; with no\n")
	sb.WriteString("argument, or with -, the page is read from standard input. With several inputs,\n")
	sb.WriteString("each text or Markdown result starts with a line \"==> NAME <==\" (as head does),\n")
	sb.WriteString("HTML fragments are separated by a blank line, and JSON is one object per line.\n\nFlags:\n")
	writeFlags(&sb, newFlagSet(&config{}))
	sb.WriteString("\nExit status: 0 if every input gave content, 1 if some input failed, 2 for a usage error.\n")
	_, _ = io.WriteString(w, sb.String())
}
