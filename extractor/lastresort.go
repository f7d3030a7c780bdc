package extractor

import (
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/meta"
)

// BodySourceJSONLD is [Result.BodySource] when the body is the page's JSON-LD articleBody:
// the page showed no prose, but its structured data held the article.
const BodySourceJSONLD = "json-ld"

// jsonLDBody returns the paragraphs of the page's JSON-LD articleBody, one per line of it,
// or nil. It is the last resort before ErrNoContent, for a page whose visible body is empty
// (rendered by scripts) but whose structured data holds the article.
func jsonLDBody(facts *meta.Facts, pageURL, title string) []string {
	body := facts.ArticleBody(pageURL, title)
	if body == "" {
		return nil
	}
	var paras []string
	for line := range strings.Lines(body) {
		if p := dom.Collapse(line); p != "" {
			paras = append(paras, p)
		}
	}
	return paras
}
