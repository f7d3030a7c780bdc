package extractor

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/decode"
	"github.com/pithdev/pith/extractor/internal/meta"
	"github.com/pithdev/pith/extractor/internal/pagekind"
	"github.com/pithdev/pith/extractor/internal/tree"
)

// TestPageKindDump writes, for every HTML page under the folders of PITH_KIND_DUMP_DIRS
// (separated by ':'), the page kind stage's features, kind and probabilities as float bits to
// the file PITH_KIND_DUMP, so that a refactor of the stage can be checked bit for bit against
// the build before it (cmp the two files). Skipped when PITH_KIND_DUMP is not set.
func TestPageKindDump(t *testing.T) {
	out := os.Getenv("PITH_KIND_DUMP")
	if out == "" {
		t.Skip("PITH_KIND_DUMP not set")
	}
	var files []string
	for _, dir := range strings.Split(os.Getenv("PITH_KIND_DUMP_DIRS"), ":") {
		if dir == "" {
			continue
		}
		_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".htm") || strings.HasSuffix(p, ".html.gz")) {
				files = append(files, p)
			}
			return nil
		})
	}
	sort.Strings(files)
	var buf bytes.Buffer
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(p, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			if raw, err = io.ReadAll(zr); err != nil {
				t.Fatal(err)
			}
		}
		fmt.Fprintf(&buf, "%s", p)
		text, err := decode.Text(raw, "")
		if err != nil {
			fmt.Fprintf(&buf, " decode error\n")
			continue
		}
		doc, err := tree.Parse(context.Background(), text, DefaultMaxNodes)
		if err != nil {
			fmt.Fprintf(&buf, " parse error\n")
			continue
		}
		facts := meta.Collect(doc)
		for _, u := range []string{"", "https://example.com/a/b-c/2024/05/item-12345.html?p=2"} {
			pg := pagekind.Page{Doc: doc, URL: u, Types: facts.Types(), OGType: facts.OGType()}
			for _, x := range pagekind.Measure(pg) {
				fmt.Fprintf(&buf, " %x", math.Float64bits(x))
			}
			v := pagekind.Classify(pg)
			fmt.Fprintf(&buf, " kind=%d", v.Kind)
			for _, x := range v.Probs {
				fmt.Fprintf(&buf, " %x", math.Float64bits(x))
			}
			for _, e := range v.Evidence {
				fmt.Fprintf(&buf, " %s:%x:%x", e.Feature, math.Float64bits(e.Value), math.Float64bits(e.Weight))
			}
		}
		buf.WriteByte('\n')
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d pages", len(files))
}
