// Package extractor returns the main content of an HTML page: the article body with its
// headline and any correction, update or editor's note that belongs to it, without the
// page's chrome (navigation, cookie and subscribe boxes, news feeds, related-story teasers,
// share bars, comments, footers).
//
// # Pipeline
//
// Each stage lives in its own file, or package, and hands typed data to the next:
//
//	decode    bytes and Content-Type -> UTF-8 (package internal/decode: BOM, charset
//	          parameter, <meta charset>, and for undeclared legacy pages detection from
//	          letter evidence)
//	parse     UTF-8 -> *html.Node (package internal/tree: golang.org/x/net/html with
//	          scripting on, <noscript> markup parsed apart; after the token pass of
//	          internal/guard when a byte scan predicts a tree too deep or too large)
//	segment   one walk of the tree -> blocks of text with features (length, link text,
//	          class/id and tag signals of their ancestors) (package internal/block)
//	kind      the page's kind (pagekind.go, internal/pagekind): article, forum, product,
//	          collection, listing, documentation or service, unless Options.PageType sets it
//	title     the headline and its element
//	score     paragraphs vote for their ancestors (internal/block); the best container is
//	          widened while it holds too little of the page's prose
//	assemble  block by block around the container: drop chrome, link lists, repeated text,
//	          teaser articles; keep correction and update notes wherever they are, and with
//	          Options.KeepCaptions the captions of the body's figures (figure.go)
//	opinion   a second opinion on every block from its own text and its neighbours;
//	          the arbiter (arbiter.go) weighs it against the container's result and
//	          Options.Favor
//	kinds     the kind's own assembly (kinds.go, package internal/assemble) on top of what the
//	          article path kept; boxes that ask for money or hold a bio at the end go
//	          (rules_endbox.go)
//	last resort  when nothing is kept, the page's JSON-LD articleBody, else its best run of
//	          prose (lastresort.go)
//	comments  with Options.KeepComments, the comment section apart from the body
//	          (internal/block's comments.go)
//	finish    metadata (internal/meta, with internal/dates), and the markup the renderers
//	          need read into views (internal/view)
//	confidence  the estimate of the result's word F1 (confidence.go, internal/confidence)
//	render    text, Markdown, clean HTML, JSON (internal/render, from the views): Write*
//	          methods on an io.Writer, and the same as strings; the explain report too
//
// Tuned numbers are in thresholds.go (and the thresholds.go of internal/block and
// internal/assemble), words of page text in internal/block's words.go (one table per kind,
// keyed by language). ARCHITECTURE.md at the repository root has the package map.
//
// The parsed tree is only read, never modified, so [Extractor.ExtractNode] can be given a
// tree the caller keeps using.
//
// # Input contract
//
// Extract takes the raw bytes of a page as served, in any encoding; [Source] passes what
// the transport knew (URL, Content-Type). Empty, binary or non-HTML input gives an error
// ([ErrEmpty], [ErrNotHTML]); a page with nothing worth keeping gives [ErrNoContent],
// together with a Result that holds the page's title and metadata and no blocks.
//
// # Concurrency
//
// An [Extractor] is immutable after [New] and safe for concurrent use; per-page state lives
// in values made per call. The package has no mutable global state.
package extractor
