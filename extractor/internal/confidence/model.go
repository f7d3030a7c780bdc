package confidence

import (
	"cmp"
	"slices"
)

// Node is one node of a regression [Tree]. A split node sends a page left when its feature is
// below Threshold, right otherwise; a leaf has Left == 0. Value is the mean of the fitting
// target over the training pages that reached the node, already scaled by the learning
// rate: a leaf's Value is what the tree adds to the score, and the difference between a
// child's Value and its parent's is what the split says about the page (see [Reasons]).
type Node struct {
	Feature     Feature
	Threshold   float64
	Left, Right int32 // indices of the children in the tree's nodes; 0 for a leaf
	Value       float64
}

// Tree is a regression tree; its root is Nodes[0].
type Tree []Node

// Model is a gradient-boosted set of regression trees: the score is Base plus each tree's
// leaf value, clipped to [0, 1].
type Model struct {
	Base  float64
	Trees []Tree
	// Features are the names of the features the model was fitted with, in [Feature]
	// order; a test compares them with the package's, so that a renamed or reordered
	// feature cannot pass unnoticed.
	Features []string
}

// leaf returns the index of the leaf of t that f falls into, calling visit (when not nil)
// with each split on the way and the change of value it brings.
func (t Tree) leaf(f *Features, visit func(Feature, float64)) int32 {
	i := int32(0)
	for t[i].Left != 0 {
		n := &t[i]
		next := n.Right
		if f[n.Feature] < n.Threshold {
			next = n.Left
		}
		if visit != nil {
			visit(n.Feature, t[next].Value-n.Value)
		}
		i = next
	}
	return i
}

// Score returns m's estimate for f, in [0, 1].
func (m *Model) Score(f *Features) float64 {
	return min(1, max(0, m.Raw(f)))
}

// Raw returns Base plus each tree's leaf value for f, unclipped: the estimate of a model
// fitted on squared error, the log-odds of a 1 for one fitted on log-loss.
func (m *Model) Raw(f *Features) float64 {
	s := m.Base
	for _, t := range m.Trees {
		s += t[t.leaf(f, nil)].Value
	}
	return s
}

// Reason is one feature's part in a score: Effect is what it added to (or, negative, took
// from) the estimate.
type Reason struct {
	Feature Feature
	Effect  float64
}

// Reasons returns the n features that moved m's estimate for f the most, the largest effect
// first. A feature's effect is the sum, over the trees, of the change of value at each split
// on it along the page's path (the per-path attribution of Saabas): the effects and the
// trees' root values add up to the unclipped score.
func (m *Model) Reasons(f *Features, n int) []Reason {
	var effect [NumFeatures]float64
	for _, t := range m.Trees {
		t.leaf(f, func(ft Feature, d float64) { effect[ft] += d })
	}
	var rs []Reason
	for ft, e := range effect {
		if e != 0 {
			rs = append(rs, Reason{Feature: Feature(ft), Effect: e})
		}
	}
	slices.SortStableFunc(rs, func(a, b Reason) int { return cmp.Compare(abs(b.Effect), abs(a.Effect)) })
	return rs[:min(n, len(rs))]
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// Score returns the embedded model's estimate of the word F1 of a result with features f.
func Score(f *Features) float64 { return fitted.Score(f) }

// Reasons returns the n features that moved the embedded model's estimate for f the most.
func Reasons(f *Features, n int) []Reason { return fitted.Reasons(f, n) }
