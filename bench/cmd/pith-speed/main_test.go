package main

import (
	"bytes"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pithdev/pith/internal/benchmark"
)

// loadScrapinghub loads the headline set from the main module's testdata.
func loadScrapinghub(t *testing.T) *corpus {
	t.Helper()
	ds, err := benchmark.LoadDataset(filepath.Join("..", "..", "..", "testdata", "bench", "scrapinghub"))
	if err != nil {
		t.Fatal(err)
	}
	cp, err := newCorpus(ds)
	if err != nil {
		t.Fatal(err)
	}
	return cp
}

// TestPithMatchesPithBench checks that this command scores pith exactly as the main module's
// pith-bench and quality gate do: same predictions (the pith adapter against
// benchmark.Pith) through the same metric code.
func TestPithMatchesPithBench(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the 181 ScrapingHub pages")
	}
	cp := loadScrapinghub(t)
	if len(cp.pages) != 181 {
		t.Fatalf("scrapinghub has %d pages, want 181", len(cp.pages))
	}
	ds := &benchmark.Dataset{Name: cp.name}
	for _, p := range cp.pages {
		ds.Pages = append(ds.Pages, p.Page)
	}
	want, _ := benchmark.Run(ds, benchmark.Pith)
	got := warmUp(contenders[1], cp).summary
	if contenders[1].name != "pith" {
		t.Fatalf("contenders[1] is %q, want pith", contenders[1].name)
	}
	if got != want {
		t.Errorf("pith-speed scores pith %+v, pith-bench %+v", got, want)
	}
}

// articlePage is a small news page with chrome around five paragraphs.
const articlePage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour bridge reopens | Daily</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour bridge reopens after two years of repairs</h1>
<p>The harbour bridge reopened to traffic on Monday morning after two years of repairs that cost the city far more than planned, officials said.</p>
<p>Engineers replaced the corroded steel cables, rebuilt both approach ramps and laid a new deck surface, working mostly at night to keep the river open to ships.</p>
<p>Commuters who had spent up to forty extra minutes a day on detours welcomed the news, although some complained about the new toll, which starts next month.</p>
<p>The council said the final bill came to 212 million, against an original estimate of 140 million, and blamed rising steel prices and a long dispute with a contractor.</p>
<p>A festival on the bridge is planned for Saturday, when it will be closed to cars for the day and open to walkers, cyclists and a parade of old boats below.</p>
</article><footer>Copyright Daily. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>`

// TestContendersExtract runs every contender on a small article: each peer must return the
// article's text, the floor must parse and predict nothing.
func TestContendersExtract(t *testing.T) {
	u, _ := url.Parse("https://example.com/news/bridge")
	const sentence = "Engineers replaced the corroded steel cables"
	for _, c := range contenders {
		t.Run(c.name, func(t *testing.T) {
			text, err := c.extract([]byte(articlePage), u)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case c.floor && text != "":
				t.Errorf("the floor predicted %q", text)
			case !c.floor && !strings.Contains(text, sentence):
				t.Errorf("no %q in %q", sentence, text)
			}
		})
	}
}

func TestSelectContenders(t *testing.T) {
	if len(shortNames) != len(contenders) {
		t.Fatalf("%d short names for %d contenders", len(shortNames), len(contenders))
	}
	all, err := selectContenders("")
	if err != nil || len(all) != len(contenders) {
		t.Fatalf("empty list: %d contenders, %v", len(all), err)
	}
	got, err := selectContenders("pith, floor")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !got[0].floor || got[1].name != "pith" {
		t.Errorf("got %v, want the floor then pith", got)
	}
	if _, err := selectContenders("pith,trafilatura-fast"); err == nil {
		t.Error("an unknown name was accepted")
	}
}

// TestReport checks the derived figures and the bars on made-up measurements.
func TestReport(t *testing.T) {
	cp := &corpus{name: "set", pages: make([]page, 10), bytes: 1e6}
	sec := func(s ...float64) []time.Duration {
		var d []time.Duration
		for _, v := range s {
			d = append(d, time.Duration(v*float64(time.Second)))
		}
		return d
	}
	floor := &measurement{contender: contenders[0], passes: sec(1.5, 4, 2.5), cpu: sec(1, 3, 2), mallocs: 3000, allocBytes: 3e6}
	pith := &measurement{contender: contenders[1], passes: sec(4), cpu: sec(3), mallocs: 1500, allocBytes: 1.5e6,
		summary: benchmark.Summary{Precision: 0.9, Recall: 0.9, F1: 0.9}}
	traf := &measurement{contender: contenders[2], passes: sec(11), cpu: sec(10), mallocs: 9000, allocBytes: 9e6,
		summary: benchmark.Summary{Precision: 0.95, Recall: 0.95, F1: 0.95}}

	s := statsOf(floor, cp)
	if s.nsPerPage != 2e8 || s.wallNsPerPage != 2.5e8 || s.pagesPerSec != 5 || s.mbPerSec != 0.5 || s.allocsPerPage != 100 || s.bytesPerPage != 1e5 {
		t.Errorf("floor stats %+v", s)
	}

	var buf bytes.Buffer
	(&report{corpus: cp, rounds: 3, ms: []*measurement{floor, pith, traf}}).write(&buf)
	out := buf.String()
	for _, want := range []string{
		"| pith | local | 0.9000 | 0.9000 | 0.9000 | 0 | 300.00 | 3 | 0.3 | 1.50 | 400.00 | 150 | 146 | 1.50 |",
		"| CPU time per page ≤ 1.6 × parse floor | 1.50 × | yes |",
		"| bytes allocated per page ≤ 2 × parse floor | 1.50 × | yes |",
		"| pages/s (CPU) ≥ 4 × go-trafilatura (default) | 3.33 × | no |",
		"| F1 ≥ go-trafilatura (default) | 0.9000 vs 0.9500 | no |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

// TestWordCorpus checks that wcxb-dev is read from -wcxb and scored with WCXB's word F1.
func TestWordCorpus(t *testing.T) {
	cfg, err := parseFlags([]string{"-set", "wcxb-dev", "-wcxb", "/data/wcxb"}, &bytes.Buffer{})
	if err != nil || cfg.wcxbDir != "/data/wcxb" || cfg.set != wcxbSet {
		t.Fatalf("parseFlags: %+v, %v", cfg, err)
	}
	if _, err := parseFlags([]string{"-set", "cleaneval"}, &bytes.Buffer{}); err == nil {
		t.Error("an unknown set was accepted")
	}

	u, _ := url.Parse("https://example.com/news/bridge")
	ds := &benchmark.Dataset{Name: wcxbSet, Pages: []benchmark.Page{
		// Every word of the body is in the truth, but the truth has twice as many: P 1, R 1/2.
		{ID: "1", URL: u.String(), HTML: []byte(articlePage), Truth: bodyOf(t, u) + " " + bodyOf(t, u)},
		{ID: "2", URL: u.String(), HTML: []byte(articlePage), Truth: ""},
	}}
	cp, err := newCorpus(ds)
	if err != nil || !cp.words {
		t.Fatalf("newCorpus: words %v, %v", cp != nil && cp.words, err)
	}
	m := warmUp(contenders[1], cp)
	if want := (2.0/3.0 + 0) / 2; m.summary.F1 < want-1e-9 || m.summary.F1 > want+1e-9 {
		t.Errorf("word F1 %v, want %v", m.summary.F1, want)
	}
	timedPass(m, cp)
	var buf bytes.Buffer
	(&report{corpus: cp, rounds: 1, ms: []*measurement{m}}).write(&buf)
	if !strings.Contains(buf.String(), "| pith | local | — | — | 0.3333 |") || !strings.Contains(buf.String(), "WCXB's word F1") {
		t.Errorf("report:\n%s", buf.String())
	}
}

// bodyOf is pith's text of articlePage.
func bodyOf(t *testing.T, u *url.URL) string {
	t.Helper()
	text, err := contenders[1].extract([]byte(articlePage), u)
	if err != nil {
		t.Fatal(err)
	}
	return text
}
