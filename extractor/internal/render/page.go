package render

import "github.com/pithdev/pith/extractor/internal/view"

// pageWriter is a format that writes a page block by block (Markdown, HTML): writePage walks
// the page and calls it per block or run of blocks.
type pageWriter interface {
	title(s string)
	mainImage(src, alt string)
	// list and quote write the run of list items or quotes that starts at blocks[i], and
	// return the index after it.
	list(blocks []view.Block, i int) int
	quote(blocks []view.Block, i int) int
	heading(b *view.Block, level int)
	table(b *view.Block)
	code(b *view.Block)
	note(b *view.Block)
	caption(b *view.Block)
	paragraph(b *view.Block)
	comments(cs []view.Comment)
	// failed returns the first error of the output, after which nothing is written.
	failed() error
}

// writePage writes the title, the page's main image (with o.Images), the blocks in order and
// the comments, and returns the first error of the output.
func writePage(w pageWriter, p *view.Page, o *Options) error {
	if p.Title != "" {
		w.title(p.Title)
	}
	if p.Image != "" {
		if src := o.src(p.Image); src != "" {
			w.mainImage(src, p.Title)
		}
	}
	for i := 0; i < len(p.Blocks); i++ {
		b := &p.Blocks[i]
		switch b.Kind {
		case view.ListItem:
			i = w.list(p.Blocks, i) - 1
		case view.Quote:
			i = w.quote(p.Blocks, i) - 1
		case view.Heading:
			w.heading(b, min(max(b.Level, 1), 6))
		case view.Table:
			w.table(b)
		case view.Code:
			w.code(b)
		case view.Note:
			w.note(b)
		case view.Caption:
			w.caption(b)
		default:
			w.paragraph(b)
		}
		if err := w.failed(); err != nil {
			return err
		}
	}
	w.comments(p.Comments)
	return w.failed()
}

// commentsHeading is the line that opens the comments after the body in every format.
const commentsHeading = "Comments"

// maxCommentQuoteDepth caps the blockquote nesting of replies in Markdown and HTML: deeper
// replies are shown at this depth.
const maxCommentQuoteDepth = 4
