package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// toyArticle is a page whose body pith keeps whole, headed by toyHeadline.
const (
	toyHeadline = "Harbour ferries return after the winter storms"
	toyBody     = "The harbour ferries began their spring timetable on Monday, three weeks after the storms that closed the northern pier and flooded the ticket hall. " +
		"Crews spent the winter rebuilding the landing stage, and the first crossing left on time with forty passengers aboard and a brass band on the quay."
	toyArticle = "<html><head><title>" + toyHeadline + "</title></head><body><article><h1>" + toyHeadline +
		"</h1><p>" + toyBody + "</p></article></body></html>"
)

// writeToySet writes a one-page set in the benchmark layout whose truth is truth.
func writeToySet(t *testing.T, dir, truth string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "html"), 0o755))
	gt, err := json.Marshal(map[string]map[string]string{"p1": {"articleBody": truth, "url": ""}})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ground-truth.json"), gt, 0o644))
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err = zw.Write([]byte(toyArticle))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "html", "p1.html.gz"), buf.Bytes(), 0o644))
}

// summaryRow returns the summary table's row for set and half, or "" when there is none.
func summaryRow(out, set, half string) string {
	for line := range strings.Lines(out) {
		if strings.HasPrefix(line, "| "+set+" | "+half+" |") {
			return strings.TrimSpace(line)
		}
	}
	return ""
}

func TestRunSkipsMissingDragnet(t *testing.T) {
	data := t.TempDir()
	writeToySet(t, filepath.Join(data, "scrapinghub"), toyBody)
	writeToySet(t, filepath.Join(data, "modern-dev"), toyBody)
	missing := filepath.Join(t.TempDir(), "no-such-dir")

	var stdout, stderr bytes.Buffer
	require.NoError(t, run([]string{"-data", data, "-dragnet", missing, "-wcxb", missing}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "skipping dragnet-train")
	assert.Contains(t, stderr.String(), "skipping wcxb-dev", "-wcxb missing is skipped too")
	assert.Contains(t, stderr.String(), "set -wcxb to its directory")
	assert.NotContains(t, stdout.String(), "wcxb-dev")
	assert.Contains(t, stderr.String(), missing)
	assert.Empty(t, summaryRow(stdout.String(), "dragnet-train", "all"))
	for _, set := range []string{"scrapinghub", "modern-dev"} {
		assert.Contains(t, summaryRow(stdout.String(), set, "all"), "| 1.0000 |", "body scored whole")
	}

	// A missing set inside -data is still an error.
	require.NoError(t, os.RemoveAll(filepath.Join(data, "modern-dev")))
	assert.Error(t, run([]string{"-data", data, "-dragnet", missing}, &stdout, &stderr))
}

func TestRunDragnetScoresHeadline(t *testing.T) {
	data, dragnet := t.TempDir(), t.TempDir()
	writeToySet(t, filepath.Join(data, "scrapinghub"), toyBody)
	writeToySet(t, filepath.Join(data, "modern-dev"), toyBody)
	writeToySet(t, dragnet, toyHeadline+"\n\n"+toyBody)

	var stdout, stderr bytes.Buffer
	require.NoError(t, run([]string{"-data", data, "-dragnet", dragnet, "-set", "all", "-wcxb", t.TempDir() + "/none"}, &stdout, &stderr))
	assert.NotContains(t, stderr.String(), "dragnet")
	row := summaryRow(stdout.String(), "dragnet-train", "all")
	assert.Contains(t, row, "| 1 | 1.0000 | 1.0000 | 1.0000 |", "headline and body both scored")
	assert.Contains(t, stdout.String(), "dragnet-train: scored on the title followed by the body text")
	assert.NotEmpty(t, summaryRow(stdout.String(), "dragnet-train", "tune")+summaryRow(stdout.String(), "dragnet-train", "check"))

	stdout.Reset()
	require.NoError(t, run([]string{"-set", "dragnet-train", "-dragnet", dragnet, "-half", "check", "-v"}, &stdout, &stderr))
	assert.Contains(t, stdout.String(), "### dragnet-train (check half): all pages (")
}

// writeKindSet writes a two-page set in wcxb-dev's layout: the toy article labelled "article"
// with its body as truth, and the same page labelled "forum" with a truth it does not match.
func writeKindSet(t *testing.T, dir string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "html"), 0o755))
	gt, err := json.Marshal(map[string]map[string]string{
		"p1": {"articleBody": toyBody, "url": "https://a.example/news/2024/05/toy-story-one", "type": "article"},
		"p2": {"articleBody": "quarterly minutes rowing club", "url": "https://a.example/news/2024/05/toy-story-two", "type": "forum"},
	})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ground-truth.json"), gt, 0o644))
	for _, id := range []string{"p1", "p2"} {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		_, err = zw.Write([]byte(toyArticle))
		require.NoError(t, err)
		require.NoError(t, zw.Close())
		require.NoError(t, os.WriteFile(filepath.Join(dir, "html", id+".html.gz"), buf.Bytes(), 0o644))
	}
}

// kindRow returns the table by kind's row for kind and half, or "" when there is none.
func kindRow(out, kind, half string) string {
	for line := range strings.Lines(out) {
		if strings.HasPrefix(line, "| "+kind+" | "+half+" |") {
			return strings.TrimSpace(line)
		}
	}
	return ""
}

func TestRunWcxbByKind(t *testing.T) {
	wcxb := t.TempDir()
	writeKindSet(t, wcxb)
	var stdout, stderr bytes.Buffer
	require.NoError(t, run([]string{"-set", "wcxb-dev", "-wcxb", wcxb, "-worst", "1", "-kind", "forum"}, &stdout, &stderr))
	out := stdout.String()
	assert.Empty(t, stderr.String())
	assert.NotContains(t, out, "| set | half |", "no shingle table when no shingle set was scored")
	assert.Contains(t, out, "### wcxb-dev: WCXB word F1 by kind of page")
	// The article is whole (F1 1) and named right; the "forum" shares no word (F1 0) and is
	// named article.
	assert.Equal(t, "| **all** | all | 2 | 0.5000 | 1 (50.0%) | 0 | 0 |", kindRow(out, "**all**", "all"))
	assert.Equal(t, "| article | all | 1 | 1.0000 | 1 (100.0%) | 0 | 0 |", kindRow(out, "article", "all"))
	assert.Equal(t, "| forum | all | 1 | 0.0000 | 0 (0.0%) | 0 | 0 |", kindRow(out, "forum", "all"))
	assert.Contains(t, out, "| forum | tune |", "a.example is in the tuning half")
	assert.Contains(t, out, "### wcxb-dev (forum): 1 lowest word-F1 pages")
	assert.Contains(t, out, "| p2 | forum | article | 0.000 |  | https://a.example/news/2024/05/toy-story-two |")
	assert.NotContains(t, out, "| p1 | article | article |", "-kind limits the list")

	dumpDir := t.TempDir()
	stdout.Reset()
	require.NoError(t, run([]string{"-set", "wcxb-dev", "-wcxb", wcxb, "-dump", dumpDir}, &stdout, &stderr))
	got, err := os.ReadFile(filepath.Join(dumpDir, "wcxb-dev", "p1.txt"))
	require.NoError(t, err)
	assert.Equal(t, toyBody, strings.TrimSpace(string(got)))
}

func TestParseFlagsRejects(t *testing.T) {
	for _, args := range [][]string{{"-half", "train"}, {"-set", "cleaneval"}, {"-worst", "-1"}, {"extra"}, {"-kind", "blog"}} {
		_, err := parseFlags(args, &bytes.Buffer{})
		assert.Error(t, err, "%v", args)
	}
}

func TestPageTypeFlag(t *testing.T) {
	var stderr bytes.Buffer
	cfg, err := parseFlags([]string{"-page-type", "collection"}, &stderr)
	require.NoError(t, err)
	assert.Equal(t, "collection", string(cfg.pageType))
	_, err = parseFlags([]string{"-page-type", "recipe"}, &stderr)
	assert.Error(t, err, "an unknown kind")
	_, err = parseFlags([]string{"-page-type", "forum", "-extractor", "alltext"}, &stderr)
	assert.Error(t, err, "alltext names no kind")
}
