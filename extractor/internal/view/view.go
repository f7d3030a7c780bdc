package view

import "strconv"

// Kind says what a kept block is. Its values are those of extractor.Kind, in the same order.
type Kind uint8

// The kinds of block; see extractor.Kind for what each holds.
const (
	Paragraph Kind = iota
	Heading
	ListItem
	Quote
	Table
	Code
	Note
	Caption
)

// kindNames are the names of the kinds, as [Kind.String] and the JSON output spell them.
var kindNames = [...]string{
	Paragraph: "paragraph",
	Heading:   "heading",
	ListItem:  "list-item",
	Quote:     "quote",
	Table:     "table",
	Code:      "code",
	Note:      "note",
	Caption:   "caption",
}

// String returns the kind's name: "paragraph", "heading", "list-item", "quote", "table",
// "code", "note" or "caption"; an unknown kind is "kind-N".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind-" + strconv.Itoa(int(k))
}

// MarshalText implements encoding.TextMarshaler: a kind is its name in JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// KindNamed returns the kind whose name is s, and false when no kind has that name.
func KindNamed(s string) (Kind, bool) {
	for i, n := range kindNames {
		if n == s {
			return Kind(i), true
		}
	}
	return 0, false
}

// Block is one kept block as the renderers see it: the fields of extractor.Block, and the
// markup read from the page when the extractor made the block.
type Block struct {
	// Kind, Text, Level and Ordered are those of extractor.Block.
	Kind    Kind
	Text    string
	Level   int
	Ordered bool
	// Markup is what the page's markup adds to Text; nil for a block made outside the
	// extractor, which is then rendered from its text alone.
	*Markup
}

// Markup is what the renderers need of a block beyond its text, read once from its element.
type Markup struct {
	// Spans are the block's inline content; nil when they could not be read, and then the
	// block's Text is its one span.
	Spans []Span
	// List is the 1-based id of the <ul>, <ol>, <menu> or <dl> that holds a list item, the
	// same for the items of one list; 0 for none.
	List int
	// Item is the 1-based id of the <li>, <dt> or <dd> that holds a list item, the same for
	// the blocks of one item (its text before and after a nested list); 0 for none.
	Item int
	// Depth is how many lists hold a list item's list: 0 for a list in no other, 1 for a list
	// inside an item of that one, and so on, up to 16.
	Depth int
	// Number is the number a browser shows for an item of an <ol> (start, reversed and
	// <li value> honoured); 0 for other blocks.
	Number int
	// Def says whether a list item is a <dl>'s term or definition.
	Def DefPart
	// Quote is the 1-based id of the <blockquote> that holds a quote, as List; 0 for none.
	Quote int
	// Header is true for a table whose first row holds <th> cells.
	Header bool
	// Cells are a table's cells that span more than one row or column (none for most
	// tables); the cells they cover are empty in the block's text.
	Cells []CellSpan
	// Lang is a code block's language, from a "language-*" or "lang-*" class.
	Lang string
	// Images are the images of a caption's figure, on the first block of its caption.
	Images []Image
}

// SpanKind is the kind of an inline [Span].
type SpanKind uint8

// The kinds of span.
const (
	// TextSpan is running text.
	TextSpan SpanKind = iota
	// EmSpan is emphasis (<em>, <i>, <cite>, <dfn>, <var>) around Kids.
	EmSpan
	// StrongSpan is strong emphasis (<strong>, <b>) around Kids.
	StrongSpan
	// CodeSpan is inline code (<code>, <kbd>, <samp>, <tt>).
	CodeSpan
	// LinkSpan is a hyperlink around Kids.
	LinkSpan
	// ImageSpan is an inline image.
	ImageSpan
	// MathSpan is a formula: Text is its TeX between "$" or "$$" (see Formula), Math its
	// MathML.
	MathSpan
)

// Span is one piece of a block's inline content. The Markdown and HTML renderers write the
// same spans.
type Span struct {
	Kind SpanKind
	// Text is the text of TextSpan, CodeSpan and MathSpan, whitespace collapsed, and an
	// ImageSpan's alt text.
	Text string
	// URL is a LinkSpan's href or an ImageSpan's source, as the page has it: the renderers resolve
	// and check it.
	URL string
	// Kids are the spans inside EmSpan, StrongSpan and LinkSpan.
	Kids []Span
	// Math is a MathSpan's MathML; nil when the page shows the formula as an image only.
	Math *MathNode
}

// Image is one image of a figure, as the renderers show it above the caption.
type Image struct {
	// Src is the picture's URL as the page has it: resolved and checked when rendered.
	Src string
	// Alt is the image's alt text, whitespace collapsed.
	Alt string
}

// Spans returns the block's inline spans: its markup's, or its text as one span.
func (b *Block) Spans() []Span {
	if b.Markup != nil && b.Markup.Spans != nil {
		return b.Markup.Spans
	}
	return []Span{{Kind: TextSpan, Text: b.Text}}
}

// Marks returns the block's markup, or an empty one for a block made outside the extractor.
func (b *Block) Marks() *Markup {
	if b.Markup != nil {
		return b.Markup
	}
	return &Markup{}
}

// Comment is one reader comment, with the JSON keys of extractor.Comment.
type Comment struct {
	Author string `json:"author,omitempty"`
	Date   string `json:"date,omitempty"`
	Text   string `json:"text"`
	Depth  int    `json:"depth,omitempty"`
}

// Page is what the text, Markdown and HTML renderers write: the title, the page's main
// image, the kept blocks and the comments.
type Page struct {
	// Title is the headline, written first.
	Title string
	// Image is the URL of the page's main image (extractor.Metadata.Image), as the page has it.
	Image string
	// Blocks are the kept blocks, in document order, less those the options leave out.
	Blocks []Block
	// Comments are the reader comments, written after the body.
	Comments []Comment
}

// Field is one line of the metadata header that the Markdown and text output can start with.
type Field struct {
	// Key is the field's YAML key ("title", "site_name"); Label its name in text ("Site name").
	Key, Label string
	// Values are the field's values, none when the page has none; List says it is a list
	// (authors), written as one even with one value.
	Values []string
	List   bool
}
