package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// richPage has a heading, a list, a table, links, emphasis and script, for the output formats.
var richPage = filepath.Join("testdata", "rich.html")

// TestFormatMarkdown checks --format markdown, without and with --links and --images.
func TestFormatMarkdown(t *testing.T) {
	got := run(t, "", "--format", "markdown", richPage)
	require.Equal(t, ExitOK, got.code, got.stderr)
	assert.True(t, strings.HasPrefix(got.stdout, "# Tide tables go digital\n\n"), "title as a level-1 heading:\n%s", got.stdout)
	for _, want := range []string{"*chalk board*", "## What the screen shows", "- High and low water", "| Tide | Time |\n| --- | --- |", "national tide service"} {
		assert.Contains(t, got.stdout, want)
	}
	assert.NotContains(t, got.stdout, "](", "no links or images unless asked")

	got = run(t, "", "--format=markdown", "--links", "--images", "--url", "https://gazette.example/news/tides", richPage)
	require.Equal(t, ExitOK, got.code, got.stderr)
	assert.Contains(t, got.stdout, "[national tide service](https://gazette.example/tides/data)", "a link resolved against --url")
	assert.Contains(t, got.stdout, "![Tide tables go digital](https://gazette.example/img/tide-board.jpg)", "the main image")
	assert.NotContains(t, got.stdout, "javascript:", "a script link is dropped")
}

// TestFormatHTML checks --format html: clean structural HTML, links only when asked.
func TestFormatHTML(t *testing.T) {
	got := run(t, "", "--format", "html", "--links", "--url", "https://gazette.example/news/tides", richPage)
	require.Equal(t, ExitOK, got.code, got.stderr)
	for _, want := range []string{"<h1>Tide tables go digital</h1>", "<em>chalk board</em>", "<h2>What the screen shows</h2>",
		"<ul>", "<th>Tide</th>", `<a href="https://gazette.example/tides/data">national tide service</a>`} {
		assert.Contains(t, got.stdout, want)
	}
	for _, bad := range []string{"<script", "onclick", "javascript:", "alert("} {
		assert.NotContains(t, got.stdout, bad)
	}
	got = run(t, "", "--format", "html", "--no-tables", richPage)
	assert.NotContains(t, got.stdout, "<table>", "--no-tables")
	assert.NotContains(t, got.stdout, "<a ", "no links unless asked")
}

// TestFormatJSONMetadata checks that --format json carries the metadata.
func TestFormatJSONMetadata(t *testing.T) {
	got := run(t, "", "--format", "json", "--url", "https://gazette.example/news/tides", richPage)
	require.Equal(t, ExitOK, got.code, got.stderr)
	var out struct {
		Metadata struct {
			Authors   []string `json:"authors"`
			Published string   `json:"published"`
			Image     string   `json:"image"`
			Language  string   `json:"language"`
		} `json:"metadata"`
		Blocks []struct {
			Kind string `json:"kind"`
		} `json:"blocks"`
	}
	require.NoError(t, json.Unmarshal([]byte(got.stdout), &out), "one JSON object:\n%s", got.stdout)
	assert.Equal(t, []string{"Morag Flett"}, out.Metadata.Authors)
	assert.Equal(t, "2026-03-04T09:30:00Z", out.Metadata.Published)
	assert.Equal(t, "https://gazette.example/img/tide-board.jpg", out.Metadata.Image)
	assert.Equal(t, "en", out.Metadata.Language)

	got = run(t, "", "--format", "json", "--no-tables", richPage)
	require.Equal(t, ExitOK, got.code, got.stderr)
	assert.NotContains(t, got.stdout, `"kind":"table"`, "--no-tables leaves tables out of JSON too")
}

// TestFormatSeveralInputs checks how the results of several inputs are separated: a
// "==> NAME <==" line before each text or Markdown result, a blank line between HTML
// fragments, one JSON object per line.
func TestFormatSeveralInputs(t *testing.T) {
	article := filepath.Join("testdata", "article.html")
	got := run(t, "", "--format", "markdown", richPage, article)
	require.Equal(t, ExitOK, got.code, got.stderr)
	assert.True(t, strings.HasPrefix(got.stdout, "==> testdata/rich.html <==\n# Tide tables go digital\n"), got.stdout)
	assert.Contains(t, got.stdout, "museum, together with the brass clock that hung above it for decades.\n\n==> testdata/article.html <==\n# Lighthouse keepers return to Orkney\n")

	got = run(t, "", "--format", "markdown", richPage)
	require.Equal(t, ExitOK, got.code, got.stderr)
	assert.NotContains(t, got.stdout, "==>", "no header for a single input")

	got = run(t, "", "--format", "html", richPage, article)
	require.Equal(t, ExitOK, got.code, got.stderr)
	assert.NotContains(t, got.stdout, "==>", "HTML fragments stay HTML")
	assert.Contains(t, got.stdout, "\n\n<h1>Lighthouse keepers return to Orkney</h1>")

	got = run(t, "", "--format", "json", richPage, article)
	require.Equal(t, ExitOK, got.code, got.stderr)
	objs := lines(got.stdout)
	require.Len(t, objs, 2, "JSON Lines")
	for _, o := range objs {
		assert.True(t, json.Valid([]byte(o)), o)
	}
}

// TestParseRenderFlags checks the render flags and the --format values.
func TestParseRenderFlags(t *testing.T) {
	c, err := parseArgs([]string{"--links", "--images", "--no-tables", "--format", "html", "a.html"})
	require.NoError(t, err)
	assert.Equal(t, formatHTML, c.format)
	o := c.render.options()
	assert.True(t, o.Links && o.Images && o.NoTables, "%+v", o)
	for _, f := range []string{formatText, formatMarkdown, formatHTML, formatJSON} {
		_, err := parseArgs([]string{"--format", f})
		assert.NoError(t, err, f)
	}
	got := run(t, "", "--help")
	for _, flag := range []string{"--links", "--images", "--no-tables", "text, markdown, html or json"} {
		assert.Contains(t, got.stdout, flag, "usage names %s", flag)
	}
}

// TestWithMetadata checks --with-metadata: YAML front matter before the Markdown, Key: value
// lines before the text, nothing added when the flag is off.
func TestWithMetadata(t *testing.T) {
	got := run(t, "", "--format", "markdown", "--with-metadata", "--url", "https://gazette.example/news/tides", richPage)
	require.Equal(t, ExitOK, got.code, got.stderr)
	require.True(t, strings.HasPrefix(got.stdout, "---\ntitle: \"Tide tables go digital\"\n"), "front matter first:\n%s", got.stdout)
	head, body, ok := strings.Cut(strings.TrimPrefix(got.stdout, "---\n"), "\n---\n\n")
	require.True(t, ok, "the front matter is closed by a --- line and a blank line:\n%s", got.stdout)
	assert.Contains(t, head, "url: \"https://gazette.example/news/tides\"")
	assert.Contains(t, head, "page_type: \"article\"")
	assert.True(t, strings.HasPrefix(body, "# Tide tables go digital\n"), "the Markdown follows:\n%s", body)

	got = run(t, "", "--format", "text", "--with-metadata", "--url", "https://gazette.example/news/tides", richPage)
	require.Equal(t, ExitOK, got.code, got.stderr)
	assert.True(t, strings.HasPrefix(got.stdout, "Title: Tide tables go digital\n"), got.stdout)
	assert.Contains(t, got.stdout, "URL: https://gazette.example/news/tides\n")
	assert.Contains(t, got.stdout, "\n\nTide tables go digital\n", "a blank line, then the text with its title")

	got = run(t, "", "--format", "markdown", richPage)
	assert.False(t, strings.HasPrefix(got.stdout, "---"), "no front matter without the flag")
}
