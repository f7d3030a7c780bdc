package extractor_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/pithdev/pith/extractor"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// extractWith extracts a page of testdata with opts.
func extractWith(t *testing.T, path string, opts extractor.Options) *extractor.Result {
	t.Helper()
	page, err := os.ReadFile(path)
	require.NoError(t, err)
	ex, err := extractor.New(opts)
	require.NoError(t, err)
	res, err := ex.Extract(context.Background(), page, extractor.Source{})
	require.NoError(t, err, "extract %s", path)
	return res
}

// TestComments checks the comments read from each kind of comment section.
func TestComments(t *testing.T) {
	tests := []struct {
		name string
		file string // in testdata/rules
		want []extractor.Comment
	}{
		{"wordpress comment list", "comments-wordpress.html", []extractor.Comment{
			{Author: "Tom Ashby", Date: "2024-02-12T18:04:00+00:00", Text: "Great write-up. What epoxy did you use for the transom core, and did you have trouble with it curing in a cold shed?\n\nWe had to rig a heater tent last year."},
			{Author: "Ruth Penhale", Date: "2024-02-13T08:15:00+00:00", Text: "A slow hardener and an oil-filled radiator under a tarpaulin. It took three days to cure but it did cure.", Depth: 1},
			{Author: "Priya N.", Date: "2024-02-20T21:40:00+00:00", Text: "Lovely to see an old hull saved rather than cut up. Good luck with the first season."},
		}},
		{"disqus noscript fallback", "comments-disqus.html", []extractor.Comment{
			{Author: "Greg B", Date: "2024-03-03", Text: "The 14 has been two minutes late at my stop every single morning for as long as I can remember. Now I know why."},
			{Author: "Maria S.", Date: "2024-03-04", Text: "Please let the review look at evening frequencies too. After eight the whole east side has one bus an hour."},
		}},
		{"forum replies under an article", "comments-forum-under-article.html", []extractor.Comment{
			{Author: "anna_m", Date: "2024-05-02T14:20:00Z", Text: "Did you see any cache poisoning issues when two branches built different versions of the same dependency at once?"},
			{Author: "kenji", Date: "2024-05-02T15:05:00Z", Text: "No, because the key includes the lockfile hash: two branches with different versions get different keys.", Depth: 1},
			{Author: "li.wei", Text: "We did the same with remote caching in Bazel and got similar numbers. Worth it."},
		}},
		{"generic comment items", "comments-generic.html", []extractor.Comment{
			{Author: "Hana", Date: "2024-04-09", Text: "I make banana bread in mine. It comes out dense but good."},
			{Author: "Oskar Lind", Date: "2024-04-10", Text: "What model is yours? Mine burns the bottom layer of rice every time."},
		}},
		{"product reviews", "product-reviews.html", []extractor.Comment{
			{Author: "Dana K.", Text: "Beautiful piece, heavier than I expected, and it makes my morning routine feel a little more deliberate. Shipping took a week."},
			{Author: "Marcus", Text: "Fits my ceramic dripper perfectly. The oil finish needed a second coat after a month of daily use, which the care card warned about."},
		}},
		// A forum thread whose replies are the page: they are the body, not comments.
		{"forum thread is body", "forum-thread.html", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join("..", "testdata", "rules", tt.file)
			res := extractWith(t, path, extractor.Options{KeepComments: true})
			assert.Equal(t, tt.want, res.Comments)
			plain := extractWith(t, path, extractor.Options{})
			assert.Nil(t, plain.Comments, "no comments without the option")
		})
	}
}

// TestCommentsApart checks that reading comments or keeping captions leaves the body of
// every test page as it was (but the captions), and that no comment's text is in the body.
func TestCommentsApart(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("..", "testdata", "rules", "*.html"))
	require.NoError(t, err)
	golden, err := filepath.Glob(filepath.Join("..", "testdata", "pages", "*", "input.html"))
	require.NoError(t, err)
	require.NotEmpty(t, golden)
	for _, path := range append(pages, golden...) {
		page, err := os.ReadFile(path)
		require.NoError(t, err)
		plain, errPlain := extractor.Extract(page, extractor.Source{})
		if errPlain != nil {
			continue // pages of the error rules
		}
		with := extractWith(t, path, extractor.Options{KeepComments: true})
		assert.Equal(t, plain.Blocks, with.Blocks, "%s: body with KeepComments", path)
		body := plain.BodyText()
		for _, c := range with.Comments {
			assert.NotContains(t, body, c.Text, "%s: comment text in the body", path)
		}
		captions := extractWith(t, path, extractor.Options{KeepCaptions: true})
		var rest []extractor.Block
		for _, b := range captions.Blocks {
			if b.Kind != extractor.KindCaption {
				rest = append(rest, b)
			}
		}
		assert.Equal(t, plain.Blocks, rest, "%s: KeepCaptions adds caption blocks only", path)
	}
}

// TestSeedWithOptions checks that the seed page's output does not change with the options:
// its only figure in the body is a Ghost bookmark card, and it has no comments.
func TestSeedWithOptions(t *testing.T) {
	path := filepath.Join("..", "testdata", "pages", "seed-kyiv-independent", "input.html")
	want, err := os.ReadFile(filepath.Join("..", "testdata", "pages", "seed-kyiv-independent", "want.txt"))
	require.NoError(t, err)
	res := extractWith(t, path, extractor.Options{KeepCaptions: true, KeepComments: true})
	assert.Equal(t, string(want), res.Text()+"\n")
	assert.Empty(t, res.Comments)
}
