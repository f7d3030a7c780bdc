package extractor_test

import (
	"errors"
	"fmt"

	"github.com/pithdev/pith/extractor"
)

// printArticle is the README's library snippet: it prints the title and the body blocks
// of one page. A page with no article in it is not a failure and is skipped; every other
// error is returned.
func printArticle(page []byte, pageURL, contentType string) error {
	res, err := extractor.Extract(page, extractor.Source{URL: pageURL, ContentType: contentType})
	if err != nil {
		if errors.Is(err, extractor.ErrNoContent) {
			// No body on this page (a home page, a login wall). res is not nil: it
			// holds the page's title and metadata, and no blocks.
			fmt.Println("no article:", pageURL)
			return nil
		}
		return err // not HTML, too large, ...: res is nil
	}
	fmt.Println(res.Title)
	for _, b := range res.Blocks { // paragraphs, headings, list items, quotes, tables, code, notes
		fmt.Println(b.Kind, "|", b.Text)
	}
	return nil
}

// Example extracts an article, a page with nothing to extract and a file that is not a
// page, with the error handling a program needs.
func Example() {
	pages := []struct{ url, body string }{
		{"https://ferry.example/news/timetable", `<html><head><title>Winter timetable | Island Ferries</title></head><body>
<nav><a href="/">Home</a> <a href="/routes">Routes</a></nav>
<article><h1>Winter timetable starts on Monday</h1>
<p>From Monday the morning ferry leaves the harbour at seven instead of half past six, and the last
crossing of the day moves to nine in the evening, the company said in a statement on Friday.</p>
<h2>Fares</h2>
<p>Fares stay the same for foot passengers; a car with its driver costs two euros more than in the summer.</p>
</article></body></html>`},
		{"https://ferry.example/", `<html><body><nav><a href="/">Home</a> <a href="/routes">Routes</a></nav></body></html>`},
		{"https://ferry.example/timetable.pdf", "%PDF-1.7\n"},
	}
	for _, p := range pages {
		if err := printArticle([]byte(p.body), p.url, ""); err != nil {
			fmt.Println("error:", err)
		}
	}
	// Output:
	// Winter timetable starts on Monday
	// paragraph | From Monday the morning ferry leaves the harbour at seven instead of half past six, and the last crossing of the day moves to nine in the evening, the company said in a statement on Friday.
	// heading | Fares
	// paragraph | Fares stay the same for foot passengers; a car with its driver costs two euros more than in the summer.
	// no article: https://ferry.example/
	// error: extractor: input is not html: looks like a PDF document
}
