package extractor

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/decode"
	"github.com/pithdev/pith/extractor/internal/tree"

	"github.com/pithdev/pith/extractor/internal/meta"
	"github.com/pithdev/pith/extractor/internal/pagekind"
	"golang.org/x/net/html"
)

// Per-stage benchmarks on one ~100 KB news page (a ScrapingHub benchmark page, 9to5mac), so
// that a regression shows stage by stage, next to BenchmarkParseFloor, which is html.Parse of
// the raw bytes and nothing else. Every benchmark sets its bytes to the raw page's size, so
// MB/s are comparable across stages:
//
//	go test ./extractor -run '^$' -bench . -benchmem
//
// The stages add up to BenchmarkExtract: Decode, Parse (the guarded parse; it includes the
// node count), Segment, ScoreAssemble (title, score, assemble: run.decide after segment),
// Metadata and CaptureMarkup (finish), then BodyText or a renderer on the Result.

// benchPageFile is the ~100 KB page of the per-stage benchmarks, 100,315 bytes undecoded.
const benchPageFile = "../testdata/bench/scrapinghub/html/ad826691a8a2f9c4ce50cf0b885af933c4b5119c1f6235cd7df1dfb83f255bcc.html.gz"

// benchPageURL is the page's URL in the set's ground-truth.json.
const benchPageURL = "https://9to5mac.com/2019/11/18/macbook-deals-airpods-more/"

// benchPage reads the benchmark page, undecoded.
func benchPage(b *testing.B) []byte {
	b.Helper()
	f, err := os.Open(benchPageFile)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	page, err := io.ReadAll(zr)
	if err != nil {
		b.Fatal(err)
	}
	return page
}

// benchDoc returns the benchmark page's raw bytes and its parsed tree, as Extract builds it.
func benchDoc(b *testing.B) ([]byte, *html.Node) {
	b.Helper()
	page := benchPage(b)
	text, err := decode.Text(page, "")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := tree.Parse(context.Background(), text, DefaultMaxNodes)
	if err != nil {
		b.Fatal(err)
	}
	return page, doc
}

// benchResult returns the benchmark page's raw bytes and its extraction Result.
func benchResult(b *testing.B) ([]byte, *Result) {
	b.Helper()
	page := benchPage(b)
	res, err := Extract(page, Source{URL: benchPageURL})
	if err != nil {
		b.Fatal(err)
	}
	return page, res
}

// BenchmarkParseFloor is html.Parse of the raw page bytes and nothing else: the least any
// extractor built on x/net/html can cost, and the yardstick of issue 5's bars.
func BenchmarkParseFloor(b *testing.B) {
	page := benchPage(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := html.Parse(bytes.NewReader(page)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecode is the decode stage: BOM, Content-Type and meta charset, binary sniffing, and
// transcoding to UTF-8 (nothing to transcode on this UTF-8 page).
func BenchmarkDecode(b *testing.B) {
	page := benchPage(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decode.Text(page, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeLegacy is the decode stage on a windows-1251 page, which is transcoded.
func BenchmarkDecodeLegacy(b *testing.B) {
	page, err := os.ReadFile("../testdata/pages/ru-cp1251-article/input.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decode.Text(page, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse is the parse stage as Extract runs it: the tag scan that decides whether a
// guard pass is needed, html.Parse of the decoded text, and the element count.
func BenchmarkParse(b *testing.B) {
	page := benchPage(b)
	text, err := decode.Text(page, "")
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tree.Parse(ctx, text, DefaultMaxNodes); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSegment is the segment stage: one walk of the tree into blocks. It only reads the
// tree, so one parse serves every iteration.
func BenchmarkSegment(b *testing.B) {
	page, doc := benchDoc(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = block.Segment(context.Background(), doc)
	}
}

// BenchmarkScoreAssemble is what run.decide does after segment: read the head, pick the title,
// find the headline, score, assemble, and the second opinion with its arbiter. Score writes its statistics into the blocks' elements, so
// every iteration segments afresh with the timer stopped.
func BenchmarkScoreAssemble(b *testing.B) {
	page, doc := benchDoc(b)
	titles := meta.Collect(doc).Titles(benchPageURL) // the walk is measured in BenchmarkMetadata
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		blocks, _ := block.Segment(context.Background(), doc)
		b.StartTimer()
		title := pickTitle(titles, blocks, PageArticle, "")
		headline := findHeadline(blocks, title)
		_ = shownTitle(title, headline, titles, PageArticle)
		page := measurePage(blocks)
		var kept []*block.Block
		if top := block.Score(blocks, headline, page.prose); top != nil {
			kept = assembleArticle(blocks, top, headline, page, false)
		}
		arbitrate(blocks, kept, judge(blocks, page, false), page, headline, Balanced)
	}
}

// BenchmarkMetadata is the first half of finish: head, JSON-LD, microdata, byline and date
// reading on the parsed tree.
func BenchmarkMetadata(b *testing.B) {
	page, doc := benchDoc(b)
	res, err := Extract(page, Source{URL: benchPageURL})
	if err != nil {
		b.Fatal(err)
	}
	src := Source{URL: benchPageURL}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = readMetadata(doc, src, res, nil) // nil: the walk that gathers the facts is measured too
	}
}

// BenchmarkPageKind is the kind stage: judgeKind's walk of the tree and its model, from the
// metadata facts the pipeline has already gathered. Its bar is 0.05x BenchmarkParseFloor
// (see BenchmarkPageKindRatio).
func BenchmarkPageKind(b *testing.B) {
	page, doc := benchDoc(b)
	facts := meta.Collect(doc)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		_ = judgeKind(doc, benchPageURL, facts)
	}
}

// BenchmarkPageKindRatio reports the kind stage's cost as a share of the parse floor
// ("x-floor"; the bar is 0.05), and of that the walk of the tree ("walk-x-floor",
// pagekind.Measure) and the rest ("classify-x-floor": the declarations, the URL, the model).
// Every iteration times a parse and the stage after it, then a parse and the walk alone
// after it, so that both find the tree as a parse leaves the caches; each timing is on the
// thread's CPU clock (threadTime: time spent waiting for a core on a busy machine is not
// counted) and is taken as its median over the iterations, so that the iterations a busy
// machine slows most do not tip the ratios. "warm-x-floor" is the stage timed right after
// the segmenter's and the metadata reader's walks of the same tree, as the pipeline runs it.
func BenchmarkPageKindRatio(b *testing.B) {
	page, doc := benchDoc(b)
	facts := meta.Collect(doc)
	ctx := context.Background()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	parseOnce := func() {
		if _, err := html.Parse(bytes.NewReader(page)); err != nil {
			b.Fatal(err)
		}
	}
	var parse, kind, walk, warm []time.Duration
	for b.Loop() {
		t0 := threadTime()
		parseOnce()
		t1 := threadTime()
		_ = judgeKind(doc, benchPageURL, facts)
		t2 := threadTime()
		parseOnce()
		t3 := threadTime()
		_ = pagekind.Measure(pagekind.Page{Doc: doc})
		t4 := threadTime()
		_, _ = block.Segment(ctx, doc)
		_ = meta.Collect(doc)
		t5 := threadTime()
		_ = judgeKind(doc, benchPageURL, facts)
		t6 := threadTime()
		parse = append(parse, t1-t0, t3-t2)
		kind, walk, warm = append(kind, t2-t1), append(walk, t4-t3), append(warm, t6-t5)
	}
	floor := float64(median(parse))
	b.ReportMetric(float64(median(kind))/floor, "x-floor")
	b.ReportMetric(float64(median(walk))/floor, "walk-x-floor")
	b.ReportMetric(float64(median(kind)-median(walk))/floor, "classify-x-floor")
	b.ReportMetric(float64(median(warm))/floor, "warm-x-floor")
}

// median returns the median of ds, which it sorts.
func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return ds[len(ds)/2]
}

// BenchmarkCaptureMarkup is the second half of finish: reading the kept blocks' inline markup
// for the renderers. It clears each block's node, so every iteration works on a fresh copy of
// the blocks (a copy of a few dozen structs, negligible next to the stage).
func BenchmarkCaptureMarkup(b *testing.B) {
	page, doc := benchDoc(b)
	t, err := newRun(defaultExtractor, Source{URL: benchPageURL}).decide(context.Background(), doc)
	if err != nil || len(t.kept) == 0 {
		b.Fatalf("nothing kept: %v", err)
	}
	blocks := make([]Block, 0, len(t.kept))
	for _, k := range t.kept {
		blocks = append(blocks, Block{Kind: Kind(k.Kind), Text: k.Text, Level: k.Level, Ordered: k.Ordered, node: k.El.Node})
	}
	work := make([]Block, len(blocks))
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		copy(work, blocks)
		captureMarkup(work)
	}
}

// BenchmarkBodyText joins the kept blocks into the plain text the quality benchmark scores.
func BenchmarkBodyText(b *testing.B) {
	page, res := benchResult(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		_ = res.BodyText()
	}
}

// BenchmarkRender renders the Result in every output format, with links and images.
func BenchmarkRender(b *testing.B) {
	page, res := benchResult(b)
	opts := RenderOptions{Links: true, Images: true}
	for _, f := range Formats {
		b.Run(string(f), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := res.Render(f, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExtract is the whole of Extract with default options on the benchmark page, plus
// BodyText, as the speed comparison in bench/ runs it.
func BenchmarkExtract(b *testing.B) {
	page := benchPage(b)
	src := Source{URL: benchPageURL}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := Extract(page, src)
		if err != nil {
			b.Fatal(err)
		}
		_ = res.BodyText()
	}
}

// benchCorpusPage is one page of testdata/pages with the facts its meta.json gives.
type benchCorpusPage struct {
	name string
	page []byte
	src  Source
}

// benchCorpus reads every testdata/pages/*/input.html with its URL and Content-Type.
func benchCorpus(b *testing.B) ([]benchCorpusPage, int64) {
	b.Helper()
	dirs, err := filepath.Glob("../testdata/pages/*/input.html")
	if err != nil || len(dirs) == 0 {
		b.Fatalf("no pages in testdata/pages: %v", err)
	}
	var pages []benchCorpusPage
	var total int64
	for _, in := range dirs {
		dir := filepath.Dir(in)
		page, err := os.ReadFile(in)
		if err != nil {
			b.Fatal(err)
		}
		var meta struct {
			URL         string `json:"url"`
			ContentType string `json:"content_type"`
		}
		if data, err := os.ReadFile(filepath.Join(dir, "meta.json")); err == nil {
			if err := json.Unmarshal(data, &meta); err != nil {
				b.Fatalf("%s: %v", dir, err)
			}
		}
		pages = append(pages, benchCorpusPage{filepath.Base(dir), page, Source{URL: meta.URL, ContentType: meta.ContentType}})
		total += int64(len(page))
	}
	return pages, total
}

// BenchmarkExtractAll extracts every page of testdata/pages per iteration; bytes are the
// pages' total size. A page with nothing worth keeping ([ErrNoContent]) is a valid outcome.
func BenchmarkExtractAll(b *testing.B) {
	pages, total := benchCorpus(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		extractCorpus(b, pages)
	}
}

// extractCorpus extracts every page once. It is a function of its own, not the body of the
// b.Loop, because Go 1.26.8's compiler crashes on this loop written inline there (escape
// analysis of b.Loop's keep-alive rewrite).
func extractCorpus(b *testing.B, pages []benchCorpusPage) {
	for _, p := range pages {
		res, err := Extract(p.page, p.src)
		switch {
		case errors.Is(err, ErrNoContent):
		case err != nil:
			b.Fatalf("%s: %v", p.name, err)
		default:
			_ = res.BodyText()
		}
	}
}

// BenchmarkConfidence is the confidence stage alone: the features read from the trace and
// the Result, and the model's score. Issue 28 bounds it at 0.02x BenchmarkParseFloor.
func BenchmarkConfidence(b *testing.B) {
	page := benchPage(b)
	text, err := decode.Text(page, "")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := tree.Parse(context.Background(), text, DefaultMaxNodes)
	if err != nil {
		b.Fatal(err)
	}
	r := newRun(defaultExtractor, Source{URL: benchPageURL})
	res, err := r.extract(context.Background(), doc)
	if err != nil {
		b.Fatal(err)
	}
	t, err := r.decide(context.Background(), doc)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		r.setConfidence(t, res)
	}
}
