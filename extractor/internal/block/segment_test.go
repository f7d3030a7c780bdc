package block

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestSegmentText checks the text of blocks, whether it can be the text node's own string
// (one node, nothing to collapse) or must be rebuilt (several nodes, or whitespace to collapse).
func TestSegmentText(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"one node", "<p>Plain words here.</p>", []string{"Plain words here."}},
		{"one node padded", "<p>\n  Plain words here.  \n</p>", []string{"Plain words here."}},
		{"inner newline", "<p>Two\nlines.</p>", []string{"Two lines."}},
		{"inner double space", "<p>Wide  gap.</p>", []string{"Wide gap."}},
		{"inner tab", "<p>Tab\there.</p>", []string{"Tab here."}},
		{"no-break space inside", "<p>A\u00a0B.</p>", []string{"A B."}},
		{"zero-width space", "<p>A\u200bB.</p>", []string{"A B."}},
		{"several nodes", "<p>Before <a href=/x>link</a> after.</p>", []string{"Before link after."}},
		{"whitespace node then text", "<p> <b>Bold</b></p>", []string{"Bold"}},
		{"br between nodes", "<p>Line one<br>line two</p>", []string{"Line one line two"}},
		{"two paragraphs", "<p>First.</p>\n<p>Second.</p>", []string{"First.", "Second."}},
		{"not ASCII", "<p>Київ  вночі.</p><p>Київ вночі.</p>", []string{"Київ вночі.", "Київ вночі."}},
		{"ASCII after a curly quote", "<p>\u201cQuoted\u201d  words\t\nand\u00a0 more.\u2003End</p>", []string{"\u201cQuoted\u201d words and more. End"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tc.body + "</body></html>"))
			require.NoError(t, err)
			blocks, err := Segment(context.Background(), doc)
			require.NoError(t, err)
			var got []string
			for _, b := range blocks {
				got = append(got, b.Text)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
