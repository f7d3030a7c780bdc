package benchmark_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/benchmark"
)

// wcxbDir is the wcxb-dev set (WCXB's development split, kept outside the repository), relative
// to this package: ../shared/bench/wcxb-dev from the repository root, where CI puts a copy of
// the shared folder beside its clone.
const wcxbDir = "../../../shared/bench/wcxb-dev"

// wcxbFloorPrefix starts the floors.json keys of wcxb-dev's checking half: "wcxb-dev/check" for
// every page, "wcxb-dev/check/<kind>" for the pages of one labelled kind. Their metric is WCXB's
// word F1 (mean over pages), not the shingle F1 of the other sets' keys.
const wcxbFloorPrefix = "wcxb-dev/check"

// TestQualityGate scores the extractor on every benchmark set and fails when a set's F1 falls
// below its floor in testdata/bench/floors.json. Floors are only ever raised: when the
// extractor gets better, pin the new F1 (rounded down) as the floor; never lower one to make a
// change pass.
func TestQualityGate(t *testing.T) {
	if testing.Short() {
		t.Skip("scores whole benchmark sets; runs in the full (non -short) pass")
	}
	floors := readFloors(t)
	for _, set := range benchSets {
		t.Run(set.name, func(t *testing.T) {
			floor, ok := floors[set.name]
			require.True(t, ok, "floors.json has no floor for %s", set.name)
			sum, _ := benchmark.Run(loadSet(t, set.name), benchmark.Pith)
			logSummary(t, "pith", sum)
			assert.GreaterOrEqual(t, sum.F1, floor, "F1 fell below the floor pinned in floors.json")
		})
	}
	t.Run("wcxb-dev", func(t *testing.T) { wcxbGate(t, floors) })
}

// wcxbGate scores wcxb-dev's checking half with WCXB's word F1 and checks it, whole and by
// kind, against the floors under wcxbFloorPrefix. It skips with a note only when the set is
// missing.
func wcxbGate(t *testing.T, floors map[string]float64) {
	ds, err := benchmark.LoadDataset(wcxbDir)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("wcxb-dev not found at %s (the shared folder beside the repository): not scored", wcxbDir)
	}
	require.NoError(t, err)
	check := &benchmark.Dataset{Name: ds.Name}
	for _, p := range ds.Pages {
		if benchmark.HalfOf(p) == benchmark.Check {
			check.Pages = append(check.Pages, p)
		}
	}
	predict, err := benchmark.PithPredict(extractor.Options{})
	require.NoError(t, err)
	rows := benchmark.SummarizeByKind(check, benchmark.RunWords(check, predict), benchmark.All)
	keys := map[string]bool{}
	for _, row := range rows {
		key := wcxbFloorPrefix
		if row.Kind != benchmark.AllKinds {
			key += "/" + row.Kind
		}
		keys[key] = true
		t.Logf("%s: %d pages, word F1 %.6f, kind right %d (%.1f%%), no result %d",
			key, row.Pages, row.F1, row.KindRight, 100*row.KindAccuracy(), row.NoResult)
		floor, ok := floors[key]
		if assert.True(t, ok, "floors.json has no floor for %s", key) {
			assert.GreaterOrEqual(t, row.F1, floor, "%s: word F1 fell below the floor pinned in floors.json", key)
		}
	}
	for key := range floors {
		if strings.HasPrefix(key, wcxbFloorPrefix) {
			assert.True(t, keys[key], "floors.json has a floor for %s, which has no pages", key)
		}
	}
}

// readFloors reads the F1 floors, by set name.
func readFloors(t *testing.T) map[string]float64 {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(benchDir, "floors.json"))
	require.NoError(t, err)
	var floors map[string]float64
	require.NoError(t, json.Unmarshal(data, &floors))
	return floors
}
