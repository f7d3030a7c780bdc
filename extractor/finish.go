package extractor

import (
	"github.com/pithdev/pith/extractor/internal/meta"
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
	m := meta.Read(meta.Page{Doc: doc, URL: src.URL, Fetched: src.Fetched, Title: res.Title, Facts: facts, Text: func(yield func(string) bool) {
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
	}
	for _, b := range res.Blocks {
		if b.Kind == KindNote {
			md.Notes = append(md.Notes, b.Text)
		}
	}
	return md, m.Base
}

// captureMarkup reads the markup of every block from its node and drops the node. Spans
// are kept only when their text is exactly the block's text: that excludes a node split
// into several blocks by <br><br> (it owns more than one block) and text around a nested
// block.
func captureMarkup(blocks []Block) {
	shared := sharedNodes(blocks)
	var ids map[*html.Node]int
	id := func(n *html.Node) int {
		if n == nil {
			return 0
		}
		if ids == nil {
			ids = map[*html.Node]int{}
		}
		if _, ok := ids[n]; !ok {
			ids[n] = len(ids) + 1
		}
		return ids[n]
	}
	// One allocation for all the blocks' markup, and one for the spans of the blocks that are
	// one run of text, the most common kind.
	marks := make([]blockMarkup, len(blocks))
	var texts []inline
	var lastFigure *html.Node
	for i := range blocks {
		b := &blocks[i]
		if b.node == nil {
			continue
		}
		m := &marks[i]
		m.list, m.quote = id(listOf(b.node)), id(quoteOf(b.node))
		switch b.Kind {
		case KindTable:
			m.header = tableHasHeader(b.node)
		case KindCode:
			m.lang = codeLanguage(b.node)
		case KindCaption:
			// The figure's images go with the first block of its caption.
			if fig := captionFigure(b.node); fig != lastFigure {
				m.images, lastFigure = figureImages(fig), fig
			}
			fallthrough
		default:
			switch {
			case shared[b.node]:
			case b.Text != "" && isTextOnly(b.node):
				// What readInlines returns for one text node, without building it: the text
				// collapsed, one span when it is the block's text, else none.
				if collapsedEquals(b.node.FirstChild.Data, b.Text) {
					if texts == nil {
						texts = make([]inline, 0, len(blocks)-i)
					}
					texts = append(texts, inline{kind: inText, text: b.Text})
					m.spans = texts[len(texts)-1 : len(texts) : len(texts)]
				}
			default:
				m.spans = readInlines(b.node, b.Text)
			}
		}
		b.markup, b.node = m, nil
	}
}

// sharedNodes returns the nodes that own more than one of the blocks: such a node's inline
// content belongs to several blocks, so none of them is read from it.
func sharedNodes(blocks []Block) map[*html.Node]bool {
	seen := make(map[*html.Node]bool, len(blocks))
	shared := map[*html.Node]bool{}
	for _, b := range blocks {
		if b.node == nil {
			continue
		}
		if seen[b.node] {
			shared[b.node] = true
		}
		seen[b.node] = true
	}
	return shared
}
