//go:build pithtrain

package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor/internal/confidence"
)

// stepPages are pages of 20 sites whose F1 is 0.2 when PageProse is under 0.5 and 0.9
// otherwise.
func stepPages() []page {
	var ps []page
	for i := range 400 {
		var p page
		p.x[confidence.PageProse] = float64(i%100) / 100
		p.f1 = 0.9
		if p.x[confidence.PageProse] < 0.5 {
			p.f1 = 0.2
		}
		p.site = uint32(i%20) << 8
		p.fold = foldOf(p.site)
		p.id = string(rune('a' + i%26))
		ps = append(ps, p)
	}
	return ps
}

func TestCrossValidateScoresEveryPageOutOfItsFold(t *testing.T) {
	ps := stepPages()
	rs, order, err := outOfFold(ps, confidence.Params{Trees: 30, Depth: 2, MinLeaf: 10, Rate: 0.3})
	require.NoError(t, err)
	require.Len(t, rs, len(ps), "every page once")
	require.Len(t, order, len(ps))
	for i, r := range rs {
		assert.Equal(t, order[i].f1, r.F1)
		if d := order[i].x[confidence.PageProse] - 0.5; d > 0.05 || d < -0.05 {
			// Away from the step: where it falls between two values is the other folds' guess.
			assert.InDelta(t, order[i].f1, r.Confidence, 0.05, "the step is learnt from the other folds")
		}
	}
	for f := range folds {
		assert.Contains(t, foldsOf(ps), f, "the 20 sites fill every fold")
	}
}

func foldsOf(ps []page) map[int]bool {
	m := map[int]bool{}
	for _, p := range ps {
		m[p.fold] = true
	}
	return m
}

func TestChoosePrefersTheSimplestOfTheBest(t *testing.T) {
	p, err := choose(stepPages(), false)
	require.NoError(t, err)
	// Every setting learns the step about equally well: the fewest leaves win, then the
	// largest, then the most shrunk.
	assert.Equal(t, confidence.Params{Trees: 40, Depth: 2, MinLeaf: 80, Rate: 0.04, Lambda: 20}, p)
	assert.Equal(t, 40<<2, leaves(p))
}

func TestSimpler(t *testing.T) {
	base := confidence.Params{Trees: 80, Depth: 3, MinLeaf: 40, Rate: 0.04}
	fewer, larger, shrunk := base, base, base
	fewer.Trees, larger.MinLeaf, shrunk.Lambda = 40, 80, 20
	assert.True(t, simpler(fewer, base))
	assert.False(t, simpler(base, fewer))
	assert.True(t, simpler(larger, base))
	assert.True(t, simpler(shrunk, base))
	assert.False(t, simpler(base, base))
}

func TestDumpRoundTrip(t *testing.T) {
	ps := stepPages()[:10]
	path := filepath.Join(t.TempDir(), "dump.tsv")
	require.NoError(t, writeDump(path, ps[:6], ps[6:]))
	tune, check, err := readDump(path)
	require.NoError(t, err)
	assert.Equal(t, ps[:6], tune)
	assert.Equal(t, ps[6:], check)
}
