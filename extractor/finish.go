package extractor

import "golang.org/x/net/html"

// finish completes a Result once its blocks are chosen: it reads the page's metadata and
// the markup the renderers need, after which the Result holds no pointer into the DOM.
func finish(res *Result, doc *html.Node, src Source) {
	res.Metadata = readMetadata(doc, src, res)
	captureMarkup(res.Blocks)
}
