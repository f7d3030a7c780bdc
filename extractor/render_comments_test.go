package extractor_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// commentsResult is a result with a body and comments, one of them a reply and one without
// author or date, with text Markdown would read as markup.
func commentsResult() *extractor.Result {
	return &extractor.Result{
		Title:  "Title",
		Blocks: []extractor.Block{{Kind: extractor.KindParagraph, Text: "Body."}},
		Comments: []extractor.Comment{
			{Author: "Ann", Date: "2024-02-12", Text: "First.\n\nSecond *para*."},
			{Author: "Bo <b>", Text: "Reply.", Depth: 1},
			{Text: "# Anonymous."},
		},
	}
}

func TestRenderComments(t *testing.T) {
	r := commentsResult()
	tests := []struct {
		format extractor.Format
		want   string
	}{
		{extractor.FormatText, "Title\n\nBody.\n\nComments\n\nAnn · 2024-02-12\nFirst.\n\nSecond *para*.\n\nBo <b>\nReply.\n\n# Anonymous."},
		{extractor.FormatMarkdown, "# Title\n\nBody.\n\n## Comments\n\n**Ann** · 2024-02-12\n\nFirst.\n\nSecond \\*para\\*.\n\n> **Bo \\<b>**\n>\n> Reply.\n\n\\# Anonymous.\n"},
		{extractor.FormatHTML, "<h1>Title</h1>\n<p>Body.</p>\n<h2>Comments</h2>\n<p><strong>Ann</strong> · 2024-02-12</p>\n<p>First.</p>\n<p>Second *para*.</p>\n<blockquote><p><strong>Bo &lt;b&gt;</strong></p><p>Reply.</p></blockquote>\n<p># Anonymous.</p>\n"},
		{extractor.FormatJSON, `{"title":"Title","metadata":{},"blocks":[{"kind":"paragraph","text":"Body."}],"comments":[{"author":"Ann","date":"2024-02-12","text":"First.\n\nSecond *para*."},{"author":"Bo <b>","text":"Reply.","depth":1},{"text":"# Anonymous."}],"confidence":0}`},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			got, err := r.Render(tt.format, extractor.RenderOptions{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	var sb strings.Builder
	require.NoError(t, r.WriteText(&sb))
	assert.Equal(t, r.Text(), sb.String(), "WriteText writes what Text returns")
	assert.Equal(t, "Body.", r.BodyText(), "BodyText is the body alone")

	b, err := r.JSON(extractor.RenderOptions{})
	require.NoError(t, err)
	var back extractor.Result
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r.Comments, back.Comments, "JSON reads back")
}

func TestRenderCaptions(t *testing.T) {
	res := extractWith(t, filepath.Join("..", "testdata", "rules", "figures.html"), extractor.Options{KeepCaptions: true})
	res.URL = "https://railweekly.example/2024/night-train"
	img := extractor.RenderOptions{Images: true}
	tests := []struct {
		name   string
		format extractor.Format
		opts   extractor.RenderOptions
		want   []string
		not    []string
	}{
		{"text", extractor.FormatText, img, []string{"seven.\n\nA two-berth cabin on the new service, with fresh linen for every trip.\n\nThe carriages"}, nil},
		{"markdown", extractor.FormatMarkdown, extractor.RenderOptions{}, []string{"seven.\n\n*A two-berth cabin on the new service, with *fresh linen* for every trip.*\n\nThe carriages"}, []string{"!["}},
		{"markdown images", extractor.FormatMarkdown, img, []string{
			"seven.\n\n![A two-berth cabin with the beds made up](https://railweekly.example/img/sleeper-cabin-1600.avif)\n\n*A two-berth cabin",
			"![The northern portal of the Gotthard tunnel](https://cdn.railweekly.example/img/gotthard-portal.jpg)\n\n*The train takes the old Gotthard line over the pass, not the base tunnel.*",
		}, []string{"map.jpg", "data:"}},
		{"html", extractor.FormatHTML, extractor.RenderOptions{}, []string{"<figure><figcaption>A two-berth cabin on the new service, with <em>fresh linen</em> for every trip.</figcaption></figure>\n"}, []string{"<img"}},
		{"html images", extractor.FormatHTML, img, []string{`<figure><img src="https://cdn.railweekly.example/img/gotthard-portal.jpg" alt="The northern portal of the Gotthard tunnel"/><figcaption>The train takes the old Gotthard line over the pass, not the base tunnel.</figcaption></figure>`}, nil},
		{"json", extractor.FormatJSON, extractor.RenderOptions{}, []string{`{"kind":"caption","text":"A two-berth cabin on the new service, with fresh linen for every trip."}`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := res.Render(tt.format, tt.opts)
			require.NoError(t, err)
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			for _, n := range tt.not {
				assert.NotContains(t, got, n)
			}
		})
	}
	assert.Equal(t, "caption", extractor.KindCaption.String())
	var k extractor.Kind
	require.NoError(t, k.UnmarshalText([]byte("caption")))
	assert.Equal(t, extractor.KindCaption, k)
}
