// Package assemble holds the assemblies of the page kinds other than articles: a forum
// thread's posts ([Forum]), a listing's and a collection's items ([Listing], [Collection]),
// a service page's sections ([Service]), a product's description, specifications and JSON-LD
// description ([Product]) and a documentation page's body without its widgets
// ([Documentation]). Each reads an [Input] (the page's blocks and what the article path
// decided about them) and returns the blocks kept, or declines the page (ok false), and then
// the article path's result stands. The main region of a page of many sections and the rules
// for its blocks are in region.go.
//
// What it may do: decide, block by block, what a page of its kind keeps, and mark blocks
// kept or dropped with a reason. What it may not do: classify the page (internal/pagekind and
// extractor's pagekind.go), choose the article path's container, read metadata other than
// through Input.Facts, or write output. It imports internal/block, internal/dom,
// internal/meta (read only) and internal/view (the block kinds).
package assemble
