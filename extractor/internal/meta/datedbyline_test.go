package meta

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

// TestDatedBylines checks which lines that open with a date give a byline: those that run on
// to a lead-in after a separator, from the lead-in on; not a date line with a section or a
// reading time alone, nor one in a comment section.
func TestDatedBylines(t *testing.T) {
	cases := []struct {
		body string
		want []string
	}{
		{`<div>March 15, 2022 <span>·</span> 3 min read <span>·</span> By Jane Doe</div>`, []string{"By Jane Doe"}},
		{`<p>12. September 2023 | 5 Min. Lesezeit | von Jana Albers</p>`, []string{"von Jana Albers"}},
		{`<div>March 15, 2022 <span>·</span> 3 min read <span>·</span> Technology</div>`, nil},
		{`<div>March 15, 2022 <span>·</span> Byron Bay travel notes and more</div>`, nil},
		{`<section class="comments"><div>March 15, 2022 · 3 min read · By Jane Doe</div></section>`, nil},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader("<html><body>" + c.body + "</body></html>"))
		assert.NoError(t, err)
		assert.Equal(t, c.want, collectFacts(doc).datedBylines, c.body)
	}
}
