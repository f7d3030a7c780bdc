package tree

import (
	"context"
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/decode"
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
			got, ok := CloseRunawayTitle([]byte(tt.in))
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
	assert.True(t, RunawayTitle(parse("<title>Bridge\n<meta name=x><body><p>"+longProse+"</p>")))
	assert.False(t, RunawayTitle(parse("<title>Bridge</title><p>"+longProse+"</p>")), "closed")
	assert.False(t, RunawayTitle(parse("<title>"+longProse+"</title>")), "long but no markup")
	assert.False(t, RunawayTitle(parse("<title>Bridge <p>short</p>")), "markup but short")
}

func TestParseLimitedClosesRunawayTitle(t *testing.T) {
	doc, err := Parse(context.Background(), []byte("<html><head><title>Bridge reopens\n<link rel=stylesheet href=a.css></head><body><p>"+longProse+"</p></body></html>"), testMaxNodes)
	require.NoError(t, err)
	title := findElement(doc, atom.Title)
	require.NotNil(t, title)
	assert.Equal(t, "Bridge reopens\n", title.FirstChild.Data, "the title ends where its first tag starts")
	p := findElement(doc, atom.P)
	require.NotNil(t, p, "the body is parsed as markup")
	assert.Equal(t, longProse, p.FirstChild.Data)
}

// testMaxNodes is the extractor's default element limit.
const testMaxNodes = 500_000

// findElement returns the first element of tag a under n, depth first, or nil.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

func TestParseCountsElements(t *testing.T) {
	page := []byte("<html><body>" + strings.Repeat("<p>x</p>", 20) + "</body></html>")
	_, err := Parse(context.Background(), page, 10)
	require.ErrorIs(t, err, ErrTooManyNodes, "23 elements over a limit of 10")
	doc, err := Parse(context.Background(), page, 30)
	require.NoError(t, err)
	assert.Equal(t, 23, CountElements(doc, 1000), "html, head, body and 20 paragraphs")
}

func TestParseRefusesTextWithoutMarkup(t *testing.T) {
	_, err := Parse(context.Background(), []byte("just words, no tag"), testMaxNodes)
	assert.ErrorIs(t, err, decode.ErrNotHTML)
}
