// Package render writes the output formats of the extractor from views (package view): plain
// text, Markdown, clean HTML and JSON of a result, and the explain report as JSON and HTML.
// One file per format; what the formats share is in page.go (the walk over a page's blocks,
// the comments' byline) and spans.go (the one pass over a block's inline spans, where URLs
// are resolved and checked and empty links are dropped, for Markdown and HTML alike).
//
// What it may do: write to an io.Writer, and resolve the views' URLs against a base through
// internal/urls. What it may not do: import package extractor (the extractor imports this
// package), read the parsed tree, or decide what is content: it writes every block and
// comment it is given, in order. It keeps no state between calls.
package render
