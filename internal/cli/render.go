package cli

import (
	"flag"
	"strings"

	"github.com/pithdev/pith/extractor"
)

// renderFlags are the flags that shape the output: what the renderers include.
type renderFlags struct {
	links    bool
	images   bool
	noTables bool
	metadata bool
}

// bind registers the render flags on fs. --url, also a base for relative links, is bound
// with the input flags.
func (f *renderFlags) bind(fs *flag.FlagSet) {
	fs.BoolVar(&f.links, "links", false, "keep links in markdown and html output (made absolute against the page URL)")
	fs.BoolVar(&f.images, "images", false, "keep images in markdown and html output (the main image and inline ones)")
	fs.BoolVar(&f.noTables, "no-tables", false, "leave tables out of the output")
	fs.BoolVar(&f.metadata, "with-metadata", false, "start markdown with YAML front matter and text with Key: value lines (title, authors, dates, url, site, language, page type)")
}

// options maps the flags to the renderers' options.
func (f renderFlags) options() extractor.RenderOptions {
	return extractor.RenderOptions{Links: f.links, Images: f.images, NoTables: f.noTables, WithMetadata: f.metadata}
}

// filter returns res without the blocks the flags leave out (tables with --no-tables), for
// the JSON output, which is built from the blocks directly.
func (f renderFlags) filter(res *extractor.Result) *extractor.Result {
	if !f.noTables {
		return res
	}
	c := *res
	c.Blocks = nil
	for _, b := range res.Blocks {
		if b.Kind != extractor.KindTable {
			c.Blocks = append(c.Blocks, b)
		}
	}
	return &c
}

// ignoredWith returns a one-line warning naming the flags that format does not use (--links
// and --images do nothing in text and JSON output), or "" when there are none.
func (f renderFlags) ignoredWith(format string) string {
	if format != formatText && format != formatJSON {
		return ""
	}
	var flags []string
	if f.links {
		flags = append(flags, "--links")
	}
	if f.images {
		flags = append(flags, "--images")
	}
	verb := "has"
	switch len(flags) {
	case 0:
		return ""
	case 2:
		verb = "have"
	}
	return strings.Join(flags, " and ") + " " + verb + " no effect with --format " + format +
		" (only markdown and html output keep links and images)"
}
