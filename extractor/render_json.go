package extractor

import (
	"io"

	"github.com/pithdev/pith/extractor/internal/render"
	"github.com/pithdev/pith/extractor/internal/view"
)

// JSON renders the whole result as one JSON object on one line, without a final newline.
// HTML characters are not escaped (no \u003c). The schema, all keys always present unless
// marked optional:
//
//	{
//	  "title":    string,              the headline
//	  "url":      string, optional,    the page URL given in Source
//	  "metadata": {                    see Metadata; every key optional, left out when unknown
//	    "authors":       [string],
//	    "published":     string,       ISO 8601: "2023-03-03" or RFC 3339 "2023-03-03T14:05:00+01:00"
//	    "modified":      string,       same form
//	    "site_name":     string,
//	    "language":      string,       BCP 47: "en", "de-DE", or "und-Cyrl" when only the script is known
//	    "canonical_url": string,       absolute
//	    "description":   string,
//	    "image":         string,       absolute http(s) URL
//	    "tags":          [string],
//	    "categories":    [string],
//	    "notes":         [string]      correction and update notes, also in blocks as kind "note"
//	  },
//	  "blocks": [                      the content in document order
//	    {
//	      "kind":    string,           "paragraph", "heading", "list-item", "quote", "table", "code",
//	                                   "note" or "caption" (a figure's caption)
//	      "text":    string,           tables: rows separated by "\n", cells by "\t"; code: whitespace kept
//	      "level":    number, optional, 1-6, headings only
//	      "ordered":  bool, optional,   true for an item of a numbered list
//	      "depth":    number, optional, list items: 1 for an item of a list nested in another's item, 2 deeper, ...
//	      "number":   number, optional, items of a numbered list: the number the page shows
//	      "language": string, optional  code: the language the page names ("go", "python")
//	    }
//	  ],
//	  "comments": [                    optional: with Options.KeepComments, when the page has comments
//	    {
//	      "author": string, optional,  the commenter's name
//	      "date":   string, optional,  ISO 8601, as metadata dates
//	      "text":   string,            paragraphs separated by "\n\n"
//	      "depth":  number, optional   1 for a reply to a comment, 2 for a reply to that, ...
//	    }
//	  ],
//	  "body_source": string, optional  "json-ld" when the blocks are the page's JSON-LD articleBody
//	  "page_type":   string, optional  the page's kind as pith judged it (or Options.PageType):
//	                                   "article", "forum", "product", "collection", "listing",
//	                                   "documentation" or "service"
//	  "confidence":  number,           0 to 1: pith's estimate of the word F1 of the body (see
//	                                   Result.Confidence)
//	  "encoding":    string, optional  the WHATWG name of the encoding the page was read in
//	  "encoding_source": string, optional  what decided it: "bom", "http", "meta", "detected"
//	                                   or "default"
//	}
//
// [RenderOptions.NoTables] leaves tables out; links and images are not part of the JSON.
// json.Unmarshal reads the output back into a Result.
func (r *Result) JSON(opts RenderOptions) ([]byte, error) {
	return render.JSON(r.document(opts))
}

// document is r as its JSON output holds it. A new top-level field of the JSON is filled
// here (and declared in view.Document, with its key).
func (r *Result) document(opts RenderOptions) *view.Document {
	return &view.Document{
		Title:      r.Title,
		URL:        r.URL,
		Metadata:   view.Metadata(r.Metadata),
		Blocks:     &r.filtered(opts).Blocks, // a pointer: boxing it in an interface does not allocate
		Comments:   commentViews(r.Comments),
		BodySource: r.BodySource,
		PageType:   string(r.PageType),
		Confidence: r.Confidence,
		Encoding:   r.Encoding,
		EncSource:  r.EncodingSource,
	}
}

// WriteJSON writes [Result.JSON] to w: the same bytes, without a final newline.
func (r *Result) WriteJSON(w io.Writer, opts RenderOptions) error {
	b, err := r.JSON(opts)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}
