package extractor

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// kindsDir holds hand-written pages of each kind of page, with what its assembly must and
// must not keep.
const kindsDir = "../testdata/kinds"

// kindPage is one test page of a kind.
type kindPage struct {
	name, file string
	kind       PageType // Options.PageType; "" lets pith decide
	// assembled is the assembly that must have run ("" when the article path must stand).
	assembled PageType
	must      []string // snippets the body must hold
	mustNot   []string // snippets it must not hold
	once      []string // snippets it must hold exactly once
}

// testKindPages extracts each page with its kind and checks the body and the trace.
func testKindPages(t *testing.T, pages []kindPage) {
	t.Helper()
	for _, tc := range pages {
		t.Run(tc.name, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join(kindsDir, tc.file))
			require.NoError(t, err)
			e, err := New(Options{PageType: tc.kind})
			require.NoError(t, err)
			doc, err := e.decodeAndParse(context.Background(), page, Source{})
			require.NoError(t, err)
			tr, err := newRun(e, Source{}).decide(context.Background(), doc)
			require.NoError(t, err)
			assert.Equal(t, tc.assembled, tr.assembled, "the assembly that ran")
			var sb strings.Builder
			for _, b := range tr.kept {
				sb.WriteString(b.Text)
				sb.WriteString("\n")
			}
			text := sb.String()
			AssertSnippets(t, text, tc.must, tc.mustNot)
			for _, s := range tc.once {
				assert.Equal(t, 1, strings.Count(text, s), "must keep once: %q", s)
			}
			if t.Failed() {
				t.Logf("kept:\n%s", text)
			}
		})
	}
}
