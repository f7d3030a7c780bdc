package extractor_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
)

// writeRenderers pairs each Write* method with the string method it must match.
var writeRenderers = []struct {
	name  string
	str   func(*extractor.Result, extractor.RenderOptions) string
	write func(*extractor.Result, io.Writer, extractor.RenderOptions) error
}{
	{"text", func(r *extractor.Result, _ extractor.RenderOptions) string { return r.Text() },
		func(r *extractor.Result, w io.Writer, _ extractor.RenderOptions) error { return r.WriteText(w) }},
	{"markdown", (*extractor.Result).Markdown, (*extractor.Result).WriteMarkdown},
	{"html", (*extractor.Result).HTML, (*extractor.Result).WriteHTML},
	{"json", func(r *extractor.Result, o extractor.RenderOptions) string {
		b, err := r.JSON(o)
		if err != nil {
			return "error: " + err.Error()
		}
		return string(b)
	}, (*extractor.Result).WriteJSON},
}

// plainWriter hides bytes.Buffer's WriteString and WriteByte, so that the renderers take
// the path of a writer that has only Write.
type plainWriter struct{ buf bytes.Buffer }

func (p *plainWriter) Write(b []byte) (int, error) { return p.buf.Write(b) }

// failingWriter accepts n bytes, then fails every write.
type failingWriter struct{ n int }

var errWrite = errors.New("disk full")

func (f *failingWriter) Write(b []byte) (int, error) {
	if len(b) > f.n {
		k := f.n
		f.n = 0
		return k, errWrite
	}
	f.n -= len(b)
	return len(b), nil
}

// TestWriteMatchesString checks that each Write* method writes the bytes its string method
// returns, for every golden page and several options, to a writer with and without WriteString.
func TestWriteMatchesString(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(pagesDir, "*"))
	require.NoError(t, err)
	options := []extractor.RenderOptions{{}, {Links: true, Images: true}, {NoTables: true, BaseURL: "https://example.org/x/"}}
	pages := 0
	for _, dir := range dirs {
		input, err := os.ReadFile(filepath.Join(dir, "input.html"))
		if err != nil {
			continue
		}
		pages++
		meta := readMeta(t, filepath.Join(dir, "meta.json"))
		res, err := extractor.Extract(input, extractor.Source{URL: meta.URL, ContentType: meta.ContentType})
		require.NoError(t, err, dir)
		for _, r := range writeRenderers {
			for _, o := range options {
				want := r.str(res, o)
				require.NotEmpty(t, want, "%s %s", dir, r.name)
				var buf bytes.Buffer
				require.NoError(t, r.write(res, &buf, o), "%s %s", dir, r.name)
				assert.Equal(t, want, buf.String(), "%s %s to a bytes.Buffer", dir, r.name)
				var pw plainWriter
				require.NoError(t, r.write(res, &pw, o), "%s %s", dir, r.name)
				assert.Equal(t, want, pw.buf.String(), "%s %s to a plain writer", dir, r.name)
			}
		}
	}
	assert.Greater(t, pages, 5, "golden pages found")
}

// TestWriteError checks that a failing writer's error comes back from every Write* method,
// whether it fails at once or part way.
func TestWriteError(t *testing.T) {
	input, err := os.ReadFile(filepath.Join(pagesDir, "seed-kyiv-independent", "input.html"))
	require.NoError(t, err)
	res, err := extractor.Extract(input, extractor.Source{URL: "https://kyivindependent.com/"})
	require.NoError(t, err)
	for _, r := range writeRenderers {
		full := len(r.str(res, extractor.RenderOptions{}))
		for _, n := range []int{0, 10, full / 2, full - 1} {
			err := r.write(res, &failingWriter{n: n}, extractor.RenderOptions{})
			assert.ErrorIs(t, err, errWrite, "%s failing after %d of %d bytes", r.name, n, full)
		}
		assert.NoError(t, r.write(res, &failingWriter{n: full}, extractor.RenderOptions{}), "%s: exactly enough room", r.name)
	}
}
