package batch

import (
	"fmt"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressEvery is how often the progress bar is redrawn.
const progressEvery = 250 * time.Millisecond

// progress draws a progress bar on Stderr: bytes of input read (against their total when every
// input is a plain file), records, pages per second and failures.
type progress struct {
	bar  *progressbar.ProgressBar
	quit chan struct{}
	done chan struct{}
}

// startProgress starts drawing the progress of r until stop is called.
func startProgress(r *run) *progress {
	total := inputBytes(r.cfg)
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(r.cfg.Stderr),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(24),
		progressbar.OptionThrottle(progressEvery),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetDescription("starting"),
	)
	p := &progress{bar: bar, quit: make(chan struct{}), done: make(chan struct{})}
	start := time.Now()
	go func() {
		defer close(p.done)
		t := time.NewTicker(progressEvery)
		defer t.Stop()
		for {
			select {
			case <-p.quit:
				return
			case <-t.C:
				read, failed := r.n.read.Load(), r.n.failed.Load()
				rate := float64(r.n.extracted.Load()) / time.Since(start).Seconds()
				bar.Describe(fmt.Sprintf("%d records, %.0f pages/s, %d failed", read, rate, failed))
				_ = bar.Set64(r.eng.BytesRead())
			}
		}
	}()
	return p
}

// stop stops drawing and clears the bar.
func (p *progress) stop() {
	close(p.quit)
	<-p.done
	_ = p.bar.Finish()
	_ = p.bar.Clear()
}

// inputBytes is the total size of the inputs when all are plain files, -1 otherwise (a
// folder, a list or stdin, whose size is not known up front).
func inputBytes(cfg Config) int64 {
	if len(cfg.Lists) > 0 {
		return -1
	}
	var total int64
	for _, in := range cfg.Inputs {
		if in == stdinArg || len(in) > 1 && in[0] == '@' {
			return -1
		}
		fi, err := os.Stat(in)
		if err != nil {
			continue
		}
		if !fi.Mode().IsRegular() {
			return -1
		}
		total += fi.Size()
	}
	return total
}
