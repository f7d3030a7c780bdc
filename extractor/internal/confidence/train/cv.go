//go:build pithtrain

package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/pithdev/pith/extractor/internal/confidence"
	"github.com/pithdev/pith/internal/benchmark"
)

// crossValidate fits params on all folds of pages but one, scores the pages of that fold, and
// returns every page's out-of-fold estimate with its F1.
func crossValidate(pages []page, params confidence.Params) ([]benchmark.Rated, error) {
	rs, _, err := outOfFold(pages, params)
	return rs, err
}

// outOfFold is crossValidate, with the pages in the order of the estimates.
func outOfFold(pages []page, params confidence.Params) ([]benchmark.Rated, []page, error) {
	var order []page
	rs := make([]benchmark.Rated, 0, len(pages))
	for fold := range folds {
		var train []page
		for _, p := range pages {
			if p.fold != fold {
				train = append(train, p)
			}
		}
		m, err := fit(train, params)
		if err != nil {
			return nil, nil, err
		}
		for _, p := range pages {
			if p.fold == fold {
				rs = append(rs, benchmark.Rated{F1: p.f1, Confidence: m.Score(&p.x)})
				order = append(order, p)
			}
		}
	}
	return rs, order, nil
}

// fit fits a model of the pages' F1 with params.
func fit(pages []page, params confidence.Params) (*confidence.Model, error) {
	x, y := make([]confidence.Features, len(pages)), make([]float64, len(pages))
	for i, p := range pages {
		x[i], y[i] = p.x, p.f1
	}
	return confidence.Fit(x, y, params)
}

// writeOOF writes the pages' out-of-fold estimates with params, one page a line: id, fold,
// F1 and estimate.
func writeOOF(path string, pages []page, params confidence.Params) error {
	rs, order, err := outOfFold(pages, params)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.WriteString("id\tfold\tf1\testimate\n")
	for i, p := range order {
		fmt.Fprintf(&b, "%s\t%d\t%g\t%.4f\n", p.id, p.fold, p.f1, rs[i].Confidence)
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// cvScore is what the choice of parameters maximises on the out-of-fold estimates: the mean
// F1 of the 80% most confident pages (the bar the model missed), plus the share of the
// pages under 0.5 F1 in the lowest 10% and the Spearman correlation, each weighted less.
func cvScore(rs []benchmark.Rated) float64 {
	return benchmark.TopMeanF1(rs, 0.8) + 0.05*benchmark.LowCatch(rs, 0.1, 0.5) + 0.05*benchmark.Spearman(rs)
}

// grid are the parameters the cross-validation chooses from.
func grid() []confidence.Params {
	var ps []confidence.Params
	for _, depth := range []int{2, 3, 4} {
		for _, leaf := range []int{20, 40, 80} {
			for _, trees := range []int{40, 80, 160} {
				for _, lambda := range []float64{0, 20} {
					ps = append(ps, confidence.Params{Trees: trees, Depth: depth, MinLeaf: leaf, Rate: 0.04, Lambda: lambda})
				}
			}
		}
	}
	return ps
}

// tie is how close to the best cvScore a simpler model wins: differences this small are
// noise on some 800 pages.
const tie = 0.001

// choose cross-validates every parameter set of the grid on pages, prints each one's
// figures when verbose, and returns the simplest (see simpler) of those within tie of the
// best cvScore.
func choose(pages []page, verbose bool) (confidence.Params, error) {
	ps := grid()
	scores := make([]float64, len(ps))
	best := -1.0
	for i, p := range ps {
		rs, err := crossValidate(pages, p)
		if err != nil {
			return p, err
		}
		scores[i] = cvScore(rs)
		if verbose {
			fmt.Printf("cv %+v: Spearman %.3f, top 80%% %.4f, low catch %.3f, score %.4f\n",
				p, benchmark.Spearman(rs), benchmark.TopMeanF1(rs, 0.8), benchmark.LowCatch(rs, 0.1, 0.5), scores[i])
		}
		best = max(best, scores[i])
	}
	chosen := -1
	for i, p := range ps {
		if scores[i] < best-tie {
			continue
		}
		if chosen < 0 || simpler(p, ps[chosen]) {
			chosen = i
		}
	}
	return ps[chosen], nil
}

// simpler reports whether a model fitted with p is simpler than one fitted with q: fewer
// leaves at most, then larger leaves, then leaves shrunk more.
func simpler(p, q confidence.Params) bool {
	if leaves(p) != leaves(q) {
		return leaves(p) < leaves(q)
	}
	if p.MinLeaf != q.MinLeaf {
		return p.MinLeaf > q.MinLeaf
	}
	return p.Lambda > q.Lambda
}

// leaves is the most leaves a model fitted with p can have.
func leaves(p confidence.Params) int { return p.Trees << p.Depth }
