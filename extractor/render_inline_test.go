package extractor

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// refCollapseRun is collapseRun as it was before it returned collapsed text as it is.
func refCollapseRun(t string, space *bool) string {
	var sb strings.Builder
	for _, r := range t {
		if unicode.IsSpace(r) || r == '\u200b' {
			if !*space {
				sb.WriteByte(' ')
				*space = true
			}
			continue
		}
		sb.WriteRune(r)
		*space = false
	}
	return sb.String()
}

func TestCollapseRun(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 50000 {
		s := randomText(r, 10)
		for _, start := range []bool{false, true} {
			ws, gs := start, start
			want, got := refCollapseRun(s, &ws), collapseRun(s, &gs)
			require.Equal(t, want, got, "%q after space %v", s, start)
			require.Equal(t, ws, gs, "%q after space %v: space state", s, start)
		}
	}
}

// TestTextOnlyMarkup checks that a block whose node holds one text node gets the spans that
// readInlines reads from it.
func TestTextOnlyMarkup(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for range 5000 {
		raw := randomText(r, 10)
		doc, err := html.Parse(strings.NewReader("<p>" + html.EscapeString(raw) + "</p>"))
		require.NoError(t, err)
		p := findElement(doc, atom.P)
		if !isTextOnly(p) {
			continue
		}
		collapsed := dom.Collapse(strings.ReplaceAll(strings.ToValidUTF8(p.FirstChild.Data, "\uFFFD"), "\u200b", " "))
		for _, text := range []string{collapsed, collapsed + "x", "", "x" + collapsed} {
			blocks := []Block{{Kind: KindParagraph, Text: text, node: p}}
			want := readInlines(p, text)
			captureMarkup(blocks)
			got := blocks[0].markup.spans
			if !reflect.DeepEqual(want, got) {
				t.Fatalf("%q as %q: readInlines %#v, captureMarkup %#v", raw, text, want, got)
			}
		}
	}
}
