package dom

import (
	"strings"
	"testing"
	"unicode"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestAttrAndText(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<p id="x" data-empty="">Hello <b>big</b>  world</p>`))
	require.NoError(t, err)
	var p *html.Node
	for n := range doc.Descendants() {
		if n.DataAtom == atom.P {
			p = n
		}
	}
	require.NotNil(t, p)
	assert.Equal(t, "x", Attr(p, "id"))
	v, ok := AttrOK(p, "data-empty")
	assert.True(t, ok)
	assert.Empty(t, v)
	_, ok = AttrOK(p, "class")
	assert.False(t, ok)
	assert.Equal(t, "Hello big  world", TextOf(p))
	assert.Equal(t, "Hello big world", Collapse(TextOf(p)))
}

func TestFirstNonEmpty(t *testing.T) {
	assert.Equal(t, "b", FirstNonEmpty("", "  ", " b ", "c"))
	assert.Equal(t, "", FirstNonEmpty(" ", ""))
}

// TestASCIISpace checks the table against unicode.IsSpace.
func TestASCIISpace(t *testing.T) {
	for c := range rune(len(ASCIISpace)) {
		assert.Equal(t, unicode.IsSpace(c), ASCIISpace[c], "%q", c)
	}
}

func TestTokenSet(t *testing.T) {
	s := TokenSet("a", "b")
	assert.True(t, s["a"] && s["b"])
	assert.False(t, s["c"])
	assert.True(t, BlockTags.Has(atom.P))
	assert.False(t, BlockTags.Has(atom.Span))
}

// TestRepairMojibake checks text damaged by a Windows-1252 or Latin-1 reading, in English,
// French and German, and text that only looks like it.
func TestRepairMojibake(t *testing.T) {
	for in, want := range map[string]string{
		"A DIY Investorâ\u0080\u0099s Guide":   "A DIY Investor’s Guide",
		"A DIY Investorâ€™s Guide":             "A DIY Investor’s Guide",
		"itertools â\u0080\u0094 Functions":    "itertools — Functions",
		"Le cafÃ© de la gare":                  "Le café de la gare",
		"GrÃ¼ÃŸe aus MÃ¼nchen":                 "Grüße aus München",
		"Le café de la gare":                   "Le café de la gare",
		"Grüße aus München":                    "Grüße aus München",
		"Ãœber":                                "Über",
		"Plain ASCII title":                    "Plain ASCII title",
		"Ã alone":                              "Ã alone",
		"Admission is free.Â\u00a0 Open daily": "Admission is free.\u00a0 Open daily",
		"the cafÃ©â€™s menu":                   "the café’s menu",
		"the café’s menu":                      "the café’s menu",
		"If you see Ã© and é, it is broken":    "If you see Ã© and é, it is broken",
		"日本語のタイトル":                             "日本語のタイトル",
	} {
		assert.Equal(t, want, RepairMojibake(in), in)
	}
}

// TestCollapse checks Collapse against its definition, strings.Fields joined by one space,
// on texts its no-copy path takes (already collapsed ASCII) and texts it must not.
func TestCollapse(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00a0b", "a\u0085b",
		"déjà vu", "déjà  vu", "Breaking: the news", "x\r\ny", "\x00 a", "a \x0b b",
	} {
		assert.Equal(t, strings.Join(strings.Fields(s), " "), Collapse(s), "%q", s)
	}
	s := "already collapsed text"
	assert.Equal(t, unsafe.StringData(s), unsafe.StringData(Collapse(s)), "a collapsed text comes back uncopied")
}

func TestCutSiteColon(t *testing.T) {
	for _, tc := range []struct{ in, head, rest string }{
		{"Ledger Notes: Why the filing matters", "Ledger Notes", "Why the filing matters"},
		{"Carnet de Jardin : Tailler les rosiers", "", ""}, // a spaced colon
		{"No colon here", "", ""},
		{": Headline", "", ""},
		{"Site: ", "", ""},
	} {
		head, rest, ok := CutSiteColon(tc.in)
		assert.Equal(t, tc.head, head, tc.in)
		assert.Equal(t, tc.rest, rest, tc.in)
		assert.Equal(t, tc.head != "", ok, tc.in)
	}
}
