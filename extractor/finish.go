package extractor

import (
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/meta"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html"
)

// finish completes a Result once its blocks are chosen: it reads the page's metadata and
// the markup the renderers need, after which the Result holds no pointer into the DOM.
func finish(res *Result, doc *html.Node, src Source, facts *meta.Facts) {
	res.Metadata, res.linkBase = readMetadata(doc, src, res, facts)
	captureMarkup(res.Blocks)
}

// readMetadata reads the page's metadata with the metadata reader (package meta), giving it
// the chosen title (to find the matching JSON-LD item) and the text (for the script fallback
// of Language), and adds the note blocks, which the pipeline, not the reader, has found. It
// also returns the URL that relative links resolve against.
func readMetadata(doc *html.Node, src Source, res *Result, facts *meta.Facts) (Metadata, string) {
	m := meta.Read(meta.Page{Doc: doc, URL: src.URL, Fetched: src.Fetched, Title: res.Title, Facts: facts, Story: res.PageType == PageArticle, Forum: res.PageType == PageForum, Text: func(yield func(string) bool) {
		for _, b := range res.Blocks {
			if !yield(b.Text) {
				return
			}
		}
	}})
	// The reader's texts are the page's: repaired as the body's are (dom.RepairMojibake).
	for i, a := range m.Authors {
		m.Authors[i] = dom.RepairMojibake(a)
	}
	md := Metadata{
		Authors:      m.Authors,
		Published:    m.Published,
		Modified:     m.Modified,
		SiteName:     dom.RepairMojibake(m.SiteName),
		Language:     m.Language,
		CanonicalURL: m.CanonicalURL,
		Description:  dom.RepairMojibake(m.Description),
		Image:        m.Image,
		Tags:         m.Tags,
		Categories:   m.Categories,
	}
	for _, b := range res.Blocks {
		if b.Kind == KindNote {
			md.Notes = append(md.Notes, b.Text)
		}
	}
	return md, m.Base
}

// captureMarkup reads the markup of every block from its node (view.Capture) and drops the
// node.
func captureMarkup(blocks []Block) {
	marks := view.Capture(len(blocks), func(i int) (view.Kind, string, *html.Node) {
		return view.Kind(blocks[i].Kind), blocks[i].Text, blocks[i].node
	}, isUnshown)
	for i := range blocks {
		if blocks[i].node != nil {
			m := &marks[i]
			blocks[i].markup, blocks[i].node = m, nil
			blocks[i].Depth, blocks[i].Number, blocks[i].Language = m.Depth, m.Number, m.Lang
		}
	}
}

// isUnshown reports whether n is an element whose content is never text of the page: a
// script, a form control, a hidden element (see block.SkipTags and block.IsHidden).
func isUnshown(n *html.Node) bool { return block.SkipTags.Has(n.DataAtom) || block.IsHidden(n) }
