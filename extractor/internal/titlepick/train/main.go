//go:build pithtrain

// Command train fits and measures the study's title chooser (package titlepick). Run it
// from the repository:
//
//	go run -tags pithtrain ./extractor/internal/titlepick/train
//
// The recipe:
//
//  1. Extract every page of wcxb-dev (../shared/bench/wcxb-dev; WCXB, the Web Content
//     eXtraction Benchmark by Murrough Foley, CC-BY-4.0) with the current extractor and its
//     default options, keeping each page's title candidates and their features
//     (extractor.ExtractTitleCandidates, built only with the pithtrain tag).
//  2. Label each candidate right when internal/benchmark's MatchTitle accepts it against the
//     page's annotated title.
//  3. Fit boosted trees on the conditional logit's loss (titlepick.Fit) on the tuning half
//     only (benchmark.HalfOf == benchmark.Tune). The settings (trees, depth, rate, least
//     weight in a leaf, margin over the rules' choice) are chosen by 5-fold
//     cross-validation within the tuning half, folds by site (the pages of one site never on
//     both sides), for the most pages whose chosen candidate is right; the first of equals
//     in the grid's order wins. Nothing is random: the same pages give the same model. The
//     checking half decides nothing.
//  4. Print the share of right titles on both halves of wcxb-dev and of modern-dev
//     (testdata/bench/modern-dev, scored against its own titles): the rules' choice, the
//     model's, and the best any candidate could do. With -out, write the model as Go source.
//
// Not dragnet-train (AGPL).
package main

import (
	"bytes"
	"encoding/gob"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/extractor/internal/titlepick"
	"github.com/pithdev/pith/internal/benchmark"
)

func main() {
	data := flag.String("data", "", "the wcxb-dev directory (default: ROOT/../shared/bench/wcxb-dev)")
	out := flag.String("out", "", "write the fitted model as Go source to this file")
	misses := flag.Bool("misses", false, "list the tuning half's pages whose out-of-fold choice is wrong")
	withModern := flag.Bool("with-modern", false, "also fit on modern-dev's tuning half, labelled against its own titles")
	fixed := flag.Bool("fixed", false, "fit DefaultParams instead of choosing the settings by cross-validation")
	cache := flag.String("cache", "", "keep the extracted candidates in this file and read them from it when it is there (its features must be the current ones)")
	flag.Parse()
	if err := run(*data, *out, *cache, *misses, *fixed, *withModern); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// page is one benchmark page's candidates and labels.
type page struct {
	titlepick.Page
	Texts []string
	Want  string
	URL   string
	ID    string
	Fold  int
	Tune  bool
}

// grid are the settings cross-validation chooses from.
func grid() []titlepick.Params {
	var ps []titlepick.Params
	for _, trees := range []int{30, 60, 120} {
		for _, depth := range []int{2, 3} {
			for _, rate := range []float64{0.1, 0.3} {
				for _, minHess := range []float64{2, 5} {
					for _, margin := range []float64{0, 0.5} {
						ps = append(ps, titlepick.Params{Trees: trees, Depth: depth, MinHess: minHess, Rate: rate, Lambda: 1, Margin: margin})
					}
				}
			}
		}
	}
	return ps
}

func run(data, out, cache string, misses, fixed, withModern bool) error {
	root, err := findRoot()
	if err != nil {
		return err
	}
	if data == "" {
		data = filepath.Join(root, "..", "shared", "bench", "wcxb-dev")
	}
	pages, err := load(data, cache)
	if err != nil {
		return err
	}
	var tune, check []page
	for _, p := range pages {
		if p.Tune {
			tune = append(tune, p)
		} else {
			check = append(check, p)
		}
	}
	fmt.Printf("wcxb-dev: %d tuning pages, %d checking pages\n", len(tune), len(check))
	md, err := load(filepath.Join(root, "testdata", "bench", "modern-dev"), "")
	if err != nil {
		return err
	}
	fitOn := tune
	if withModern {
		fitOn = slices.Clone(tune)
		for _, p := range md {
			if p.Tune {
				fitOn = append(fitOn, p)
			}
		}
	}
	params := titlepick.DefaultParams
	best := -1
	for _, ps := range grid() {
		if fixed {
			break
		}
		n, err := crossValidate(fitOn, ps)
		if err != nil {
			return err
		}
		fmt.Printf("cv %+v: %d/%d right (%.1f%%)\n", ps, n, len(fitOn), 100*float64(n)/float64(len(fitOn)))
		if n > best {
			best, params = n, ps
		}
	}
	fmt.Printf("chosen: %+v\n", params)
	m, err := titlepick.Fit(pagesOf(fitOn), params)
	if err != nil {
		return err
	}
	for _, h := range []struct {
		name  string
		pages []page
	}{{"tuning", tune}, {"checking", check}} {
		rules, model, oracle := score(m, h.pages)
		n := float64(len(h.pages)) / 100
		fmt.Printf("wcxb-dev %s half, %d pages: rules %d (%.1f%%), model %d (%.1f%%), best candidate %d (%.1f%%)\n",
			h.name, len(h.pages), rules, float64(rules)/n, model, float64(model)/n, oracle, float64(oracle)/n)
	}
	for _, tuning := range []bool{true, false} {
		var ps []page
		for _, p := range md {
			if p.Tune == tuning {
				ps = append(ps, p)
			}
		}
		rules, model, oracle := score(m, ps)
		n := float64(len(ps)) / 100
		fmt.Printf("modern-dev %s half, %d pages: rules %d (%.1f%%), model %d (%.1f%%), best candidate %d (%.1f%%)\n",
			map[bool]string{true: "tuning", false: "checking"}[tuning], len(ps), rules, float64(rules)/n, model, float64(model)/n, oracle, float64(oracle)/n)
	}
	if misses {
		for _, p := range oofMisses(tune, params) {
			fmt.Println(p)
		}
	}
	if out == "" {
		return nil
	}
	var src bytes.Buffer
	recipe := fmt.Sprintf("// fitted is the title chooser fitted by go run -tags pithtrain ./extractor/internal/titlepick/train\n// with %+v on the %d pages of wcxb-dev's tuning half\n// (WCXB, the Web Content eXtraction Benchmark by Murrough Foley, CC-BY-4.0).", params, len(tune))
	if err := titlepick.WriteGo(&src, m, "extractor/internal/titlepick/train", recipe); err != nil {
		return err
	}
	if err := os.WriteFile(out, src.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s\n", out)
	return nil
}

// load extracts the pages of the set in dir (labelled against its own titles), or reads them from cache when it is there (and
// writes it when it is named and not there).
func load(dir, cache string) ([]page, error) {
	if cache != "" {
		if data, err := os.ReadFile(cache); err == nil {
			var pages []page
			if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&pages); err != nil {
				return nil, fmt.Errorf("%s: %w", cache, err)
			}
			return pages, nil
		}
	}
	ds, err := benchmark.LoadDataset(dir)
	if err != nil {
		return nil, err
	}
	pages := benchmark.MapPages(ds.Pages, extractPage)
	if cache != "" {
		var b bytes.Buffer
		if err := gob.NewEncoder(&b).Encode(pages); err != nil {
			return nil, err
		}
		if err := os.WriteFile(cache, b.Bytes(), 0o644); err != nil {
			return nil, err
		}
	}
	return pages, nil
}

// extractPage extracts one page and labels its candidates.
func extractPage(p benchmark.Page) page {
	cands, _, err := extractor.ExtractTitleCandidates(p.HTML, extractor.Source{URL: p.URL})
	h := fnv.New32a()
	h.Write([]byte(benchmark.SplitKey(p)))
	pg := page{Want: p.Title, URL: p.URL, ID: p.ID, Fold: foldOf(h.Sum32()), Tune: benchmark.HalfOf(p) == benchmark.Tune}
	if err != nil {
		return pg
	}
	for _, c := range cands {
		pg.Cands = append(pg.Cands, c.Features)
		pg.Right = append(pg.Right, benchmark.MatchTitle(c.Text, p.Title))
		pg.Texts = append(pg.Texts, c.Text)
	}
	return pg
}

// crossValidate fits params on all folds of pages but one and counts the pages of that fold
// whose chosen candidate is right.
func crossValidate(pages []page, params titlepick.Params) (int, error) {
	right := 0
	for fold := range folds {
		var train, test []page
		for _, p := range pages {
			if p.Fold == fold {
				test = append(test, p)
			} else {
				train = append(train, p)
			}
		}
		m, err := titlepick.Fit(pagesOf(train), params)
		if err != nil {
			return 0, err
		}
		_, n, _ := score(m, test)
		right += n
	}
	return right, nil
}

// oofMisses lists the pages whose out-of-fold choice is wrong, for study.
func oofMisses(pages []page, params titlepick.Params) []string {
	var out []string
	for fold := range folds {
		var train []page
		for _, p := range pages {
			if p.Fold != fold {
				train = append(train, p)
			}
		}
		m, err := titlepick.Fit(pagesOf(train), params)
		if err != nil {
			continue
		}
		for _, p := range pages {
			if i := m.Choose(p.Cands); p.Fold == fold && i >= 0 && !p.Right[i] {
				var srcs []string
				for f := titlepick.FromRules; f <= titlepick.FromH2; f++ {
					if p.Cands[i][f] == 1 {
						srcs = append(srcs, f.String())
					}
				}
				var rights []string
				for j, r := range p.Right {
					if r {
						rights = append(rights, p.Texts[j])
					}
				}
				out = append(out, fmt.Sprintf("%s want %q got %q %v (rules %q) right: %q", p.ID, p.Want, p.Texts[i], srcs, p.Texts[0], rights))
			}
		}
	}
	return out
}

// score counts the pages whose rules' choice, whose model's choice, and whose best
// candidate are right.
func score(m *titlepick.Model, pages []page) (rules, model, oracle int) {
	for _, p := range pages {
		if len(p.Cands) == 0 {
			continue
		}
		if p.Right[0] {
			rules++
		}
		if i := m.Choose(p.Cands); i >= 0 && p.Right[i] {
			model++
		}
		for _, r := range p.Right {
			if r {
				oracle++
				break
			}
		}
	}
	return rules, model, oracle
}

// pagesOf returns the pages' training records.
func pagesOf(pages []page) []titlepick.Page {
	out := make([]titlepick.Page, len(pages))
	for i, p := range pages {
		out[i] = p.Page
	}
	return out
}

// folds is the number of cross-validation folds.
const folds = 5

// foldOf returns the cross-validation fold of a page of the site with the given hash, as
// the confidence and page-kind trainers make them.
func foldOf(site uint32) int { return int(site>>8) % folds }

// findRoot returns the nearest directory up from the working directory that holds go.mod.
func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}
