package batch_test

import (
	"context"
	"iter"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/batch"
)

// extractAll extracts every page of pages, in order.
func extractAll(e *batch.Engine, pages iter.Seq[*batch.Page]) []batch.Record {
	var recs []batch.Record
	for p := range pages {
		rec, more := e.Extract(context.Background(), p)
		recs = append(recs, rec)
		recs = append(recs, more...)
	}
	return recs
}

func TestMemberRangesReadAsTheWholeFile(t *testing.T) {
	dir := t.TempDir()
	truncated, _ := testArchive(t, dir)
	corrupt, _ := corruptMiddleArchive(t, dir)
	e, err := batch.NewEngine(batch.Config{}, nil)
	require.NoError(t, err)
	for _, path := range []string{truncated, corrupt} {
		f, err := os.Open(path)
		require.NoError(t, err)
		whole := extractAll(e, e.ReadFile(path, f))
		require.NotEmpty(t, whole)
		assert.Equal(t, runBatch(t, batch.Config{}, path).records, whole, "%s: what pith batch writes", path)

		for _, target := range []int64{1, 20_000, 1 << 30} {
			f, err := os.Open(path)
			require.NoError(t, err)
			ranges, err := batch.MemberRanges(path, f, target)
			require.NoError(t, err)
			require.NoError(t, f.Close())
			switch target {
			case 1:
				assert.Greater(t, len(ranges), 2, "%s: a range per member found", path)
			case 1 << 30:
				assert.Len(t, ranges, 1, "%s: one range", path)
			}
			var got []batch.Record
			for _, r := range ranges {
				f, err := os.Open(path)
				require.NoError(t, err)
				got = append(got, extractAll(e, e.ReadMemberRange(path, f, r))...)
			}
			assert.Equal(t, whole, got, "%s in ranges of %d bytes", path, target)
		}
	}
}

func TestMemberRangesOnlyForPerRecordGzip(t *testing.T) {
	dir := t.TempDir()
	path := idLines(t, dir)
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	ranges, err := batch.MemberRanges(path, f, 1)
	require.NoError(t, err)
	assert.Nil(t, ranges, "a JSON Lines file is not split")
}
