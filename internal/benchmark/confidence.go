package benchmark

import (
	"cmp"
	"math"
	"slices"

	"github.com/pithdev/pith/extractor"
)

// Rated is one page's word F1 beside the extractor's confidence in its result.
type Rated struct {
	// F1 is the word F1 ([WordF1]) of the body text against the truth; 0 when extraction
	// failed or found no body (unless the truth is empty too).
	F1 float64
	// Confidence is [extractor.Result.Confidence]; 0 when extraction failed with no Result.
	Confidence float64
}

// RateHalf extracts the pages of ds in half h with the default options and returns each
// page's F1 and confidence, in the order of ds.Pages.
func RateHalf(ds *Dataset, h Half) []Rated {
	var pages []Page
	for _, p := range ds.Pages {
		if h == All || HalfOf(p) == h {
			pages = append(pages, p)
		}
	}
	return MapPages(pages, ratePage)
}

// ratePage extracts one page and rates it.
func ratePage(p Page) Rated {
	res, err := extractor.Extract(p.HTML, extractor.Source{URL: p.URL})
	if res == nil {
		return Rated{F1: WordF1("", p.Truth)}
	}
	text := ""
	if err == nil {
		text = res.BodyText()
	}
	return Rated{F1: WordF1(text, p.Truth), Confidence: res.Confidence}
}

// byConfidence returns the indices of rs from the highest confidence to the lowest; pages
// of equal confidence keep their order.
func byConfidence(rs []Rated) []int {
	idx := make([]int, len(rs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(rs[b].Confidence, rs[a].Confidence) })
	return idx
}

// Spearman is the Spearman rank correlation between the confidence and the F1 of rs, with
// tied values given their mean rank; 0 when either does not vary.
func Spearman(rs []Rated) float64 {
	x := make([]float64, len(rs))
	y := make([]float64, len(rs))
	for i, r := range rs {
		x[i], y[i] = r.Confidence, r.F1
	}
	return pearson(ranks(x), ranks(y))
}

// ranks returns the rank of each value of v, from 1, ties sharing their mean rank.
func ranks(v []float64) []float64 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(v[a], v[b]) })
	r := make([]float64, len(v))
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && v[idx[j]] == v[idx[i]] {
			j++
		}
		mean := float64(i+j+1) / 2 // ranks i+1 .. j
		for k := i; k < j; k++ {
			r[idx[k]] = mean
		}
		i = j
	}
	return r
}

// pearson is the correlation of x and y; 0 when either does not vary.
func pearson(x, y []float64) float64 {
	n := float64(len(x))
	if n == 0 {
		return 0
	}
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= n
	my /= n
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return 0
	}
	return sxy / math.Sqrt(sxx*syy)
}

// TopMeanF1 is the mean F1 of the share frac (in (0, 1]) of the pages of rs with the highest
// confidence, rounded to whole pages, at least one; 0 for no pages.
func TopMeanF1(rs []Rated, frac float64) float64 {
	idx := byConfidence(rs)
	n := max(1, int(math.Round(frac*float64(len(rs)))))
	if len(rs) == 0 {
		return 0
	}
	sum := 0.0
	for _, i := range idx[:min(n, len(idx))] {
		sum += rs[i].F1
	}
	return sum / float64(min(n, len(idx)))
}

// LowCatch is the share of the pages of rs with an F1 under bad that are among the share
// frac of the pages with the lowest confidence; 1 when no page is under bad.
func LowCatch(rs []Rated, frac, bad float64) float64 {
	idx := byConfidence(rs)
	n := int(math.Round(frac * float64(len(rs))))
	low := map[int]bool{}
	for _, i := range idx[len(idx)-n:] {
		low[i] = true
	}
	total, caught := 0, 0
	for i, r := range rs {
		if r.F1 < bad {
			total++
			if low[i] {
				caught++
			}
		}
	}
	if total == 0 {
		return 1
	}
	return float64(caught) / float64(total)
}

// Decile is one row of a calibration table.
type Decile struct {
	// Above is the confidence the pages of the row are at or above: the lower bound of
	// the decile.
	Above float64
	// Share is the share of the pages in the row: 1, 0.9, ..., 0.1.
	Share float64
	// MeanF1 is the mean F1 of those pages.
	MeanF1 float64
}

// Calibration returns, for each confidence decile from the lowest, the mean F1 of the pages
// whose confidence is in that decile or a higher one.
func Calibration(rs []Rated) []Decile {
	if len(rs) == 0 {
		return nil
	}
	idx := byConfidence(rs)
	var out []Decile
	for d := range 10 {
		share := float64(10-d) / 10
		n := max(1, int(math.Round(share*float64(len(rs)))))
		sum := 0.0
		for _, i := range idx[:n] {
			sum += rs[i].F1
		}
		out = append(out, Decile{Above: rs[idx[n-1]].Confidence, Share: share, MeanF1: sum / float64(n)})
	}
	return out
}
