// Package decode is pith's first stage: it turns a page's bytes into UTF-8 text. A byte order
// mark decides the encoding; then valid UTF-8 is read as UTF-8 whatever the page declares;
// other pages are read in their declared encoding (the Content-Type charset, else a <meta>
// charset), except that a page declared as UTF-8 or windows-1252, or not declared at all, is
// checked against its bytes and read as the legacy encoding its bytes show (detect.go, with
// the languages of languages.go). It rejects empty inputs and binary data (images, PDFs,
// archives) with [ErrEmpty] and [ErrNotHTML].
//
// It may import only the standard library and golang.org/x; package extractor wires it in
// and re-exports its errors and Source* values under its own names.
package decode
