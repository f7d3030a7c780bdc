package pagekind

import "math"

// Model is a multinomial logistic regression over [Features]: each feature is centred and
// scaled, each kind's score is its bias plus the weighted features, and the scores become
// probabilities by softmax. The embedded model (model_gen.go) is [Default].
type Model struct {
	// Mean and Scale centre and scale each feature: x = (f - Mean) / Scale.
	Mean, Scale Features
	// Weights and Bias give each kind's score.
	Weights [NumKinds]Features
	Bias    [NumKinds]float64
	// ArticleMargin is how much likelier than an article a page must be of another kind
	// to be named that kind: when unsure, a page is an article.
	ArticleMargin float64
}

// Verdict is the classifier's answer for one page, with what decided it.
type Verdict struct {
	// Kind is the page's kind.
	Kind Kind
	// Probs is the model's probability of each kind, indexed by [Kind].
	Probs [NumKinds]float64
	// Evidence are the features that most favoured Kind over the other kinds, strongest first.
	Evidence []Evidence
	// Features is the page's feature vector.
	Features Features
}

// Evidence is one feature's part in a verdict.
type Evidence struct {
	// Feature is the feature's name ("decl-product", "code-share", ...).
	Feature string
	// Value is the page's value of the feature, as measured (before scaling).
	Value float64
	// Weight is how much the feature raised the kind's score over the mean of the others'.
	Weight float64
}

// maxEvidence is how many features a verdict names.
const maxEvidence = 4

// Classify names p's kind with the embedded model. A page with no visible text that
// declares nothing (no schema.org type, no og:type) is an article: the model has nothing
// to go on, and an article is the safe answer.
func Classify(p Page) Verdict {
	f, known := measure(p)
	if f[fTextChars] == 0 && f[fDeclNone] == 1 && f[fOGArticle]+f[fOGProduct]+f[fOGWebsite] == 0 {
		return Verdict{Kind: Article, Probs: [NumKinds]float64{Article: 1}, Features: f}
	}
	if !known {
		// No address (a file read without --url): the URL features are unknown, not "a home
		// page with no path"; at the training mean they weigh nothing.
		for j := fURLProduct; j <= fURLQuery; j++ {
			f[j] = Default.Mean[j]
		}
	}
	return Default.Predict(f)
}

// Predict names the kind of a page with features f.
func (m *Model) Predict(f Features) Verdict {
	v := Verdict{Features: f}
	var x Features
	for j := range x {
		if m.Scale[j] != 0 {
			x[j] = (f[j] - m.Mean[j]) / m.Scale[j]
		}
	}
	var z [NumKinds]float64
	top := math.Inf(-1)
	for k := range z {
		z[k] = m.Bias[k]
		w := &m.Weights[k] // by pointer: ranging over the array would copy it
		for j := range w {
			z[k] += w[j] * x[j]
		}
		top = max(top, z[k])
	}
	sum := 0.0
	for k := range z {
		v.Probs[k] = math.Exp(z[k] - top)
		sum += v.Probs[k]
	}
	best := Article
	for k := range v.Probs {
		v.Probs[k] /= sum
		if v.Probs[k] > v.Probs[best] {
			best = Kind(k)
		}
	}
	if best != Article && v.Probs[best]-v.Probs[Article] < m.ArticleMargin {
		best = Article
	}
	v.Kind = best
	v.Evidence = m.evidence(best, x, f)
	return v
}

// evidence returns the features that most raised kind k's score over the mean score of
// the other kinds.
func (m *Model) evidence(k Kind, x, f Features) []Evidence {
	var lift Features
	rel := &defaultRelative[k]
	if m != Default {
		rel = new(m.relative(k))
	}
	for j := range lift {
		lift[j] = rel[j] * x[j]
	}
	// The strongest few, by selection: the list is short and the rest need no order.
	out := make([]Evidence, 0, maxEvidence)
	for range maxEvidence {
		best := -1
		for j := range lift { // by index: ranging over the values would copy the array
			if w := lift[j]; w > 0 && (best < 0 || w > lift[best]) {
				best = j
			}
		}
		if best < 0 {
			break
		}
		out = append(out, Evidence{Feature: Feature(best).String(), Value: f[best], Weight: lift[best]})
		lift[best] = 0
	}
	return out
}

// relative returns each feature's weight for kind k less the mean of its weights for the
// other kinds: how much a unit of the feature raises k's score over theirs.
func (m *Model) relative(k Kind) Features {
	var r Features
	for j := range r {
		others := 0.0
		for o := range NumKinds {
			if Kind(o) != k {
				others += m.Weights[o][j]
			}
		}
		r[j] = m.Weights[k][j] - others/float64(NumKinds-1)
	}
	return r
}

// defaultRelative is Default.relative of each kind, worked out once (never written after):
// evidence reads it for every page.
var defaultRelative = func() (r [NumKinds]Features) {
	for k := range r {
		r[k] = Default.relative(Kind(k))
	}
	return r
}()
