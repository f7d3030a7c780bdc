package benchmark_test

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/benchmark"
)

// benchDir is the benchmark data, relative to this package.
const benchDir = "../../testdata/bench"

// benchSets are the benchmark sets and their page counts.
var benchSets = []struct {
	name  string
	pages int
}{
	{"scrapinghub", 181},
	{"modern-dev", 481},
}

var (
	loadMu sync.Mutex
	loaded = map[string]*benchmark.Dataset{}
)

// loadSet loads a benchmark set once per test binary.
func loadSet(t *testing.T, name string) *benchmark.Dataset {
	t.Helper()
	loadMu.Lock()
	defer loadMu.Unlock()
	if ds, ok := loaded[name]; ok {
		return ds
	}
	ds, err := benchmark.LoadDataset(filepath.Join(benchDir, name))
	require.NoError(t, err)
	loaded[name] = ds
	return ds
}

func TestLoadDatasetBenchSets(t *testing.T) {
	if testing.Short() {
		t.Skip("scores whole benchmark sets; runs in the full (non -short) pass")
	}
	for _, set := range benchSets {
		t.Run(set.name, func(t *testing.T) {
			ds := loadSet(t, set.name)
			assert.Equal(t, set.name, ds.Name)
			require.Len(t, ds.Pages, set.pages)
			for i, p := range ds.Pages {
				if i > 0 {
					assert.Less(t, ds.Pages[i-1].ID, p.ID, "pages sorted by id")
				}
				assert.NotEmpty(t, p.Truth, p.ID)
				assert.NotEmpty(t, p.HTML, p.ID)
			}
		})
	}
}

func TestLoadDataset(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "toy")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "html"), 0o755))
	truth := `{"b": {"articleBody": "Body B", "url": "https://b.example/", "title": "x",
	                 "type": "forum", "author": null, "with": ["B"], "without": ["menu"]},
	           "a": {"articleBody": "Body A", "url": "https://a.example/"}}`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ground-truth.json"), []byte(truth), 0o644))
	writeGzip(t, filepath.Join(dir, "html", "a.html.gz"), "<p>A</p>")

	_, err := benchmark.LoadDataset(dir)
	require.ErrorIs(t, err, os.ErrNotExist, "page b has no html file")

	writeGzip(t, filepath.Join(dir, "html", "b.html.gz"), "<p>B</p>")
	ds, err := benchmark.LoadDataset(dir)
	require.NoError(t, err)
	assert.Equal(t, &benchmark.Dataset{Name: "toy", Pages: []benchmark.Page{
		{ID: "a", URL: "https://a.example/", Truth: "Body A", HTML: []byte("<p>A</p>")},
		{ID: "b", URL: "https://b.example/", Truth: "Body B", HTML: []byte("<p>B</p>"),
			Type: "forum", Title: "x", With: []string{"B"}, Without: []string{"menu"}},
	}}, ds)

	_, err = benchmark.LoadDataset(filepath.Join(dir, "missing"))
	require.ErrorIs(t, err, os.ErrNotExist)
}

func writeGzip(t *testing.T, path, content string) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := zw.Write([]byte(content))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
}
