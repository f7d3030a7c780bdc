package extractor_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/pithdev/pith/extractor"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestOptionsRejectNegativeLimits(t *testing.T) {
	for _, o := range []extractor.Options{{MaxInputBytes: -1}, {MaxNodes: -1}, {Timeout: -time.Second}} {
		_, err := extractor.New(o)
		assert.Error(t, err, "%+v accepted", o)
	}
}

func mustNew(t testing.TB, o extractor.Options) *extractor.Extractor {
	t.Helper()
	ex, err := extractor.New(o)
	require.NoError(t, err)
	return ex
}

// listPage is the article followed by a list of n links.
func listPage(n int) []byte {
	return []byte(page(articleHTML() + "<ul>" + strings.Repeat(`<li><a href="/x">more</a></li>`, n) + "</ul>"))
}

func TestMaxNodes(t *testing.T) {
	ctx := context.Background()
	pg := listPage(2000) // about 4,000 elements

	_, err := mustNew(t, extractor.Options{MaxNodes: 1000}).Extract(ctx, pg, extractor.Source{})
	assert.ErrorIs(t, err, extractor.ErrTooManyNodes)

	_, err = mustNew(t, extractor.Options{MaxNodes: 10_000}).Extract(ctx, pg, extractor.Source{})
	assert.NoError(t, err)

	// Elements the parser makes without a tag count too: it re-creates the five unclosed
	// formatting elements in each of the 300 paragraphs, 1,800 elements from 320 start tags.
	unclosed := []byte(page(articleHTML() + "<p><b><i><u><s><em>x</p>" + strings.Repeat("<p>x</p>", 300)))
	_, err = mustNew(t, extractor.Options{MaxNodes: 1500}).Extract(ctx, unclosed, extractor.Source{})
	assert.ErrorIs(t, err, extractor.ErrTooManyNodes)
	_, err = mustNew(t, extractor.Options{MaxNodes: 2500}).Extract(ctx, unclosed, extractor.Source{})
	assert.NoError(t, err)

	doc, err := html.Parse(strings.NewReader(string(pg)))
	require.NoError(t, err)
	_, err = mustNew(t, extractor.Options{MaxNodes: 1000}).ExtractNode(ctx, doc, extractor.Source{})
	assert.ErrorIs(t, err, extractor.ErrTooManyNodes, "ExtractNode ignores MaxNodes")
}

func TestTimeout(t *testing.T) {
	ctx := context.Background()
	ex := mustNew(t, extractor.Options{Timeout: time.Nanosecond})
	_, err := ex.Extract(ctx, []byte(page(articleHTML())), extractor.Source{})
	assert.ErrorIs(t, err, extractor.ErrTimeout)
	assert.ErrorIs(t, err, context.DeadlineExceeded)

	// A budget that runs out while the page is parsed stops the parser.
	big := bigPage(8 << 20)
	ex = mustNew(t, extractor.Options{Timeout: 5 * time.Millisecond})
	start := time.Now()
	_, err = ex.Extract(ctx, big, extractor.Source{})
	assert.ErrorIs(t, err, extractor.ErrTimeout)
	assert.Less(t, time.Since(start), 3*time.Second, "the budget was not checked during the extraction")
}

func TestContextDone(t *testing.T) {
	pg := []byte(page(articleHTML()))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := extractor.Extract(pg, extractor.Source{})
	require.NoError(t, err)
	_, err = mustNew(t, extractor.Options{}).Extract(ctx, pg, extractor.Source{})
	assert.ErrorIs(t, err, context.Canceled)
	assert.NotErrorIs(t, err, extractor.ErrTimeout, "the caller's cancellation is not the budget")

	ctx, cancel = context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	_, err = mustNew(t, extractor.Options{}).Extract(ctx, pg, extractor.Source{})
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	assert.NotErrorIs(t, err, extractor.ErrTimeout, "the caller's deadline is not the budget")

	cause := errors.New("shutting down")
	ctx, cancelCause := context.WithCancelCause(context.Background())
	cancelCause(cause)
	_, err = mustNew(t, extractor.Options{}).Extract(ctx, pg, extractor.Source{})
	assert.ErrorIs(t, err, context.Canceled)
	assert.ErrorIs(t, err, cause)
}

// Cancelling the context stops an extraction under way.
func TestContextCancelDuringParse(t *testing.T) {
	big := bigPage(8 << 20)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(5*time.Millisecond, cancel)
	start := time.Now()
	_, err := mustNew(t, extractor.Options{}).Extract(ctx, big, extractor.Source{})
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, time.Since(start), 3*time.Second, "cancellation was not checked during the extraction")
}

// A tree built by hand may be far deeper than html.Parse builds them.
func TestExtractNodeDeepTree(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(page(articleHTML())))
	require.NoError(t, err)
	body := doc.FirstChild.NextSibling.LastChild
	for range 100_000 {
		div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		body.AppendChild(div)
		body = div
	}
	_, err = mustNew(t, extractor.Options{}).ExtractNode(context.Background(), doc, extractor.Source{})
	assert.ErrorIs(t, err, extractor.ErrTooDeep)
}
