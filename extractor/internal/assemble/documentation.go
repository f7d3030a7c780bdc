package assemble

import (
	"strings"
	"unicode"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
)

// Documentation assembles a documentation page: the article path's body, plus the
// links the body holds (a manual's lists of links and sentences that are mostly links are
// its text) when they sit inside the container between kept blocks; less the table of
// contents ("On this page"), the feedback and edit widgets and the links to the previous
// and next pages; with the panels of its tab groups that are hidden until a reader opens them
// (block.TakeBackTabs).
func Documentation(in Input) ([]*block.Block, bool) {
	if in.Top == nil || len(in.Article) == 0 {
		return nil, false
	}
	first, last := in.Article[0].Index, in.Article[len(in.Article)-1].Index
	for _, b := range in.Blocks[first : last+1] {
		if b.Keep || !block.Contains(in.Top, b.El) {
			continue
		}
		// A list of links in the body, or a sentence made mostly of links; a line of links
		// alone ("Also read: ...", "Try it now") is not.
		if b.Reason != block.ReasonLinkList && !(b.Reason == block.ReasonMostlyLinks && b.Kind == view.Paragraph && block.EndsSentence(b.Text)) {
			continue
		}
		b.Keep, b.Reason = true, "documentation: links in the body"
	}
	blocks := in.Blocks
	if block.TakeBackTabs(in.Hidden, in.Top) {
		blocks = block.WithHidden(in.Blocks, in.Hidden)
	}
	dropContents(blocks)
	for _, b := range blocks {
		if b.Keep && IsDocWidgetLine(b) {
			b.Keep, b.Reason = false, "documentation: feedback, edit or pager widget"
		}
	}
	return keptBlocks(blocks), true
}

// dropContents drops a documentation page's table of contents: a title that says so (see
// isDocBoxTitle) and the run of links after it. The text after such a title that is not
// links stays: the list was only on screen ("In this article", then the introduction).
func dropContents(blocks []*block.Block) {
	const reason = "documentation: the page's table of contents"
	for i, b := range blocks {
		if !b.Keep || !isDocBoxTitle(b) {
			continue
		}
		b.Keep, b.Reason = false, reason
		for _, o := range blocks[i+1:] {
			if o.Kind == view.Heading || o.LinkDensity() <= block.MaxLinkDensity {
				break
			}
			o.Keep, o.Reason = false, reason
		}
	}
}

// isDocBoxTitle reports whether a block is the title of a documentation page's table of
// contents (see docBoxWords): its whole text, less punctuation, is one of the words.
func isDocBoxTitle(b *block.Block) bool {
	if b.Chars > maxWidgetLineChars || b.Kind != view.Heading && b.Kind != view.Paragraph {
		return false
	}
	return block.DocBoxTitles[strings.ToLower(strings.TrimFunc(b.Text, isNotLetter))]
}

// IsDocWidgetLine reports whether a short block is a documentation page's widget: feedback
// ("Was this page helpful?"), an edit link, or a link to the previous or next page.
func IsDocWidgetLine(b *block.Block) bool {
	if b.Chars > maxWidgetLineChars || b.Note || b.Kind == view.Code || b.Kind == view.Table {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(b.Text))
	for _, w := range block.DocWidgetOpen {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	if b.LinkDensity() <= block.MaxLinkDensity {
		return false
	}
	for _, w := range block.PagerOpen {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

func isNotLetter(r rune) bool { return !unicode.IsLetter(r) }
