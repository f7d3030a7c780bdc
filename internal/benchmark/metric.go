// Package benchmark scores text extraction against annotated pages with the metric of the
// ScrapingHub article-extraction benchmark: token 4-gram shingles, counted as multisets,
// compared per page, and averaged over pages into precision, recall and F1.
//
// The tokenizer and the averaging follow the benchmark's reference implementation (Python's
// `\w+` on str, no lowercasing), so numbers from here can be put next to published ones.
package benchmark

import (
	"slices"
	"strings"
	"unicode"
)

// ShingleSize is the number of tokens in one shingle.
const ShingleSize = 4

// Tokens splits s into the tokens of Python's `\w+` on a str: maximal runs of word characters,
// where a word character is a Unicode letter (L*), a Unicode number (Nd, Nl, No) or '_'.
// Everything else, combining marks (Mn, Mc) included, separates tokens. Case is kept.
func Tokens(s string) []string {
	var tokens []string
	start := -1
	for i, r := range s {
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			tokens = append(tokens, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		tokens = append(tokens, s[start:])
	}
	return tokens
}

// isWordRune reports whether r matches Python's `\w` in a str pattern.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Shingles returns the multiset of [ShingleSize]-token shingles of tokens, each shingle being
// its tokens joined by a space. A sequence of 1 to ShingleSize-1 tokens is a single shingle
// of all of them; no tokens give no shingles.
func Shingles(tokens []string) map[string]int {
	counts := make(map[string]int)
	if len(tokens) == 0 {
		return counts
	}
	n := max(1, len(tokens)-ShingleSize+1)
	for i := range n {
		end := min(i+ShingleSize, len(tokens))
		counts[strings.Join(tokens[i:end], " ")]++
	}
	return counts
}

// PageScore is the comparison of one predicted text with its ground truth.
type PageScore struct {
	// TP is the number of shingles in both texts (multiset intersection).
	TP int
	// FP is the number of predicted shingles not in the truth (multiset difference).
	FP int
	// FN is the number of true shingles not predicted (multiset difference).
	FN int
	// Exact is true when the two texts have the same token sequence.
	Exact bool
}

// Score compares a predicted text with the ground truth of the same page.
func Score(pred, truth string) PageScore {
	predTokens, truthTokens := Tokens(pred), Tokens(truth)
	s := compareShingles(Shingles(predTokens), Shingles(truthTokens))
	s.Exact = slices.Equal(predTokens, truthTokens)
	return s
}

// compareShingles counts the multiset intersection and the two differences of pred and truth.
func compareShingles(pred, truth map[string]int) PageScore {
	var s PageScore
	for sh, p := range pred {
		t := truth[sh]
		s.TP += min(p, t)
		s.FP += max(0, p-t)
	}
	for sh, t := range truth {
		s.FN += max(0, t-pred[sh])
	}
	return s
}

// Precision returns TP/(TP+FP), and false when the page has no predicted shingles,
// in which case it takes no part in the precision mean.
func (s PageScore) Precision() (float64, bool) {
	return ratio(s.TP, s.TP+s.FP)
}

// Recall returns TP/(TP+FN), and false when the page has no true shingles,
// in which case it takes no part in the recall mean.
func (s PageScore) Recall() (float64, bool) {
	return ratio(s.TP, s.TP+s.FN)
}

// F1 returns the page's own F1, 2TP/(2TP+FP+FN): 1 when both texts are empty, 0 when only one is.
// It ranks pages; the benchmark's F1 is computed from the means in [Summary] instead.
func (s PageScore) F1() float64 {
	if s.TP+s.FP+s.FN == 0 {
		return 1
	}
	return float64(2*s.TP) / float64(2*s.TP+s.FP+s.FN)
}

// ratio returns num/den, or false when den is zero.
func ratio(num, den int) (float64, bool) {
	if den == 0 {
		return 0, false
	}
	return float64(num) / float64(den), true
}

// Summary is the benchmark's score of one extractor on a set of pages.
type Summary struct {
	// Pages is the number of pages scored.
	Pages int
	// Precision is the mean of the per-page precision over pages with a non-empty prediction.
	Precision float64
	// Recall is the mean of the per-page recall over pages with a non-empty truth.
	Recall float64
	// F1 is the harmonic mean of Precision and Recall.
	F1 float64
	// Accuracy is the share of pages whose predicted token sequence equals the truth's.
	Accuracy float64
	// Errors is the number of pages whose extraction failed (set by [Run]; [Summarize] leaves it 0).
	Errors int
}

// Summarize averages per-page scores into the benchmark's precision, recall, F1 and accuracy.
// A mean over no pages is 0.
func Summarize(scores []PageScore) Summary {
	var precision, recall, accuracy mean
	for _, s := range scores {
		if p, ok := s.Precision(); ok {
			precision.add(p)
		}
		if r, ok := s.Recall(); ok {
			recall.add(r)
		}
		accuracy.add(boolFloat(s.Exact))
	}
	sum := Summary{
		Pages:     len(scores),
		Precision: precision.value(),
		Recall:    recall.value(),
		Accuracy:  accuracy.value(),
	}
	sum.F1 = harmonicMean(sum.Precision, sum.Recall)
	return sum
}

// mean accumulates an arithmetic mean.
type mean struct {
	sum float64
	n   int
}

func (m *mean) add(v float64) { m.sum += v; m.n++ }

func (m *mean) value() float64 {
	if m.n == 0 {
		return 0
	}
	return m.sum / float64(m.n)
}

func boolFloat(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// harmonicMean returns 2ab/(a+b), or 0 when both are 0.
func harmonicMean(a, b float64) float64 {
	if a+b == 0 {
		return 0
	}
	return 2 * a * b / (a + b)
}
