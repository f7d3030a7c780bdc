// Command pith-batch-bench measures "pith batch" on a WARC archive: throughput with one worker
// and with two, and peak memory on the archive and on one ten times larger.
//
// It packs the 181 ScrapingHub benchmark pages (testdata/bench/scrapinghub/html/*.html.gz, URLs
// from ground-truth.json) into a .warc.gz in a temporary folder, one HTTP response record per
// page gzip-compressed per record, and a second archive holding the same records -scale times.
// Each measurement runs in a child process (this command re-run with -child), so that its peak
// resident memory (VmHWM) is its own. Run from the repository root:
//
//	go run ./cmd/pith-batch-bench [-runs 3] [-scale 10]
package main

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/pithdev/pith/internal/batch"
	"github.com/pithdev/pith/internal/warc/warctest"
)

// result is what one child run reports.
type result struct {
	Workers   int     `json:"workers"`
	Records   int64   `json:"records"`
	Extracted int64   `json:"extracted"`
	Seconds   float64 `json:"seconds"`
	CPU       float64 `json:"cpu_seconds"`
	MaxRSS    int64   `json:"max_rss_bytes"`
	PeakHeap  uint64  `json:"peak_heap_bytes"`
}

func main() {
	var (
		dataDir = flag.String("data", filepath.Join("testdata", "bench", "scrapinghub"), "benchmark `folder` with html/ and ground-truth.json")
		runs    = flag.Int("runs", 3, "runs per worker count")
		scale   = flag.Int("scale", 10, "the larger archive holds the records this many `times`")
		child   = flag.String("child", "", "internal: run one batch on this `archive` and report")
		workers = flag.Int("j", 1, "internal: workers of a -child run")
		profile = flag.String("cpuprofile", "", "with -child: write a CPU profile to `file`")
		pack    = flag.String("pack", "", "only write the benchmark pages, -scale times over, to this .warc.gz `file` (to profile a run with -child)")
	)
	flag.Parse()
	if *pack != "" {
		if err := packOnly(*dataDir, *pack, *scale); err != nil {
			fmt.Fprintln(os.Stderr, "pith-batch-bench:", err)
			os.Exit(1)
		}
		return
	}
	if *child != "" {
		if err := runChild(*child, *workers, *profile); err != nil {
			fmt.Fprintln(os.Stderr, "pith-batch-bench:", err)
			os.Exit(1)
		}
		return
	}
	if err := bench(*dataDir, *runs, *scale); err != nil {
		fmt.Fprintln(os.Stderr, "pith-batch-bench:", err)
		os.Exit(1)
	}
}

// packOnly writes the benchmark pages, scale times over, to one archive.
func packOnly(dataDir, path string, scale int) error {
	recs, err := pages(dataDir)
	if err != nil {
		return err
	}
	var many []warctest.Record
	for range max(scale, 1) {
		many = append(many, recs...)
	}
	return warctest.Write(path, many)
}

// bench packs the archives, runs the children and prints the figures.
func bench(dataDir string, runs, scale int) error {
	tmp, err := os.MkdirTemp("", "pith-batch-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	recs, err := pages(dataDir)
	if err != nil {
		return err
	}
	small := filepath.Join(tmp, "scrapinghub.warc.gz")
	large := filepath.Join(tmp, fmt.Sprintf("scrapinghub-x%d.warc.gz", scale))
	if err := warctest.Write(small, recs); err != nil {
		return err
	}
	var many []warctest.Record
	for range scale {
		many = append(many, recs...)
	}
	if err := warctest.Write(large, many); err != nil {
		return err
	}
	fmt.Printf("machine: %d CPUs (GOMAXPROCS %d), %s\n", runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version())
	fmt.Printf("archives: %d pages, %s; %d pages, %s\n\n", len(recs), size(small), len(many), size(large))

	// Three settings: one worker (the reader and the writer may use the second core), one
	// worker on one core (GOMAXPROCS=1: the single-core baseline), two workers.
	settings := []struct {
		name    string
		workers int
		procs   int
	}{{"-j 1", 1, 0}, {"-j 1 GOMAXPROCS=1", 1, 1}, {"-j 2", 2, 0}}
	rates := make([][]float64, len(settings))
	for i := range runs {
		for k, s := range settings {
			r, err := child(small, s.workers, s.procs)
			if err != nil {
				return err
			}
			rate := float64(r.Extracted) / r.Seconds
			rates[k] = append(rates[k], rate)
			fmt.Printf("run %d  %-18s %d records, %d extracted in %.2fs (CPU %.2fs): %.1f pages/s, peak RSS %s\n",
				i+1, s.name, r.Records, r.Extracted, r.Seconds, r.CPU, rate, mb(r.MaxRSS))
		}
	}
	fmt.Println()
	for _, agg := range []struct {
		name string
		f    func([]float64) float64
	}{{"median", median}, {"best", slices.Max[[]float64]}} {
		j1, one, j2 := agg.f(rates[0]), agg.f(rates[1]), agg.f(rates[2])
		fmt.Printf("throughput, %-6s of %d runs: -j 1 %.1f pages/s, -j 1 on one core %.1f pages/s, -j 2 %.1f pages/s; "+
			"speed-up %.2fx over -j 1, %.2fx over one core\n", agg.name, runs, j1, one, j2, j2/j1, j2/one)
	}

	fmt.Println()
	for _, a := range []struct {
		name, path string
	}{{"1x", small}, {fmt.Sprintf("%dx", scale), large}} {
		r, err := child(a.path, 2, 0)
		if err != nil {
			return err
		}
		fmt.Printf("memory %-4s -j 2: %d records in %.1fs, peak RSS %s, peak Go heap %s\n",
			a.name, r.Records, r.Seconds, mb(r.MaxRSS), mb(int64(r.PeakHeap)))
	}

	// The same speed-up in steady state: on the larger archive, a run's fixed costs (starting
	// the pipeline, the first garbage collections of a small heap) weigh less.
	fmt.Println()
	var steady [2]float64
	for k, w := range []int{1, 2} {
		r, err := child(large, w, 0)
		if err != nil {
			return err
		}
		steady[k] = float64(r.Extracted) / r.Seconds
	}
	fmt.Printf("throughput %dx, one run each: -j 1 %.1f pages/s, -j 2 %.1f pages/s; speed-up %.2fx\n",
		scale, steady[0], steady[1], steady[1]/steady[0])
	return nil
}

// pages reads the benchmark pages as WARC response records, in file name order.
func pages(dataDir string) ([]warctest.Record, error) {
	raw, err := os.ReadFile(filepath.Join(dataDir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("ground-truth.json: %w", err)
	}
	files, err := filepath.Glob(filepath.Join(dataDir, "html", "*.html.gz"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, errors.New("no pages in " + filepath.Join(dataDir, "html"))
	}
	var recs []warctest.Record
	for _, f := range files {
		body, err := gunzip(f)
		if err != nil {
			return nil, err
		}
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		url := truth[id].URL
		if url == "" {
			url = "https://example.com/" + id
		}
		recs = append(recs, warctest.Response(url, body, "Content-Type: text/html"))
	}
	return recs, nil
}

// gunzip reads a gzip-compressed file.
func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}

// child runs one measurement in a child process;
// procs, when positive, sets its GOMAXPROCS.
func child(archive string, workers, procs int) (result, error) {
	self, err := os.Executable()
	if err != nil {
		return result{}, err
	}
	cmd := exec.Command(self, "-child", archive, "-j", fmt.Sprint(workers))
	if procs > 0 {
		cmd.Env = append(os.Environ(), fmt.Sprintf("GOMAXPROCS=%d", procs))
	}
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return result{}, fmt.Errorf("child -j %d: %w", workers, err)
	}
	var r result
	return r, json.Unmarshal(out, &r)
}

// runChild runs one batch of archive with the given workers, output to a temporary file, and
// prints its result as JSON.
func runChild(archive string, workers int, profile string) error {
	if profile != "" {
		f, err := os.Create(profile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	out, err := os.CreateTemp("", "pith-batch-bench-*.jsonl")
	if err != nil {
		return err
	}
	out.Close()
	defer os.Remove(out.Name())
	defer os.Remove(out.Name() + ".done")

	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go sampleHeap(&peak, stop, sampled)
	start := time.Now()
	sum, err := batch.Run(context.Background(), batch.Config{
		Inputs:  []string{archive},
		Output:  out.Name(),
		Workers: workers,
		Quiet:   true,
	})
	elapsed := time.Since(start)
	close(stop)
	<-sampled
	if err != nil {
		return err
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return err
	}
	hwm, err := peakRSS()
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(result{
		Workers: workers, Records: sum.Read, Extracted: sum.Extracted,
		Seconds: elapsed.Seconds(), MaxRSS: hwm, PeakHeap: peak.Load(),
		CPU: time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds(),
	})
}

// peakRSS returns the process's peak resident memory, VmHWM of /proc/self/status. (getrusage's
// maxrss is not used: Linux carries it over from the parent across exec.)
func peakRSS() (int64, error) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb int64
			if _, err := fmt.Sscanf(strings.TrimSpace(rest), "%d kB", &kb); err != nil {
				return 0, fmt.Errorf("VmHWM: %w", err)
			}
			return kb << 10, nil
		}
	}
	return 0, errors.New("no VmHWM in /proc/self/status")
}

// sampleHeap records the peak of the live Go heap every 5ms until stop is closed.
func sampleHeap(peak *atomic.Uint64, stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for {
		metrics.Read(s)
		if v := s[0].Value.Uint64(); v > peak.Load() {
			peak.Store(v)
		}
		select {
		case <-stop:
			return
		case <-t.C:
		}
	}
}

// median returns the median of xs.
func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// size is a file's size in MB, as text.
func size(path string) string {
	fi, err := os.Stat(path)
	if err != nil {
		return "?"
	}
	return mb(fi.Size())
}

// mb formats a byte count in MB.
func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }
