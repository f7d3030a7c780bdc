package batch_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/batch"
	"github.com/pithdev/pith/internal/fetch"
	"github.com/pithdev/pith/internal/fetch/fetchtest"
)

func TestURLInputs(t *testing.T) {
	de, deMeta := page(t, "de-article")
	var agents atomic.Value
	srv := fetchtest.Server(t, map[string]http.HandlerFunc{
		"/ok": func(w http.ResponseWriter, r *http.Request) {
			agents.Store(r.UserAgent())
			fetchtest.Serve("text/html; charset=utf-8", de)(w, r)
		},
		"/moved":   func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/ok", http.StatusMovedPermanently) },
		"/missing": http.NotFound,
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		},
		"/big":    fetchtest.Serve("text/html", []byte("<p>"+strings.Repeat("big ", 100_000)+"</p>")),
		"/loop":   func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) },
		"/image":  fetchtest.Serve("image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")),
		"/binary": fetchtest.Serve("", []byte("\x00\x01\x02\x03binary\x00\xff\xfe")),
	})
	u := func(path string) string { return srv.URL + path }
	closed := httptest.NewServer(http.NotFoundHandler())
	refused := closed.URL + "/gone"
	closed.Close() // nothing listens on its port any more
	dir := t.TempDir()
	list := filepath.Join(dir, "urls.txt")
	require.NoError(t, os.WriteFile(list, []byte("# a list of URLs\n"+u("/image")+"\n\n"+u("/binary")+"\n"), 0o644))
	at := filepath.Join(dir, "more.txt")
	require.NoError(t, os.WriteFile(at, []byte(u("/loop")+"\n"), 0o644))

	start := time.Now()
	got := runBatch(t, batch.Config{Lists: []string{list}, MaxBytes: 200_000, FetchTimeout: 300 * time.Millisecond, Workers: 4},
		u("/ok"), u("/moved"), u("/missing"), u("/slow"), u("/big"), "@"+at, refused, "http://bad host/")
	require.NoError(t, got.err)
	assert.Less(t, time.Since(start), 8*time.Second, "the slow page is given up at the fetch time limit")

	type row struct{ source, status, skip, kind, url string }
	var rows []row
	for _, r := range got.records {
		rows = append(rows, row{r.Source, r.Status, r.Skip, r.ErrorKind, r.URL})
	}
	assert.Equal(t, []row{
		{u("/ok"), batch.StatusOK, "", "", u("/ok")},
		{u("/moved"), batch.StatusOK, "", "", u("/ok")}, // url is the final URL
		{u("/missing"), batch.StatusSkip, batch.SkipHTTPStatus, "", u("/missing")},
		{u("/slow"), batch.StatusError, "", batch.KindFetch, u("/slow")},
		{u("/big"), batch.StatusError, "", batch.KindFetch, u("/big")},
		{u("/loop"), batch.StatusError, "", batch.KindFetch, u("/loop")},
		{refused, batch.StatusError, "", batch.KindFetch, refused},
		{"http://bad host/", batch.StatusError, "", batch.KindFetch, "http://bad host/"},
		{u("/image"), batch.StatusSkip, batch.SkipNotHTML, "", u("/image")},
		{u("/binary"), batch.StatusError, "", batch.KindNotHTML, u("/binary")},
	}, rows, "one record per URL, in input order")
	require.Len(t, got.records, 10)
	assert.Equal(t, batch.Summary{Read: 10, Extracted: 2, Skipped: 2, Failed: 6, Inputs: 10}, withoutTime(got.sum))

	ok := got.records[0]
	for _, s := range deMeta.Must {
		assert.Contains(t, norm(ok.Title+" "+ok.Text), norm(s))
	}
	assert.Equal(t, int32(200), ok.HTTPStatus)
	assert.Equal(t, "text/html; charset=utf-8", ok.ContentType)
	fetched, err := time.Parse(time.RFC3339, ok.FetchDate)
	require.NoError(t, err, "the fetch time is recorded")
	assert.WithinDuration(t, start, fetched, time.Minute)
	assert.Equal(t, fetch.UserAgent, agents.Load())

	assert.Equal(t, int32(404), got.records[2].HTTPStatus)
	assert.NotEmpty(t, got.records[2].FetchDate)
	assert.Equal(t, "fetch timed out after 300ms", got.records[3].Error)
	assert.Equal(t, "response too large: 400007 bytes, limit 200000", got.records[4].Error)
	assert.Equal(t, "stopped after 10 redirects", got.records[5].Error)
	assert.Empty(t, got.records[5].FetchDate, "nothing was fetched")
	assert.Contains(t, got.records[6].Error, "refused")
	assert.Equal(t, "image/png", got.records[8].ContentType)
}

// withoutTime is s without its elapsed time, to compare counts.
func withoutTime(s batch.Summary) batch.Summary {
	s.Elapsed = 0
	return s
}

func TestURLsPerHost(t *testing.T) {
	var now, peak, served atomic.Int32
	srv := fetchtest.Server(t, map[string]http.HandlerFunc{
		"/{n}": func(w http.ResponseWriter, r *http.Request) {
			n := now.Add(1)
			defer now.Add(-1)
			for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
			}
			time.Sleep(30 * time.Millisecond)
			served.Add(1)
			fetchtest.Serve("text/html", []byte(fmt.Sprintf("<html><head><title>Page %s</title></head><body><article><h1>Page %s</h1><p>%s</p></article></body></html>",
				r.PathValue("n"), r.PathValue("n"), strings.Repeat("A sentence of the page's body, long enough to be prose. ", 8))))(w, r)
		},
	})
	var urls []string
	for i := range 20 {
		urls = append(urls, fmt.Sprintf("%s/%d", srv.URL, i))
	}
	got := runBatch(t, batch.Config{Workers: 8}, urls...)
	require.NoError(t, got.err)
	require.Len(t, got.records, 20)
	for i, r := range got.records {
		assert.Equal(t, batch.StatusOK, r.Status, "%s: %s", r.Source, r.Error)
		assert.Equal(t, urls[i], r.Source)
	}
	assert.Equal(t, int32(20), served.Load())
	assert.Equal(t, int32(2), peak.Load(), "at most two requests at once to one host, with 8 workers")
}

// TestURLInterruptAndResume stops a run over URLs while some fetches hang: the run ends at
// once (the hanging fetches are abandoned, not waited for), writes only what was fetched, and
// --resume fetches the rest, each URL once.
func TestURLInterruptAndResume(t *testing.T) {
	const n, fast = 8, 3
	var hits [n]atomic.Int32
	var inflight atomic.Int32 // requests the server is answering now
	hang := make(chan struct{})
	srv := fetchtest.Server(t, map[string]http.HandlerFunc{
		"/{i}": func(w http.ResponseWriter, r *http.Request) {
			i, err := strconv.Atoi(r.PathValue("i"))
			if err != nil || i < 0 || i >= n {
				http.NotFound(w, r)
				return
			}
			hits[i].Add(1)
			inflight.Add(1)
			defer inflight.Add(-1)
			if i >= fast {
				select {
				case <-hang:
				case <-r.Context().Done():
					return
				}
			}
			fetchtest.Serve("text/html", []byte(fmt.Sprintf("<html><head><title>Page %d</title></head><body><article><h1>Page %d</h1><p>%s</p></article></body></html>",
				i, i, strings.Repeat("A sentence of the page's body, long enough to be prose. ", 8))))(w, r)
		},
	})
	var urls []string
	for i := range n {
		urls = append(urls, fmt.Sprintf("%s/%d", srv.URL, i))
	}
	out := filepath.Join(t.TempDir(), "out.jsonl")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { // interrupt once the fast pages are written
		defer cancel()
		for range 20000 {
			if b, _ := os.ReadFile(out + ".done"); strings.Count(string(b), "\n") >= fast {
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	start := time.Now()
	// One worker: the fast pages are fetched first, in order. With more, a worker holding a
	// hanging page can take the host's slot before one holding a fast page asks for it.
	sum, err := batch.Run(ctx, batch.Config{Inputs: urls, Output: out, Workers: 1})
	require.NoError(t, err)
	assert.Less(t, time.Since(start), 10*time.Second, "hanging fetches are not waited for")
	assert.True(t, sum.Interrupted)
	assert.Equal(t, int64(fast), sum.Read, "only the pages fetched are written")
	require.Len(t, readOutput(t, out), fast)

	close(hang)
	// A request of the first run can reach the server after the run returned (the client gave
	// up on it first): wait until none has been answered or arrived for a while, so that the
	// counts below are the first run's whole.
	total := func() (c int32) {
		for i := range n {
			c += hits[i].Load()
		}
		return c
	}
	for seen, quiet := total(), 0; quiet < 20; quiet++ {
		time.Sleep(10 * time.Millisecond)
		if now := total(); now != seen || inflight.Load() != 0 {
			seen, quiet = now, 0
		}
	}
	var before [n]int32
	for i := range n {
		before[i] = hits[i].Load()
	}
	sum, err = batch.Run(context.Background(), batch.Config{Inputs: urls, Output: out, Workers: 3, Resume: true})
	require.NoError(t, err)
	assert.Equal(t, int64(fast), sum.Resumed)
	for i := range n {
		again := hits[i].Load() - before[i]
		if i < fast {
			assert.Zero(t, again, "page %d was written: not fetched again", i)
		} else {
			assert.Equal(t, int32(1), again, "page %d was not written: fetched once", i)
		}
	}
	recs := readOutput(t, out)
	require.Len(t, recs, n, "every URL once")
	for i, r := range recs {
		assert.Equal(t, urls[i], r.Source)
		assert.Equal(t, batch.StatusOK, r.Status)
		assert.Equal(t, fmt.Sprintf("Page %d", i), r.Title)
	}
}
