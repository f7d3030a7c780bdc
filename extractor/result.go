package extractor

import "strings"

// Kind says what a kept [Block] is.
type Kind uint8

// The kinds of block a [Result] holds.
const (
	// KindParagraph is running body text.
	KindParagraph Kind = iota
	// KindHeading is a subheading inside the body; [Block.Level] gives its level.
	KindHeading
	// KindListItem is one item of a bulleted or numbered list.
	KindListItem
	// KindQuote is a block quotation.
	KindQuote
	// KindTable is a table, rendered as text one row per line, cells separated by tabs.
	KindTable
	// KindCode is preformatted text or code; its whitespace is kept.
	KindCode
	// KindNote is a correction, update, clarification or editor's note that belongs to the article.
	KindNote
)

// Block is one unit of kept content, in document order.
type Block struct {
	// Kind says what the block is.
	Kind Kind `json:"kind"`
	// Text is the block's text with whitespace collapsed (kept as is for KindCode).
	Text string `json:"text"`
	// Level is the heading level, 1 to 6, for KindHeading; 0 otherwise.
	Level int `json:"level,omitempty"`
	// Ordered is true for a list item of a numbered list.
	Ordered bool `json:"ordered,omitempty"`
}

// Result is what [Extractor.Extract] returns for one page.
type Result struct {
	// Title is the article's headline.
	Title string `json:"title"`
	// URL is the page URL, as given in [Source] (after redirects, when known).
	URL string `json:"url,omitempty"`
	// Blocks is the main content, in document order. The title is not repeated here.
	Blocks []Block `json:"blocks"`
}

// BodyText returns the main content as plain text, one block per paragraph, blank lines between, without the title.
func (r *Result) BodyText() string {
	var sb strings.Builder
	for i, b := range r.Blocks {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(b.Text)
	}
	return sb.String()
}

// Text returns the title followed by the main content as plain text, blocks separated by blank lines.
func (r *Result) Text() string {
	body := r.BodyText()
	switch {
	case r.Title == "":
		return body
	case body == "":
		return r.Title
	}
	return r.Title + "\n\n" + body
}
