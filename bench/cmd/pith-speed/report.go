package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"
)

// report is everything the command prints for one corpus.
type report struct {
	corpus *corpus
	rounds int
	ms     []*measurement
}

// write prints the machine, the table and the bars as Markdown.
func (r *report) write(w io.Writer) {
	fmt.Fprintf(w, "## Speed and quality on %s (%d pages, %.1f MB)\n\n", r.corpus.name, len(r.corpus.pages), float64(r.corpus.bytes)/1e6)
	fmt.Fprintf(w, "%s\n\n", machineLine())
	fmt.Fprintf(w, "One goroutine; one warm-up pass per extractor, then %d timed passes over all pages, rounds interleaved. "+
		"Speed (ms/page, pages/s, MB/s, × floor) is the process's CPU time (user + system, all threads, so GC work counts) "+
		"in the median pass, which load from other processes inflates far less than wall-clock time; wall ms/page is the median pass's "+
		"wall-clock time. Allocations are the mean per pass (runtime.MemStats deltas after a GC). "+
		"%s\n\n", r.rounds, r.metricLine())
	r.table(w)
	r.bars(w)
}

// metricLine says how the quality columns were scored.
func (r *report) metricLine() string {
	if r.corpus.words {
		return "F1: WCXB's word F1 (bag of lower-cased \\w+ words, mean over pages; benchmark.WordF1) on the warm-up pass's predictions; P and R are not used."
	}
	return "P/R/F1: token 4-gram shingles, internal/benchmark's metric, on the warm-up pass's predictions."
}

// floor returns the parse floor's measurement, or nil when it was not run.
func (r *report) floor() *measurement {
	for _, m := range r.ms {
		if m.floor {
			return m
		}
	}
	return nil
}

// find returns the measurement of the contender named name, or nil.
func (r *report) find(name string) *measurement {
	for _, m := range r.ms {
		if m.name == name {
			return m
		}
	}
	return nil
}

// table prints one row per contender.
func (r *report) table(w io.Writer) {
	fmt.Fprintln(w, "| extractor | version | P | R | F1 | errors | ms/page | pages/s | MB/s | time × floor | wall ms/page | allocs/page | KB/page | bytes × floor |")
	fmt.Fprintln(w, "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
	var fs stats
	floor := r.floor()
	if floor != nil {
		fs = statsOf(floor, r.corpus)
	}
	for _, m := range r.ms {
		s := statsOf(m, r.corpus)
		quality := "— | — | —"
		switch {
		case m.floor:
		case r.corpus.words:
			quality = fmt.Sprintf("— | — | %.4f", m.summary.F1)
		default:
			quality = fmt.Sprintf("%.4f | %.4f | %.4f", m.summary.Precision, m.summary.Recall, m.summary.F1)
		}
		timeRatio, bytesRatio := "—", "—"
		if floor != nil {
			timeRatio = fmt.Sprintf("%.2f", s.nsPerPage/fs.nsPerPage)
			bytesRatio = fmt.Sprintf("%.2f", s.bytesPerPage/fs.bytesPerPage)
		}
		fmt.Fprintf(w, "| %s | %s | %s | %d | %.2f | %.0f | %.1f | %s | %.2f | %.0f | %.0f | %s |\n",
			m.name, moduleVersion(m.module), quality, m.summary.Errors,
			s.nsPerPage/1e6, s.pagesPerSec, s.mbPerSec, timeRatio, s.wallNsPerPage/1e6,
			s.allocsPerPage, s.bytesPerPage/1024, bytesRatio)
	}
	fmt.Fprintln(w)
}

// bar is one of the requirements, checked on this run.
type bar struct {
	what string
	got  string
	ok   bool
}

// bars prints the four bars for pith, those whose contenders were run.
func (r *report) bars(w io.Writer) {
	p := r.find("pith")
	if p == nil {
		return
	}
	ps := statsOf(p, r.corpus)
	var bs []bar
	if f := r.floor(); f != nil {
		fs := statsOf(f, r.corpus)
		t := ps.nsPerPage / fs.nsPerPage
		bs = append(bs, bar{"CPU time per page ≤ 1.6 × parse floor", fmt.Sprintf("%.2f ×", t), t <= 1.6})
		b := ps.bytesPerPage / fs.bytesPerPage
		bs = append(bs, bar{"bytes allocated per page ≤ 2 × parse floor", fmt.Sprintf("%.2f ×", b), b <= 2})
	}
	if t := r.find("go-trafilatura"); t != nil {
		ts := statsOf(t, r.corpus)
		x := ps.pagesPerSec / ts.pagesPerSec
		bs = append(bs, bar{"pages/s (CPU) ≥ 4 × go-trafilatura (default)", fmt.Sprintf("%.2f ×", x), x >= 4})
		bs = append(bs, bar{"F1 ≥ go-trafilatura (default)", fmt.Sprintf("%.4f vs %.4f", p.summary.F1, t.summary.F1), p.summary.F1 >= t.summary.F1})
	}
	if len(bs) == 0 {
		return
	}
	fmt.Fprintln(w, "| pith bar (issue 5) | this run | holds |")
	fmt.Fprintln(w, "|---|--:|:-:|")
	for _, b := range bs {
		mark := "no"
		if b.ok {
			mark = "yes"
		}
		fmt.Fprintf(w, "| %s | %s | %s |\n", b.what, b.got, mark)
	}
	fmt.Fprintln(w)
}

// machineLine describes the machine and toolchain in one line.
func machineLine() string {
	return fmt.Sprintf("Machine: %s, %d logical CPUs, GOMAXPROCS %d, %s %s/%s, %s.",
		cpuModel(), runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version(), runtime.GOOS, runtime.GOARCH,
		time.Now().UTC().Format("2006-01-02"))
}

// cpuModel returns the first "model name" of /proc/cpuinfo, or "unknown CPU".
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

// moduleVersion returns the version of module path built into this binary: "local" for the
// replaced main module, "?" when the binary has no build info.
func moduleVersion(path string) string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "?"
	}
	for _, d := range bi.Deps {
		if d.Path != path {
			continue
		}
		if d.Replace != nil {
			return "local"
		}
		return d.Version
	}
	return "?"
}
