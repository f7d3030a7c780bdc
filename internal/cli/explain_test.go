package cli

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedPage is the golden page the explain report is tested on.
const seedPage = "../../testdata/pages/seed-kyiv-independent/input.html"

// explainOutput is the part of "pith explain --format json" these tests read.
type explainOutput struct {
	Title   string `json:"title"`
	URL     string `json:"url"`
	Kept    int    `json:"kept"`
	Dropped int    `json:"dropped"`
	Blocks  []struct {
		Decision string `json:"decision"`
	} `json:"blocks"`
}

func decodeExplain(t *testing.T, out string) explainOutput {
	t.Helper()
	var x explainOutput
	require.NoError(t, json.Unmarshal([]byte(out), &x), "explain json output parses")
	return x
}

func TestExplainHTML(t *testing.T) {
	got := run(t, "", "explain", seedPage)
	require.Equal(t, ExitOK, got.code, "exit code; stderr:\n%s", got.stderr)
	assert.Empty(t, got.stderr, "no diagnostics")
	assert.True(t, strings.HasPrefix(got.stdout, "<!DOCTYPE html>"), "an HTML page")
	assert.Contains(t, got.stdout, "Nearly 10,000 Russians have contacted surrender hotline in 6 months", "title")
	assert.Contains(t, got.stdout, `<details class="block dropped`, "dropped blocks folded")
	assert.NotContains(t, got.stdout, "<script", "no scripts")
}

func TestExplainJSONFormat(t *testing.T) {
	got := run(t, "", "explain", "--format", "json", "--url", "https://example.com/a", seedPage)
	require.Equal(t, ExitOK, got.code, "exit code; stderr:\n%s", got.stderr)
	x := decodeExplain(t, got.stdout)
	assert.Equal(t, 6, x.Kept, "kept blocks")
	assert.Equal(t, len(x.Blocks)-6, x.Dropped, "dropped blocks")
	assert.Equal(t, "https://example.com/a", x.URL, "--url is the page URL")

	after := run(t, "", "explain", seedPage, "--format=json")
	require.Equal(t, ExitOK, after.code, "flags after the input; stderr:\n%s", after.stderr)
	assert.Equal(t, 6, decodeExplain(t, after.stdout).Kept, "flags after the input apply")
}

func TestExplainStdin(t *testing.T) {
	page, err := os.ReadFile(seedPage)
	require.NoError(t, err, "read seed page")
	for _, args := range [][]string{{"explain", "--format", "json"}, {"explain", "--format", "json", "-"}} {
		got := run(t, string(page), args...)
		require.Equal(t, ExitOK, got.code, "%v: stderr:\n%s", args, got.stderr)
		assert.Equal(t, 6, decodeExplain(t, got.stdout).Kept, "%v: kept blocks", args)
	}
}

func TestExplainURL(t *testing.T) {
	page, err := os.ReadFile(seedPage)
	require.NoError(t, err, "read seed page")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(page)
	}))
	defer srv.Close()
	got := run(t, "", "explain", "--format", "json", srv.URL+"/story")
	require.Equal(t, ExitOK, got.code, "exit code; stderr:\n%s", got.stderr)
	x := decodeExplain(t, got.stdout)
	assert.Equal(t, srv.URL+"/story", x.URL, "the fetched URL is the page URL")
	assert.Equal(t, 6, x.Kept, "kept blocks")
}

func TestExplainNoContentStillReports(t *testing.T) {
	got := run(t, `<html><body><nav><a href="/">Home</a></nav></body></html>`, "explain", "--format", "json")
	require.Equal(t, ExitOK, got.code, "a page with nothing kept is explained; stderr:\n%s", got.stderr)
	assert.Zero(t, decodeExplain(t, got.stdout).Kept, "nothing kept")
}

func TestExplainErrors(t *testing.T) {
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stderr string
	}{
		{"missing file", "", []string{"explain", "testdata/no-such-file.html"}, ExitFailure, "pith: testdata/no-such-file.html: no such file or directory"},
		{"not html", "\x00\x01\x02binary", []string{"explain"}, ExitFailure, "pith: <stdin>: "},
		{"two pages", "", []string{"explain", "a.html", "b.html"}, ExitUsage, "pith: explain takes one page, got 2"},
		{"bad format", "", []string{"explain", "--format", "markdown", seedPage}, ExitUsage, "must be html or json"},
		{"unknown flag", "", []string{"explain", "--links", seedPage}, ExitUsage, "unknown flag --links"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := run(t, tc.stdin, tc.args...)
			assert.Equal(t, tc.code, got.code, "exit code; stderr:\n%s", got.stderr)
			assert.Empty(t, got.stdout, "nothing on stdout")
			assert.Contains(t, got.stderr, tc.stderr, "diagnostic")
		})
	}
}

func TestExplainHelp(t *testing.T) {
	got := run(t, "", "explain", "--help")
	require.Equal(t, ExitOK, got.code, "exit code")
	assert.Contains(t, got.stdout, "Usage: pith explain [flags] [FILE|URL|-]", "usage line")
	assert.Contains(t, got.stdout, "--format format", "format flag listed")
	assert.Empty(t, got.stderr, "no diagnostics")
}
