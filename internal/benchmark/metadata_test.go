package benchmark_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/benchmark"
)

// TestMetadataAccuracy scores title, author and publication date against the ground truth
// of modern-dev and, when ../shared is there, wcxb-dev (1,497 pages of seven kinds, CC-BY-4.0,
// WCXB), and logs a table (field, correct/total) for the whole set and for its tuning and
// checking halves (see metaHalf). It is a measurement, not a gate: run it with -v to read the
// numbers, and PITH_META_MISSES=1 to list the misses of the tuning half (PITH_META_MISSES=all:
// of both halves). Rules are tuned on the tuning half's misses; a change stays only if the
// checking half does not drop.
func TestMetadataAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("scores about 2,000 pages; skipped with -short")
	}
	t.Run("modern-dev", func(t *testing.T) { scoreMetadataSet(t, filepath.Join(benchDir, "modern-dev")) })
	t.Run("wcxb-dev", func(t *testing.T) {
		dir := filepath.Join(sharedBenchDir, "wcxb-dev")
		if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err != nil {
			t.Skipf("wcxb-dev is not there (%v): it lives in ../shared beside the work tree", err)
		}
		scoreMetadataSet(t, dir)
	})
}

// sharedBenchDir holds the benchmark sets that are not in the repo (../shared beside the work tree).
const sharedBenchDir = "../../../shared/bench"

// scoreMetadataSet scores one set's metadata by half, logs the table and, with
// PITH_META_MISSES, the misses.
func scoreMetadataSet(t *testing.T, dir string) {
	counts, misses, err := benchmark.ScoreMetadataBy(dir, metaHalf)
	require.NoError(t, err, "score metadata on %s", dir)
	var sb strings.Builder
	sb.WriteString("\n| field | pages | correct/total | accuracy | missing | extra (no truth) |\n|---|---|---|---|---|---|\n")
	for _, g := range []string{"", "tune", "check"} {
		name := g
		if name == "" {
			name = "all"
		}
		for _, c := range counts[g] {
			fmt.Fprintf(&sb, "| %s | %s | %d/%d | %.1f%% | %d | %d |\n", c.Field, name, c.Correct, c.Total, 100*float64(c.Correct)/float64(max(c.Total, 1)), c.Missing, c.Extra)
		}
	}
	t.Log(sb.String())
	if list := os.Getenv("PITH_META_MISSES"); testing.Verbose() && list != "" {
		for _, m := range misses {
			if m.Group == "tune" || list == "all" {
				t.Logf("%s %-5s %-6s want %q got %q", m.ID, m.Group, m.Field, m.Want, m.Got)
			}
		}
	}
	for _, g := range []string{"", "tune", "check"} {
		for _, c := range counts[g] {
			assert.Positive(t, c.Total, "no truth values for %s in %q", c.Field, g)
		}
	}
}

// metaHalf names the half of the set a page is in, as the benchmark splits sets ([benchmark.HalfOf]).
func metaHalf(p benchmark.Page) string { return benchmark.HalfOf(p).String() }

// TestMatchers checks the comparisons the metadata score uses.
func TestMatchers(t *testing.T) {
	assert.True(t, benchmark.MatchTitle("Best Cloud Stocks", "Best Cloud Stocks | The Motley Fool"), "site suffix in truth")
	assert.False(t, benchmark.MatchTitle("Home", "Best Cloud Stocks | The Motley Fool"), "short unrelated title")
	assert.True(t, benchmark.MatchAuthor("Jane Doe, John Roe", "By Jane Doe and John Roe"), "names as sets")
	assert.False(t, benchmark.MatchAuthor("Jane Doe", "Jane Doe and John Roe"), "a missing author")
	assert.True(t, benchmark.MatchDate("2023-03-03T10:00:00+01:00", "2023-03-03"), "same day")
	assert.False(t, benchmark.MatchDate("", "2023-03-03"), "no date")
}
