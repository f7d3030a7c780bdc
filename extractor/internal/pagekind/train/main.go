// Command train fits the page-kind model of package pagekind and writes it as Go source.
//
// Recipe (from the repository root; the data is WCXB's development split, CC-BY-4.0):
//
//	go run ./extractor/internal/pagekind/train -data ../shared/bench/wcxb-dev -out extractor/internal/pagekind/model_gen.go
//
// It reads every page of the set, measures its features with pagekind.Measure, and fits a
// multinomial logistic regression with L2 regularisation by full-batch gradient descent,
// from zero weights, on the tuning half only (benchmark.HalfOf == benchmark.Tune). The
// regularisation, the class weighting and the article margin are chosen by 5-fold
// cross-validation within the tuning half (folds by site), for the best mean of the accuracy
// over pages and the mean accuracy over kinds. Nothing is random: the same
// data gives the same model. It then prints the accuracy on both halves, by kind, and the
// checking half's confusion matrix; the checking half decides nothing.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"hash/fnv"
	"io"
	"math"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/pithdev/pith/extractor/internal/meta"
	"github.com/pithdev/pith/extractor/internal/pagekind"
	"github.com/pithdev/pith/internal/benchmark"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

func main() {
	data := flag.String("data", "../shared/bench/wcxb-dev", "wcxb-dev directory")
	out := flag.String("out", "", "write the model here (Go source); empty: only report")
	iters := flag.Int("iters", 300, "gradient descent iterations")
	also := flag.String("also", "", "comma-separated sets of articles (scrapinghub, modern-dev) to count the pages named another kind on")
	errors := flag.Bool("errors", false, "list the tuning half's pages named the wrong kind")
	flag.Parse()
	ds, err := benchmark.LoadDataset(*data)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	samples := measure(ds)
	var tune, check []sample
	for _, s := range samples {
		if s.half == benchmark.Tune {
			tune = append(tune, s)
		} else {
			check = append(check, s)
		}
	}
	fmt.Printf("pages: %d tuning, %d checking\n", len(tune), len(check))
	best, bestScore := params{}, -1.0
	for _, lambda := range []float64{0.03, 0.1, 0.3, 1} {
		for _, alpha := range []float64{0.5, 1} {
			for _, margin := range []float64{0, 0.1, 0.2} {
				p := params{lambda: lambda, alpha: alpha, margin: margin, iters: *iters}
				acc, macro, least := crossValidate(tune, p)
				score := (acc + macro) / 2
				fmt.Printf("cv lambda=%.3f alpha=%.1f margin=%.1f: accuracy %.3f, mean recall %.3f, least %.3f\n", lambda, alpha, margin, acc, macro, least)
				if score > bestScore {
					best, bestScore = p, score
				}
			}
		}
	}
	fmt.Printf("chosen: lambda=%.3f alpha=%.1f margin=%.1f\n", best.lambda, best.alpha, best.margin)
	m := fit(tune, best)
	report("tuning half", m, tune)
	report("checking half", m, check)
	if *errors {
		for i, x := range samples {
			if x.half == benchmark.Tune {
				if v := m.Predict(x.f); v.Kind != x.kind {
					fmt.Printf("tune error: %s %s named %s (%.2f) %s\n", ds.Pages[i].ID, x.kind, v.Kind, v.Probs[v.Kind], ds.Pages[i].URL)
				}
			}
		}
	}
	for _, dir := range strings.Split(*also, ",") {
		if dir != "" {
			countKinds(m, dir)
		}
	}
	if *out != "" {
		if err := os.WriteFile(*out, source(m), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// sample is one page's features and labelled kind.
type sample struct {
	f    pagekind.Features
	kind pagekind.Kind
	half benchmark.Half
	fold int
}

// measure reads the features of every page, in parallel.
func measure(ds *benchmark.Dataset) []sample {
	out := make([]sample, len(ds.Pages))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.NumCPU() {
		wg.Go(func() {
			for i := range next {
				p := ds.Pages[i]
				k, ok := pagekind.ParseKind(p.Type)
				if !ok && p.Type != "" {
					fmt.Fprintf(os.Stderr, "page %s: unknown kind %q\n", p.ID, p.Type)
				}
				h := fnv.New32a()
				h.Write([]byte(benchmark.SplitKey(p)))
				out[i] = sample{f: features(p), kind: k, half: benchmark.HalfOf(p), fold: int(h.Sum32()>>8) % 5}
			}
		})
	}
	for i := range ds.Pages {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// features parses a page nearly as the extractor does (the charset the page declares or
// its bytes suggest, scripting off; the extractor's own decoder and guard pass are
// unexported, and differ on a rare page) and measures it with the same facts.
func features(p benchmark.Page) pagekind.Features {
	r, err := charset.NewReader(bytes.NewReader(p.HTML), "text/html")
	if err != nil {
		r = bytes.NewReader(p.HTML)
	}
	text, _ := io.ReadAll(r)
	doc, err := html.ParseWithOptions(bytes.NewReader(text), html.ParseOptionEnableScripting(false))
	if err != nil {
		return pagekind.Measure(pagekind.Page{URL: p.URL})
	}
	facts := meta.Collect(doc)
	return pagekind.Measure(pagekind.Page{Doc: doc, URL: p.URL, Types: facts.Types(), OGType: facts.OGType()})
}

// countKinds prints how many pages of the set in dir the model names each kind.
func countKinds(m *pagekind.Model, dir string) {
	ds, err := benchmark.LoadDataset(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	var n [pagekind.NumKinds]int
	for _, s := range measure(ds) {
		n[m.Predict(s.f).Kind]++
	}
	fmt.Printf("\n%s: %d pages named:", ds.Name, len(ds.Pages))
	for k, c := range n {
		fmt.Printf(" %s %d", pagekind.Kind(k), c)
	}
	fmt.Println()
}

// params are the training's settings.
type params struct {
	lambda float64 // L2 weight
	alpha  float64 // class weight = (n / (kinds * n_kind))^alpha
	margin float64 // the model's ArticleMargin
	iters  int
}

// crossValidate returns the accuracy, the mean recall over kinds and the least recall of a
// kind, of 5-fold cross-validation.
func crossValidate(s []sample, p params) (acc, macro, least float64) {
	var right, total [pagekind.NumKinds]int
	for fold := range 5 {
		var train, test []sample
		for _, x := range s {
			if x.fold == fold {
				test = append(test, x)
			} else {
				train = append(train, x)
			}
		}
		m := fit(train, p)
		for _, x := range test {
			total[x.kind]++
			if m.Predict(x.f).Kind == x.kind {
				right[x.kind]++
			}
		}
	}
	acc, macro = accuracy(right, total)
	least = 1.0
	for k := range right {
		if total[k] > 0 {
			least = min(least, float64(right[k])/float64(total[k]))
		}
	}
	return acc, macro, least
}

// accuracy returns the share of pages right and the mean over kinds of the share right.
func accuracy(right, total [pagekind.NumKinds]int) (acc, macro float64) {
	r, t, kinds := 0, 0, 0
	for k := range right {
		r += right[k]
		t += total[k]
		if total[k] > 0 {
			macro += float64(right[k]) / float64(total[k])
			kinds++
		}
	}
	return float64(r) / float64(max(t, 1)), macro / float64(max(kinds, 1))
}

// fit trains a model on s by full-batch gradient descent from zero weights.
func fit(s []sample, p params) *pagekind.Model {
	m := &pagekind.Model{ArticleMargin: p.margin}
	n := float64(len(s))
	for j := range pagekind.NumFeatures {
		sum, sq := 0.0, 0.0
		for _, x := range s {
			sum += x.f[j]
		}
		m.Mean[j] = sum / n
		for _, x := range s {
			d := x.f[j] - m.Mean[j]
			sq += d * d
		}
		m.Scale[j] = math.Sqrt(sq / n)
		if m.Scale[j] < 1e-9 {
			m.Scale[j] = 0 // a constant feature: left out
		}
	}
	xs := make([]pagekind.Features, len(s))
	for i, x := range s {
		for j := range x.f {
			if m.Scale[j] != 0 {
				xs[i][j] = (x.f[j] - m.Mean[j]) / m.Scale[j]
			}
		}
	}
	var count [pagekind.NumKinds]float64
	for _, x := range s {
		count[x.kind]++
	}
	var cw [pagekind.NumKinds]float64
	wsum := 0.0
	for _, x := range s {
		wsum += math.Pow(n/(float64(pagekind.NumKinds)*count[x.kind]), p.alpha)
	}
	for k := range cw {
		if count[k] > 0 {
			cw[k] = math.Pow(n/(float64(pagekind.NumKinds)*count[k]), p.alpha) * n / wsum
		}
	}
	const rate = 0.5
	var gw [pagekind.NumKinds]pagekind.Features
	var gb [pagekind.NumKinds]float64
	for range p.iters {
		gw, gb = [pagekind.NumKinds]pagekind.Features{}, [pagekind.NumKinds]float64{}
		for i, x := range s {
			probs := softmax(m, xs[i])
			for k := range probs {
				d := probs[k]
				if pagekind.Kind(k) == x.kind {
					d--
				}
				d *= cw[x.kind]
				gb[k] += d
				for j, v := range xs[i] {
					gw[k][j] += d * v
				}
			}
		}
		for k := range gw {
			m.Bias[k] -= rate * gb[k] / n
			for j := range gw[k] {
				m.Weights[k][j] -= rate * (gw[k][j]/n + p.lambda*m.Weights[k][j])
			}
		}
	}
	return m
}

// softmax returns the model's probabilities for scaled features x.
func softmax(m *pagekind.Model, x pagekind.Features) [pagekind.NumKinds]float64 {
	var z [pagekind.NumKinds]float64
	top := math.Inf(-1)
	for k := range z {
		z[k] = m.Bias[k]
		for j, w := range m.Weights[k] {
			z[k] += w * x[j]
		}
		top = max(top, z[k])
	}
	sum := 0.0
	for k := range z {
		z[k] = math.Exp(z[k] - top)
		sum += z[k]
	}
	for k := range z {
		z[k] /= sum
	}
	return z
}

// report prints the accuracy by kind on s, and the confusion matrix.
func report(name string, m *pagekind.Model, s []sample) {
	var right, total [pagekind.NumKinds]int
	var conf [pagekind.NumKinds][pagekind.NumKinds]int
	for _, x := range s {
		got := m.Predict(x.f).Kind
		total[x.kind]++
		conf[x.kind][got]++
		if got == x.kind {
			right[x.kind]++
		}
	}
	acc, macro := accuracy(right, total)
	fmt.Printf("\n%s: %d pages, kind right %.1f%%, mean over kinds %.1f%%\n", name, len(s), 100*acc, 100*macro)
	fmt.Printf("%-14s %5s %6s   predicted:", "kind", "pages", "right")
	for k := range pagekind.NumKinds {
		fmt.Printf(" %5.5s", pagekind.Kind(k))
	}
	fmt.Println()
	for k := range pagekind.NumKinds {
		fmt.Printf("%-14s %5d %5.1f%%            ", pagekind.Kind(k), total[k], 100*float64(right[k])/float64(max(total[k], 1)))
		for g := range pagekind.NumKinds {
			fmt.Printf(" %5d", conf[k][g])
		}
		fmt.Println()
	}
}

// source writes m as the Go source of model_gen.go.
func source(m *pagekind.Model) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by extractor/internal/pagekind/train; DO NOT EDIT.\n\npackage pagekind\n\n")
	b.WriteString("// Default is the embedded model, trained on the tuning half of WCXB's development split\n")
	b.WriteString("// (CC-BY-4.0); see the training program for its recipe.\n")
	b.WriteString("var Default = &Model{\n")
	vec := func(name string, f pagekind.Features) {
		fmt.Fprintf(&b, "\t%s: Features{", name)
		for j, v := range f {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%.6g", v)
		}
		b.WriteString("},\n")
	}
	vec("Mean", m.Mean)
	vec("Scale", m.Scale)
	b.WriteString("\tWeights: [NumKinds]Features{\n")
	for k := range m.Weights {
		fmt.Fprintf(&b, "\t\t// %s\n\t\t{", pagekind.Kind(k))
		for j, v := range m.Weights[k] {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%.6g", v)
		}
		b.WriteString("},\n")
	}
	b.WriteString("\t},\n\tBias: [NumKinds]float64{")
	for k, v := range m.Bias {
		if k > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%.6g", v)
	}
	fmt.Fprintf(&b, "},\n\tArticleMargin: %g,\n}\n", m.ArticleMargin)
	src, err := format.Source(b.Bytes())
	if err != nil {
		panic(err) // the generator wrote bad Go: a bug here, not in the data
	}
	return src
}
