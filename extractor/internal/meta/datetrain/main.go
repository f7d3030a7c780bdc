//go:build pithtrain

// Command datetrain fits the date model of package meta and writes it as Go source.
//
// Recipe (from extractor/internal/meta, as go generate runs it; the data is WCXB's
// development split, the Web Content eXtraction Benchmark by Murrough Foley, CC-BY-4.0):
//
//	go run -tags pithtrain ./datetrain -data ../../../../shared/bench/wcxb-dev -out datemodel_gen.go
//
// It extracts every page of the set (for the headline and the page's kind, which the
// metadata reader is given), lists the page's candidate days with meta.DateOptions, and fits
// a conditional logistic regression (softmax over each page's candidate days, L2
// regularisation, full-batch gradient descent from zero weights) on the tuning half only
// (benchmark.HalfOf == benchmark.Tune), on the pages whose truth date is one of two or more
// candidate days. The regularisation and the margin are chosen by 5-fold cross-validation within the tuning
// half (folds by site, three ways of folding). Nothing is random: the same data gives the same model. It prints the
// rules' and the model's accuracy on both halves; the checking half decides nothing.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/extractor/internal/decode"
	"github.com/pithdev/pith/extractor/internal/meta"
	"github.com/pithdev/pith/extractor/internal/tree"
	"github.com/pithdev/pith/internal/benchmark"
)

func main() {
	data := flag.String("data", "../../../../shared/bench/wcxb-dev", "wcxb-dev directory")
	out := flag.String("out", "", "write the model here (Go source); empty: only report")
	iters := flag.Int("iters", 1500, "gradient descent iterations")
	misses := flag.Bool("misses", false, "list the tuning half's pages the model dates wrong")
	also := flag.String("also", "", "another set (modern-dev) to report the rules' and the model's accuracy on")
	show := flag.String("show", "", "print the candidate days of the pages with these ids (comma-separated), and stop")
	drop := flag.String("drop", "", "leave out these features (names, comma-separated): to weigh what one adds by cross-validation")
	dump := flag.String("dump", "", "write every page's candidate days, features and labels here (JSON Lines), and stop")
	flag.Parse()
	ds, err := benchmark.LoadDataset(*data)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	samples := measure(ds, *data)
	dropFeatures(samples, *drop)
	if *dump != "" {
		if err := writeDump(*dump, samples); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if *show != "" {
		for _, s := range samples {
			if slices.Contains(strings.Split(*show, ","), s.id) {
				fmt.Printf("== %s want %s\n", s.id, s.want)
				for i, o := range s.opts {
					fmt.Printf("%-28s right=%v score=%.3f", o.Value, s.right[i], fittedScore(o))
					for j, x := range o.Features {
						if x != 0 {
							fmt.Printf(" %s=%.2g", meta.DateFeature(j), x)
						}
					}
					fmt.Println()
				}
			}
		}
		return
	}
	var tune, check []sample
	for _, s := range samples {
		if s.dated {
			if s.half == benchmark.Tune {
				tune = append(tune, s)
			} else {
				check = append(check, s)
			}
		}
	}
	fmt.Printf("dated pages: %d tuning, %d checking\n", len(tune), len(check))
	bestLambda, bestMargin, bestAcc := 0.0, 0.0, -1.0
	for _, lambda := range []float64{0.003, 0.01, 0.03, 0.1} {
		for _, margin := range []float64{0, 0.5, 1, 1.5} {
			acc := crossValidate(tune, lambda, margin, *iters)
			fmt.Printf("cv lambda=%.3f margin=%.2f: accuracy %.4f\n", lambda, margin, acc)
			if acc > bestAcc {
				bestLambda, bestMargin, bestAcc = lambda, margin, acc
			}
		}
	}
	fmt.Printf("chosen: lambda=%.3f margin=%.2f, cross-validated %.4f (rules: %.4f)\n", bestLambda, bestMargin, bestAcc, accuracy(tune, nil))
	m := fit(tune, bestLambda, *iters)
	m.Margin = bestMargin
	for _, h := range []struct {
		name string
		s    []sample
	}{{"tuning", tune}, {"checking", check}} {
		fmt.Printf("%s half: rules %.4f, model %.4f, oracle %.4f (%d pages)\n", h.name, accuracy(h.s, nil), accuracy(h.s, m), oracle(h.s), len(h.s))
	}
	for i := range meta.NumDateFeatures {
		fmt.Printf("  %-20s %+.3f\n", meta.DateFeature(i), m.Weights[i])
	}
	if *also != "" {
		if ads, err := benchmark.LoadDataset(*also); err == nil {
			var dated []sample
			for _, s := range measure(ads, *also) {
				if s.dated {
					dated = append(dated, s)
				}
			}
			fmt.Printf("%s: rules %.4f, model %.4f, oracle %.4f (%d pages)\n", ads.Name, accuracy(dated, nil), accuracy(dated, m), oracle(dated), len(dated))
			for _, h := range []benchmark.Half{benchmark.Tune, benchmark.Check} {
				for _, s := range dated {
					if s.half != h {
						continue
					}
					if c, r := m.Choose(s.opts), ruleChoice(s.opts); c != r {
						fmt.Printf("  %s %s: want %s, rules %v, model %v\n", h, s.id, s.want, c >= 0 && r >= 0 && s.right[r], c >= 0 && s.right[c])
					}
				}
			}
		}
	}
	if *misses {
		for _, s := range tune {
			if c := m.Choose(s.opts); c >= 0 && !s.right[c] {
				fmt.Printf("tune miss %s: want %s got %s\n", s.id, s.want, s.opts[c].Value)
			}
		}
	}
	if *out != "" {
		if err := os.WriteFile(*out, source(m, bestLambda, len(tune)), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// dropFeatures zeroes the named features of every sample's options.
func dropFeatures(samples []sample, names string) {
	if names == "" {
		return
	}
	for _, name := range strings.Split(names, ",") {
		f := -1
		for i := range meta.NumDateFeatures {
			if meta.DateFeature(i).String() == name {
				f = i
			}
		}
		if f < 0 {
			fmt.Fprintln(os.Stderr, "no feature", name)
			os.Exit(2)
		}
		for _, s := range samples {
			for i := range s.opts {
				s.opts[i].Features[f] = 0
			}
		}
	}
}

// fittedScore is the option's score under the embedded model.
func fittedScore(o meta.DateOption) float64 { return meta.FittedDateModel().Score(&o) }

// sample is one page's candidate days and which of them is the truth's.
type sample struct {
	id    string
	want  string
	opts  []meta.DateOption
	right []bool
	dated bool // the truth has a day
	half  benchmark.Half
	site  string
}

// measure lists the candidate days of every page, in parallel.
func measure(ds *benchmark.Dataset, dir string) []sample {
	var truth map[string]benchmark.MetaTruth
	data, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err == nil {
		err = json.Unmarshal(data, &truth)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out := make([]sample, len(ds.Pages))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.NumCPU() {
		wg.Go(func() {
			for i := range next {
				p := ds.Pages[i]
				s := sample{id: p.ID, want: truth[p.ID].Date, half: benchmark.HalfOf(p), site: benchmark.SplitKey(p)}
				s.dated = len(s.want) >= len("2006-01-02")
				s.opts = options(p)
				for _, o := range s.opts {
					s.right = append(s.right, s.dated && o.Value[:10] == s.want[:10])
				}
				out[i] = s
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

// options extracts the page, for its headline and kind, and lists its candidate days as the
// metadata reader sees them.
func options(p benchmark.Page) []meta.DateOption {
	res, err := extractor.Extract(p.HTML, extractor.Source{URL: p.URL})
	if res == nil || err != nil && !errors.Is(err, extractor.ErrNoContent) {
		return nil
	}
	text, err := decode.Text(p.HTML, "")
	if err != nil {
		return nil
	}
	doc, err := tree.ParseHTML(context.Background(), text)
	if err != nil {
		return nil
	}
	return meta.DateOptions(meta.Page{Doc: doc, URL: p.URL, Title: res.Title, Story: res.PageType == extractor.PageArticle, Forum: res.PageType == extractor.PageForum})
}

// learnable reports whether the page teaches anything: two or more days, one of them right.
func (s *sample) learnable() bool {
	if len(s.opts) < 2 {
		return false
	}
	for _, r := range s.right {
		if r {
			return true
		}
	}
	return false
}

// fit fits the weights by full-batch gradient descent on the learnable pages.
func fit(s []sample, lambda float64, iters int) *meta.DateModel {
	m := &meta.DateModel{}
	var pages []*sample
	for i := range s {
		if s[i].learnable() {
			pages = append(pages, &s[i])
		}
	}
	if len(pages) == 0 {
		return m
	}
	const rate = 0.5
	for range iters {
		var grad [meta.NumDateFeatures]float64
		for _, p := range pages {
			scores := make([]float64, len(p.opts))
			top := math.Inf(-1)
			for i := range p.opts {
				scores[i] = m.Score(&p.opts[i])
				top = max(top, scores[i])
			}
			sum := 0.0
			for i := range scores {
				scores[i] = math.Exp(scores[i] - top)
				sum += scores[i]
			}
			for i := range p.opts {
				g := scores[i] / sum
				if p.right[i] {
					g--
				}
				for j, x := range p.opts[i].Features {
					grad[j] += g * x
				}
			}
		}
		for j := range grad {
			m.Weights[j] -= rate * (grad[j]/float64(len(pages)) + lambda*m.Weights[j])
		}
	}
	return m
}

// crossValidate returns the mean accuracy of 5-fold cross-validation by site, over three
// assignments of the sites to folds (one page is a quarter of a point: one split is noisy).
func crossValidate(s []sample, lambda, margin float64, iters int) float64 {
	right, total := 0, 0
	for seed := range 3 {
		for fold := range 5 {
			var train, test []sample
			for _, x := range s {
				h := fnv.New32a()
				fmt.Fprintf(h, "%d/%s", seed, x.site)
				if int(h.Sum32()>>8)%5 == fold {
					test = append(test, x)
				} else {
					train = append(train, x)
				}
			}
			m := fit(train, lambda, iters)
			m.Margin = margin
			right += int(accuracy(test, m)*float64(len(test)) + 0.5)
			total += len(test)
		}
	}
	return float64(right) / float64(max(total, 1))
}

// accuracy returns the share of pages whose chosen day is the truth's: the model's choice,
// or with m nil the rules'.
func accuracy(s []sample, m *meta.DateModel) float64 {
	right := 0
	for _, x := range s {
		c := m.Choose(x.opts)
		if m == nil {
			c = ruleChoice(x.opts)
		}
		if c >= 0 && x.right[c] {
			right++
		}
	}
	return float64(right) / float64(max(len(s), 1))
}

// ruleChoice returns the index of the rules' day, -1 when they gave none.
func ruleChoice(opts []meta.DateOption) int {
	for i, o := range opts {
		if o.Features[meta.FeatRule] == 1 {
			return i
		}
	}
	return -1
}

// oracle returns the share of pages where one of the candidate days is the truth's.
func oracle(s []sample) float64 {
	n := 0
	for _, x := range s {
		for _, r := range x.right {
			if r {
				n++
				break
			}
		}
	}
	return float64(n) / float64(max(len(s), 1))
}

// source writes the model as Go source.
func source(m *meta.DateModel, lambda float64, pages int) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by go generate ./extractor/internal/meta; DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "// Fitted with lambda=%g margin=%g on the %d dated pages of wcxb-dev's tuning half (WCXB, the Web Content\n", lambda, m.Margin, pages)
	b.WriteString("// eXtraction Benchmark by Murrough Foley, CC-BY-4.0); see datetrain/ for the recipe.\n\npackage meta\n\n")
	b.WriteString("// fittedDateFeatures name the features the weights were fitted for, in order.\nvar fittedDateFeatures = []string{")
	for i := range meta.NumDateFeatures {
		fmt.Fprintf(&b, "%q, ", meta.DateFeature(i).String())
	}
	b.WriteString("}\n\n// fittedDateModel is the date model [Read] uses.\nvar fittedDateModel = &DateModel{Weights: [NumDateFeatures]float64{\n")
	for i, w := range m.Weights {
		fmt.Fprintf(&b, "\t%g, // %s\n", w, meta.DateFeature(i))
	}
	fmt.Fprintf(&b, "}, Margin: %g}\n", m.Margin)
	src, err := format.Source(b.Bytes())
	if err != nil {
		panic(err)
	}
	return src
}

// writeDump writes each page's candidate days as one JSON line: id, half, site, the truth's
// day, and per option its value, its features by name (non-zero ones) and whether it is right.
func writeDump(path string, samples []sample) error {
	type opt struct {
		Value    string             `json:"value"`
		Right    bool               `json:"right"`
		Features map[string]float64 `json:"f"`
	}
	type page struct {
		ID   string `json:"id"`
		Half string `json:"half"`
		Site string `json:"site"`
		Want string `json:"want"`
		Opts []opt  `json:"opts"`
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, s := range samples {
		p := page{ID: s.id, Half: fmt.Sprint(s.half), Site: s.site, Want: s.want}
		for i, o := range s.opts {
			f := map[string]float64{}
			for j, x := range o.Features {
				if x != 0 {
					f[meta.DateFeature(j).String()] = x
				}
			}
			p.Opts = append(p.Opts, opt{Value: o.Value, Right: s.right[i], Features: f})
		}
		if err := enc.Encode(p); err != nil {
			return err
		}
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
