package extractor_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// russian is the article of the Cyrillic pages in testdata/hostile.
var russian = []string{
	"Река поднялась на четыре метра за ночь, и к утру нижний город оказался под водой.",
	"Инженеры сказали, что дамба, построенная в 1962 году, выдержала лучше, чем ожидалось",
	"Магазины на рыночной площади не открывались.",
}

// hostileCase is one page no one would write by hand, and what pith must make of it.
type hostileCase struct {
	name  string
	file  string        // in testdata/hostile, or
	gen   func() []byte // made in the test
	opts  extractor.Options
	heavy bool   // skipped under -short and the race detector
	env   string // if set, run only when this environment variable is 1

	wantErr  error    // errors.Is; nil means a result is expected
	wantText []string // in the result's text
	// maxHeap, when set, bounds the peak heap during the extraction, as a multiple of the input size.
	maxHeap float64
	check   func(t *testing.T, res *extractor.Result, err error)
}

func hostileCases() []hostileCase {
	return []hostileCase{
		{name: "empty input", file: "empty.html", wantErr: extractor.ErrEmpty},
		{name: "only whitespace", file: "whitespace.html", wantErr: extractor.ErrEmpty},
		{name: "PNG image", file: "image.png", wantErr: extractor.ErrNotHTML},
		{name: "PDF document", file: "document.pdf", wantErr: extractor.ErrNotHTML},
		{name: "random bytes", gen: randomBytes, wantErr: extractor.ErrNotHTML},
		{name: "gzip passed as HTML", file: "article.html.gz", wantErr: extractor.ErrNotHTML},
		{name: "no tags at all", gen: func() []byte { return []byte(strings.Join(article, "\n\n")) }, wantErr: extractor.ErrNotHTML},
		// Bytes that no encoding explains: decoded as windows-1252, the rest of the text intact.
		{name: "invalid UTF-8", file: "invalid-utf8.html", wantText: []string{"sandÀbags", article[2]}},
		// A UTF-8 page with a paragraph pasted in windows-1252: both are right.
		{name: "mixed encodings", file: "mixed-encodings.html",
			wantText: []string{article[0], "Le café crème du marché coûte deux euros", "l’église"}},
		{name: "windows-1251 declared as UTF-8", file: "cp1251-declared-utf8.html", wantText: russian},
		{name: "UTF-8 declared as windows-1251", file: "utf8-declared-cp1251.html", wantText: russian},
		{name: "KOI8-R, not declared", file: "koi8r-undeclared.html", wantText: russian},
		{name: "UTF-16LE with BOM", file: "utf16le-bom.html", wantText: article},
		{name: "UTF-16BE with BOM", file: "utf16be-bom.html", wantText: article},
		{name: "100,000 nested divs", gen: func() []byte { return []byte(nestedDivs(100_000)) }, wantText: article},
		{name: "2,000 unclosed b i u", gen: func() []byte { return []byte(unclosedFormatting(2000)) }, wantText: article},
		{name: "table nested 1,000 deep", gen: func() []byte { return []byte(nestedTables(1000)) }, wantText: article},
		// 500 distinct unclosed <b> re-created before each of 20,000 paragraphs: html.Parse alone
		// builds 10 million elements; the guard keeps it to a few hundred thousand.
		{name: "unclosed formatting re-created in every paragraph", gen: formattingBomb, wantText: article,
			check: func(t *testing.T, _ *extractor.Result, _ error) {}},
		{name: "page past MaxInputBytes", gen: overLimit, wantErr: extractor.ErrTooLarge, maxHeap: 1.1},
		// A page gets that big from inline data: images as data: URLs, JSON state, styles.
		{name: "200 MB page", gen: hugePage, heavy: true, opts: extractor.Options{MaxInputBytes: 256 << 20},
			wantText: article, maxHeap: 4},
		// 200 MB of short headed sections of prose: a tree of 1.3 million elements, and a peak
		// heap of about 9 times the input. Only with PITH_HOSTILE_DENSE=1: 30 s and 2 GB.
		{name: "200 MB of dense text", gen: denseText, heavy: true, env: "PITH_HOSTILE_DENSE",
			opts:     extractor.Options{MaxInputBytes: 256 << 20, MaxNodes: 2_000_000, Timeout: 10 * time.Minute},
			wantText: article},
		// About 7x: the tokenizer and the segmenter each grow a buffer to hold the whole text.
		{name: "single 50 MB text node", gen: hugeTextNode, heavy: true, maxHeap: 10,
			check: func(t *testing.T, res *extractor.Result, err error) {
				require.NoError(t, err)
				assert.Greater(t, len(res.BodyText()), 40<<20, "text lost")
			}},
		// Three million elements that each hold text: the element limit stops the page, fast and
		// with little memory, rather than building a tree cut short.
		{name: "millions of tiny elements", gen: tinyElements, wantErr: extractor.ErrTooManyNodes, maxHeap: 4},
		// Past the element limit in tags that hold no text: dropped before parsing, not counted.
		{name: "article after 1,000,000 <br>", gen: func() []byte { return breakFlood(1_000_000) }, wantText: article, maxHeap: 4},
		{name: "article after an SVG of 500,000 paths", gen: func() []byte { return svgFlood(500_000) }, wantText: article, maxHeap: 4},
		// Under the default limit, so with a tighter one (pith batch --max-nodes 100000).
		{name: "article after 300,000 empty spans", gen: func() []byte { return spanFlood(300_000) },
			opts: extractor.Options{MaxNodes: 100_000}, wantText: article, maxHeap: 4},
		// As an article (a grid of teasers that are links whole is a listing's items, which
		// the listing assembly keeps).
		{name: "every block a link", file: "all-links.html", opts: extractor.Options{PageType: extractor.PageArticle}, wantErr: extractor.ErrNoContent},
		// Parsing runs with scripting off, as a crawler sees the page.
		{name: "article inside noscript", file: "noscript-article.html", wantText: article},
		// Not shown to a reader: the page has no content until a script runs (see ErrNoContent).
		{name: "article only in a template", file: "template-article.html", wantErr: extractor.ErrNoContent},
		{name: "article only in a JSON state blob", file: "json-state-article.html", wantErr: extractor.ErrNoContent},
		{name: "frameset", file: "frameset.html", wantErr: extractor.ErrNoContent,
			check: func(t *testing.T, _ *extractor.Result, err error) {
				assert.ErrorContains(t, err, "frameset page")
				assert.ErrorContains(t, err, "menu.html story.html")
			}},
	}
}

// TestHostile runs every page of the hostile corpus. Each must give its error or a sensible
// result: valid UTF-8 no longer than the page, in bounded time and memory.
func TestHostile(t *testing.T) {
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			if tc.heavy && (testing.Short() || raceEnabled) {
				t.Skip("large page: skipped under -short and -race")
			}
			if tc.env != "" && os.Getenv(tc.env) != "1" {
				t.Skipf("set %s=1 to run", tc.env)
			}
			page := tc.input(t)
			ex := mustNew(t, tc.opts)
			peak := watchHeap()
			start := time.Now()
			res, err := ex.Extract(context.Background(), page, extractor.Source{})
			elapsed := time.Since(start)
			heap := peak() + uint64(len(page)) // the input is part of what one page costs
			t.Logf("%d bytes: %v, peak heap %.1f MB (%.2fx the input), err %v", len(page), elapsed.Round(time.Millisecond),
				float64(heap)/(1<<20), float64(heap)/float64(max(len(page), 1)), err)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				if errors.Is(err, extractor.ErrNoContent) {
					// The page's title and metadata come back with ErrNoContent, and no blocks.
					require.NotNil(t, res, "no result with ErrNoContent")
					assert.Empty(t, res.Blocks, "blocks with ErrNoContent")
				} else {
					assert.Nil(t, res, "result with an error")
				}
			} else {
				require.NoError(t, err)
				text := res.Text()
				assert.True(t, utf8.ValidString(text), "text is not valid UTF-8")
				assert.LessOrEqual(t, len(text), 2*len(page), "text longer than the page") // UTF-16 shrinks
				for _, want := range tc.wantText {
					assert.Contains(t, text, want, "text lost")
				}
			}
			if tc.maxHeap > 0 && !raceEnabled {
				assert.Less(t, float64(heap), tc.maxHeap*float64(len(page)), "peak heap past %.0fx the input", tc.maxHeap)
			}
			if tc.check != nil {
				tc.check(t, res, err)
			}
		})
	}
}

func (tc hostileCase) input(t *testing.T) []byte {
	if tc.gen != nil {
		return tc.gen()
	}
	b, err := os.ReadFile(filepath.Join("..", "testdata", "hostile", tc.file))
	require.NoError(t, err)
	return b
}

// watchHeap samples the heap until the returned function is called, which returns the peak
// growth of runtime.MemStats.HeapAlloc (live data and garbage not yet collected) over the heap
// after a collection at the start.
func watchHeap() func() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	base := m.HeapAlloc
	var peak atomic.Uint64
	stop, done := make(chan struct{}), make(chan struct{})
	sample := func() {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		if m.HeapAlloc > base {
			peak.Store(max(peak.Load(), m.HeapAlloc-base))
		}
	}
	go func() {
		defer close(done)
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				sample()
			}
		}
	}()
	return func() uint64 {
		close(stop)
		<-done
		sample()
		return peak.Load()
	}
}

// randomBytes is 64 KiB from a fixed seed.
func randomBytes() []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, 64<<10)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// formattingBomb is the article after a paragraph of 500 distinct unclosed <b>, then 20,000
// short paragraphs.
func formattingBomb() []byte {
	var b strings.Builder
	b.WriteString("<p>")
	for i := range 500 {
		b.WriteString(`<b class="c` + strings.Repeat("x", i/26) + string(rune('a'+i%26)) + `">`)
	}
	b.WriteString("</p>")
	b.WriteString(articleHTML())
	b.WriteString(strings.Repeat("<p>x</p>", 20_000))
	return []byte(page(b.String()))
}

// hugePage is the article followed by 200 MB of what makes real pages that big: images inlined
// as data: URLs, a JSON state blob, inline styles.
func hugePage() []byte {
	const size = 200 << 20
	png := strings.Repeat("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=", 10_000)
	state := strings.Repeat(`{"id":1234567,"title":"Flood","tags":["river","town"],"score":0.75},`, 10_000)
	style := strings.Repeat(".story p { margin: 0 0 1em; font: 16px/1.5 Georgia, serif; }\n", 2000)
	var b strings.Builder
	b.Grow(size + 1<<20)
	b.WriteString("<!DOCTYPE html><html><head><title>Flood in the lower town</title></head><body><article>")
	b.WriteString("<h1>Flood in the lower town</h1>" + articleHTML())
	for b.Len() < size {
		b.WriteString(`<figure><img alt="The lower town" src="data:image/png;base64,` + png + `"></figure>`)
		b.WriteString(`<script type="application/json">{"items":[` + state + `{}]}</script>`)
		b.WriteString("<style>" + style + "</style>\n")
	}
	b.WriteString("</article></body></html>")
	return []byte(b.String())
}

// overLimit is a 72 MB page, past the default MaxInputBytes.
func overLimit() []byte {
	return []byte(page(strings.Repeat("<p>x</p>", 9<<20)))
}

// denseText is 200 MB of headed sections of prose.
func denseText() []byte { return bigPage(200 << 20) }

// hugeTextNode is a page whose body is one 50 MB text node of prose.
func hugeTextNode() []byte {
	prose := strings.Join(article, " ") + " "
	return []byte(page(strings.Repeat(prose, (50<<20)/len(prose)+1)))
}

// tinyElements is the article followed by three million tiny elements.
func tinyElements() []byte {
	return []byte(page(articleHTML() + strings.Repeat("<i>x</i>", 3_000_000)))
}
