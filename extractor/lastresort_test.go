package extractor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lastResortDir holds the pages of the last resorts' tests: pages with no content that must
// stay ErrNoContent, and notices that the page needs JavaScript.
const lastResortDir = "../testdata/lastresort"

// extractFile extracts a page of lastResortDir with the default options.
func extractFile(t *testing.T, name string) (*Result, error) {
	t.Helper()
	page, err := os.ReadFile(filepath.Join(lastResortDir, name))
	require.NoError(t, err)
	return Extract(page, Source{URL: "https://www.example.com/" + strings.TrimSuffix(name, ".html")})
}

func TestLastResortKeepsNoContentEmpty(t *testing.T) {
	for _, name := range []string{
		"app-shell.html",               // an application shell: no text at all
		"app-shell-cookie-banner.html", // a shell whose only sentences are a cookie banner
		"lone-image.html",              // one image and its alt text
		"script-notice-only.html",      // only "please enable JavaScript", no JSON-LD body
		"script-notice-de.html",        // the same in German, under a heading
	} {
		t.Run(name, func(t *testing.T) {
			res, err := extractFile(t, name)
			require.ErrorIs(t, err, ErrNoContent)
			require.NotNil(t, res, "ErrNoContent comes with the page's title and metadata")
			assert.Empty(t, res.Blocks, "no junk stands in for content")
			assert.NotEmpty(t, res.Title)
		})
	}
}

func TestLastResortJavaScriptHowToIsContent(t *testing.T) {
	res, err := extractFile(t, "enable-javascript-howto.html")
	require.NoError(t, err)
	text := res.BodyText()
	assert.Contains(t, text, "JavaScript is probably turned off in your browser.", "a page about JavaScript is not a notice")
	assert.Contains(t, text, "in the same place as pop-ups and cookies.")
}

func TestLastResortExplainsDroppedNotice(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "testdata", "pages", "en-script-notice-jsonld", "input.html"))
	require.NoError(t, err)
	e, err := New(Options{})
	require.NoError(t, err)
	ex, err := e.Explain(t.Context(), page, Source{})
	require.NoError(t, err)
	assert.Equal(t, BodySourceJSONLD, ex.BodySource)
	found := false
	for _, b := range ex.Blocks {
		if strings.Contains(b.Text, "enable JavaScript") {
			found = true
			assert.Equal(t, DecisionDropped, b.Decision)
			assert.Contains(t, b.Reason, "needs JavaScript")
		}
	}
	assert.True(t, found, "the notice is in the report")
}

func TestIsScriptNotice(t *testing.T) {
	for _, s := range []string{
		"You need to enable JavaScript to run this app.",
		"JavaScript is disabled in your browser.",
		"This site requires JavaScript.",
		"Please turn on JavaScript and reload.",
		"Bitte aktivieren Sie JavaScript.",
		"Veuillez activer JavaScript.",
		"Для работы сайта включите JavaScript.",
		"请启用JavaScript",
	} {
		assert.True(t, isScriptNotice(s), s)
	}
	for _, s := range []string{
		"JavaScript",                         // names it, says nothing of turning it on
		"Learn JavaScript in thirty days.",   // no notice word
		"Please enable cookies to continue.", // not about JavaScript
		strings.Repeat("To enable JavaScript, open the settings. ", 10), // a how-to, not a line
	} {
		assert.False(t, isScriptNotice(s), s)
	}
}

func TestBestRun(t *testing.T) {
	mk := func(text string, links int) *block.Block {
		return &block.Block{El: &block.Elem{}, Kind: view.Paragraph, Text: text, Chars: len([]rune(text)), LinkChars: links}
	}
	prose := "The morning ferry to the islands is cancelled today because of high winds on the crossing."
	other := "The afternoon sailing leaves at three as planned, weather permitting."
	chrome := &block.Block{El: &block.Elem{Sig: block.SigBoiler}, Kind: view.Paragraph, Text: "We use cookies to measure how the site is used. Accept them to go on.", Chars: 70}

	// A menu whose links are under half its text opens the run, but not the result.
	blocks := []*block.Block{mk("Home Timetables Fares Contact us", 12), mk(prose, 0), mk(other, 0), chrome, mk(prose, 0), mk(other, 0)}
	run := bestRun(blocks, nil)
	require.Len(t, run, 2, "the first copy of the text the page prints twice")
	assert.Same(t, blocks[1], run[0])
	assert.Same(t, blocks[2], run[1])
	assert.True(t, run[0].Keep)
	assert.Contains(t, run[0].Reason, "best run of prose")

	assert.Nil(t, bestRun([]*block.Block{chrome}, nil), "chrome is no run")
	assert.Nil(t, bestRun([]*block.Block{mk("Short line.", 0)}, nil), "under minProseChars")
	assert.Nil(t, bestRun([]*block.Block{mk(prose, len(prose))}, nil), "a link is no prose")
	assert.Nil(t, bestRun([]*block.Block{mk(strings.Repeat("word ", 30), 0)}, nil), "no sentence end")
	headline := mk(prose, 0)
	assert.Nil(t, bestRun([]*block.Block{headline}, headline.El), "the headline is not the body")
	assert.Nil(t, bestRun(nil, nil))

	heading := &block.Block{El: &block.Elem{}, Kind: view.Heading, Text: "Ferry notice", Chars: 12}
	run = bestRun([]*block.Block{mk("3 April 2025", 0), heading, mk(prose, 0)}, nil)
	require.Len(t, run, 2, "the heading over the prose starts the run, not the date before it")
	assert.Same(t, heading, run[0])
}
