package guard

import (
	"bytes"
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGuardOutput(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		depth int
		want  string
	}{
		{"nothing to drop", "<p>a<b>b</b></p>", 10, ""},
		{"nested divs", "<div><div><div><div>x</div></div></div></div>", 4, "<div><div>x</div></div>"},
		{"unclosed divs", "<div><div><div><div>x", 4, "<div><div>x"},
		{"void elements do not nest", "<div><br><img src=a><div>x</div></div>", 3, "<div><br><img src=a>x</div>"},
		{"raw text kept whole", "<div><div><script>if (a<b) {}</div></script>y", 3, "<div><script>if (a<b) {}</div></script>y"},
		{"end tags of dropped elements dropped", "<div><span><b>x</b>y</span>z</div>", 3, "<div>xyz</div>"},
		{"paragraphs close each other", strings.Repeat("<p>x", 50), 4, ""},
		{"list items close each other", "<ul>" + strings.Repeat("<li>x", 50) + "</ul>", 4, ""},
		{"table rows close each other", "<table>" + strings.Repeat("<tr><td>x", 50) + "</table>", 6, ""},
		{"text either side of a dropped tag stays text", "<div>0<<div>A0", 3, "<div>0<<!---->A0"},
		{"a reference either side of a dropped tag stays apart", "<div>&no<div>t;", 3, "<div>&no<!---->t;"},
		{"depth zero keeps only text", "<div><p>a<b>b</b></p><br>c</div>", 0, "ab<br>c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkOut(t, tt.in, tt.want, Limits{Depth: tt.depth, Formatting: 16, MaxNodes: math.MaxInt})
		})
	}
}

// checkOut runs a pass over in and checks its output: want, or nil when want is "".
func checkOut(t *testing.T, in, want string, lim Limits) {
	t.Helper()
	g, err := Run(context.Background(), []byte(in), lim)
	require.NoError(t, err)
	if want == "" {
		assert.Nil(t, g.Out, "guard changed the page: %q", g.Out)
		return
	}
	assert.Equal(t, want, string(g.Out))
}

// TestTextless checks what a Textless pass drops: what cannot hold readable text, never text
// outside SVG and MathML.
func TestTextless(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"nothing to drop", "<p>a<br>b<br><br>c<span>d</span></p>", ""},
		{"breaks past two", "<p>a<br>\n<br/> <BR>\n<br></br>b<br><br>", "<p>a<br>\n<br/> \nb<br><br>"},
		{"text ends a run", "<br><br>x<br><br>", ""},
		{"a tag ends a run", "<br><br><i>x</i><br><br>", ""},
		{"wbr", "long<wbr>word", "longword"},
		{"empty inline elements", `<p><span class="icon"></span>a<I></i ><a href="/x"></a><b>b</b></p>`, "<p>a<b>b</b></p>"},
		{"not empty: blank text", "<p><span> </span>a</p>", ""},
		{"not empty: a block", "<p>a</p><div></div><td></td>", ""},
		{"an empty link that closes an open one stays", `<a href="/1">a<a href="/2"></a>b`, ""},
		{"svg content", `<p>a<svg viewBox="0 0 9 9"><g><path d="M0 0"/><text>label</text></g></svg>b</p>`,
			`<p>a<svg viewBox="0 0 9 9"></svg>b</p>`},
		{"math content", `<p>a<math><mi>x</mi><mo>=</mo></math>b</p>`, `<p>a<math></math>b</p>`},
		{"self-closing svg holds nothing", `<p>a<svg/>b<br><br><br>`, `<p>a<svg/>b<br><br>`},
		{"svg ended by an HTML tag", `<svg><path/><p>text<br><br><br>`, `<svg><p>text<br><br>`},
		{"svg ended by its parent", `<div><svg><path/></div>text<wbr>`, `<div><svg></div>text`},
		{"an implied <p> ends the svg", `<svg></p>00<br><br><br>`, `<svg></p>00<br><br>`},
		{"</br> ends the svg", `<svg></br>00<br><br>`, ""},
		{"mi in SVG is no MathML text", `<svg><mi><B>00`, `<svg><B>00`},
		{"mi in MathML is text", `<math><mi><b>x</b></mi></math>y<wbr>`, `<math></math>y`},
		{"foreignObject stops an end tag in HTML", `<svg><foreignObject><x></svg>00`, `<svg>`},
		{"HTML in foreignObject stays in the svg", `<svg><foreignObject><p>label</p></foreignObject></svg>text`,
			`<svg></svg>text`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkOut(t, tt.in, tt.want, Limits{Depth: 400, Formatting: 16, MaxNodes: math.MaxInt, Textless: true})
		})
	}
}

// TestTextlessCount checks that what a Textless pass drops does not count toward MaxNodes.
func TestTextlessCount(t *testing.T) {
	page := []byte(strings.Repeat("<br>", 1000) + strings.Repeat(`<span class="x"></span>`, 1000) +
		"<svg>" + strings.Repeat("<path/>", 1000) + "</svg>" + strings.Repeat("<p>x</p>", 10))
	lim := Limits{Depth: 400, Formatting: 16, MaxNodes: 100}
	_, err := Run(context.Background(), page, lim)
	assert.ErrorIs(t, err, ErrTooManyNodes)
	lim.Textless = true
	g, err := Run(context.Background(), page, lim)
	require.NoError(t, err)
	assert.Equal(t, 13, g.Nodes) // two <br>, the <svg>, ten <p>
}

func TestScan(t *testing.T) {
	s := Scan([]byte("<p>a < b <B>x</b><font><FONT color=red><i>y</i></p><br/><strong>"))
	assert.Equal(t, 7, s.Starts)
	assert.Equal(t, 3, s.Unclosed) // two fonts and a strong are never closed; b and i are
	assert.Equal(t, TagScan{}, Scan(bytes.Repeat([]byte("a<1"), 10)))
}

// TestScanParts: one pass gives Scan's counts on a page of plain tags, ElideParts' pieces, and
// leaves out of its counts the "tags" of a script, a comment and a style sheet, which the
// tokenizer reads as text, while it counts the elements of an <svg> whose content it leaves out.
func TestScanParts(t *testing.T) {
	plain := []byte("<p>a < b <B>x</b><font><FONT color=red><i>y</i></p><br/><strong>")
	s, parts, n := ScanParts(plain)
	assert.Equal(t, Scan(plain), s)
	wantParts, wantN := ElideParts(plain)
	assert.Equal(t, wantParts, parts)
	assert.Equal(t, wantN, n)

	page := []byte("<p>a</p><script>var s = '<b><b><b>' + '" + long + "';</script><!-- <font><font> -->" +
		"<style>p::after { content: '<i>' }</style><svg><g><path d='" + long + "'/><circle/></g></svg><b>")
	s, parts, n = ScanParts(page)
	assert.Equal(t, TagScan{Starts: 8, Unclosed: 1}, s, "p, script, style, svg, g, path, circle, b")
	assert.Equal(t, TagScan{Starts: 14, Unclosed: 7}, Scan(page), "Scan counts every '<' before a letter")
	wantParts, wantN = ElideParts(page)
	assert.Equal(t, wantParts, parts)
	assert.Equal(t, wantN, n)
	assert.Equal(t, 2, n, "the script's and the svg's bodies")
	assert.False(t, s.Noscript)

	for _, p := range []string{"<p>a<NoScript><img src=x></noscript>", "<svg><noscript>a</noscript></svg>"} {
		s, _, _ = ScanParts([]byte(p))
		assert.True(t, s.Noscript, p)
		assertNoscriptSeen(t, []byte(p))
	}
	for _, p := range []string{"<!-- <noscript> --><p>a", "<script>var s = '<noscript>'</script>", "<p>&lt;noscript>"} {
		s, _, _ = ScanParts([]byte(p))
		assert.False(t, s.Noscript, p)
	}
}

// TestMaxNodes checks that a pass stops once the expected elements pass the limit.
func TestMaxNodes(t *testing.T) {
	page := []byte(strings.Repeat("<div>x</div>", 100))
	g, err := Run(context.Background(), page, Limits{Depth: 400, Formatting: 16, MaxNodes: 50})
	assert.True(t, errors.Is(err, ErrTooManyNodes), "got %v", err)
	assert.Greater(t, g.Nodes, 50)
	g, err = Run(context.Background(), page, Limits{Depth: 400, Formatting: 16, MaxNodes: math.MaxInt})
	require.NoError(t, err)
	assert.Nil(t, g.Out)
	assert.GreaterOrEqual(t, g.Nodes, 100)
}

// TestFormattingName checks the letter-indexed lookup of formattingName against every
// formatting name, in either case, and against tags that are not formatting elements.
func TestFormattingName(t *testing.T) {
	for k, name := range scanFormatting {
		assert.Equal(t, k, formattingName([]byte(name+">")), name)
		assert.Equal(t, k, formattingName([]byte(strings.ToUpper(name)+" class=x>")), name)
	}
	for _, tag := range []string{"div>", "a>", "span>", "bi>", "strongest>", "sm>", "tbody>", "ul>", "Z>", ">", "", "em", "nobreak>"} {
		assert.Equal(t, -1, formattingName([]byte(tag)), tag)
	}
}
