package extractor

import (
	"io"
	"strings"

	"github.com/pithdev/pith/extractor/internal/render"
)

// Markdown renders the result as CommonMark, with GitHub's pipe tables: the title as a
// level-1 heading, then each block in order. Headings keep their level (#, ##, ...); list
// items become "- " or numbered "1. " lists, consecutive items of one list together, a
// nested list indented under its item, each numbered item with the number the page shows
// (start, reversed and <li value> honoured); a <dl>'s term is in bold with its definition
// on the line under it; quotes are "> " blockquotes; tables are pipe tables with the first
// row as header, every cell in its column (the cells a colspan or rowspan covers are left
// empty); code is fenced (with the language of a "language-*", "lang-*", "highlight-*"
// class or data-lang), line numbers left out; formulas are their TeX between "$" or "$$";
// correction and update notes are blockquotes too; a figure caption is in italics, after
// the figure's images with [RenderOptions.Images]; comments follow under "## Comments"
// (see [Result.Comments]). Emphasis (<em>, <i>, <strong>, <b>) and inline code are kept;
// links and images only with [RenderOptions.Links] and [RenderOptions.Images]. Text that
// Markdown would read as markup is backslash-escaped (not inside a formula's TeX). The
// output ends with a newline unless empty.
// With [RenderOptions.WithMetadata] it starts with a YAML front matter block.
func (r *Result) Markdown(opts RenderOptions) string {
	var sb strings.Builder
	_ = r.WriteMarkdown(&sb, opts) // a strings.Builder never fails
	return sb.String()
}

// WriteMarkdown writes [Result.Markdown] to out, block by block, and returns the first error
// of out; it stops writing at that error.
func (r *Result) WriteMarkdown(out io.Writer, opts RenderOptions) error {
	if opts.WithMetadata {
		if err := render.FrontMatter(out, r.metadataFields()); err != nil {
			return err
		}
	}
	p, o := r.page(opts)
	return render.Markdown(out, p, o)
}
