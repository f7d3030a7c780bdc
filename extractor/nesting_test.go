package extractor_test

import (
	"context"
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// html.Parse refuses documents nested deeper than 512 open elements; the extractor must still
// return their text.
func TestDeepNesting(t *testing.T) {
	tests := []struct {
		name string
		html string
	}{
		{"2000 unclosed b i u", unclosedFormatting(2000)},
		{"table nested 1000 deep", nestedTables(1000)},
		{"100000 nested divs", nestedDivs(100_000)},
		{"600 unclosed font", page(strings.Repeat(`<font face="Arial">`, 600) + articleHTML())},
		{"600 unclosed divs, no end tags", page(strings.Repeat("<div>", 600) + articleHTML())},
		{"deep nesting inside a paragraph", page("<p>" + strings.Repeat("<span>", 1000) + article[0] +
			"</p><p>" + article[1] + "</p><p>" + article[2] + "</p>")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := extractor.Extract([]byte(tt.html), extractor.Source{})
			require.NoError(t, err)
			text := res.Text()
			for _, p := range article {
				assert.Contains(t, text, p, "paragraph lost")
			}
		})
	}
}

func BenchmarkNestedDivs100k(b *testing.B) {
	page := []byte(nestedDivs(100_000))
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := extractor.Extract(page, extractor.Source{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnclosedFormatting2000(b *testing.B) {
	page := []byte(unclosedFormatting(2000))
	ex, err := extractor.New(extractor.Options{})
	require.NoError(b, err)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := ex.Extract(context.Background(), page, extractor.Source{}); err != nil {
			b.Fatal(err)
		}
	}
}
