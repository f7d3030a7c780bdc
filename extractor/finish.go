package extractor

import (
	"github.com/pithdev/pith/extractor/internal/meta"
	"golang.org/x/net/html"
)

// finish completes a Result once its blocks are chosen: it reads the page's metadata and
// the markup the renderers need, after which the Result holds no pointer into the DOM.
func finish(res *Result, doc *html.Node, src Source) {
	res.Metadata = readMetadata(doc, src, res)
	captureMarkup(res.Blocks)
}

// readMetadata reads the page's metadata with the metadata reader (package meta), giving it
// the chosen title (to find the matching JSON-LD item) and the text (for the script fallback
// of Language), and adds the note blocks, which the pipeline, not the reader, has found.
func readMetadata(doc *html.Node, src Source, res *Result) Metadata {
	m := meta.Read(meta.Page{Doc: doc, URL: src.URL, Title: res.Title, Text: func(yield func(string) bool) {
		for _, b := range res.Blocks {
			if !yield(b.Text) {
				return
			}
		}
	}})
	md := Metadata{
		Authors:      m.Authors,
		Published:    m.Published,
		Modified:     m.Modified,
		SiteName:     m.SiteName,
		Language:     m.Language,
		CanonicalURL: m.CanonicalURL,
		Description:  m.Description,
		Image:        m.Image,
		Tags:         m.Tags,
		Categories:   m.Categories,
		base:         m.Base,
	}
	for _, b := range res.Blocks {
		if b.Kind == KindNote {
			md.Notes = append(md.Notes, b.Text)
		}
	}
	return md
}
