package cli

import (
	"bytes"
	"encoding/json"

	"github.com/pithdev/pith/extractor"
)

// jsonResult is the --format json output for one input: one object on one line.
type jsonResult struct {
	// Source names the input as given on the command line ("<stdin>" for standard input).
	Source string `json:"source"`
	// Title is the article's headline.
	Title string `json:"title"`
	// URL is the page URL: the final one after redirects for a fetched page, --url otherwise.
	URL string `json:"url"`
	// Metadata is the page's metadata (authors, dates, site, language, ...) as [extractor.Metadata]
	// documents it; left out when the page has none.
	Metadata extractor.Metadata `json:"metadata,omitzero"`
	// Blocks is the main content, in document order, as [extractor.Block] marshals them:
	// each kind by name, as [extractor.Kind.String] spells it; [] when there are none.
	Blocks []extractor.Block `json:"blocks"`
	// Comments are the page's comments, with --keep-comments, as [extractor.Comment] documents them.
	Comments []extractor.Comment `json:"comments,omitempty"`
	// Text is the whole content as plain text, title first, as text output prints it.
	Text string `json:"text"`
	// BodySource is "json-ld" when the page showed no prose and the body is its JSON-LD
	// articleBody ([extractor.Result.BodySource]); left out otherwise.
	BodySource string `json:"body_source,omitempty"`
	// PageType is the page's kind as pith judged it, or --page-type ([extractor.Result.PageType]).
	PageType extractor.PageType `json:"page_type,omitempty"`
	// Confidence is pith's estimate, 0 to 1, of the word F1 of the body ([extractor.Result.Confidence]).
	Confidence float64 `json:"confidence"`
	// Encoding and EncodingSource are the encoding the page was read in and what decided it
	// ([extractor.Result.Encoding]).
	Encoding       string `json:"encoding,omitempty"`
	EncodingSource string `json:"encoding_source,omitempty"`
}

// marshalJSON renders res as one line of JSON ending in a newline, HTML characters unescaped.
func marshalJSON(src string, res *extractor.Result) ([]byte, error) {
	out := jsonResult{
		Source:         src,
		Title:          res.Title,
		URL:            res.URL,
		Metadata:       res.Metadata,
		Blocks:         res.Blocks,
		Comments:       res.Comments,
		Text:           res.Text(),
		BodySource:     res.BodySource,
		PageType:       res.PageType,
		Confidence:     res.Confidence,
		Encoding:       res.Encoding,
		EncodingSource: res.EncodingSource,
	}
	if out.Blocks == nil {
		out.Blocks = []extractor.Block{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
