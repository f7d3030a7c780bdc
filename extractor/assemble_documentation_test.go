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
		// Read as an article, the page keeps its table of contents' title and loses the
		// body's list of links: the documentation assembly is what changes them. The
		// feedback line at the end goes on every kind (rules_endbox.go).
		name: "article-path", file: "documentation-page.html", kind: PageArticle,
		must:    []string{"On this page"},
		mustNot: []string{"Writing idempotent consumers", "Was this page helpful?"},
	}, {
		// Every tab of a tab group in the body is the manual's text, the hidden ones too,
		// each with the step that the tabs share; a hidden dialog outside the body is not.
		name: "hidden-tab-panels", file: "documentation-tabs.html", kind: PageDocumentation, assembled: PageDocumentation,
		must: []string{
			"Download the archive for your processor",                                      // the tab shown
			"Install the tools with the Homebrew formula", "brew install quillmark/tap/qm", // the hidden tabs
			"Install the tools with winget", "winget install Quillmark.Qm",
			"On every system the version command",
		},
		mustNot: []string{"Search the documentation, browse the tutorials", "Was this page helpful?", "Getting started"},
	}, {
		// Read as an article, the hidden tabs stay out: only a manual's assembly takes them.
		name: "hidden-tab-panels-article", file: "documentation-tabs.html", kind: PageArticle,
		must:    []string{"Download the archive for your processor"},
		mustNot: []string{"brew install quillmark/tap/qm", "winget install Quillmark.Qm"},
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
