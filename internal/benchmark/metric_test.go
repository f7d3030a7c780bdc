package benchmark_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/benchmark"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"only punctuation", " — ,.!? ", nil},
		{"ascii words", "Hello, world!", []string{"Hello", "world"}},
		{"case kept", "NASA nasa", []string{"NASA", "nasa"}},
		{"apostrophe and hyphen split", "don't well-known", []string{"don", "t", "well", "known"}},
		{"typographic punctuation and nbsp", "“quoted”\u00a0text…end", []string{"quoted", "text", "end"}},
		{"cyrillic", "Привет, мир!", []string{"Привет", "мир"}},
		{"cjk run is one token", "日本語のテキスト。次", []string{"日本語のテキスト", "次"}},
		{"digits", "3.14 and 2024", []string{"3", "14", "and", "2024"}},
		{"other numbers", "x² ٣٤ Ⅻ", []string{"x²", "٣٤", "Ⅻ"}},
		{"underscore", "snake_case __init__", []string{"snake_case", "__init__"}},
		{"combining mark splits", "cafe\u0301s ok", []string{"cafe", "s", "ok"}},
		{"spacing marks split", "हिन्दी", []string{"ह", "न", "द"}},
		{"precomposed letter kept", "café", []string{"café"}},
		{"zero width space splits", "a\u200bb", []string{"a", "b"}},
		{"invalid utf-8 splits", "a\xffb", []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, benchmark.Tokens(tt.in))
		})
	}
}

func TestShingles(t *testing.T) {
	tests := []struct {
		name   string
		tokens []string
		want   map[string]int
	}{
		{"none", nil, map[string]int{}},
		{"one token", []string{"a"}, map[string]int{"a": 1}},
		{"three tokens are one shingle", []string{"a", "b", "c"}, map[string]int{"a b c": 1}},
		{"four tokens", []string{"a", "b", "c", "d"}, map[string]int{"a b c d": 1}},
		{"sliding window", []string{"a", "b", "c", "d", "e"}, map[string]int{"a b c d": 1, "b c d e": 1}},
		{"repeats counted", []string{"x", "x", "x", "x", "x", "x"}, map[string]int{"x x x x": 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, benchmark.Shingles(tt.tokens))
		})
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name        string
		pred, truth string
		want        benchmark.PageScore
	}{
		{"equal", "a b c d e", "a b c d e", benchmark.PageScore{TP: 2, Exact: true}},
		{"equal tokens, other punctuation", "a, b. c!", "a b c", benchmark.PageScore{TP: 1, Exact: true}},
		{"both empty", "", "", benchmark.PageScore{Exact: true}},
		{"empty prediction", "", "a b c d e", benchmark.PageScore{FN: 2}},
		{"empty truth", "a b c d e", "", benchmark.PageScore{FP: 2}},
		{"one shingle each way", "a b c d x", "a b c d e", benchmark.PageScore{TP: 1, FP: 1, FN: 1}},
		{"multiset intersection", "x x x x", "x x x x x x", benchmark.PageScore{TP: 1, FN: 2}},
		{"short texts", "a b", "a b c", benchmark.PageScore{FP: 1, FN: 1}},
		{"case matters", "A b c d", "a b c d", benchmark.PageScore{FP: 1, FN: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, benchmark.Score(tt.pred, tt.truth))
		})
	}
}

func TestPageScoreRatios(t *testing.T) {
	tests := []struct {
		name         string
		score        benchmark.PageScore
		precision    float64
		hasPrecision bool
		recall       float64
		hasRecall    bool
		f1           float64
	}{
		{"perfect", benchmark.PageScore{TP: 4}, 1, true, 1, true, 1},
		{"both empty", benchmark.PageScore{}, 0, false, 0, false, 1},
		{"empty prediction", benchmark.PageScore{FN: 3}, 0, false, 0, true, 0},
		{"empty truth", benchmark.PageScore{FP: 3}, 0, true, 0, false, 0},
		{"partial", benchmark.PageScore{TP: 1, FN: 2}, 1, true, 1.0 / 3, true, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, okP := tt.score.Precision()
			r, okR := tt.score.Recall()
			assert.Equal(t, tt.hasPrecision, okP)
			assert.Equal(t, tt.hasRecall, okR)
			assert.InDelta(t, tt.precision, p, 1e-12)
			assert.InDelta(t, tt.recall, r, 1e-12)
			assert.InDelta(t, tt.f1, tt.score.F1(), 1e-12)
		})
	}
}

func TestSummarize(t *testing.T) {
	tests := []struct {
		name  string
		pairs [][2]string // {pred, truth}
		want  benchmark.Summary
	}{
		{
			name:  "prediction equals truth",
			pairs: [][2]string{{"a b c d e", "a b c d e"}, {"Привет мир", "Привет мир"}},
			want:  benchmark.Summary{Pages: 2, Precision: 1, Recall: 1, F1: 1, Accuracy: 1},
		},
		{
			name:  "empty prediction: recall 0, left out of precision",
			pairs: [][2]string{{"", "a b c d e"}, {"a b c d e", "a b c d e"}},
			want:  benchmark.Summary{Pages: 2, Precision: 1, Recall: 0.5, F1: 2.0 / 3, Accuracy: 0.5},
		},
		{
			name:  "all predictions empty",
			pairs: [][2]string{{"", "a b c d e"}, {"", "f g"}},
			want:  benchmark.Summary{Pages: 2},
		},
		{
			// P = mean(1/2, 1, 1) = 5/6 over 3 pages; R = mean(1/2, 1/3, 0, 1) = 11/24 over 4 pages;
			// F1 = 2·(5/6)·(11/24) / (5/6 + 11/24) = 55/93.
			name: "hand-computed partial case",
			pairs: [][2]string{
				{"a b c d x", "a b c d e"},    // TP 1, FP 1, FN 1
				{"x x x x", "x x x x x x"},    // TP 1, FP 0, FN 2
				{"", "p q r"},                 // TP 0, FP 0, FN 1
				{"k l m n o", "k, l. m n o!"}, // TP 2, exact
			},
			want: benchmark.Summary{Pages: 4, Precision: 5.0 / 6, Recall: 11.0 / 24, F1: 55.0 / 93, Accuracy: 0.25},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			scores := make([]benchmark.PageScore, len(tt.pairs))
			for i, p := range tt.pairs {
				scores[i] = benchmark.Score(p[0], p[1])
			}
			assertSummary(t, tt.want, benchmark.Summarize(scores))
		})
	}
}

func TestRun(t *testing.T) {
	ds := &benchmark.Dataset{Name: "toy", Pages: []benchmark.Page{
		{ID: "1", URL: "u1", Truth: "one two three four five", HTML: []byte("one two three four five")},
		{ID: "2", URL: "u2", Truth: "six seven", HTML: []byte("fail")},
		{ID: "3", URL: "u3", Truth: "eight nine", HTML: []byte("panic")},
	}}
	extract := func(html []byte, _ string) (string, error) {
		switch string(html) {
		case "fail":
			return "ignored", assert.AnError
		case "panic":
			panic("boom")
		}
		return string(html), nil
	}
	sum, results := benchmark.Run(ds, extract)
	assertSummary(t, benchmark.Summary{Pages: 3, Precision: 1, Recall: 1.0 / 3, F1: 0.5, Accuracy: 1.0 / 3, Errors: 2}, sum)
	require.Len(t, results, 3)
	assert.Equal(t, []string{"1", "2", "3"}, []string{results[0].ID, results[1].ID, results[2].ID})
	assert.NoError(t, results[0].Err)
	assert.ErrorIs(t, results[1].Err, assert.AnError)
	assert.Empty(t, results[1].Pred, "a failed extraction counts as an empty prediction")
	assert.ErrorContains(t, results[2].Err, "boom")
}

func assertSummary(t *testing.T, want, got benchmark.Summary) {
	t.Helper()
	assert.Equal(t, want.Pages, got.Pages, "pages")
	assert.Equal(t, want.Errors, got.Errors, "errors")
	assert.InDelta(t, want.Precision, got.Precision, 1e-12, "precision")
	assert.InDelta(t, want.Recall, got.Recall, 1e-12, "recall")
	assert.InDelta(t, want.F1, got.F1, 1e-12, "F1")
	assert.InDelta(t, want.Accuracy, got.Accuracy, 1e-12, "accuracy")
}
