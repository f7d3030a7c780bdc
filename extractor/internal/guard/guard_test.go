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
		{"depth zero keeps only text", "<div><p>a<b>b</b></p><br>c</div>", 0, "ab<br>c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Run(context.Background(), []byte(tt.in), Limits{Depth: tt.depth, Formatting: 16, MaxNodes: math.MaxInt})
			require.NoError(t, err)
			if tt.want == "" {
				assert.Nil(t, g.Out, "guard changed the page: %q", g.Out)
				return
			}
			assert.Equal(t, tt.want, string(g.Out))
		})
	}
}

func TestScan(t *testing.T) {
	s := Scan([]byte("<p>a < b <B>x</b><font><FONT color=red><i>y</i></p><br/><strong>"))
	assert.Equal(t, 7, s.Starts)
	assert.Equal(t, 3, s.Unclosed) // two fonts and a strong are never closed; b and i are
	assert.Equal(t, TagScan{}, Scan(bytes.Repeat([]byte("a<1"), 10)))
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
