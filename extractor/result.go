package extractor

import (
	"time"

	"github.com/pithdev/pith/extractor/internal/dates"
	"github.com/pithdev/pith/extractor/internal/decode"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html"
)

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
	// KindCaption is the caption of a figure in the body (its <figcaption>): text output
	// keeps it as a paragraph, Markdown shows it in italics and HTML as a <figcaption>, each
	// with the figure's images when [RenderOptions.Images] is set.
	KindCaption
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
	// Depth is a list item's nesting: 0 for an item of a list in no other list, 1 for an
	// item of a list inside an item of that one, and so on (up to 16).
	Depth int `json:"depth,omitempty"`
	// Number is the number the page shows for an item of a numbered list (its start,
	// reversed and <li value> honoured); 0 otherwise.
	Number int `json:"number,omitempty"`
	// Language is a code block's language, from its class (language-*, lang-*,
	// highlight-*) or data-lang; "" when the page does not say.
	Language string `json:"language,omitempty"`

	// node is the DOM element that owns the block's text, set while the Result is built
	// and dropped once its markup is read (see captureMarkup): a Result does not keep the
	// page's tree alive.
	node *html.Node
	// markup is what the Markdown and HTML renderers read beyond Text: emphasis, links and
	// images, the list or quote a block belongs to. It is nil for a Block made outside the
	// extractor, and then the renderers use Text alone.
	markup *view.Markup
}

// Comment is one reader comment of the page's comment section. Comments are read only with
// [Options.KeepComments], and kept apart from the body: they are never in [Result.Blocks].
type Comment struct {
	// Author is the commenter's name as the page shows it, or "" when the page gives none.
	Author string `json:"author,omitempty" parquet:"author,optional"`
	// Date is when the comment was posted, in ISO 8601 as [Metadata.Published] is, or "".
	Date string `json:"date,omitempty" parquet:"date,optional"`
	// Text is the comment's text: paragraphs separated by blank lines, whitespace collapsed.
	Text string `json:"text" parquet:"text"`
	// Depth is 0 for a comment on the article, 1 for a reply to a comment, and so on.
	Depth int `json:"depth,omitempty" parquet:"depth"`
}

// Result is what [Extractor.Extract] returns for one page.
type Result struct {
	// Title is the article's headline.
	Title string `json:"title"`
	// URL is the page URL, as given in [Source] (after redirects, when known).
	URL string `json:"url,omitempty"`
	// Metadata is what the page says about itself: byline, dates, site, language and more.
	Metadata Metadata `json:"metadata"`
	// Blocks is the main content, in document order. The title is not repeated here.
	Blocks []Block `json:"blocks"`
	// Comments are the page's reader comments, in page order, read only with
	// [Options.KeepComments]; they are never part of Blocks.
	Comments []Comment `json:"comments,omitempty"`
	// BodySource says where Blocks come from when not from the page's visible text:
	// [BodySourceJSONLD] when the page showed no prose and its JSON-LD articleBody was taken
	// (as plain paragraphs); empty otherwise.
	BodySource string `json:"body_source,omitempty"`
	// PageType is pith's judgement of the page's kind (article, forum, product, collection,
	// listing, documentation, service), or [Options.PageType] when that is set. It is set
	// also when the Result comes back with [ErrNoContent].
	PageType PageType `json:"page_type,omitempty"`
	// Confidence is pith's estimate, in [0, 1], of how good Blocks are: the word-level F1
	// (WCXB's metric) of the body text against a careful person's reading of the page,
	// predicted from what the extractor saw and decided (the page's kind, the container's
	// share of the page's prose, what the second opinion changed, link density and repeats
	// in the kept text, the JSON-LD articleBody, ...). A crawl can drop, re-extract or review
	// the pages under a threshold of its choice. It is set also when the Result comes back
	// with [ErrNoContent]: then it estimates how good an empty answer is, near 0 unless the
	// page has almost no text.
	Confidence float64 `json:"confidence"`
	// Encoding is the WHATWG name of the encoding the page's bytes were read in ("utf-8",
	// "windows-1251", "shift_jis"), and EncodingSource what decided it: [EncodingSourceBOM],
	// [EncodingSourceHTTP], [EncodingSourceMeta], [EncodingSourceDetected] (pith read it from
	// the bytes) or [EncodingSourceDefault]. Both are pith's judgement, like BodySource. Both
	// are empty from [Extractor.ExtractNode], whose tree the caller has already decoded.
	Encoding       string `json:"encoding,omitempty"`
	EncodingSource string `json:"encoding_source,omitempty"`

	// linkBase is the absolute URL that relative links resolve against: <base href> resolved
	// against the page URL, the page URL, or the canonical URL. Not part of the JSON output.
	linkBase string
}

// Metadata describes a page: each field is read from the best source the page has, with
// fallbacks (see [Extractor.Extract] and the README's metadata section). A field the page
// does not state is left empty; nothing is guessed beyond what is documented per field.
// The parquet tags name the metadata columns of pith batch's Parquet output.
type Metadata struct {
	// Authors are the article's authors, in the page's order, as names ("Jane Doe"), from
	// JSON-LD, meta tags (author, article:author, Dublin Core), microdata, rel=author links
	// or, last, a visible byline.
	Authors []string `json:"authors,omitempty" parquet:"authors,list,optional"`
	// Published is the publication date in ISO 8601 at the precision the page gives:
	// "2023-03-03", or RFC 3339 "2023-03-03T14:05:00+01:00" when the time and its offset are
	// known, or "2023-03-03T14:05:00" for a time without an offset. It comes from JSON-LD,
	// article:published_time and other meta tags, microdata, <time> elements, a date in the
	// URL path (/2023/03/03/) or, last, a visible date line ("Published March 3, 2023"), a
	// relative date read against [Source.Fetched] ("3 days ago"), or the date of a shown
	// "Last updated" line when the page shows no other. When the page's sources give
	// several days, a small learned model may take another of them than that order gives
	// (the later revision that the page shows under its headline, say; see package meta's
	// date model). [Metadata.PublishedTime] parses it.
	Published string `json:"published,omitempty" parquet:"published,optional"`
	// Modified is the date of the last update, in the same form as Published.
	Modified string `json:"modified,omitempty" parquet:"modified,optional"`
	// SiteName is the name of the site or publication ("The Kyiv Independent").
	SiteName string `json:"site_name,omitempty" parquet:"site_name,optional"`
	// Language is a BCP 47 tag ("en", "de-DE") from <html lang>, Content-Language,
	// og:locale, Dublin Core or JSON-LD inLanguage, used only when it agrees with the script
	// of the text. Without such markup it is "und-" and the ISO 15924 code of the text's
	// dominant script ("und-Cyrl", "und-Latn"): the script is known, the language is not.
	// It is empty when the text is too short to tell.
	Language string `json:"language,omitempty" parquet:"language,dict,optional"`
	// CanonicalURL is the page's canonical address (<link rel=canonical>, og:url or the
	// JSON-LD url), made absolute.
	CanonicalURL string `json:"canonical_url,omitempty" parquet:"canonical_url,optional"`
	// Description is the page's summary (meta description, og:description, JSON-LD).
	Description string `json:"description,omitempty" parquet:"description,optional"`
	// Image is the absolute URL of the article's main image (og:image, twitter:image, JSON-LD image).
	Image string `json:"image,omitempty" parquet:"image,optional"`
	// Tags are the article's keywords or tags (JSON-LD keywords, article:tag, rel=tag links, meta keywords).
	Tags []string `json:"tags,omitempty" parquet:"tags,list,optional"`
	// Categories are the article's sections or categories (JSON-LD articleSection,
	// article:section, WordPress rel="category tag" links).
	Categories []string `json:"categories,omitempty" parquet:"categories,list,optional"`
	// Notes are the texts of the correction, update and editor's notes found in the
	// article, in page order; they are also kept in [Result.Blocks] as [KindNote] blocks.
	Notes []string `json:"notes,omitempty" parquet:"notes,list,optional"`
}

// PublishedTime parses [Metadata.Published]. A date without a time is midnight UTC; a
// time without an offset is taken as UTC. ok is false when the date is empty.
func (m Metadata) PublishedTime() (t time.Time, ok bool) { return dates.ParseISO(m.Published) }

// ModifiedTime parses [Metadata.Modified] like [Metadata.PublishedTime].
func (m Metadata) ModifiedTime() (t time.Time, ok bool) { return dates.ParseISO(m.Modified) }

// The values of [Result.EncodingSource]: what decided the encoding a page was read in.
const (
	// EncodingSourceBOM: the page starts with a UTF-8 or UTF-16 byte order mark.
	EncodingSourceBOM = decode.SourceBOM
	// EncodingSourceHTTP: the charset of the Content-Type header ([Source.ContentType]).
	EncodingSourceHTTP = decode.SourceHTTP
	// EncodingSourceMeta: a <meta charset> or <meta http-equiv=Content-Type> of the page.
	EncodingSourceMeta = decode.SourceMeta
	// EncodingSourceDetected: pith read it from the bytes, when nothing declared an encoding
	// or the bytes contradict the declaration (valid UTF-8 declared as something else, a
	// legacy encoding declared as UTF-8 or windows-1252).
	EncodingSourceDetected = decode.SourceDetected
	// EncodingSourceDefault: nothing declared an encoding and the page is all ASCII, read as
	// UTF-8 (every ASCII-compatible encoding reads it alike).
	EncodingSourceDefault = decode.SourceDefault
)
