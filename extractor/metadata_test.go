package extractor_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
)

// metadataDir holds one folder per metadata case: input.html, the page, and want.json:
// {"url": page URL, "metadata": {expected values}}, with "fetched": the fetch time (RFC 3339)
// when the case needs one, and "input": a path relative to the
// folder instead of input.html when the page is another test's. Only the fields listed in
// "metadata" are checked; a field listed empty ("" or []) must come out empty.
const metadataDir = "../testdata/metadata"

// metadataFields are the Metadata fields by their JSON names, in report order, and "title",
// the Result's Title.
var metadataFields = []string{"title", "authors", "published", "modified", "site_name", "language", "canonical_url",
	"description", "image", "tags", "categories", "notes"}

// TestMetadataPages extracts every page in testdata/metadata and checks each listed field.
// With -v it logs a table of correct/total per field, the table in the README.
func TestMetadataPages(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(metadataDir, "*", "want.json"))
	require.NoError(t, err, "list metadata cases")
	require.GreaterOrEqual(t, len(dirs), 20, "fewer metadata cases than the 20 the README reports on")
	correct, total := map[string]int{}, map[string]int{}
	for _, wantPath := range dirs {
		dir := filepath.Dir(wantPath)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var want struct {
				URL string `json:"url"`
				// Input names the page when it is another test's (relative to the case's
				// folder); by default it is the folder's input.html.
				Input string `json:"input"`
				// Fetched is the Source's fetch time, when the case needs one.
				Fetched  time.Time                  `json:"fetched"`
				Metadata map[string]json.RawMessage `json:"metadata"`
			}
			b, err := os.ReadFile(wantPath)
			require.NoError(t, err, "read want.json")
			require.NoError(t, json.Unmarshal(b, &want), "parse want.json")
			if want.Input == "" {
				want.Input = "input.html"
			}
			input, err := os.ReadFile(filepath.Join(dir, want.Input))
			require.NoError(t, err, "read the page")
			res, err := extractor.Extract(input, extractor.Source{URL: want.URL, Fetched: want.Fetched})
			if !errors.Is(err, extractor.ErrNoContent) { // a page with no body still has its metadata
				require.NoError(t, err, "extract")
			}
			require.NotNil(t, res, "no result")
			got := metadataMap(t, res.Metadata)
			if res.Title != "" {
				got["title"], _ = json.Marshal(res.Title)
			}
			for _, f := range metadataFields {
				raw, ok := want.Metadata[f]
				if !ok {
					continue
				}
				total[f]++
				if equalJSON(raw, got[f]) {
					correct[f]++
					continue
				}
				t.Errorf("%s: want %s, got %s", f, raw, orNull(got[f]))
			}
			for f := range want.Metadata {
				require.Contains(t, metadataFields, f, "want.json names an unknown field")
			}
		})
	}
	var sb strings.Builder
	sb.WriteString("\n| field | correct/total |\n|---|---|\n")
	for _, f := range metadataFields {
		fmt.Fprintf(&sb, "| %s | %d/%d |\n", f, correct[f], total[f])
	}
	t.Log(sb.String())
}

// metadataMap returns m's JSON fields by name.
func metadataMap(t *testing.T, m extractor.Metadata) map[string]json.RawMessage {
	t.Helper()
	b, err := json.Marshal(m)
	require.NoError(t, err)
	var out map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &out))
	return out
}

// equalJSON compares a wanted value with a got one (nil when the field was left out):
// an empty string or list wants the field left out.
func equalJSON(want, got json.RawMessage) bool {
	var w, g any
	if json.Unmarshal(want, &w) != nil {
		return false
	}
	if got != nil && json.Unmarshal(got, &g) != nil {
		return false
	}
	switch x := w.(type) {
	case string:
		if x == "" {
			return got == nil
		}
	case []any:
		if len(x) == 0 {
			return got == nil
		}
	}
	return reflect.DeepEqual(w, g)
}

func orNull(r json.RawMessage) string {
	if r == nil {
		return "nothing"
	}
	return string(r)
}
