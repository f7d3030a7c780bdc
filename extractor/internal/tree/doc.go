// Package tree turns a page's UTF-8 text into the tree the extractor reads, within limits:
// [Parse] runs the guard pass of internal/guard when a byte scan says the page needs it,
// feeds html.Parse the text with script and style bodies left out (guard.ElideParts, read in pieces, checked with
// guard.CountElided), retries with tighter nesting limits when the parser still fails, caps
// the tree's elements, parses the markup each <noscript> holds as text apart
// ([ReadNoscript]), and closes a <title> that was never closed ([ReparseRunawayTitle]).
// [FrameSources] names the frames of a frameset page.
//
// What it may do: parse, and build new trees from the page's text. What it may not do:
// change a tree it was given (ExtractNode's callers keep theirs), read what a page says, or
// decide anything about content. Its errors are the extractor's: [ErrTooManyNodes] is
// extractor.ErrTooManyNodes, and a [ParseError] becomes extractor.ParseError. It imports
// nothing of pith but internal/guard and internal/decode (for decode.ErrNotHTML).
package tree
