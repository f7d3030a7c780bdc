package extractor

import (
	"github.com/pithdev/pith/extractor/internal/meta"
	"github.com/pithdev/pith/extractor/internal/pagekind"
	"golang.org/x/net/html"
)

// judgeKind names the page's kind (package pagekind): from what the page declares (JSON-LD
// types, microdata itemtypes, og:type), its URL, and one light walk of the tree. The verdict
// keeps the probabilities and the features that decided, for the explain report.
func judgeKind(doc *html.Node, pageURL string, facts *meta.Facts) pagekind.Verdict {
	return pagekind.Classify(pagekind.Page{Doc: doc, URL: pageURL, Types: facts.Types(), OGType: facts.OGType()})
}

// pageTypeOf maps a kind of package pagekind to its PageType.
func pageTypeOf(k pagekind.Kind) PageType {
	if t, err := ParsePageType(k.String()); err == nil && t != "" {
		return t
	}
	return PageArticle
}
