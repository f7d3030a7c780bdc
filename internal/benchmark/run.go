package benchmark

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/pithdev/pith/extractor"
)

// ExtractFunc extracts the article body of one page from its undecoded HTML and URL.
// It must be safe for concurrent use: [Run] calls it from several goroutines.
type ExtractFunc func(html []byte, url string) (string, error)

// PageResult is the outcome of extracting and scoring one page.
type PageResult struct {
	// ID is the page's id in its [Dataset].
	ID string
	// URL is the page's URL.
	URL string
	// Pred is the predicted text; empty when Err is set.
	Pred string
	// Err is the extraction error, if any (a panic is turned into an error).
	Err error
	// Score compares Pred with the page's truth.
	Score PageScore
}

// Run extracts every page of ds with extract, in parallel, and scores the predictions.
// A page whose extraction fails is scored as an empty prediction and counted in
// [Summary.Errors]. Results are in the order of ds.Pages.
func Run(ds *Dataset, extract ExtractFunc) (Summary, []PageResult) {
	results := MapPages(ds.Pages, func(p Page) PageResult { return runPage(p, extract) })
	return summarizeResults(results), results
}

// MapPages calls f on every page, GOMAXPROCS pages at a time, and returns what it gave, in
// the order of pages.
func MapPages[T any](pages []Page, f func(Page) T) []T {
	out := make([]T, len(pages))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range jobs {
				out[i] = f(pages[i])
			}
		})
	}
	for i := range pages {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

// runPage extracts and scores one page.
func runPage(p Page, extract ExtractFunc) PageResult {
	pred, err := safeExtract(extract, p)
	if err != nil {
		pred = ""
	}
	return PageResult{ID: p.ID, URL: p.URL, Pred: pred, Err: err, Score: Score(pred, p.Truth)}
}

// safeExtract calls extract, turning a panic into an error so one bad page does not stop a run.
func safeExtract(extract ExtractFunc, p Page) (pred string, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("benchmark: extractor panicked on page %s: %v", p.ID, v)
		}
	}()
	return extract(p.HTML, p.URL)
}

// summarizeResults aggregates page results, counting errors.
func summarizeResults(results []PageResult) Summary {
	scores := make([]PageScore, len(results))
	errs := 0
	for i, r := range results {
		scores[i] = r.Score
		if r.Err != nil {
			errs++
		}
	}
	sum := Summarize(scores)
	sum.Errors = errs
	return sum
}

// Pith is the [ExtractFunc] of this project's extractor with its default options. It
// predicts the body text without the title, since the benchmarks' articleBody has no headline.
func Pith(html []byte, url string) (string, error) {
	res, err := extractor.Extract(html, extractor.Source{URL: url})
	if err != nil {
		return "", err
	}
	return res.BodyText(), nil
}

// PithHeadline is [Pith] with the headline: the result's title, then the body text. It scores
// sets whose truth includes the headline (dragnet-train).
func PithHeadline(html []byte, url string) (string, error) {
	res, err := extractor.Extract(html, extractor.Source{URL: url})
	if err != nil {
		return "", err
	}
	return res.Text(), nil
}

// PithFavor returns [Pith] and [PithHeadline] with [extractor.Options.Favor] set to f, to
// score the precision and recall modes.
func PithFavor(f extractor.Favor) (body, headline ExtractFunc) {
	e, err := extractor.New(extractor.Options{Favor: f})
	if err != nil {
		panic(err) // f is one of the named modes: New cannot fail
	}
	extract := func(html []byte, url string, text func(*extractor.Result) string) (string, error) {
		res, err := e.Extract(context.Background(), html, extractor.Source{URL: url})
		if err != nil {
			return "", err
		}
		return text(res), nil
	}
	body = func(html []byte, url string) (string, error) { return extract(html, url, (*extractor.Result).BodyText) }
	headline = func(html []byte, url string) (string, error) { return extract(html, url, (*extractor.Result).Text) }
	return body, headline
}
