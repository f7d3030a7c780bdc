package extractor_test

import (
	"strconv"
	"strings"
)

// Generators for the hostile pages of hostile_test.go and nesting_test.go. They are made in the
// test, not committed: some are hundreds of megabytes.

// article is a short article in plain text: three real paragraphs, long enough for the extractor
// to keep them wherever they are.
var article = []string{
	"The river rose four metres overnight and by morning the lower town was under water. Volunteers " +
		"carried sandbags to the old bridge while the council opened the school gym for families who " +
		"had to leave their homes before the second wave arrived from the mountains.",
	"Engineers said the embankment built in 1962 had held better than expected, but warned that the " +
		"pumps at the northern station were running at their limit. A spokesman for the water board " +
		"promised that extra pumps would arrive from the capital before nightfall.",
	"Shops on the market square stayed closed. The baker, who has worked on the square for thirty " +
		"years, said he had never seen the water reach his doorstep, and that he would open again as " +
		"soon as the cellar was dry and the electricity was back.",
}

// articleHTML is the article as <p> paragraphs.
func articleHTML() string {
	var b strings.Builder
	for _, p := range article {
		b.WriteString("<p>" + p + "</p>\n")
	}
	return b.String()
}

// page wraps body in a minimal document with a title.
func page(body string) string {
	return "<!DOCTYPE html><html><head><title>Flood in the lower town</title></head><body>" + body + "</body></html>"
}

// unclosedFormatting is the article inside n unclosed <b><i><u> triples.
func unclosedFormatting(n int) string {
	return page(strings.Repeat("<b><i><u>", n) + articleHTML())
}

// nestedTables is the article inside a table nested depth deep, one cell per level.
func nestedTables(depth int) string {
	var b strings.Builder
	for range depth {
		b.WriteString("<table><tr><td>")
	}
	b.WriteString(articleHTML())
	for range depth {
		b.WriteString("</td></tr></table>")
	}
	return page(b.String())
}

// nestedDivs is the article inside depth nested <div>s, closed at the end.
func nestedDivs(depth int) string {
	return page(strings.Repeat("<div>", depth) + articleHTML() + strings.Repeat("</div>", depth))
}

// bigPage is an article page of about size bytes: sections of headed paragraphs with a few links,
// the way a very long single-page document or a whole forum thread looks.
func bigPage(size int) []byte {
	var b strings.Builder
	b.Grow(size + 4096)
	b.WriteString("<!DOCTYPE html><html><head><title>Flood in the lower town</title></head><body><main>")
	for i := 0; b.Len() < size; i++ {
		b.WriteString(`<section class="part"><h2>Part `)
		b.WriteString(strconv.Itoa(i))
		b.WriteString("</h2>")
		for j, p := range article {
			b.WriteString("<p>")
			b.WriteString(p)
			if j == 1 {
				b.WriteString(` See <a href="/part/`)
				b.WriteString(strconv.Itoa(i))
				b.WriteString(`">the map of the flooded streets</a>.`)
			}
			b.WriteString("</p>\n")
		}
		b.WriteString("</section>\n")
	}
	b.WriteString("</main></body></html>")
	return []byte(b.String())
}

// Floods of elements that hold no text, then the article: past the element limit in tags, but
// none of them can hold prose (see tree.Parse).

// breakFlood is n <br> on lines of their own, then the article.
func breakFlood(n int) []byte {
	return []byte(page("<div>" + strings.Repeat("<br>\n", n) + "</div>" + articleHTML()))
}

// svgFlood is a chart of n paths, each with a tooltip, then the article.
func svgFlood(n int) []byte {
	var b strings.Builder
	b.WriteString(`<figure><svg viewBox="0 0 1000 100"><g class="series">`)
	for i := range n {
		b.WriteString(`<path d="M` + strconv.Itoa(i%1000) + ` 0v9"/>`)
		if i%1000 == 0 {
			b.WriteString(`<text x="` + strconv.Itoa(i%1000) + `">` + strconv.Itoa(i) + `</text>`)
		}
	}
	b.WriteString("</g></svg><figcaption>Water level</figcaption></figure>")
	return []byte(page(b.String() + articleHTML()))
}

// spanFlood is n empty icon spans, then the article.
func spanFlood(n int) []byte {
	return []byte(page(strings.Repeat(`<span class="icon"></span>`, n) + articleHTML()))
}
