//go:build pithtrain

package main

import (
	"fmt"
	"math"
	"sort"

	"github.com/pithdev/pith/extractor/internal/confidence"
	"github.com/pithdev/pith/internal/benchmark"
)

// The study of other forms of model than the embedded one (issue 28's rank target): what
// the -exp flag runs on the pages of a -dump file. Each experiment prints, for each form,
// its cross-validated figures on the tuning halves (folds by site, in four ways of putting
// the sites into folds, averaged: one way alone is too noisy to tell forms apart), or, for
// "check", its figures on the checking halves after a fit on the tuning halves, to confirm
// what the cross-validation chose. docs/confidence.md has the numbers.

// scorer is one form of model: fit fits it on pages and returns a function that ranks
// others (higher for a likelier good result).
type scorer struct {
	name string
	fit  func(train []page) (func(*confidence.Features) float64, error)
}

// regScorer is the embedded form: regression trees of the F1 on squared error.
func regScorer(p confidence.Params) scorer {
	return scorer{fmt.Sprintf("reg %+v", p), func(tr []page) (func(*confidence.Features) float64, error) {
		m, err := fitModel(tr, p)
		if err != nil {
			return nil, err
		}
		return m.Raw, nil
	}}
}

// clsScorer is one log-loss classifier of "F1 at least t" for each threshold of ts; a page
// ranks by the sum of their probabilities (of their log-odds with useLogit).
func clsScorer(p confidence.Params, ts []float64, useLogit bool) scorer {
	p.Loss = confidence.LogLoss
	return scorer{fmt.Sprintf("cls %v logit=%v %+v", ts, useLogit, p), func(tr []page) (func(*confidence.Features) float64, error) {
		var ms []*confidence.Model
		for _, t := range ts {
			x, y := make([]confidence.Features, len(tr)), make([]float64, len(tr))
			for i, pg := range tr {
				x[i] = pg.x
				if pg.f1 >= t {
					y[i] = 1
				}
			}
			m, err := confidence.Fit(x, y, p)
			if err != nil {
				return nil, err
			}
			ms = append(ms, m)
		}
		return func(f *confidence.Features) float64 {
			s := 0.0
			for _, m := range ms {
				r := m.Raw(f)
				if useLogit {
					s += r
				} else {
					s += 1 / (1 + math.Exp(-r))
				}
			}
			return s
		}, nil
	}}
}

// pairScorer is trees fitted on the pairwise loss (confidence.Pairwise).
func pairScorer(p confidence.Params) scorer {
	p.Loss = confidence.Pairwise
	return scorer{fmt.Sprintf("pair %+v", p), func(tr []page) (func(*confidence.Features) float64, error) {
		m, err := fitModel(tr, p)
		if err != nil {
			return nil, err
		}
		return m.Raw, nil
	}}
}

// evalScorer cross-validates s in four ways of putting the sites into folds and prints the
// mean figures, and the mean F1 of the 80% most confident pages of each way.
func evalScorer(pages []page, s scorer) {
	var sp, top, low float64
	shifts := []uint{8, 0, 16, 3}
	var tops []float64
	for _, sh := range shifts {
		var rs []benchmark.Rated
		for fold := range folds {
			var train, test []page
			for _, p := range pages {
				if int(p.site>>sh)%folds != fold {
					train = append(train, p)
				} else {
					test = append(test, p)
				}
			}
			f, err := s.fit(train)
			if err != nil {
				fmt.Println(s.name, err)
				return
			}
			for _, p := range test {
				rs = append(rs, benchmark.Rated{F1: p.f1, Confidence: f(&p.x)})
			}
		}
		sp += benchmark.Spearman(rs)
		t := benchmark.TopMeanF1(rs, 0.8)
		top += t
		tops = append(tops, t)
		low += benchmark.LowCatch(rs, 0.1, 0.5)
	}
	n := float64(len(shifts))
	fmt.Printf("%-90s top80 %.4f sp %.3f low %.3f  %.4f\n", s.name, top/n, sp/n, low/n, tops)
}

// checkScorer fits s on the tuning pages and prints its figures on the checking pages.
func checkScorer(tune, check []page, s scorer) {
	f, err := s.fit(tune)
	if err != nil {
		fmt.Println(s.name, err)
		return
	}
	var rs []benchmark.Rated
	for _, p := range check {
		rs = append(rs, benchmark.Rated{F1: p.f1, Confidence: f(&p.x)})
	}
	fmt.Printf("CHECK %-90s top80 %.4f sp %.3f low %.3f\n", s.name, benchmark.TopMeanF1(rs, 0.8), benchmark.Spearman(rs), benchmark.LowCatch(rs, 0.1, 0.5))
}

// experiments runs the experiment named which on the tuning pages (and for "check" the
// checking pages): "base" (the embedded form), "cls" and "cls2" (classifiers: thresholds,
// depth, leaves, trees, rate, shrinkage), "pair" (the pairwise loss), "combo" (the
// embedded form plus classifiers), "perkind" (the embedded form through a monotone map for
// each kind of page, with its figures on the checking halves too) and "check".
func experiments(pages, check []page, which string) {
	base := confidence.DefaultParams
	switch which {
	case "check":
		cls := clsScorer(confidence.Params{Trees: 200, Depth: 2, MinLeaf: 40, Rate: 0.05, Lambda: 1}, []float64{0.5, 0.7, 0.85}, false)
		for _, sc := range []scorer{regScorer(base), cls,
			clsScorer(confidence.Params{Trees: 200, Depth: 2, MinLeaf: 40, Rate: 0.05, Lambda: 1}, []float64{0.7}, false),
			pairScorer(confidence.Params{Trees: 80, Depth: 3, MinLeaf: 20, Rate: 0.05, Lambda: 1}),
			pairScorer(confidence.Params{Trees: 200, Depth: 3, MinLeaf: 20, Rate: 0.05, Lambda: 1}),
			sumScorer(regScorer(base), cls, 1.0/3)} {
			checkScorer(pages, check, sc)
		}
	case "perkind":
		for _, mp := range []int{30, 60} {
			for _, bl := range []float64{0.5, 1} {
				sc := perKindScorer(regScorer(base), bl, mp)
				evalScorer(pages, sc)
				checkScorer(pages, check, sc)
			}
		}
	case "base":
		evalScorer(pages, regScorer(base))
	case "cls":
		for _, t := range [][]float64{{0.5}, {0.7}, {0.8}, {0.85}, {0.9}, {0.5, 0.7, 0.85}} {
			for _, d := range []int{2, 3} {
				for _, ml := range []int{20, 40, 80} {
					for _, tr := range []int{80, 200} {
						p := confidence.Params{Trees: tr, Depth: d, MinLeaf: ml, Rate: 0.05, Lambda: 1}
						evalScorer(pages, clsScorer(p, t, false))
					}
				}
			}
		}
	case "combo":
		reg := regScorer(base)
		cls := clsScorer(confidence.Params{Trees: 200, Depth: 2, MinLeaf: 40, Rate: 0.05, Lambda: 1}, []float64{0.5, 0.7, 0.85}, false)
		for _, w := range []float64{0.5, 1, 2} {
			evalScorer(pages, sumScorer(reg, cls, w/3))
		}
		cls7 := clsScorer(confidence.Params{Trees: 200, Depth: 2, MinLeaf: 40, Rate: 0.05, Lambda: 1}, []float64{0.7}, false)
		evalScorer(pages, sumScorer(reg, cls7, 1))
	case "cls2":
		for _, t := range [][]float64{{0.5, 0.7, 0.85}, {0.6, 0.7, 0.8}, {0.4, 0.55, 0.7, 0.85}} {
			for _, r := range []float64{0.02, 0.05} {
				for _, tr := range []int{200, 400} {
					for _, lam := range []float64{1, 5} {
						p := confidence.Params{Trees: tr, Depth: 2, MinLeaf: 40, Rate: r, Lambda: lam}
						evalScorer(pages, clsScorer(p, t, false))
					}
				}
			}
		}
	case "pair":
		for _, d := range []int{2, 3} {
			for _, ml := range []int{20, 80} {
				for _, tr := range []int{80, 200} {
					p := confidence.Params{Trees: tr, Depth: d, MinLeaf: ml, Rate: 0.05, Lambda: 1}
					evalScorer(pages, pairScorer(p))
				}
			}
		}
	default:
		fmt.Println("no experiment", which)
	}
}

// sumScorer ranks by a's score plus w times b's.
func sumScorer(a, b scorer, w float64) scorer {
	return scorer{fmt.Sprintf("%s + %.2f * %s", a.name, w, b.name), func(tr []page) (func(*confidence.Features) float64, error) {
		fa, err := a.fit(tr)
		if err != nil {
			return nil, err
		}
		fb, err := b.fit(tr)
		if err != nil {
			return nil, err
		}
		return func(f *confidence.Features) float64 { return fa(f) + w*fb(f) }, nil
	}}
}

// fitModel fits one model of the pages' F1 with p.
func fitModel(pages []page, p confidence.Params) (*confidence.Model, error) {
	x, y := make([]confidence.Features, len(pages)), make([]float64, len(pages))
	for i, pg := range pages {
		x[i], y[i] = pg.x, pg.f1
	}
	return confidence.Fit(x, y, p)
}

// kindOf returns the index of the page's kind among the one-hot kind features, or 7.
func kindOf(x *confidence.Features) int {
	for k := range 7 {
		if x[confidence.KindArticle+confidence.Feature(k)] == 1 {
			return k
		}
	}
	return 7
}

// isoMap is a monotone map: points (xs, ys) read by linear interpolation, flat outside.
type isoMap struct{ xs, ys []float64 }

// fitIso fits a monotone map of f1 from score by pool-adjacent-violators.
func fitIso(score, f1 []float64) isoMap {
	idx := make([]int, len(score))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return score[idx[a]] < score[idx[b]] })
	type run struct{ n, sx, sy float64 }
	var runs []run
	for _, i := range idx {
		runs = append(runs, run{1, score[i], f1[i]})
		for len(runs) > 1 {
			a, b := runs[len(runs)-2], runs[len(runs)-1]
			if a.sy/a.n < b.sy/b.n && a.sx/a.n < b.sx/b.n {
				break
			}
			runs = append(runs[:len(runs)-2], run{a.n + b.n, a.sx + b.sx, a.sy + b.sy})
		}
	}
	var m isoMap
	for _, r := range runs {
		m.xs = append(m.xs, r.sx/r.n)
		m.ys = append(m.ys, r.sy/r.n)
	}
	return m
}

func (m isoMap) at(s float64) float64 {
	i := sort.SearchFloat64s(m.xs, s)
	switch {
	case len(m.xs) == 0:
		return s
	case i == 0:
		return m.ys[0]
	case i == len(m.xs):
		return m.ys[len(m.ys)-1]
	}
	x0, x1, y0, y1 := m.xs[i-1], m.xs[i], m.ys[i-1], m.ys[i]
	return y0 + (y1-y0)*(s-x0)/(x1-x0)
}

// perKindScorer is inner's score mapped by a monotone map of the kind of page, each map
// fitted on inner's out-of-fold scores of the training pages (folds by site, inside them).
// blend weighs the mapped score against the score itself; minPages is the least pages of a
// kind for its own map (the others share one map).
func perKindScorer(inner scorer, blend float64, minPages int) scorer {
	return scorer{fmt.Sprintf("perkind(%.2f,%d) %s", blend, minPages, inner.name), func(tr []page) (func(*confidence.Features) float64, error) {
		f, err := inner.fit(tr)
		if err != nil {
			return nil, err
		}
		var sc, y [9][]float64
		for fold := range folds {
			var a, b []page
			for _, p := range tr {
				if int(p.site>>5)%folds == fold {
					b = append(b, p)
				} else {
					a = append(a, p)
				}
			}
			g, err := inner.fit(a)
			if err != nil {
				return nil, err
			}
			for _, p := range b {
				k := kindOf(&p.x)
				sc[k], y[k] = append(sc[k], g(&p.x)), append(y[k], p.f1)
				sc[8], y[8] = append(sc[8], g(&p.x)), append(y[8], p.f1)
			}
		}
		var maps [9]isoMap
		for k := range maps {
			if len(sc[k]) >= minPages || k == 8 {
				maps[k] = fitIso(sc[k], y[k])
			} else {
				maps[k] = isoMap{nil, nil}
			}
		}
		return func(x *confidence.Features) float64 {
			s := f(x)
			m := maps[kindOf(x)]
			if m.xs == nil {
				m = maps[8]
			}
			return blend*m.at(s) + (1-blend)*s
		}, nil
	}}
}
