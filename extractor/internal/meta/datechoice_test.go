package meta

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestFittedDateModelFeatures checks that the embedded date model was fitted for the features
// as they are measured today: a feature added, dropped or moved needs `go generate`.
func TestFittedDateModelFeatures(t *testing.T) {
	require.Len(t, fittedDateFeatures, NumDateFeatures, "the model's features; run go generate ./extractor/internal/meta")
	for i, name := range fittedDateFeatures {
		assert.Equal(t, DateFeature(i).String(), name, "feature %d", i)
	}
	require.NotNil(t, FittedDateModel())
	assert.Positive(t, FittedDateModel().Weights[FeatRule], "the rules' day is evidence for it")
}

// TestDateModelChoose checks the choice: the best score wins by more than the margin, the
// rules' day otherwise, and no day when the rules gave none.
func TestDateModelChoose(t *testing.T) {
	m := &DateModel{Margin: 1}
	m.Weights[FeatLatest] = 2
	opts := make([]DateOption, 2)
	opts[0].Features[FeatRule] = 1
	opts[1].Features[FeatLatest] = 1
	assert.Equal(t, 1, m.Choose(opts), "the latest day scores 2 over the rules' 0")
	m.Margin = 3
	assert.Equal(t, 0, m.Choose(opts), "within the margin the rules' day stands")
	opts[0].Features[FeatRule] = 0
	assert.Equal(t, -1, m.Choose(opts), "the rules dated nothing")
	assert.Equal(t, -1, (*DateModel)(nil).Choose(opts), "no model")
}

// TestDateModelDecides reads the two test pages that differ only in the date they show under the
// headline: the rules give the JSON-LD datePublished on both, the model the shown day, which
// on one is the later dateModified (the page's revision its readers see).
func TestDateModelDecides(t *testing.T) {
	for _, c := range []struct{ dir, rules, model string }{
		{"en-date-shown-revision", "2024-03-06T09:15:00-08:00", "2025-11-19T12:47:12-08:00"},
		{"en-date-shown-first", "2024-03-06T09:15:00-08:00", "2024-03-06T09:15:00-08:00"},
	} {
		b, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "metadata", c.dir, "input.html"))
		require.NoError(t, err)
		doc, err := html.Parse(bytes.NewReader(b))
		require.NoError(t, err)
		p := Page{Doc: doc, URL: "https://notes.example/ferns/repotting", Title: "How to repot a fern without losing it", Story: true}
		rules, _ := read(p, nil)
		model, opts := read(p, fittedDateModel)
		assert.Equal(t, c.rules, rules.Published, "%s: the rules", c.dir)
		assert.Equal(t, c.model, model.Published, "%s: the model", c.dir)
		assert.Len(t, opts, 2, "%s: two candidate days", c.dir)
	}
}

// TestDateBesideHeadline reads the two test pages (English, German) whose header shows a news
// strip's date before the story's own date beside its <h1>: the rules take the first date
// line, the strip's; the model the day shown beside the headline (FeatNearHeadline,
// FeatHeadlineClose).
func TestDateBesideHeadline(t *testing.T) {
	for _, c := range []struct{ dir, title string }{
		{"en-date-beside-headline", "Setting up a desk for long days"},
		{"de-date-beside-headline", "Ein Schreibtisch für lange Tage"},
	} {
		b, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "metadata", c.dir, "input.html"))
		require.NoError(t, err)
		doc, err := html.Parse(bytes.NewReader(b))
		require.NoError(t, err)
		p := Page{Doc: doc, URL: "https://journal.example/desk/long-days", Title: c.title, Story: true}
		rules, _ := read(p, nil)
		model, opts := read(p, fittedDateModel)
		assert.Equal(t, "2026-03-03", rules.Published, "%s: the rules", c.dir)
		assert.Equal(t, "2026-02-06", model.Published, "%s: the model", c.dir)
		require.Len(t, opts, 2, "%s: two candidate days", c.dir)
		assert.Equal(t, 1.0, opts[1].Features[FeatNearHeadline], "%s: the day beside the headline", c.dir)
		assert.Zero(t, opts[0].Features[FeatNearHeadline], "%s: the strip's day", c.dir)
	}
}

// TestFirmRuleFarFromHeadline checks that a rule's firm day (the one byline line that ends with
// a date) gives way when it is far from the headline and another day is shown beside it.
func TestFirmRuleFarFromHeadline(t *testing.T) {
	opts := make([]DateOption, 2)
	opts[0].Features[FeatRule], opts[0].Features[FeatRuleFirm] = 1, 1
	assert.True(t, firm(opts, 0), "no day beside the headline: firm")
	opts[1].Features[FeatNearHeadline] = 1
	assert.False(t, firm(opts, 0), "another day beside the headline")
	opts[0].Features[FeatNearHeadline], opts[1].Features[FeatNearHeadline] = 1, 0
	assert.True(t, firm(opts, 0), "the firm day beside the headline")
}
