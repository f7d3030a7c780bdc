package extractor_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/pithdev/pith/extractor"
)

// ExampleExtractor_ExtractNode_goquery extracts the article of a page already parsed
// with goquery: a goquery.Document holds the golang.org/x/net/html tree that
// ExtractNode reads, and doc.Nodes[0] is its root. The tree is not changed, so the
// program can go on querying the document. Package extractor does not import goquery.
func ExampleExtractor_ExtractNode_goquery() {
	page := `<html><head><title>Orchard opens to visitors | Valley Post</title></head><body>
<header><a href="/">Valley Post</a> <a href="/local">Local</a> <a href="/sport">Sport</a></header>
<main><h1>Orchard opens to visitors</h1>
<p>The old orchard above the village opens to visitors this weekend for the first time in
twenty years, after volunteers cleared the paths and replanted forty apple trees.</p>
<p>Guided walks start at the chapel at ten and at two; there is no charge, but the
volunteers ask walkers to keep dogs on a lead near the hives.</p></main>
<footer><a href="/about">About us</a> <a href="/contact">Contact</a></footer></body></html>`

	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	ex, err := extractor.New(extractor.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := ex.ExtractNode(context.Background(), doc.Nodes[0], extractor.Source{URL: "https://valley.example/orchard"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Text())
	fmt.Println("links on the page:", doc.Find("a").Length())
	// Output:
	// Orchard opens to visitors
	//
	// The old orchard above the village opens to visitors this weekend for the first time in twenty years, after volunteers cleared the paths and replanted forty apple trees.
	//
	// Guided walks start at the chapel at ten and at two; there is no charge, but the volunteers ask walkers to keep dogs on a lead near the hives.
	// links on the page: 5
}
