package extractor

import (
	"strings"
	"unicode"
)

// assembleDocumentation assembles a documentation page: the article path's body, plus the
// links the body holds (a manual's lists of links and sentences that are mostly links are
// its text) when they sit inside the container between kept blocks; less the table of
// contents ("On this page"), the feedback and edit widgets and the links to the previous
// and next pages.
func assembleDocumentation(in kindInput) ([]*block, bool) {
	if in.top == nil || len(in.article) == 0 {
		return nil, false
	}
	first, last := in.article[0].index, in.article[len(in.article)-1].index
	for _, b := range in.blocks[first : last+1] {
		if b.keep || !contains(in.top, b.el) {
			continue
		}
		// A list of links in the body, or a sentence made mostly of links; a line of links
		// alone ("Also read: ...", "Try it now") is not.
		if b.reason != reasonLinkList && !(b.reason == reasonMostlyLinks && b.kind == KindParagraph && endsSentence(b.text)) {
			continue
		}
		b.keep, b.reason = true, "documentation: links in the body"
	}
	dropContents(in.blocks)
	for _, b := range in.blocks {
		if b.keep && isDocWidgetLine(b) {
			b.keep, b.reason = false, "documentation: feedback, edit or pager widget"
		}
	}
	return keptBlocks(in.blocks), true
}

// dropContents drops a documentation page's table of contents: a title that says so (see
// isDocBoxTitle) and the run of links after it. The text after such a title that is not
// links stays: the list was only on screen ("In this article", then the introduction).
func dropContents(blocks []*block) {
	const reason = "documentation: the page's table of contents"
	for i, b := range blocks {
		if !b.keep || !isDocBoxTitle(b) {
			continue
		}
		b.keep, b.reason = false, reason
		for _, o := range blocks[i+1:] {
			if o.kind == KindHeading || o.linkDensity() <= maxLinkDensity {
				break
			}
			o.keep, o.reason = false, reason
		}
	}
}

// isDocBoxTitle reports whether a block is the title of a documentation page's table of
// contents (see docBoxWords): its whole text, less punctuation, is one of the words.
func isDocBoxTitle(b *block) bool {
	if b.chars > maxWidgetLineChars || b.kind != KindHeading && b.kind != KindParagraph {
		return false
	}
	return docBoxTitles[strings.ToLower(strings.TrimFunc(b.text, isNotLetter))]
}

// isDocWidgetLine reports whether a short block is a documentation page's widget: feedback
// ("Was this page helpful?"), an edit link, or a link to the previous or next page.
func isDocWidgetLine(b *block) bool {
	if b.chars > maxWidgetLineChars || b.note || b.kind == KindCode || b.kind == KindTable {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(b.text))
	for _, w := range docWidgetOpen {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	if b.linkDensity() <= maxLinkDensity {
		return false
	}
	for _, w := range pagerOpen {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

func isNotLetter(r rune) bool { return !unicode.IsLetter(r) }
