package extractor

import (
	"bytes"

	"golang.org/x/net/html"
)

// parse builds the DOM tree of UTF-8 page text.
func parse(text []byte) (*html.Node, error) {
	if bytes.IndexByte(text, '<') < 0 {
		return nil, ErrNotHTML
	}
	doc, err := html.ParseWithOptions(bytes.NewReader(text), html.ParseOptionEnableScripting(false))
	if err != nil {
		return nil, &ParseError{Err: err}
	}
	return doc, nil
}
