package extractor

import (
	"context"
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/tree"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// longProse is a paragraph of some 400 characters.
var longProse = strings.Repeat("The ferry left the harbour on time with forty passengers aboard. ", 6)

func TestCloseRunawayTitle(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
		ok             bool
	}{
		{"unclosed", "<html><head><title>News - Bridge reopens\n<meta name=x><body><p>Text</p>",
			"<html><head><title>News - Bridge reopens\n</title><meta name=x><body><p>Text</p>", true},
		{"upper case, attributes", "<HTML><TITLE lang=en>Bridge</HEAD><BODY>x",
			"<HTML><TITLE lang=en>Bridge</title></HEAD><BODY>x", true},
		{"a closed title, then an unclosed one", "<title>A</title><body><title>B <p>x",
			"<title>A</title><body><title>B </title><p>x", true},
		{"closed", "<title>Bridge</title><p>x", "", false},
		{"no title", "<p>x</p>", "", false},
		{"not a title tag", "<titlebar>x<p>y", "", false},
		{"no tag after it", "<title>Bridge and more text", "", false},
		{"a lone < is no tag", "<title>a < b and 3<4", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tree.CloseRunawayTitle([]byte(tt.in))
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestRunawayTitle(t *testing.T) {
	parse := func(s string) *html.Node {
		doc, err := html.Parse(strings.NewReader(s))
		require.NoError(t, err)
		return doc
	}
	assert.True(t, tree.RunawayTitle(parse("<title>Bridge\n<meta name=x><body><p>"+longProse+"</p>")))
	assert.False(t, tree.RunawayTitle(parse("<title>Bridge</title><p>"+longProse+"</p>")), "closed")
	assert.False(t, tree.RunawayTitle(parse("<title>"+longProse+"</title>")), "long but no markup")
	assert.False(t, tree.RunawayTitle(parse("<title>Bridge <p>short</p>")), "markup but short")
}

func TestParseLimitedClosesRunawayTitle(t *testing.T) {
	doc, err := tree.Parse(context.Background(), []byte("<html><head><title>Bridge reopens\n<link rel=stylesheet href=a.css></head><body><p>"+longProse+"</p></body></html>"), DefaultMaxNodes)
	require.NoError(t, err)
	title := findElement(doc, atom.Title)
	require.NotNil(t, title)
	assert.Equal(t, "Bridge reopens\n", title.FirstChild.Data, "the title ends where its first tag starts")
	p := findElement(doc, atom.P)
	require.NotNil(t, p, "the body is parsed as markup")
	assert.Equal(t, longProse, p.FirstChild.Data)
}
