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
	require.NoError(t, run([]string{"-data", data, "-dragnet", missing}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "skipping dragnet-train")
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
	require.NoError(t, run([]string{"-data", data, "-dragnet", dragnet}, &stdout, &stderr))
	assert.Empty(t, stderr.String())
	row := summaryRow(stdout.String(), "dragnet-train", "all")
	assert.Contains(t, row, "| 1 | 1.0000 | 1.0000 | 1.0000 |", "headline and body both scored")
	assert.Contains(t, stdout.String(), "dragnet-train: scored on the title followed by the body text")
	assert.NotEmpty(t, summaryRow(stdout.String(), "dragnet-train", "tune")+summaryRow(stdout.String(), "dragnet-train", "check"))

	stdout.Reset()
	require.NoError(t, run([]string{"-set", "dragnet-train", "-dragnet", dragnet, "-half", "check", "-v"}, &stdout, &stderr))
	assert.Contains(t, stdout.String(), "### dragnet-train (check half): all pages (")
}

func TestParseFlagsRejects(t *testing.T) {
	for _, args := range [][]string{{"-half", "train"}, {"-set", "cleaneval"}, {"-worst", "-1"}, {"extra"}} {
		_, err := parseFlags(args, &bytes.Buffer{})
		assert.Error(t, err, "%v", args)
	}
}
