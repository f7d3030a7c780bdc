package main

import (
	"fmt"
	"net/url"
	"runtime"
	"slices"
	"syscall"
	"time"

	"github.com/pithdev/pith/internal/benchmark"
)

// page is one benchmark page, its URL parsed once outside the timed passes.
type page struct {
	benchmark.Page
	url *url.URL
}

// corpus is the pages of one set and their total size.
type corpus struct {
	name  string
	pages []page
	bytes int64
	// words marks a set scored with WCXB's word F1 (wcxb-dev) rather than shingles.
	words bool
}

// newCorpus wraps a loaded benchmark set.
func newCorpus(ds *benchmark.Dataset) (*corpus, error) {
	c := &corpus{name: ds.Name, pages: make([]page, len(ds.Pages)), words: ds.Name == wcxbSet}
	for i, p := range ds.Pages {
		u, err := url.Parse(p.URL)
		if err != nil {
			return nil, fmt.Errorf("page %s: url: %w", p.ID, err)
		}
		c.pages[i] = page{Page: p, url: u}
		c.bytes += int64(len(p.HTML))
	}
	return c, nil
}

// measurement is what the command learns about one contender on one corpus.
type measurement struct {
	contender
	// summary scores the warm-up pass's predictions; zero for the floor. On a corpus scored
	// with word F1, only F1 is set: the mean of the pages' word F1.
	summary benchmark.Summary
	// passes are the wall-clock durations of the timed passes over all pages, in run order.
	passes []time.Duration
	// cpu are the CPU times the process spent in the same passes (user plus system, all
	// threads, so the garbage collector's background work is charged too).
	cpu []time.Duration
	// mallocs and allocBytes add up the heap allocations of all timed passes.
	mallocs, allocBytes uint64
}

// median returns the median of durations.
func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

// warmUp runs c once over every page, which also warms caches, lazily compiled regular
// expressions and the heap, and scores its predictions.
func warmUp(c contender, cp *corpus) *measurement {
	m := &measurement{contender: c}
	scores := make([]benchmark.PageScore, len(cp.pages))
	errs := 0
	wordSum := 0.0
	for i, p := range cp.pages {
		pred, err := safeExtract(c, p)
		if err != nil {
			errs++
			pred = ""
		}
		if cp.words {
			wordSum += benchmark.WordF1(pred, p.Truth)
		} else {
			scores[i] = benchmark.Score(pred, p.Truth)
		}
	}
	switch {
	case c.floor:
	case cp.words:
		m.summary = benchmark.Summary{Pages: len(cp.pages), F1: wordSum / float64(max(1, len(cp.pages)))}
	default:
		m.summary = benchmark.Summarize(scores)
	}
	m.summary.Errors = errs
	return m
}

// timedPass runs m's contender over every page on the calling goroutine and records the
// elapsed wall-clock and process CPU time and the heap allocations. A GC first clears the garbage of whatever ran
// before, so each contender pays only for its own collections.
func timedPass(m *measurement, cp *corpus) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := processCPU()
	start := time.Now()
	for _, p := range cp.pages {
		_, _ = safeExtract(m.contender, p)
	}
	elapsed := time.Since(start)
	cpu := processCPU() - cpu0
	runtime.ReadMemStats(&after)
	m.passes = append(m.passes, elapsed)
	m.cpu = append(m.cpu, cpu)
	m.mallocs += after.Mallocs - before.Mallocs
	m.allocBytes += after.TotalAlloc - before.TotalAlloc
}

// safeExtract runs one extraction, turning a panic into an error so that one bad page does not
// stop the run.
func safeExtract(c contender, p page) (text string, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("%s panicked on page %s: %v", c.name, p.ID, v)
		}
	}()
	return c.extract(p.HTML, p.url)
}

// measure warms every contender up and then times rounds passes of each. The rounds are the
// outer loop, so that noise from other processes spreads over all contenders alike.
func measure(cs []contender, cp *corpus, rounds int, progress func(string)) []*measurement {
	ms := make([]*measurement, len(cs))
	for i, c := range cs {
		progress(fmt.Sprintf("warm-up %s", c.name))
		ms[i] = warmUp(c, cp)
	}
	for r := range rounds {
		for _, m := range ms {
			progress(fmt.Sprintf("round %d/%d %s", r+1, rounds, m.name))
			timedPass(m, cp)
		}
	}
	return ms
}

// processCPU returns the user plus system CPU time the process has used so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// stats are the per-page figures of one measurement, derived for the report. Speed is from
// the median pass's CPU time; wallNsPerPage is from the median pass's wall-clock time.
type stats struct {
	nsPerPage     float64
	wallNsPerPage float64
	pagesPerSec   float64
	mbPerSec      float64
	allocsPerPage float64
	bytesPerPage  float64
}

// statsOf derives the per-page figures of m on cp.
func statsOf(m *measurement, cp *corpus) stats {
	pages := float64(len(cp.pages))
	passes := float64(len(m.passes))
	cpu := median(m.cpu).Seconds()
	return stats{
		nsPerPage:     cpu * 1e9 / pages,
		wallNsPerPage: median(m.passes).Seconds() * 1e9 / pages,
		pagesPerSec:   pages / cpu,
		mbPerSec:      float64(cp.bytes) / 1e6 / cpu,
		allocsPerPage: float64(m.mallocs) / passes / pages,
		bytesPerPage:  float64(m.allocBytes) / passes / pages,
	}
}
