package confidence

import (
	"cmp"
	"errors"
	"fmt"
	"go/format"
	"io"
	"math"
	"slices"
	"strconv"
)

// Params are the settings of [Fit].
type Params struct {
	// Trees is the number of trees.
	Trees int
	// Depth is the depth of each tree: at most 2^Depth leaves.
	Depth int
	// MinLeaf is the least number of training pages in a leaf.
	MinLeaf int
	// Rate is the learning rate: the share of each tree's fit that goes into the score.
	Rate float64
	// Lambda shrinks each node's value towards 0 as if it held Lambda more pages with no
	// residual (L2 regularisation of the leaves): small leaves say less. 0 does not shrink.
	Lambda float64
	// Loss is what the trees minimise; the zero value is squared error, what the embedded
	// model is fitted with. The others were studied (the train program's -exp flag).
	Loss Loss
}

// Loss names what [Fit] minimises.
type Loss int

const (
	// SquaredError fits the target itself: the score estimates it.
	SquaredError Loss = iota
	// LogLoss fits a classifier of targets 0 and 1 (binomial deviance): the raw score
	// ([Model.Raw]) is the log-odds of a 1.
	LogLoss
	// Pairwise fits a ranking: for every two pages of different targets, the logistic loss
	// of ranking them the wrong way, weighted by how far apart their targets are (RankNet
	// with LambdaRank's weighting by the gain lost). The raw score orders pages; its scale
	// means nothing.
	Pairwise
)

// DefaultParams are the settings the embedded model is fitted with.
// They were chosen by 5-fold cross-validation within the tuning halves, folds by site (the
// train program's -grid flag): shallow trees with large, shrunk leaves generalise better
// than the deeper fit that suits the pages it was fitted on.
var DefaultParams = Params{Trees: 80, Depth: 3, MinLeaf: 80, Rate: 0.04, Lambda: 20}

// Fit fits a model of y from x by gradient boosting on p.Loss (squared error unless set):
// each tree fits, to second order, what the trees before it left unexplained. It is
// deterministic: the same pages in the same order give the same model.
func Fit(x []Features, y []float64, p Params) (*Model, error) {
	if len(x) == 0 || len(x) != len(y) {
		return nil, errors.New("confidence: fit needs as many targets as pages, and at least one")
	}
	if p.Trees < 0 || p.Depth < 1 || p.MinLeaf < 1 || p.Rate <= 0 || p.Lambda < 0 {
		return nil, fmt.Errorf("confidence: bad fit parameters %+v", p)
	}
	m := &Model{Features: make([]string, NumFeatures)}
	for f := range NumFeatures {
		m.Features[f] = f.String()
	}
	switch p.Loss {
	case SquaredError:
		for _, v := range y {
			m.Base += v
		}
		m.Base /= float64(len(y))
	case LogLoss:
		pos := 0.0
		for _, v := range y {
			if v != 0 && v != 1 {
				return nil, errors.New("confidence: a log-loss fit needs targets of 0 and 1")
			}
			pos += v
		}
		if pos == 0 || pos == float64(len(y)) {
			return nil, errors.New("confidence: a log-loss fit needs targets of both values")
		}
		m.Base = math.Log(pos / (float64(len(y)) - pos))
	case Pairwise:
	default:
		return nil, fmt.Errorf("confidence: unknown loss %d", p.Loss)
	}
	// order[f] lists the pages by their value of feature f, once for all trees.
	var order [NumFeatures][]int32
	for f := range NumFeatures {
		o := make([]int32, len(x))
		for i := range o {
			o[i] = int32(i)
		}
		slices.SortStableFunc(o, func(a, b int32) int { return cmp.Compare(x[a][f], x[b][f]) })
		order[f] = o
	}
	pred := make([]float64, len(x))
	for i := range pred {
		pred[i] = m.Base
	}
	grad, hess := make([]float64, len(x)), make([]float64, len(x))
	var pairs []pair
	if p.Loss == Pairwise {
		pairs = pairsOf(y)
	}
	for range p.Trees {
		gradients(p.Loss, y, pred, pairs, grad, hess)
		b := treeBuilder{x: x, grad: grad, hess: hess, order: &order, p: p, node: make([]int32, len(x))}
		b.grow(0, len(x), 0)
		t := b.tree
		for i := range x {
			pred[i] += t[t.leaf(&x[i], nil)].Value
		}
		m.Trees = append(m.Trees, t)
	}
	return m, nil
}

// pair is two pages, the first of the higher target, and how far apart their targets are.
type pair struct {
	hi, lo int32
	w      float64
}

// pairsOf returns every two pages whose targets differ.
func pairsOf(y []float64) []pair {
	var ps []pair
	for i := range y {
		for j := range y {
			if y[i] > y[j] {
				ps = append(ps, pair{int32(i), int32(j), y[i] - y[j]})
			}
		}
	}
	return ps
}

// gradients sets each page's negative gradient of the loss at pred, and its second
// derivative, for the next tree to fit.
func gradients(loss Loss, y, pred []float64, pairs []pair, grad, hess []float64) {
	switch loss {
	case SquaredError:
		for i := range grad {
			grad[i], hess[i] = y[i]-pred[i], 1
		}
	case LogLoss:
		for i := range grad {
			q := 1 / (1 + math.Exp(-pred[i]))
			grad[i], hess[i] = y[i]-q, max(q*(1-q), 1e-6)
		}
	case Pairwise:
		clear(grad)
		clear(hess)
		for _, pr := range pairs {
			r := 1 / (1 + math.Exp(pred[pr.hi]-pred[pr.lo])) // the chance of the wrong order
			g, h := pr.w*r, pr.w*r*(1-r)
			grad[pr.hi] += g
			grad[pr.lo] -= g
			hess[pr.hi] += h
			hess[pr.lo] += h
		}
		for i := range hess {
			hess[i] = max(hess[i], 1e-6)
		}
	}
}

// treeBuilder grows one tree on the residuals.
type treeBuilder struct {
	x     []Features
	grad  []float64 // each page's negative gradient of the loss
	hess  []float64 // and its second derivative (1 for squared error)
	order *[NumFeatures][]int32
	p     Params
	node  []int32 // the tree node each page is in
	tree  Tree
}

// grow makes node id (already appended, or the root when the tree is empty) from the pages
// in it, n of them, and splits it while depth allows.
func (b *treeBuilder) grow(id int32, n, depth int) {
	if len(b.tree) == 0 {
		b.tree = append(b.tree, Node{})
	}
	sum, h := 0.0, 0.0
	for i, in := range b.node {
		if in == id {
			sum += b.grad[i]
			h += b.hess[i]
		}
	}
	b.tree[id].Value = b.p.Rate * sum / (h + b.p.Lambda)
	if depth == b.p.Depth || n < 2*b.p.MinLeaf {
		return
	}
	f, thr, nLeft, ok := b.bestSplit(id, n, sum, h)
	if !ok {
		return
	}
	left, right := int32(len(b.tree)), int32(len(b.tree)+1)
	b.tree = append(b.tree, Node{}, Node{})
	b.tree[id].Feature, b.tree[id].Threshold, b.tree[id].Left, b.tree[id].Right = f, thr, left, right
	for i, in := range b.node {
		if in == id {
			if b.x[i][f] < thr {
				b.node[i] = left
			} else {
				b.node[i] = right
			}
		}
	}
	b.grow(left, nLeft, depth+1)
	b.grow(right, n-nLeft, depth+1)
}

// bestSplit returns the split of node id, whose pages' gradients sum to sum and second
// derivatives to h, that most lowers the loss (to second order), with at least MinLeaf pages
// on each side; ok is false when no split lowers it.
func (b *treeBuilder) bestSplit(id int32, n int, sum, h float64) (best Feature, thr float64, nLeft int, ok bool) {
	lambda := b.p.Lambda
	bestGain := sum * sum / (h + lambda) * (1 + 1e-9)
	for f := range NumFeatures {
		var sl, hl float64
		nl := 0
		prev := int32(-1)
		for _, i := range b.order[f] {
			if b.node[i] != id {
				continue
			}
			if prev >= 0 && nl >= b.p.MinLeaf && n-nl >= b.p.MinLeaf && b.x[i][f] > b.x[prev][f] {
				sr, hr := sum-sl, h-hl
				if g := sl*sl/(hl+lambda) + sr*sr/(hr+lambda); g > bestGain {
					bestGain, best, nLeft, ok = g, f, nl, true
					thr = (b.x[i][f] + b.x[prev][f]) / 2
				}
			}
			sl += b.grad[i]
			hl += b.hess[i]
			nl++
			prev = i
		}
	}
	return best, thr, nLeft, ok
}

// WriteGo writes m as the Go source of package confidence's embedded model, the file
// model_gen.go; cmd names the command that made it.
func WriteGo(w io.Writer, m *Model, cmd, recipe string) error {
	buf := []byte("// Code generated by " + cmd + "; DO NOT EDIT.\n\n" + recipe + "\n\npackage confidence\n\n")
	buf = append(buf, "var fitted = Model{\n\tBase: "...)
	buf = strconv.AppendFloat(buf, m.Base, 'g', -1, 64)
	buf = append(buf, ",\n\tFeatures: []string{"...)
	for i, f := range m.Features {
		if i > 0 {
			buf = append(buf, ", "...)
		}
		buf = strconv.AppendQuote(buf, f)
	}
	buf = append(buf, "},\n\tTrees: []Tree{\n"...)
	for _, t := range m.Trees {
		buf = append(buf, "\t\t{\n"...)
		for _, n := range t {
			if n.Left == 0 {
				buf = append(buf, "\t\t\t{Value: "...)
			} else {
				buf = fmt.Appendf(buf, "\t\t\t{Feature: %s, Threshold: %s, Left: %d, Right: %d, Value: ",
					n.Feature, strconv.FormatFloat(n.Threshold, 'g', -1, 64), n.Left, n.Right)
			}
			buf = strconv.AppendFloat(buf, n.Value, 'g', -1, 64)
			buf = append(buf, "},\n"...)
		}
		buf = append(buf, "\t\t},\n"...)
	}
	buf = append(buf, "\t},\n}\n"...)
	src, err := format.Source(buf)
	if err != nil {
		return fmt.Errorf("confidence: generated model: %w", err)
	}
	_, err = w.Write(src)
	return err
}
