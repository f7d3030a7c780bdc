package titlepick

import (
	"errors"
	"fmt"
	"go/format"
	"io"
	"math"
	"slices"
	"strings"
)

// Node is one node of a tree: an inner node sends a candidate whose feature is at most
// Threshold to Left, else to Right; a leaf (Left == 0) adds Value to the score.
type Node struct {
	Feature     Feature
	Threshold   float64
	Left, Right int32 // indices of the children in the tree's nodes; 0 for a leaf
	Value       float64
}

// Tree is a regression tree; its root is its first node.
type Tree []Node

// Model is a fitted chooser: boosted regression trees whose leaves add up to a candidate's
// score; the page's headline is the candidate with the highest score.
type Model struct {
	// Features names the features the trees were fitted for, in order (see [Feature]).
	Features []string
	// Trees are the boosted trees.
	Trees []Tree
	// Margin is how much higher than the first candidate's (the rules' choice) another
	// candidate's score must be to be chosen.
	Margin float64
}

// Score returns the model's score of one candidate: higher is likelier the headline. A NaN
// feature goes right.
func (m *Model) Score(f *Features) float64 {
	s := 0.0
	for _, t := range m.Trees {
		i := 0
		for t[i].Left != 0 {
			if f[t[i].Feature] <= t[i].Threshold {
				i = int(t[i].Left)
			} else {
				i = int(t[i].Right)
			}
		}
		s += t[i].Value
	}
	return s
}

// Choose returns the index of the candidate with the highest score, when it beats the first
// candidate's by more than the model's Margin, else 0 (the first); -1 when there is none.
func (m *Model) Choose(cands []Features) int {
	if len(cands) == 0 {
		return -1
	}
	first := m.Score(&cands[0])
	best, bestScore := 0, first+m.Margin
	for i := 1; i < len(cands); i++ {
		if s := m.Score(&cands[i]); s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// Page is one training page: its candidates and which of them are right.
type Page struct {
	// Cands are the candidates' features.
	Cands []Features
	// Right says which candidates match the page's true headline.
	Right []bool
}

// Params are the fitting's settings.
type Params struct {
	// Trees is the number of trees; Depth the depth of each.
	Trees, Depth int
	// MinHess is the least sum of second derivatives (about a tenth of a candidate each) in a
	// leaf.
	MinHess float64
	// Rate shrinks each tree; Lambda is the L2 penalty on a leaf's value.
	Rate, Lambda float64
	// Margin is the fitted model's Margin (see [Model]).
	Margin float64
}

// DefaultParams are the settings the train program's cross-validation chose on wcxb-dev's
// tuning half (5 folds by site).
var DefaultParams = Params{Trees: 30, Depth: 3, MinHess: 2, Rate: 0.3, Lambda: 1}

// row is one candidate in fitting: its page, features, label, and score so far.
type row struct {
	page  int
	f     *Features
	right bool
	score float64
	g, h  float64
}

// Fit fits boosted trees on the pages by Newton steps on the conditional logit's loss: minus
// the log of the probability that the softmax of the scores over a page's candidates gives
// to its right ones. Pages with no right candidate, or only right ones, teach nothing and are
// skipped. Nothing is random: the same pages give the same model.
func Fit(pages []Page, p Params) (*Model, error) {
	if p.Trees <= 0 || p.Depth <= 0 || p.Rate <= 0 || p.Lambda < 0 || p.MinHess < 0 {
		return nil, errors.New("titlepick: bad params")
	}
	var rows []row
	var starts []int // each used page's first row; a last entry ends the last page
	for _, pg := range pages {
		if len(pg.Right) != len(pg.Cands) {
			return nil, errors.New("titlepick: a page's labels and candidates differ in number")
		}
		right := 0
		for _, r := range pg.Right {
			if r {
				right++
			}
		}
		if right == 0 || right == len(pg.Cands) {
			continue
		}
		starts = append(starts, len(rows))
		for i := range pg.Cands {
			rows = append(rows, row{page: len(starts) - 1, f: &pg.Cands[i], right: pg.Right[i]})
		}
	}
	if len(rows) == 0 {
		return nil, errors.New("titlepick: no page to learn from")
	}
	starts = append(starts, len(rows))
	cuts := thresholds(rows)
	m := &Model{Margin: p.Margin}
	for f := range NumFeatures {
		m.Features = append(m.Features, f.String())
	}
	for range p.Trees {
		gradients(rows, starts)
		idx := make([]int, len(rows))
		for i := range idx {
			idx[i] = i
		}
		var t Tree
		grow(&t, rows, idx, cuts, p, p.Depth)
		for i := range rows {
			rows[i].score += (&Model{Trees: []Tree{t}}).Score(rows[i].f)
		}
		m.Trees = append(m.Trees, t)
	}
	return m, nil
}

// gradients sets each row's first and second derivative of the loss by its score.
func gradients(rows []row, starts []int) {
	for p := 0; p+1 < len(starts); p++ {
		rs := rows[starts[p]:starts[p+1]]
		top := math.Inf(-1)
		for _, r := range rs {
			top = math.Max(top, r.score)
		}
		sum, sumRight := 0.0, 0.0
		for _, r := range rs {
			e := math.Exp(r.score - top)
			sum += e
			if r.right {
				sumRight += e
			}
		}
		for i := range rs {
			e := math.Exp(rs[i].score - top)
			pr := e / sum
			g := pr
			if rs[i].right {
				g -= e / sumRight
			}
			rs[i].g = g
			rs[i].h = math.Max(pr*(1-pr), 1e-6)
		}
	}
}

// maxCuts is the most thresholds a feature is tried at.
const maxCuts = 32

// thresholds returns, for each feature, the values to split it at: midpoints between its
// distinct values, at most maxCuts of them spread over the sorted values.
func thresholds(rows []row) [][]float64 {
	cuts := make([][]float64, NumFeatures)
	vals := make([]float64, 0, len(rows))
	for f := range NumFeatures {
		vals = vals[:0]
		for _, r := range rows {
			if v := r.f[f]; !math.IsNaN(v) {
				vals = append(vals, v)
			}
		}
		slices.Sort(vals)
		vals := slices.Compact(vals)
		step := max(1, len(vals)/maxCuts)
		for i := step; i < len(vals); i += step {
			cuts[f] = append(cuts[f], (vals[i-1]+vals[i])/2)
		}
	}
	return cuts
}

// grow appends to t the node for the rows idx, split to depth more levels, and returns its
// index.
func grow(t *Tree, rows []row, idx []int, cuts [][]float64, p Params, depth int) int32 {
	g, h := 0.0, 0.0
	for _, i := range idx {
		g, h = g+rows[i].g, h+rows[i].h
	}
	at := int32(len(*t))
	*t = append(*t, Node{Value: -p.Rate * g / (h + p.Lambda)})
	if depth == 0 {
		return at
	}
	parent := g * g / (h + p.Lambda)
	bestGain, bestF, bestCut := 1e-9, Feature(-1), 0.0
	for f := range NumFeatures {
		cs := cuts[f]
		if len(cs) == 0 {
			continue
		}
		// Sums of the rows at or below each cut.
		gs, hs := make([]float64, len(cs)), make([]float64, len(cs))
		for _, i := range idx {
			v := rows[i].f[f]
			if math.IsNaN(v) {
				continue
			}
			if k, _ := slices.BinarySearch(cs, v); k < len(cs) {
				gs[k] += rows[i].g
				hs[k] += rows[i].h
			}
		}
		gl, hl := 0.0, 0.0
		for k := range cs {
			gl, hl = gl+gs[k], hl+hs[k]
			gr, hr := g-gl, h-hl
			if hl < p.MinHess || hr < p.MinHess {
				continue
			}
			if gain := gl*gl/(hl+p.Lambda) + gr*gr/(hr+p.Lambda) - parent; gain > bestGain {
				bestGain, bestF, bestCut = gain, f, cs[k]
			}
		}
	}
	if bestF < 0 {
		return at
	}
	var left, right []int
	for _, i := range idx {
		if rows[i].f[bestF] <= bestCut {
			left = append(left, i)
		} else {
			right = append(right, i)
		}
	}
	l := grow(t, rows, left, cuts, p, depth-1)
	r := grow(t, rows, right, cuts, p, depth-1)
	(*t)[at].Feature, (*t)[at].Threshold, (*t)[at].Left, (*t)[at].Right = bestF, bestCut, l, r
	return at
}

// WriteGo writes m as Go source of package titlepick that declares it as the variable
// fitted, for embedding it: by names the command that generates it, recipe is a comment
// (with its "//") on how it was fitted.
func WriteGo(w io.Writer, m *Model, by, recipe string) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "// Code generated by %s; DO NOT EDIT.\n\npackage titlepick\n\n%s\nvar fitted = Model{\n\tFeatures: []string{", by, recipe)
	for i, f := range m.Features {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%q", f)
	}
	sb.WriteString("},\n\tTrees: []Tree{\n")
	for _, t := range m.Trees {
		sb.WriteString("\t\t{\n")
		for _, n := range t {
			if n.Left == 0 {
				fmt.Fprintf(&sb, "\t\t\t{Value: %g},\n", n.Value)
			} else {
				fmt.Fprintf(&sb, "\t\t\t{Feature: %s, Threshold: %g, Left: %d, Right: %d, Value: %g},\n", n.Feature, n.Threshold, n.Left, n.Right, n.Value)
			}
		}
		sb.WriteString("\t\t},\n")
	}
	fmt.Fprintf(&sb, "\t},\n\tMargin: %g,\n}\n", m.Margin)
	src, err := format.Source([]byte(sb.String()))
	if err != nil {
		return err
	}
	_, err = w.Write(src)
	return err
}
