package benchmark_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/benchmark"
)

func TestHalfOf(t *testing.T) {
	// Halves of 64-bit FNV-1a hashes computed outside Go (even: tune, odd: check).
	tests := []struct {
		page    benchmark.Page
		wantKey string
		want    benchmark.Half
	}{
		{benchmark.Page{ID: "R10"}, "R10", benchmark.Tune},
		{benchmark.Page{ID: "R11"}, "R11", benchmark.Check},
		{benchmark.Page{ID: "b"}, "b", benchmark.Check},
		{benchmark.Page{ID: "e"}, "e", benchmark.Tune},
		{benchmark.Page{ID: "1", URL: "https://www.Example.org/a/b"}, "example.org", benchmark.Check},
		{benchmark.Page{ID: "2", URL: "http://example.org/c"}, "example.org", benchmark.Check},
		{benchmark.Page{ID: "3", URL: "https://example.com/"}, "example.com", benchmark.Tune},
		{benchmark.Page{ID: "f", URL: "not a url"}, "f", benchmark.Check},
	}
	for _, tt := range tests {
		t.Run(tt.page.ID, func(t *testing.T) {
			assert.Equal(t, tt.wantKey, benchmark.SplitKey(tt.page))
			assert.Equal(t, tt.want, benchmark.HalfOf(tt.page))
			assert.Equal(t, tt.want, benchmark.HalfOf(tt.page), "same answer twice")
		})
	}
}

func TestParseHalf(t *testing.T) {
	for _, h := range []benchmark.Half{benchmark.All, benchmark.Tune, benchmark.Check} {
		got, err := benchmark.ParseHalf(h.String())
		require.NoError(t, err)
		assert.Equal(t, h, got)
	}
	_, err := benchmark.ParseHalf("train")
	assert.Error(t, err)
}

// TestSplitPartitions checks that every page of a set is in exactly one half, that the halves
// are roughly even, and that pages of one site stay together.
func TestSplitPartitions(t *testing.T) {
	ds := &benchmark.Dataset{Name: "toy"}
	for i := range 1000 {
		ds.Pages = append(ds.Pages, benchmark.Page{ID: fmt.Sprintf("p%04d", i)})
	}
	for i := range 200 {
		ds.Pages = append(ds.Pages, benchmark.Page{ID: fmt.Sprintf("s%04d", i), URL: fmt.Sprintf("https://site%d.example/%d", i/2, i)})
	}
	checkPartition(t, ds, 0.45)
	for i := 1000; i < len(ds.Pages); i += 2 {
		assert.Equal(t, benchmark.HalfOf(ds.Pages[i]), benchmark.HalfOf(ds.Pages[i+1]), "pages of one site split apart")
	}
}

// TestSplitBenchSets checks the split of the benchmark sets in the repository.
func TestSplitBenchSets(t *testing.T) {
	if testing.Short() {
		t.Skip("loads whole benchmark sets; runs in the full (non -short) pass")
	}
	for _, set := range benchSets {
		t.Run(set.name, func(t *testing.T) {
			checkPartition(t, loadSet(t, set.name), 0.4)
		})
	}
}

// checkPartition checks that HalfResults puts every page of ds in exactly one half, each half
// holding at least share of the pages.
func checkPartition(t *testing.T, ds *benchmark.Dataset, share float64) {
	t.Helper()
	results := make([]benchmark.PageResult, len(ds.Pages))
	for i, p := range ds.Pages {
		results[i] = benchmark.PageResult{ID: p.ID}
	}
	tune := benchmark.HalfResults(ds, results, benchmark.Tune)
	check := benchmark.HalfResults(ds, results, benchmark.Check)
	assert.Len(t, benchmark.HalfResults(ds, results, benchmark.All), len(ds.Pages))
	seen := map[string]int{}
	for _, r := range append(tune, check...) {
		seen[r.ID]++
	}
	require.Len(t, seen, len(ds.Pages), "every page in a half")
	for id, n := range seen {
		assert.Equal(t, 1, n, "page %s in both halves", id)
	}
	n := float64(len(ds.Pages))
	assert.GreaterOrEqual(t, float64(len(tune))/n, share, "tuning half too small: %d of %d", len(tune), len(ds.Pages))
	assert.GreaterOrEqual(t, float64(len(check))/n, share, "checking half too small: %d of %d", len(check), len(ds.Pages))
	assert.Equal(t, len(tune), benchmark.HalfSummary(ds, results, benchmark.Tune).Pages)
}
