package batch_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/batch"
)

// TestMarkdownRenderOptions checks that batch mode's Markdown takes the same render options
// as the single-page CLI: links only when asked, made absolute against the page URL.
func TestMarkdownRenderOptions(t *testing.T) {
	dir := t.TempDir()
	page := []byte(`<html><head><title>Harbour dredging vote delayed</title></head><body><article>
<h1>Harbour dredging vote delayed</h1>
<p>The council postponed the vote on dredging the inner harbour after a new estimate put the cost at twice the earlier figure, and asked the harbour commission for a smaller plan.</p>
<p>The full estimate is in the <a href="/docs/estimate.pdf">engineering report</a>, which the commission will discuss at its next meeting in April, together with a grant application.</p>
</article></body></html>`)
	path := filepath.Join(dir, "story.html")
	require.NoError(t, os.WriteFile(path, page, 0o644))
	list := filepath.Join(dir, "pages.jsonl")
	line := `{"url": "https://news.example/2024/harbour", "html": ` + jsonString(string(page)) + "}\n"
	require.NoError(t, os.WriteFile(list, []byte(line), 0o644))

	plain := runBatch(t, batch.Config{Markdown: true}, list)
	require.Len(t, plain.records, 1)
	assert.Contains(t, plain.records[0].Markdown, "engineering report", "text kept")
	assert.NotContains(t, plain.records[0].Markdown, "](", "no links by default")

	linked := runBatch(t, batch.Config{Markdown: true, Render: extractor.RenderOptions{Links: true}}, list)
	require.Len(t, linked.records, 1)
	assert.Contains(t, linked.records[0].Markdown, "[engineering report](https://news.example/docs/estimate.pdf)", "links made absolute against the record URL")

	headed := runBatch(t, batch.Config{Markdown: true, Render: extractor.RenderOptions{WithMetadata: true}}, list)
	require.Len(t, headed.records, 1)
	md := headed.records[0].Markdown
	assert.True(t, strings.HasPrefix(md, "---\ntitle: \"Harbour dredging vote delayed\"\n"), "front matter first:\n%s", md)
	assert.Contains(t, md, "url: \"https://news.example/2024/harbour\"\n", md)
	assert.Contains(t, md, "---\n\n# Harbour dredging vote delayed\n", "the Markdown after it")
	assert.False(t, strings.HasPrefix(plain.records[0].Markdown, "---"), "no front matter by default")
}

// jsonString quotes s as a JSON string.
func jsonString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}
