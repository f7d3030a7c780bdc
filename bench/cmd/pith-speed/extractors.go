package main

import (
	"bytes"
	"net/url"
	"strings"

	readeck "codeberg.org/readeck/go-readability/v2"
	shiori "github.com/go-shiori/go-readability"
	distiller "github.com/markusmobius/go-domdistiller"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/pithdev/pith/extractor"
)

// contender is one extractor in the comparison: a function from the page's undecoded bytes and
// URL to its main text. Every contender gets the same inputs and does all its own work (charset
// detection, parsing, extraction, turning its result into text) inside extract.
type contender struct {
	// name is the row label.
	name string
	// module is the Go module the contender comes from, whose version the report prints.
	module string
	// floor marks the parse floor, which predicts no text and is not scored.
	floor bool
	// extract returns the page's main text.
	extract func(page []byte, pageURL *url.URL) (string, error)
}

// contenders are all the extractors the command knows, the parse floor first and pith second:
// the report's ratios are to the floor, and the bars compare pith with the others.
var contenders = []contender{
	{name: "parse floor (x/net/html.Parse)", module: "golang.org/x/net", floor: true, extract: parseFloor},
	{name: "pith", module: "github.com/pithdev/pith", extract: pith},
	{name: "go-trafilatura", module: "github.com/markusmobius/go-trafilatura", extract: trafilaturaDefault},
	{name: "go-trafilatura (fallback)", module: "github.com/markusmobius/go-trafilatura", extract: trafilaturaFallback},
	{name: "readeck go-readability/v2", module: "codeberg.org/readeck/go-readability/v2", extract: readeckReadability},
	{name: "go-shiori go-readability", module: "github.com/go-shiori/go-readability", extract: shioriReadability},
	{name: "go-domdistiller", module: "github.com/markusmobius/go-domdistiller", extract: domDistiller},
}

// Short names accepted by -only, in the order of contenders.
var shortNames = []string{"floor", "pith", "trafilatura", "trafilatura-fallback", "readeck", "shiori", "domdistiller"}

// parseFloor parses the raw bytes with html.Parse and does nothing else: the least any
// extractor built on x/net/html can cost.
func parseFloor(page []byte, _ *url.URL) (string, error) {
	_, err := html.Parse(bytes.NewReader(page))
	return "", err
}

// pith extracts with default options and predicts the body text without the title, as
// internal/benchmark.Pith does (the ground truth's articleBody has no headline).
func pith(page []byte, pageURL *url.URL) (string, error) {
	res, err := extractor.Extract(page, extractor.Source{URL: pageURL.String()})
	if err != nil {
		return "", err
	}
	return res.BodyText(), nil
}

// trafilaturaDefault runs go-trafilatura with default options (plus the page URL) and predicts
// its content text, comments excluded.
func trafilaturaDefault(page []byte, pageURL *url.URL) (string, error) {
	return runTrafilatura(page, trafilatura.Options{OriginalURL: pageURL})
}

// trafilaturaFallback is trafilaturaDefault with EnableFallback, which also runs its bundled
// readability and dom-distiller ports and picks among the candidates.
func trafilaturaFallback(page []byte, pageURL *url.URL) (string, error) {
	return runTrafilatura(page, trafilatura.Options{OriginalURL: pageURL, EnableFallback: true})
}

func runTrafilatura(page []byte, opts trafilatura.Options) (string, error) {
	res, err := trafilatura.Extract(bytes.NewReader(page), opts)
	if err != nil {
		return "", err
	}
	return res.ContentText, nil
}

// readeckReadability runs readeck's go-readability v2 with its default parser and renders the
// article's text with its own RenderText.
func readeckReadability(page []byte, pageURL *url.URL) (string, error) {
	art, err := readeck.FromReader(bytes.NewReader(page), pageURL)
	if err != nil {
		return "", err
	}
	if art.Node == nil {
		return "", nil
	}
	var sb strings.Builder
	err = art.RenderText(&sb)
	return sb.String(), err
}

// shioriReadability runs go-shiori's go-readability with its default parser and predicts the
// article's TextContent.
func shioriReadability(page []byte, pageURL *url.URL) (string, error) {
	art, err := shiori.FromReader(bytes.NewReader(page), pageURL)
	if err != nil {
		return "", err
	}
	return art.TextContent, nil
}

// domDistiller runs go-domdistiller with default options (pagination detection on) and predicts
// its text.
func domDistiller(page []byte, pageURL *url.URL) (string, error) {
	res, err := distiller.ApplyForReader(bytes.NewReader(page), &distiller.Options{OriginalURL: pageURL})
	if err != nil {
		return "", err
	}
	return res.Text, nil
}
