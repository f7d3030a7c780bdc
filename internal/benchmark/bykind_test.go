package benchmark

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
)

// kindSet is a set of five pages of four kinds; its URLs put "a.example" in the tuning half
// and "b.example" in the checking half (checked below); the page with id "e" has an empty
// truth.
func kindSet() *Dataset {
	return &Dataset{Name: "toy", Pages: []Page{
		{ID: "a", URL: "https://a.example/1", Type: "article", Truth: "one two three four", HTML: []byte("a")},
		{ID: "b", URL: "https://a.example/2", Type: "forum", Truth: "five six", HTML: []byte("b")},
		{ID: "c", URL: "https://b.example/1", Type: "forum", Truth: "seven eight", HTML: []byte("c")},
		{ID: "d", URL: "https://b.example/2", Type: "odd", Truth: "nine", HTML: []byte("d")},
		{ID: "e", URL: "https://b.example/3", Type: "listing", Truth: "", HTML: []byte("e")},
	}}
}

func TestRunWordsAndSummarizeByKind(t *testing.T) {
	ds := kindSet()
	predict := func(html []byte, _ string) (Prediction, error) {
		switch string(html) {
		case "a":
			return Prediction{Text: "One two three four", PageType: "article"}, nil
		case "b":
			return Prediction{Text: "five", PageType: "article"}, nil
		case "c":
			return Prediction{PageType: "forum"}, extractor.ErrNoContent
		case "d":
			panic("boom")
		}
		return Prediction{PageType: "listing"}, errors.New("no content")
	}
	res := RunWords(ds, predict)
	require.Len(t, res, 5)
	assert.InDelta(t, 1.0, res[0].F1, 1e-9)
	assert.InDelta(t, 2.0/3.0, res[1].F1, 1e-9, "P 1, R 1/2")
	assert.True(t, res[2].NoResult, "an error on a page with text is no result")
	assert.Equal(t, "forum", res[2].Got, "the kind of an ErrNoContent page counts")
	assert.ErrorContains(t, res[3].Err, "panicked on page d")
	assert.True(t, res[3].NoResult)
	assert.False(t, res[4].NoResult, "empty truth, empty output: not a miss")
	assert.InDelta(t, 1.0, res[4].F1, 1e-9, "empty truth, empty output scores 1")

	rows := SummarizeByKind(ds, res, All)
	require.Len(t, rows, 5)
	assert.Equal(t, []string{AllKinds, "article", "forum", "listing", "odd"},
		[]string{rows[0].Kind, rows[1].Kind, rows[2].Kind, rows[3].Kind, rows[4].Kind}, "known kinds in PageTypes order, then others")
	assert.Equal(t, KindSummary{Kind: AllKinds, Pages: 5, F1: (1 + 2.0/3.0 + 0 + 0 + 1) / 5, KindRight: 3, NoResult: 2, Errors: 3}, rows[0])
	assert.Equal(t, KindSummary{Kind: "forum", Pages: 2, F1: 1.0 / 3.0, KindRight: 1, NoResult: 1, Errors: 1}, rows[2])
	assert.InDelta(t, 0.6, rows[0].KindAccuracy(), 1e-9)
	assert.Zero(t, KindSummary{}.KindAccuracy())

	tune, check := SummarizeByKind(ds, res, Tune), SummarizeByKind(ds, res, Check)
	require.Equal(t, Tune, HalfOf(ds.Pages[0]))
	require.Equal(t, Check, HalfOf(ds.Pages[2]))
	assert.Equal(t, 2, tune[0].Pages, "a.example's pages")
	assert.Equal(t, 3, check[0].Pages, "b.example's pages")
	assert.InDelta(t, (1+2.0/3.0)/2, tune[0].F1, 1e-9)
}

func TestPithPredict(t *testing.T) {
	predict, err := PithPredict(extractor.Options{})
	require.NoError(t, err)
	body := "The harbour ferries began their spring timetable on Monday, three weeks after the storms that closed the northern pier. " +
		"Crews spent the winter rebuilding the landing stage, and the first crossing left on time with forty passengers aboard."
	p, err := predict([]byte("<html><body><article><h1>Ferries return</h1><p>"+body+"</p></article></body></html>"), "")
	require.NoError(t, err)
	assert.Equal(t, body, p.Text, "the body without the headline")
	assert.Equal(t, "article", p.PageType)

	p, err = predict([]byte("<html><head><title>App</title></head><body><div id=root></div></body></html>"), "")
	require.ErrorIs(t, err, extractor.ErrNoContent)
	assert.Empty(t, p.Text)
	assert.NotEmpty(t, p.PageType, "a page with no content is still named")

	forced, err := PithPredict(extractor.Options{PageType: extractor.PageForum})
	require.NoError(t, err)
	p, _ = forced([]byte("<html><body><p>"+body+"</p></body></html>"), "")
	assert.Equal(t, "forum", p.PageType, "the override is the kind")

	_, err = PithPredict(extractor.Options{PageType: "blog"})
	assert.Error(t, err, "bad options are an error")
}

func TestTextOnly(t *testing.T) {
	p, err := TextOnly(AllText)([]byte("<p>Hello there</p>"), "")
	require.NoError(t, err)
	assert.Equal(t, "Hello there", strings.TrimSpace(p.Text))
	assert.Empty(t, p.PageType, "the all-text baseline names no kind")
}
