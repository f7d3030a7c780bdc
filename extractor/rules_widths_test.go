package extractor

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDropWidthCopies: a service page whose features are written twice, a row for wide
// screens ("d-none d-lg-flex") and an accordion for narrow ones ("d-lg-none"), and whose
// quotes are a grid and a carousel ("hidden md:grid", "md:hidden"): each comes out once.
// Read as an article, the same holds.
func TestDropWidthCopies(t *testing.T) {
	once := []string{"Every bank and card account matched", "Your annual accounts and tax return",
		"One person who knows your business", "The first year our accounts were in on time",
		"I stopped dreading the end of the month"}
	testKindPages(t, []kindPage{
		{name: "service", file: "widths-two-layouts.html", kind: PageService, assembled: PageService,
			must: []string{"A bookkeeper of your own", "£90 a month", "£180 a month"}, once: once},
		{name: "article", file: "widths-two-layouts.html", kind: PageArticle,
			must: []string{"A bookkeeper of your own", "Can I switch plans?"}, once: once},
	})
}

// TestDropWidthCopiesKeepsRepeats checks that the lines the plans repeat inside one element
// shown from a width on ("Support by chat on weekdays" in each plan of "hidden-xs"), a
// feature's name the plans share with the features written twice, and a sentence two answers
// repeat outside any such element stay as often as the page shows them.
func TestDropWidthCopiesKeepsRepeats(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(kindsDir, "widths-two-layouts.html"))
	require.NoError(t, err)
	e, err := New(Options{PageType: PageService})
	require.NoError(t, err)
	res, err := e.Extract(context.Background(), page, Source{})
	require.NoError(t, err)
	body := res.BodyText()
	assert.Equal(t, 2, strings.Count(body, "Chat support comes with every plan"), body)
	assert.Equal(t, 2, strings.Count(body, "Support by chat on weekdays"), body)
	assert.GreaterOrEqual(t, strings.Count(body, "Monthly reconciliation"), 2, body) // in each plan
}
