package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/fetch/fetchtest"
	"github.com/pithdev/pith/internal/version"
)

// newClient returns a Client closed at the end of the test.
func newClient(t *testing.T, o Options) *Client {
	t.Helper()
	c, err := New(o)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return c
}

func TestIsURL(t *testing.T) {
	tests := []struct {
		arg  string
		want bool
	}{
		{"http://example.org/", true},
		{"https://example.org/a?b", true},
		{"HTTPS://EXAMPLE.ORG/", true},
		{"http://", false},
		{"ftp://example.org/", false},
		{"example.org", false},
		{"page.html", false},
		{"-", false},
		{"./http://x", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, IsURL(tt.arg), tt.arg)
	}
}

func TestFetchSendsHeadersAndReturnsSource(t *testing.T) {
	var gotUA, gotAccept string
	body := []byte("<html><body><p>hi</p></body></html>")
	srv := fetchtest.Server(t, map[string]http.HandlerFunc{
		"/page": func(w http.ResponseWriter, r *http.Request) {
			gotUA, gotAccept = r.UserAgent(), r.Header.Get("Accept")
			fetchtest.Serve("text/html; charset=windows-1251", body)(w, r)
		},
		"/old":   fetchtest.Redirect("/moved"),
		"/moved": fetchtest.Redirect("/page"),
	})
	f := newClient(t, Options{Timeout: 5 * time.Second, MaxBytes: 1 << 20})

	before := time.Now().UTC().Add(-time.Second)
	resp, err := f.Get(context.Background(), srv.URL+"/page")
	require.NoError(t, err)
	assert.Equal(t, body, resp.Body)
	assert.Equal(t, srv.URL+"/page", resp.URL)
	assert.Equal(t, "text/html; charset=windows-1251", resp.ContentType)
	assert.Equal(t, http.StatusOK, resp.Status)
	assert.True(t, resp.OK())
	assert.False(t, resp.Date.Before(before), "the fetch time is recorded: %v", resp.Date)
	assert.Equal(t, "pith/"+version.Version+" (+https://github.com/pithdev/pith)", gotUA)
	assert.Contains(t, gotAccept, "text/html")

	resp, err = f.Get(context.Background(), srv.URL+"/old")
	require.NoError(t, err)
	assert.Equal(t, srv.URL+"/page", resp.URL, "the final URL, after redirects")
}

func TestFetchRedirectLimit(t *testing.T) {
	// /hop/N redirects to /hop/N-1; /hop/0 serves the page.
	body := []byte("<html><body><p>end</p></body></html>")
	srv := fetchtest.Server(t, map[string]http.HandlerFunc{
		"/hop/{n}": func(w http.ResponseWriter, r *http.Request) {
			var n int
			_, _ = fmt.Sscan(r.PathValue("n"), &n)
			if n == 0 {
				fetchtest.Serve("text/html", body)(w, r)
				return
			}
			fetchtest.Redirect(fmt.Sprintf("/hop/%d", n-1))(w, r)
		},
	})
	f := newClient(t, Options{Timeout: 5 * time.Second, MaxBytes: 1 << 20})

	resp, err := f.Get(context.Background(), srv.URL+"/hop/10")
	require.NoError(t, err, "10 redirects are followed")
	assert.Equal(t, srv.URL+"/hop/0", resp.URL)

	_, err = f.Get(context.Background(), srv.URL+"/hop/11")
	require.Error(t, err)
	assert.Equal(t, "stopped after 10 redirects", err.Error())
}

func TestGetLimits(t *testing.T) {
	big := []byte(strings.Repeat("x", 3000))
	srv := fetchtest.Server(t, map[string]http.HandlerFunc{
		"/missing": http.NotFound,
		"/big":     fetchtest.Serve("text/html", big),
		"/big-chunked": func(w http.ResponseWriter, _ *http.Request) {
			for i := 0; i < 10; i++ {
				_, _ = w.Write(big[:len(big)/10])
				w.(http.Flusher).Flush() // no Content-Length: the limit is found while reading
			}
		},
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		},
		"/loop": fetchtest.Redirect("/loop"),
	})
	f := newClient(t, Options{Timeout: 200 * time.Millisecond, MaxBytes: 1000})

	resp, err := f.Get(context.Background(), srv.URL+"/missing")
	require.NoError(t, err, "an answer is a response, whatever its status")
	assert.Equal(t, http.StatusNotFound, resp.Status)
	assert.Equal(t, "404 Not Found", resp.StatusText)
	assert.False(t, resp.OK())
	assert.Nil(t, resp.Body)

	_, err = f.Get(context.Background(), srv.URL+"/big")
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Equal(t, "response too large: 3000 bytes, limit 1000", err.Error())
	_, err = f.Get(context.Background(), srv.URL+"/big-chunked")
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Equal(t, "response too large: more than 1000 bytes", err.Error())

	start := time.Now()
	_, err = f.Get(context.Background(), srv.URL+"/slow")
	assert.Less(t, time.Since(start), 5*time.Second)
	assert.ErrorIs(t, err, ErrTimeout)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Equal(t, "fetch timed out after 200ms", err.Error())

	_, err = f.Get(context.Background(), srv.URL+"/loop")
	require.Error(t, err)
	assert.Equal(t, "stopped after 10 redirects", err.Error())
}

func TestNewRejectsBadOptions(t *testing.T) {
	for _, o := range []Options{{}, {MaxBytes: -1}, {MaxBytes: 1, Timeout: -1}, {MaxBytes: 1, PerHost: -1}} {
		_, err := New(o)
		assert.Error(t, err, "%+v", o)
	}
}

func TestPerHostLimit(t *testing.T) {
	var now, peak atomic.Int32
	srv := fetchtest.Server(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, _ *http.Request) {
			n := now.Add(1)
			defer now.Add(-1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(20 * time.Millisecond)
			_, _ = w.Write([]byte("<p>x</p>"))
		},
	})
	f := newClient(t, Options{Timeout: 5 * time.Second, MaxBytes: 1000, PerHost: 2})
	var wg sync.WaitGroup
	errs := make(chan error, 12)
	for i := range 12 {
		wg.Go(func() {
			_, err := f.Get(context.Background(), fmt.Sprintf("%s/%d", srv.URL, i))
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		assert.NoError(t, err)
	}
	assert.Equal(t, int32(2), peak.Load(), "two at a time to one host, never more")
}

func TestWaitForHostHonoursContext(t *testing.T) {
	f := newClient(t, Options{MaxBytes: 1000, PerHost: 1})
	release, err := f.acquire(context.Background(), "example.test")
	require.NoError(t, err)
	defer release()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err = f.Get(ctx, "http://example.test/")
	assert.True(t, errors.Is(err, context.DeadlineExceeded), "%v", err)
}

func TestLooksLikeHost(t *testing.T) {
	for arg, want := range map[string]bool{
		"example.com":                true,
		"Example.COM":                true,
		"www.bbc.co.uk/news/article": true,
		"kyiv-independent.com.ua/x":  true,
		"someone.github.io":          true,
		"page.html":                  false,
		"saved/page.htm":             false,
		"crawl.warc.gz":              false,
		"localhost":                  false,
		"127.0.0.1":                  false,
		"example":                    false,
		"-bad.com":                   false,
		"a..com":                     false,
		"under_score.com":            false,
		"":                           false,
	} {
		assert.Equal(t, want, LooksLikeHost(arg), arg)
	}
}
