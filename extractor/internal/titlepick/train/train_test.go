//go:build pithtrain

package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor/internal/titlepick"
)

// sitePages are pages of 20 sites with two candidates, the rules' choice first, where the
// right one is the candidate the <title> holds.
func sitePages() []page {
	var ps []page
	for i := range 200 {
		var a, b titlepick.Features
		a[titlepick.FromRules], b[titlepick.FromPage] = 1, 1
		right := i%3 == 0
		if right {
			a[titlepick.InPage] = 1
		} else {
			b[titlepick.InPage] = 1
		}
		p := page{ID: string(rune('a' + i%26)), Fold: foldOf(uint32(i%20) << 8), Tune: true, Texts: []string{"rules", "title"}}
		p.Cands, p.Right = []titlepick.Features{a, b}, []bool{right, !right}
		ps = append(ps, p)
	}
	return ps
}

func TestCrossValidateLearnsFromTheOtherFolds(t *testing.T) {
	ps := sitePages()
	for f := range folds {
		n := 0
		for _, p := range ps {
			if p.Fold == f {
				n++
			}
		}
		assert.Positive(t, n, "the 20 sites fill fold %d", f)
	}
	n, err := crossValidate(ps, titlepick.Params{Trees: 20, Depth: 2, MinHess: 1, Rate: 0.3, Lambda: 1})
	require.NoError(t, err)
	assert.Equal(t, len(ps), n, "every page right out of its fold")
	assert.Empty(t, oofMisses(ps, titlepick.Params{Trees: 20, Depth: 2, MinHess: 1, Rate: 0.3, Lambda: 1}))
}

func TestScoreCountsRulesModelAndBest(t *testing.T) {
	ps := sitePages()
	m := &titlepick.Model{Trees: []titlepick.Tree{{{Feature: titlepick.InPage, Threshold: 0.5, Left: 1, Right: 2}, {Value: 0}, {Value: 1}}}}
	rules, model, best := score(m, ps)
	assert.Equal(t, 67, rules, "a third of the pages")
	assert.Equal(t, len(ps), model)
	assert.Equal(t, len(ps), best)
}
