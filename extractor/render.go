package extractor

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/render"
	"github.com/pithdev/pith/extractor/internal/urls"
	"github.com/pithdev/pith/extractor/internal/view"
)

// Format names an output format of [Result.Render].
type Format string

// The output formats.
const (
	// FormatText is plain text: the title, then the blocks, blank lines between (see [Result.Text]).
	FormatText Format = "text"
	// FormatMarkdown is CommonMark with GitHub's pipe tables (see [Result.Markdown]).
	FormatMarkdown Format = "markdown"
	// FormatHTML is a clean HTML fragment, safe to embed (see [Result.HTML]).
	FormatHTML Format = "html"
	// FormatJSON is the whole Result as one JSON object (see [Result.JSON]).
	FormatJSON Format = "json"
)

// Formats lists the output formats, in the order the CLI documents them.
var Formats = []Format{FormatText, FormatMarkdown, FormatHTML, FormatJSON}

// RenderOptions says what the renderers include beyond the text. The zero value renders
// text, structure, emphasis and tables, without links or images.
type RenderOptions struct {
	// Links keeps hyperlinks: [text](url) in Markdown, <a href> in HTML. URLs are made
	// absolute against BaseURL; only http, https and mailto links are kept.
	Links bool
	// Images keeps images: the page's main image ([Metadata.Image]) under the title, and
	// images inside the kept blocks. Only http and https image URLs are kept.
	Images bool
	// NoTables leaves out [KindTable] blocks.
	NoTables bool
	// BaseURL resolves relative links and images. Empty means the page's <base href>
	// resolved against [Result.URL], else [Result.URL], else [Metadata.CanonicalURL].
	BaseURL string
	// WithMetadata starts Markdown with a YAML front matter block and the text of
	// [Result.Render] with "Key: value" lines, then a blank line: the title, authors,
	// published and modified dates, URL ([Result.URL], else [Metadata.CanonicalURL]), site
	// name, language and page type, each left out when empty. HTML and JSON are unchanged
	// (JSON has the metadata already).
	WithMetadata bool
}

// Render renders the result in format f. It returns an error only for an unknown format.
func (r *Result) Render(f Format, opts RenderOptions) (string, error) {
	switch f {
	case FormatText:
		if opts.WithMetadata {
			var sb strings.Builder
			_ = r.filtered(opts).writeTextWithHeader(&sb) // a strings.Builder never fails
			return sb.String(), nil
		}
		return r.filtered(opts).Text(), nil
	case FormatMarkdown:
		return r.Markdown(opts), nil
	case FormatHTML:
		return r.HTML(opts), nil
	case FormatJSON:
		b, err := r.JSON(opts)
		return string(b), err
	}
	return "", fmt.Errorf("extractor: unknown format %q", f)
}

// filtered returns r less the blocks opts leaves out (tables), or r itself when none are.
func (r *Result) filtered(opts RenderOptions) *Result {
	if !opts.NoTables {
		return r
	}
	c := *r
	c.Blocks = make([]Block, 0, len(r.Blocks))
	for _, b := range r.Blocks {
		if b.Kind != KindTable {
			c.Blocks = append(c.Blocks, b)
		}
	}
	return &c
}

// base returns the URL that relative links resolve against (see [RenderOptions.BaseURL]), or nil.
func (r *Result) base(opts RenderOptions) *url.URL {
	for _, s := range []string{opts.BaseURL, r.linkBase, r.URL, r.Metadata.CanonicalURL} {
		if u, ok := urls.ParseHTTP(s); ok {
			return u
		}
	}
	return nil
}

// page returns what the Markdown and HTML renderers write of r, and their options: r's
// blocks and comments as views, less what opts leaves out.
func (r *Result) page(opts RenderOptions) (*view.Page, render.Options) {
	p := &view.Page{Title: r.Title, Image: r.Metadata.Image, Blocks: blockViews(r.Blocks, opts), Comments: commentViews(r.Comments)}
	return p, render.Options{Links: opts.Links, Images: opts.Images, Base: r.base(opts)}
}

// blockViews returns the blocks as the renderers see them, less tables with opts.NoTables.
func blockViews(blocks []Block, opts RenderOptions) []view.Block {
	out := make([]view.Block, 0, len(blocks))
	for i := range blocks {
		b := &blocks[i]
		if opts.NoTables && b.Kind == KindTable {
			continue
		}
		out = append(out, view.Block{Kind: view.Kind(b.Kind), Text: b.Text, Level: b.Level, Ordered: b.Ordered, Markup: b.markup})
	}
	return out
}

// commentsOf is the API's form of the comments the comment stage read.
func commentsOf(views []view.Comment) []Comment {
	if views == nil {
		return nil
	}
	out := make([]Comment, len(views))
	for i, c := range views {
		out[i] = Comment{Author: dom.RepairMojibake(c.Author), Date: c.Date, Text: dom.RepairMojibake(c.Text), Depth: c.Depth}
	}
	return out
}

// commentViews returns the comments as the renderers see them, nil for none.
func commentViews(comments []Comment) []view.Comment {
	if len(comments) == 0 {
		return nil
	}
	out := make([]view.Comment, len(comments))
	for i, c := range comments {
		out[i] = view.Comment{Author: c.Author, Date: c.Date, Text: c.Text, Depth: c.Depth}
	}
	return out
}
