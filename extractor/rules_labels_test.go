package extractor

import (
	"context"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIsAdLabel(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Advertisement", true}, {"— Publicidad —", true}, {"[Anzeige]", true}, {"РЕКЛАМА", true}, {"広告", true},
		{"Sponsored content", true}, {"Ad", true}, {"Adverts are everywhere", false}, {"Advertising pays for this site.", false},
		{"Werbung für Bier ist verboten", false},
	} {
		b := &block.Block{Kind: view.Paragraph, Text: tc.text, Chars: utf8.RuneCountInString(tc.text)}
		assert.Equal(t, tc.want, block.IsAdLabel(b), "%q", tc.text)
	}
	assert.False(t, block.IsAdLabel(&block.Block{Kind: view.Heading, Text: "Advertising", Chars: 11}), "a heading named so is a section")
}

// TestMediaURLsAreNotText: a shop page whose custom fields list its thumbnails' addresses as
// text. Those addresses never come out, whatever the page's kind; the description stays, and
// with the product's assembly (which keeps the specifications) the fabric too.
func TestMediaURLsAreNotText(t *testing.T) {
	page, err := os.ReadFile("../testdata/kinds/product-custom-fields.html")
	require.NoError(t, err)
	for _, kind := range []PageType{"", PageProduct, PageArticle} {
		e, err := New(Options{PageType: kind})
		require.NoError(t, err)
		res, err := e.Extract(context.Background(), page, Source{URL: "https://example-outfitters.test/harbour-linen-shirt/"})
		require.NoError(t, err)
		body := res.BodyText()
		assert.Contains(t, body, "washed European linen", kind)
		if kind == PageProduct {
			assert.Contains(t, body, "100% linen", "the product's specifications are kept, and with them the addresses would be")
		}
		assert.NotContains(t, body, "THUMB", kind)
	}
	assert.True(t, isMediaURL(&block.Block{Kind: view.Paragraph, Text: "https://cdn.example.test/a/b.JPG?w=160", Chars: 38}))
	assert.False(t, isMediaURL(&block.Block{Kind: view.Paragraph, Text: "https://example.test/care/linen", Chars: 31}))
	assert.False(t, isMediaURL(&block.Block{Kind: view.Paragraph, Text: "See https://cdn.example.test/a.jpg", Chars: 34}))
	assert.False(t, isMediaURL(&block.Block{Kind: view.Code, Text: "https://cdn.example.test/a.jpg", Chars: 30}))
}

// TestCopyrightLines: on a page other than a story, the site's copyright line is footer
// text wherever the page puts it (here in a menu panel inside <main>), while a sentence about
// copyright stays; a story keeps its wire's notice, part of the copy it licensed.
func TestCopyrightLines(t *testing.T) {
	extract := func(file string, kind PageType) string {
		t.Helper()
		page, err := os.ReadFile("../testdata/kinds/" + file)
		require.NoError(t, err)
		e, err := New(Options{PageType: kind})
		require.NoError(t, err)
		res, err := e.Extract(context.Background(), page, Source{URL: "https://example.com/"})
		require.NoError(t, err)
		return res.Text()
	}
	service := extract("service-copyright-in-region.html", PageService)
	assert.Contains(t, service, "Pure-water poles reach third-floor windows")
	assert.Contains(t, service, "Copyright law protects the photographs on this page")
	assert.NotContains(t, service, "All Rights Reserved")
	story := extract("article-wire-copyright.html", PageArticle)
	assert.Contains(t, story, "The harbour at Porthleven reopened")
	assert.Contains(t, story, "Copyright 2025 The Associated Press. All rights reserved.")
	assert.NotContains(t, story, "© 2025 The Coastal Times")
}
