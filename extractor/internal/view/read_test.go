package view

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// noneHidden is the hidden predicate of a page whose elements are all shown.
func noneHidden(*html.Node) bool { return false }

// randomText is text made of the pieces that collapsing treats apart: ASCII and Unicode
// space, zero-width space, letters, multi-byte runes and invalid UTF-8.
func randomText(r *rand.Rand, pieces int) string {
	parts := []string{" ", "  ", "\t", "\n", "\v", "\r\n", "\u00a0", "\u0085", "\u2003", "\u200b", "\u3000", "a", "Bc",
		"déf", "日本", "\xff", "\xe2\x80", "\xa8", "2023", "March", ".", ","}
	var sb strings.Builder
	for range r.IntN(pieces + 1) {
		sb.WriteString(parts[r.IntN(len(parts))])
	}
	return sb.String()
}

func TestImageSource(t *testing.T) {
	tests := []struct {
		name, markup, want string
	}{
		{"src", `<img src="/a.jpg">`, "/a.jpg"},
		{"largest srcset width", `<img src="/s.jpg" srcset="/a.jpg 300w, /b.jpg 1200w, /c.jpg 720w">`, "/b.jpg"},
		{"largest density", `<img src="/s.jpg" srcset="/a.jpg, /b.jpg 2x, /c.jpg 1.5x">`, "/b.jpg"},
		{"width beats density", `<img srcset="/a.jpg 3x, /b.jpg 100w">`, "/b.jpg"},
		{"commas in a URL", `<img srcset="/img/w_300,h_200/a.jpg 300w, /img/w_900,h_600/a.jpg 900w">`, "/img/w_900,h_600/a.jpg"},
		{"lazy data-src over a placeholder", `<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg">`, "/real.jpg"},
		{"lazy data-lazy-src", `<img data-lazy-src="/lazy.jpg">`, "/lazy.jpg"},
		{"lazy data-srcset", `<img src="data:," data-srcset="/a.jpg 400w, /b.jpg 800w">`, "/b.jpg"},
		{"picture sources", `<picture><source srcset="/p-800.webp 800w, /p-1600.webp 1600w"><img src="/p.jpg" srcset="/p-1000.jpg 1000w"></picture>`, "/p-1600.webp"},
		{"data URL candidates skipped", `<img src="/s.jpg" srcset="data:image/png;base64,AAA 2000w">`, "/s.jpg"},
		{"bad descriptors skipped", `<img src="/s.jpg" srcset="/a.jpg 0w, /b.jpg wide, /c.jpg -2x">`, "/s.jpg"},
		{"none", `<img alt="x">`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<body>" + tt.markup))
			require.NoError(t, err)
			img := first(doc, atom.Img)
			require.NotNil(t, img)
			assert.Equal(t, tt.want, imageSource(img))
		})
	}
}

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
		p := first(doc, atom.P)
		if !isTextOnly(p) {
			continue
		}
		collapsed := dom.Collapse(strings.ReplaceAll(strings.ToValidUTF8(p.FirstChild.Data, "\uFFFD"), "\u200b", " "))
		for _, text := range []string{collapsed, collapsed + "x", "", "x" + collapsed} {
			want := readInlines(p, text, noneHidden)
			got := Capture(1, func(int) (Kind, string, *html.Node) { return Paragraph, text, p }, noneHidden)[0].Spans
			if !reflect.DeepEqual(want, got) {
				t.Fatalf("%q as %q: readInlines %#v, captureMarkup %#v", raw, text, want, got)
			}
		}
	}
}

// refCollapsedEquals is collapsedEquals as it was before its byte-wise reading of ASCII: a
// rune at a time, unicode.IsSpace for each.
func refCollapsedEquals(raw, want string) bool {
	j, space := 0, false
	for _, r := range raw {
		if unicode.IsSpace(r) || r == '\u200b' {
			space = j > 0
			continue
		}
		if space {
			if j >= len(want) || want[j] != ' ' {
				return false
			}
			j++
			space = false
		}
		if r < utf8.RuneSelf {
			if j >= len(want) || want[j] != byte(r) {
				return false
			}
			j++
			continue
		}
		var buf [utf8.UTFMax]byte
		enc := buf[:utf8.EncodeRune(buf[:], r)]
		if !strings.HasPrefix(want[j:], string(enc)) {
			return false
		}
		j += len(enc)
	}
	return j == len(want)
}

// TestCollapsedEquals checks collapsedEquals against its reference over random texts of
// ASCII, white space of every kind (a no-break space, U+0085, a zero-width space), letters
// outside ASCII and invalid UTF-8, each against its collapsed form, a near miss and another text.
func TestCollapsedEquals(t *testing.T) {
	parts := []string{"a", "B", " ", "  ", "\n", "\t", "\v\f\r", "\u00a0", "\u0085", "\u200b", "\u3000", "é", "’", "\xff", "\xe2\x80", "\ufffd", ".", "x y"}
	randtext.Each(11, 12, 100000, 7, parts, func(raw string, r *rand.Rand) {
		other := parts[r.IntN(len(parts))] + parts[r.IntN(len(parts))]
		collapsed := strings.Join(strings.FieldsFunc(strings.ToValidUTF8(raw, "\ufffd"), func(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' }), " ")
		for _, want := range []string{collapsed, collapsed + " ", strings.TrimSuffix(collapsed, "a"), other, raw} {
			if got, ref := collapsedEquals(raw, want), refCollapsedEquals(raw, want); got != ref {
				t.Fatalf("collapsedEquals(%q, %q) = %v, the reference says %v", raw, want, got, ref)
			}
		}
	})
	require.True(t, collapsedEquals(" a \u00a0b\u200b ", "a b"))
}
