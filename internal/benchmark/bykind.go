package benchmark

import (
	"context"
	"fmt"
	"slices"

	"github.com/pithdev/pith/extractor"
)

// Prediction is an extractor's answer for one page: the text it scores and, where the extractor
// judges it, the page's kind (one of the [extractor.PageTypes]; empty when it does not).
type Prediction struct {
	// Text is the predicted main content.
	Text string
	// PageType is the predicted kind of page, as [extractor.Result.PageType] names it.
	PageType string
}

// PredictFunc extracts one page into a [Prediction]. It must be safe for concurrent use. On an
// error its Prediction may still carry the page's kind (pith names the kind of a page it
// answers with [extractor.ErrNoContent]); its Text is not scored.
type PredictFunc func(html []byte, url string) (Prediction, error)

// PithPredict is the [PredictFunc] of this project's extractor with options opts: the body text
// without the title (WCXB's articleBody has no headline) and [extractor.Result.PageType]. It
// returns an error if opts are not valid.
func PithPredict(opts extractor.Options) (PredictFunc, error) {
	e, err := extractor.New(opts)
	if err != nil {
		return nil, err
	}
	return func(html []byte, url string) (Prediction, error) {
		res, err := e.Extract(context.Background(), html, extractor.Source{URL: url})
		if res == nil {
			return Prediction{}, err
		}
		p := Prediction{PageType: string(res.PageType)}
		if err == nil {
			p.Text = res.BodyText()
		}
		return p, err
	}, nil
}

// TextOnly turns an [ExtractFunc], which names no kind, into a [PredictFunc].
func TextOnly(extract ExtractFunc) PredictFunc {
	return func(html []byte, url string) (Prediction, error) {
		text, err := extract(html, url)
		return Prediction{Text: text}, err
	}
}

// WordResult is the outcome of extracting one page and scoring it with [WordF1].
type WordResult struct {
	// ID and URL are the page's.
	ID, URL string
	// Type is the page's labelled kind; Got the extractor's judgement of it ("" for none).
	Type, Got string
	// Pred is the predicted text; empty when Err is set.
	Pred string
	// Err is the extraction error, if any (a panic is turned into an error).
	Err error
	// F1 is the page's word F1 against its truth.
	F1 float64
	// NoResult is true when the prediction has no word while the truth has some: the
	// extractor came back empty on a page with content.
	NoResult bool
}

// RunWords extracts every page of ds with predict, in parallel, and scores each with
// [WordF1]. A page whose extraction fails is scored as an empty prediction. Results are in the
// order of ds.Pages.
func RunWords(ds *Dataset, predict PredictFunc) []WordResult {
	return MapPages(ds.Pages, func(p Page) WordResult { return runWordPage(p, predict) })
}

// runWordPage extracts and scores one page.
func runWordPage(p Page, predict PredictFunc) WordResult {
	pred, err := safePredict(predict, p)
	if err != nil {
		pred.Text = ""
	}
	return WordResult{
		ID: p.ID, URL: p.URL, Type: p.Type, Got: pred.PageType, Pred: pred.Text, Err: err,
		F1:       WordF1(pred.Text, p.Truth),
		NoResult: len(Tokens(pred.Text)) == 0 && len(Tokens(p.Truth)) > 0,
	}
}

// safePredict calls predict, turning a panic into an error so one bad page does not stop a run.
func safePredict(predict PredictFunc, p Page) (pred Prediction, err error) {
	defer func() {
		if v := recover(); v != nil {
			pred, err = Prediction{}, fmt.Errorf("benchmark: extractor panicked on page %s: %v", p.ID, v)
		}
	}()
	return predict(p.HTML, p.URL)
}

// KindSummary aggregates the word-F1 results of a set's pages of one kind, or of all kinds.
type KindSummary struct {
	// Kind is the labelled kind the row covers; "all" for every page.
	Kind string
	// Pages is the number of pages.
	Pages int
	// F1 is the mean word F1 over the pages (WCXB's score); 0 when there are none.
	F1 float64
	// KindRight is the number of pages whose predicted kind is their labelled kind.
	KindRight int
	// NoResult is the number of pages with text in their truth that came back empty.
	NoResult int
	// Errors is the number of pages whose extraction failed (ErrNoContent included).
	Errors int
}

// KindAccuracy is the share of pages whose kind was named right; 0 when there are none.
func (s KindSummary) KindAccuracy() float64 {
	if s.Pages == 0 {
		return 0
	}
	return float64(s.KindRight) / float64(s.Pages)
}

// AllKinds is the [KindSummary.Kind] of the row that covers every page.
const AllKinds = "all"

// SummarizeByKind aggregates the results of the pages of ds in half h: first the row of every
// page ([AllKinds]), then one row per labelled kind, in the order of [extractor.PageTypes], then
// any other label in lexical order. results are in the order of ds.Pages, as [RunWords]
// returns them.
func SummarizeByKind(ds *Dataset, results []WordResult, h Half) []KindSummary {
	all := &kindAcc{KindSummary: KindSummary{Kind: AllKinds}}
	byKind := map[string]*kindAcc{}
	for i, r := range results {
		if h != All && HalfOf(ds.Pages[i]) != h {
			continue
		}
		k := byKind[r.Type]
		if k == nil {
			k = &kindAcc{KindSummary: KindSummary{Kind: r.Type}}
			byKind[r.Type] = k
		}
		all.add(r)
		k.add(r)
	}
	rows := []KindSummary{all.summary()}
	for _, kind := range kindOrder(byKind) {
		rows = append(rows, byKind[kind].summary())
	}
	return rows
}

// kindAcc adds up the results of one row of SummarizeByKind.
type kindAcc struct {
	KindSummary
	sum float64
}

// add counts one page's result.
func (a *kindAcc) add(r WordResult) {
	a.Pages++
	a.sum += r.F1
	if r.Got != "" && r.Got == r.Type {
		a.KindRight++
	}
	if r.NoResult {
		a.NoResult++
	}
	if r.Err != nil {
		a.Errors++
	}
}

// summary returns the row with its mean F1.
func (a *kindAcc) summary() KindSummary {
	s := a.KindSummary
	if s.Pages > 0 {
		s.F1 = a.sum / float64(s.Pages)
	}
	return s
}

// kindOrder returns the kinds of byKind: those of extractor.PageTypes in its order, then the
// others sorted.
func kindOrder(byKind map[string]*kindAcc) []string {
	var known, other []string
	for _, t := range extractor.PageTypes {
		if byKind[string(t)] != nil {
			known = append(known, string(t))
		}
	}
	for k := range byKind {
		if !slices.Contains(known, k) {
			other = append(other, k)
		}
	}
	slices.Sort(other)
	return append(known, other...)
}
