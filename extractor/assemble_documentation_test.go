package extractor

import (
	"testing"

	"github.com/pithdev/pith/extractor/internal/assemble"
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
	"github.com/stretchr/testify/assert"
)

func TestAssembleDocumentation(t *testing.T) {
	pages := []kindPage{{
		name: "body-code-links-no-widgets", file: "documentation-page.html", kind: PageDocumentation, assembled: PageDocumentation,
		must: []string{
			"Quillmark retries a failed delivery", "attempts: 5", // the body with its code
			"See also", "Dead-letter queues", "Writing idempotent consumers", // a list of links in the body
			"read the guide to idempotent consumers first.",
		},
		mustNot: []string{
			"Getting started",                                                                     // the sidebar tree
			"On this page",                                                                        // the table of contents
			"Was this page helpful?", "Edit this page", "Previous: Installation", "Next: Logging", // widgets, pager
			"Quillmark contributors",
		},
	}, {
		// Read as an article, the page keeps its table of contents' title and the feedback
		// line, and loses the body's list of links: the documentation assembly is what
		// changes them.
		name: "article-path", file: "documentation-page.html", kind: PageArticle,
		must:    []string{"On this page", "Was this page helpful?"},
		mustNot: []string{"Writing idempotent consumers"},
	}}
	testKindPages(t, pages)
}

func TestIsDocWidgetLine(t *testing.T) {
	for _, tc := range []struct {
		text  string
		links int
		want  bool
	}{
		{"Was this page helpful?", 0, true},
		{"War diese Seite hilfreich?", 0, true},
		{"Edit this page on GitHub", 14, true},
		{"Next: Logging", 13, true},
		{"Next, add the second location block:", 0, false}, // a sentence of the body
		{"Previous versions kept the queue in memory.", 0, false},
	} {
		b := &block.Block{Kind: view.Paragraph, Text: tc.text, Chars: len([]rune(tc.text)), LinkChars: tc.links}
		assert.Equal(t, tc.want, assemble.IsDocWidgetLine(b), "isDocWidgetLine(%q)", tc.text)
	}
}
