package benchmark_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/benchmark"
)

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
