package extractor

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/pithdev/pith/extractor/internal/decode"
	"github.com/pithdev/pith/extractor/internal/tree"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/pithdev/pith/extractor/internal/guard"
)

// comparePage is one page of the ExtractNode comparison: its bytes and Source.
type comparePage struct {
	path string
	page []byte
	src  Source
}

// comparePages returns every HTML page of testdata (the benchmark sets in testdata/bench
// among them) and, when ../shared is there, of the wcxb-dev benchmark set. With -short (the
// race detector's run in CI) it leaves out the benchmark sets.
func comparePages(t *testing.T) []comparePage {
	t.Helper()
	roots := []string{"../testdata"}
	switch _, err := os.Stat("../../shared/bench/wcxb-dev/html"); {
	case testing.Short():
		t.Log("-short: comparing the pages of testdata outside testdata/bench only")
	case err == nil:
		roots = append(roots, "../../shared/bench/wcxb-dev/html")
	default:
		t.Log("../shared/bench/wcxb-dev is missing: comparing testdata pages only")
	}
	var pages []comparePage
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err == nil && d.IsDir() && testing.Short() && path == filepath.Join("..", "testdata", "bench") {
				return filepath.SkipDir
			}
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") && !strings.HasSuffix(path, ".html.gz") {
				return err
			}
			page, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if strings.HasSuffix(path, ".gz") {
				zr, err := gzip.NewReader(bytes.NewReader(page))
				if err != nil {
					return nil // a hostile page that only claims to be gzip
				}
				if page, err = io.ReadAll(zr); err != nil {
					return nil
				}
			}
			var meta struct {
				URL         string `json:"url"`
				ContentType string `json:"content_type"`
			}
			if data, err := os.ReadFile(filepath.Join(filepath.Dir(path), "meta.json")); err == nil {
				_ = json.Unmarshal(data, &meta)
			}
			pages = append(pages, comparePage{path, page, Source{URL: meta.URL, ContentType: meta.ContentType}})
			return nil
		})
		require.NoError(t, err)
	}
	return pages
}

// TestExtractNodeMatchesExtract walks every page of testdata and the benchmark sets through
// Extract, and through goquery (html.Parse with scripting on) plus ExtractNode on the text
// decode gives, and compares the Results field by field. Left out are only the pages the
// guard pass rewrites before parsing (hostile nesting): ExtractNode reads the caller's tree
// as it is.
func TestExtractNodeMatchesExtract(t *testing.T) {
	pages := comparePages(t)
	require.NotEmpty(t, pages)
	var compared, noscript atomic.Int64
	work := make(chan comparePage)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for p := range work {
				switch compareExtractNode(t, p) {
				case compareDone:
					compared.Add(1)
				case compareDoneNoscript:
					compared.Add(1)
					noscript.Add(1)
				}
			}
		})
	}
	for _, p := range pages {
		work <- p
	}
	close(work)
	wg.Wait()
	t.Logf("compared %d of %d pages, %d with <noscript> markup as text", compared.Load(), len(pages), noscript.Load())
	assert.Greater(t, compared.Load(), int64(len(pages)*9/10))
	assert.Positive(t, noscript.Load())
}

// The outcomes of compareExtractNode.
const (
	compareSkipped      = iota // not decodable, or rewritten by the guard pass
	compareDone                // compared
	compareDoneNoscript        // compared, and the goquery tree has <noscript> markup as text
)

// compareExtractNode runs one page through Extract and through goquery plus ExtractNode and
// compares the Results field by field.
func compareExtractNode(t *testing.T, p comparePage) int {
	text, err := decode.Text(p.page, p.src.ContentType)
	if err != nil || guard.Scan(text).Needed(DefaultMaxNodes) {
		return compareSkipped
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(text))
	if err != nil {
		return compareSkipped // html.Parse fails where Extract's guard pass copes
	}
	outcome := compareDone
	if tree.HasRawNoscript(doc.Nodes[0]) {
		outcome = compareDoneNoscript
	}
	want, wantErr := Extract(p.page, p.src)
	got, gotErr := defaultExtractor.ExtractNode(context.Background(), doc.Nodes[0], p.src)
	if wantErr != nil || gotErr != nil {
		if assert.Error(t, wantErr, p.path) && assert.Error(t, gotErr, p.path) {
			assert.Equal(t, wantErr.Error(), gotErr.Error(), p.path)
		}
	}
	if want == nil || !assert.NotNil(t, got, p.path) {
		return outcome
	}
	assert.Equal(t, want.Title, got.Title, p.path)
	assert.Equal(t, want.URL, got.URL, p.path)
	assert.Equal(t, want.Metadata, got.Metadata, p.path)
	assert.Equal(t, comparableBlocks(want.Blocks), comparableBlocks(got.Blocks), p.path)
	assert.Equal(t, want.Comments, got.Comments, p.path)
	assert.Equal(t, want.BodySource, got.BodySource, p.path)
	assert.Equal(t, want.PageType, got.PageType, p.path)
	assert.Equal(t, want.linkBase, got.linkBase, p.path)
	assert.Empty(t, got.Encoding, p.path)
	return outcome
}

// comparableBlocks returns blocks without their DOM node (nil once the Result is built, but
// never compared): kind, text, level and markup are what a Result shows.
func comparableBlocks(blocks []Block) []Block {
	out := make([]Block, len(blocks))
	for i, b := range blocks {
		b.node = nil
		out[i] = b
	}
	return out
}

// TestExtractNodeNoscript checks the two ways a <noscript> read as text went wrong on a
// goquery tree: a forum thread served inside <noscript> is the content, and the markup of an
// ad in <noscript> is not text; and the caller's tree is left as it was.
func TestExtractNodeNoscript(t *testing.T) {
	for _, tt := range []struct {
		file          string
		want, without []string
	}{
		{"forum-thread.html",
			[]string{"smells like nail polish remover", "Feed it twice a day", "now smells of yoghurt"},
			[]string{"Forum rules"}},
		{"tag-manager-iframe.html",
			[]string{"western wall on Friday", "original granite", "usual berths"},
			[]string{"Please enable JavaScript", "iframe"}},
		{"ad-markup.html",
			[]string{"viermal täglich", "Platz für dreihundert Fahrgäste", "ermäßigten Tarif"},
			[]string{"<div", "href", "ads.example", "<img"}},
	} {
		t.Run(tt.file, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("../testdata/noscript", tt.file))
			require.NoError(t, err)
			doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
			require.NoError(t, err)
			require.True(t, tree.HasRawNoscript(doc.Nodes[0]), "goquery keeps <noscript> as text")
			var before bytes.Buffer
			require.NoError(t, html.Render(&before, doc.Nodes[0]))

			got, err := defaultExtractor.ExtractNode(context.Background(), doc.Nodes[0], Source{})
			require.NoError(t, err)
			want, err := Extract(page, Source{})
			require.NoError(t, err)
			assert.Equal(t, want.Text(), got.Text())
			for _, s := range tt.want {
				assert.Contains(t, got.Text(), s)
			}
			for _, s := range tt.without {
				assert.NotContains(t, got.Text(), s)
			}
			var after bytes.Buffer
			require.NoError(t, html.Render(&after, doc.Nodes[0]))
			assert.Equal(t, before.String(), after.String(), "the caller's tree is unchanged")
		})
	}
}

// TestReadNoscriptLeavesScriptingOffTrees checks that a tree parsed with scripting off, whose
// <noscript> holds escaped markup as text, is not read again: Extract would not read it.
func TestReadNoscriptLeavesScriptingOffTrees(t *testing.T) {
	page := `<p>Hello</p><noscript><p>Enable JavaScript</p></noscript><noscript>&lt;img src=x&gt;</noscript>`
	doc, err := html.ParseWithOptions(strings.NewReader(page), html.ParseOptionEnableScripting(false))
	require.NoError(t, err)
	assert.False(t, tree.HasRawNoscript(doc))
	out, err := tree.ReadNoscript(context.Background(), doc, DefaultMaxNodes)
	require.NoError(t, err)
	assert.Same(t, doc, out)

	on, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.True(t, tree.HasRawNoscript(on))
	_, err = tree.ReadNoscript(context.Background(), on, 3)
	assert.ErrorIs(t, err, ErrTooManyNodes)
}
