package extractor_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/pithdev/pith/extractor"
)

// examplePage is a small article with a byline, a date and some markup.
const examplePage = `<html lang="en"><head><title>Night trains return | Rail Weekly</title>
<meta property="og:site_name" content="Rail Weekly">
<meta property="article:published_time" content="2024-05-02T07:00:00+02:00">
<meta name="author" content="Lena Hart"></head><body><article>
<h1>Night trains return</h1>
<p>The sleeper service between the two capitals runs again from June, <em>five years</em> after the last train,
the operator said on Thursday at a press conference in the main station.</p>
<h2>What changes</h2>
<ul><li>Three departures a week in each direction, rising to daily in the summer.</li>
<li>New cars with <a href="/cabins">private cabins</a> and a small restaurant.</li></ul>
</article></body></html>`

// ExampleResult_Markdown renders a page as Markdown, with links.
func ExampleResult_Markdown() {
	res, err := extractor.Extract([]byte(examplePage), extractor.Source{URL: "https://rail.example/news/night-trains"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(res.Markdown(extractor.RenderOptions{Links: true}))
	// Output:
	// # Night trains return
	//
	// The sleeper service between the two capitals runs again from June, *five years* after the last train, the operator said on Thursday at a press conference in the main station.
	//
	// ## What changes
	//
	// - Three departures a week in each direction, rising to daily in the summer.
	// - New cars with [private cabins](https://rail.example/cabins) and a small restaurant.
}

// ExampleMetadata reads the metadata of a page.
func ExampleMetadata() {
	res, err := extractor.Extract([]byte(examplePage), extractor.Source{URL: "https://rail.example/news/night-trains"})
	if err != nil {
		fmt.Println(err)
		return
	}
	md := res.Metadata
	fmt.Println(strings.Join(md.Authors, ", "), "|", md.Published, "|", md.SiteName, "|", md.Language)
	t, _ := md.PublishedTime()
	fmt.Println(t.UTC().Format("2006-01-02 15:04 MST"))
	// Output:
	// Lena Hart | 2024-05-02T07:00:00+02:00 | Rail Weekly | en
	// 2024-05-02 05:00 UTC
}

// ExampleResult_WriteHTML streams a page's clean HTML to a writer (here standard output)
// without building the whole string first.
func ExampleResult_WriteHTML() {
	res, err := extractor.Extract([]byte(examplePage), extractor.Source{URL: "https://rail.example/news/night-trains"})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := res.WriteHTML(os.Stdout, extractor.RenderOptions{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <h1>Night trains return</h1>
	// <p>The sleeper service between the two capitals runs again from June, <em>five years</em> after the last train, the operator said on Thursday at a press conference in the main station.</p>
	// <h2>What changes</h2>
	// <ul>
	// <li>Three departures a week in each direction, rising to daily in the summer.</li>
	// <li>New cars with private cabins and a small restaurant.</li>
	// </ul>
}
