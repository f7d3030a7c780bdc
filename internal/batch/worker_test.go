package batch

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testPage = `<html><head><title>A title</title></head><body><article><h1>A title</h1>
<p>A paragraph long enough to be the main content of this small page, with a few more words.</p>
<p>And a second paragraph, so that the extractor has something to keep here.</p></article></body></html>`

// newTestEngine returns a run's engine, reporting on the run's stderr, with hook on every page.
func newTestEngine(t *testing.T, hook func(*Page)) (*Engine, *bytes.Buffer) {
	t.Helper()
	var stderr bytes.Buffer
	r, err := newRun(Config{Stderr: &stderr})
	require.NoError(t, err)
	r.eng.hook = hook
	return r.eng, &stderr
}

func TestProcessRecoversPanic(t *testing.T) {
	e, stderr := newTestEngine(t, func(it *Page) {
		if strings.Contains(string(it.page), "boom") {
			panic("boom")
		}
	})
	bad, _ := e.Extract(context.Background(), &Page{rec: Record{Source: "bad.html"}, page: []byte("<p>boom</p>")})
	assert.Equal(t, StatusError, bad.Status)
	assert.Equal(t, KindPanic, bad.ErrorKind)
	assert.Contains(t, bad.Error, "panic: boom")
	assert.Contains(t, stderr.String(), "bad.html: panic: boom", "the panic is reported with its stack")

	good, _ := e.Extract(context.Background(), &Page{rec: Record{Source: "good.html"}, page: []byte(testPage)})
	assert.Equal(t, StatusOK, good.Status, "the next record is extracted: %s", good.Error)
}

func TestProcessGivesUpStuckRecord(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	e, stderr := newTestEngine(t, func(it *Page) { <-release })
	e.timeout, e.grace = 20*time.Millisecond, 20*time.Millisecond
	stuck := &Page{rec: Record{Source: "stuck.html"}, page: []byte(testPage)}
	start := time.Now()
	it, _ := e.Extract(context.Background(), stuck)
	assert.Less(t, time.Since(start), 5*time.Second, "the worker does not wait for the stuck record")
	assert.Equal(t, StatusError, it.Status)
	assert.Equal(t, KindTimeout, it.ErrorKind)
	assert.Contains(t, stderr.String(), "stuck.html")
}
