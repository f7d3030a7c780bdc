package extractor

import (
	"io"
	"strings"

	"github.com/pithdev/pith/extractor/internal/render"
	"github.com/pithdev/pith/extractor/internal/view"
)

// metadataFields are the fields of the metadata header of [RenderOptions.WithMetadata], in
// the order they are written: title, authors, published, modified, url, site name,
// language and page type. The URL is [Result.URL], else [Metadata.CanonicalURL].
func (r *Result) metadataFields() []view.Field {
	one := func(s string) []string {
		if s = strings.TrimSpace(s); s == "" {
			return nil
		}
		return []string{s}
	}
	u := r.URL
	if u == "" {
		u = r.Metadata.CanonicalURL
	}
	return []view.Field{
		{Key: "title", Label: "Title", Values: one(r.Title)},
		{Key: "authors", Label: "Authors", Values: r.Metadata.Authors, List: true},
		{Key: "published", Label: "Published", Values: one(r.Metadata.Published)},
		{Key: "modified", Label: "Modified", Values: one(r.Metadata.Modified)},
		{Key: "url", Label: "URL", Values: one(u)},
		{Key: "site_name", Label: "Site name", Values: one(r.Metadata.SiteName)},
		{Key: "language", Label: "Language", Values: one(r.Metadata.Language)},
		{Key: "page_type", Label: "Page type", Values: one(string(r.PageType))},
	}
}

// writeTextWithHeader writes the metadata header of text output, then [Result.Text].
func (r *Result) writeTextWithHeader(out io.Writer) error {
	if err := render.TextHeader(out, r.metadataFields()); err != nil {
		return err
	}
	return r.WriteText(out)
}
