package extractor_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
)

// update rewrites each page's want.txt from the extractor's output; read the diff before committing.
var update = flag.Bool("update", false, "rewrite testdata/pages/*/want.txt from the extractor's output")

// pagesDir holds one folder per golden page: input.html, meta.json and want.txt.
const pagesDir = "../testdata/pages"

// pageMeta is the content of a golden page's meta.json.
type pageMeta struct {
	// URL is the page's address, passed to the extractor as [extractor.Source.URL].
	URL string `json:"url"`
	// ContentType is the HTTP Content-Type header, passed as [extractor.Source.ContentType].
	ContentType string `json:"content_type"`
	// Must lists snippets that the output text must contain.
	Must []string `json:"must"`
	// MustNot lists snippets (boilerplate) that the output text must not contain.
	MustNot []string `json:"must_not"`
}

// TestGolden extracts every page in testdata/pages and compares the text with its want.txt.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(pagesDir, "*"))
	require.NoError(t, err, "list golden pages")
	n := 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		n++
		t.Run(filepath.Base(dir), func(t *testing.T) { testGoldenPage(t, dir) })
	}
	require.NotZero(t, n, "no golden pages found in %s", pagesDir)
}

func testGoldenPage(t *testing.T, dir string) {
	input, err := os.ReadFile(filepath.Join(dir, "input.html"))
	require.NoError(t, err, "read input.html")
	meta := readMeta(t, filepath.Join(dir, "meta.json"))

	res, err := extractor.Extract(input, extractor.Source{URL: meta.URL, ContentType: meta.ContentType})
	require.NoError(t, err, "extract %s", meta.URL)
	require.NotNil(t, res, "extract returned a nil result")
	got := normalizeText(res.Text())

	wantPath := filepath.Join(dir, "want.txt")
	if *update {
		require.NoError(t, os.WriteFile(wantPath, []byte(got+"\n"), 0o644), "write want.txt")
	}
	wantBytes, err := os.ReadFile(wantPath)
	require.NoError(t, err, "read want.txt")
	want := normalizeText(string(wantBytes))

	if got != want {
		t.Errorf("text differs from want.txt (-want +got):\n%s", lineDiff(want, got))
	}
	var missing, present []string
	for _, s := range meta.Must {
		if !strings.Contains(got, s) {
			missing = append(missing, strconv.Quote(s))
		}
	}
	for _, s := range meta.MustNot {
		if strings.Contains(got, s) {
			present = append(present, strconv.Quote(s))
		}
	}
	assert.Empty(t, missing, "meta.json must snippets missing from the output")
	assert.Empty(t, present, "meta.json must_not snippets found in the output")
}

func readMeta(t *testing.T, path string) pageMeta {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err, "read meta.json")
	var m pageMeta
	require.NoError(t, json.Unmarshal(b, &m), "parse meta.json")
	require.NotEmpty(t, m.URL, "meta.json has no url")
	return m
}

// normalizeText trims trailing spaces and tabs from every line and trailing newlines from the text,
// and turns CRLF into LF, so want files survive editors and checkouts.
func normalizeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

// lineDiff returns a unified-style diff of two texts line by line: "-" lines only in want,
// "+" lines only in got, with up to diffContext equal lines around each change.
func lineDiff(want, got string) string {
	a, b := strings.Split(want, "\n"), strings.Split(got, "\n")
	ops := diffLines(a, b)
	var sb strings.Builder
	for i, op := range ops {
		if !nearChange(ops, i) {
			continue
		}
		if i == 0 || !nearChange(ops, i-1) {
			fmt.Fprintf(&sb, "@@ want line %d, got line %d @@\n", op.a+1, op.b+1)
		}
		fmt.Fprintf(&sb, "%c %s\n", op.kind, op.text)
	}
	return sb.String()
}

// diffContext is the number of equal lines shown around each change in a diff.
const diffContext = 2

type diffOp struct {
	kind rune // ' ', '-' or '+'
	text string
	a, b int // line indexes in want and got
}

// nearChange reports whether ops[i] is a change or within diffContext lines of one.
func nearChange(ops []diffOp, i int) bool {
	for j := max(0, i-diffContext); j <= min(len(ops)-1, i+diffContext); j++ {
		if ops[j].kind != ' ' {
			return true
		}
	}
	return false
}

// diffLines computes an edit script from a to b through their longest common subsequence.
func diffLines(a, b []string) []diffOp {
	// lcs[i][j] is the length of the LCS of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []diffOp
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ops = append(ops, diffOp{' ', a[i], i, j})
			i++
			j++
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, diffOp{'-', a[i], i, j})
			i++
		default:
			ops = append(ops, diffOp{'+', b[j], i, j})
			j++
		}
	}
	return ops
}

// TestLineDiff checks the diff helper that TestGolden relies on to report mismatches.
func TestLineDiff(t *testing.T) {
	want := "title\n\none\n\ntwo\n\nthree"
	got := "title\n\none\n\n2\n\nthree\n\nfour"
	assert.Equal(t, "@@ want line 3, got line 3 @@\n  one\n  \n- two\n+ 2\n  \n  three\n+ \n+ four\n",
		lineDiff(want, got), "diff of a changed and an added block")
	assert.Empty(t, lineDiff("same\n\ntext", "same\n\ntext"), "diff of equal texts")
}

// TestNormalizeText checks the normalization applied to both sides of the golden comparison.
func TestNormalizeText(t *testing.T) {
	assert.Equal(t, "a\n\nb\tc", normalizeText("a  \r\n\r\nb\tc \t\n\n\n"), "trailing blanks and newlines")
}
