package batch

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testPage = `<html><head><title>A title</title></head><body><article><h1>A title</h1>
<p>A paragraph long enough to be the main content of this small page, with a few more words.</p>
<p>And a second paragraph, so that the extractor has something to keep here.</p></article></body></html>`

// newTestRun returns a run writing to nothing, with hook on every page.
func newTestRun(t *testing.T, hook func(*item)) (*run, *bytes.Buffer) {
	t.Helper()
	var stderr bytes.Buffer
	r, err := newRun(Config{Stderr: &stderr})
	require.NoError(t, err)
	r.hook = hook
	return r, &stderr
}

func TestProcessRecoversPanic(t *testing.T) {
	r, stderr := newTestRun(t, func(it *item) {
		if strings.Contains(string(it.page), "boom") {
			panic("boom")
		}
	})
	bad := &item{rec: Record{Source: "bad.html"}, page: []byte("<p>boom</p>")}
	r.process(bad)
	assert.Equal(t, StatusError, bad.rec.Status)
	assert.Equal(t, KindPanic, bad.rec.ErrorKind)
	assert.Contains(t, bad.rec.Error, "panic: boom")
	assert.Contains(t, stderr.String(), "bad.html: panic: boom", "the panic is reported with its stack")

	good := &item{rec: Record{Source: "good.html"}, page: []byte(testPage)}
	r.process(good)
	assert.Equal(t, StatusOK, good.rec.Status, "the next record is extracted: %s", good.rec.Error)
}

func TestProcessGivesUpStuckRecord(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	r, stderr := newTestRun(t, func(it *item) { <-release })
	r.timeout, r.grace = 20*time.Millisecond, 20*time.Millisecond
	it := &item{rec: Record{Source: "stuck.html"}, page: []byte(testPage)}
	start := time.Now()
	r.process(it)
	assert.Less(t, time.Since(start), 5*time.Second, "the worker does not wait for the stuck record")
	assert.Equal(t, StatusError, it.rec.Status)
	assert.Equal(t, KindTimeout, it.rec.ErrorKind)
	assert.Contains(t, stderr.String(), "stuck.html")
}
