// Package view is what the output side of the extractor sees of a result: a kept block with
// the markup its renderers need (inline spans with links, images and emphasis, the list or
// quote it belongs to, a table's header row, a code block's language, a figure's images),
// the page's comments, the JSON document and the explain report. The extractor fills views
// once, when a page's blocks are chosen (read.go reads the markup from the parsed tree), and
// the renderers of package render read nothing else.
//
// What it may do: read a node of the parsed tree (capture.go, read.go, tags.go) to fill a
// view. What it may not do: keep a pointer into the tree (a view outlives the page's tree),
// decide what is content (that is the extractor's stages), resolve or check a URL (URLs are
// kept as the page has them; the renderers resolve them through urls.Safe), or write output.
// It imports nothing of pith but internal/dom.
package view
