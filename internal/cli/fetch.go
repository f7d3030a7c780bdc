package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/publicsuffix"

	"github.com/pithdev/pith/extractor"
)

// maxRedirects is how many redirects one fetch follows before giving up.
const maxRedirects = 10

// userAgent is sent with every request.
const userAgent = name + "/" + Version + " (+https://github.com/pithdev/pith)"

// acceptHeader asks for HTML first.
const acceptHeader = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"

// isURL reports whether arg is an http:// or https:// URL to fetch rather than a file name.
func isURL(arg string) bool {
	for _, scheme := range []string{"http://", "https://"} {
		if len(arg) > len(scheme) && strings.EqualFold(arg[:len(scheme)], scheme) {
			return true
		}
	}
	return false
}

// looksLikeHost reports whether arg, a name that is not a file, reads as a host name
// with an optional path ("example.com", "news.example.co.uk/a/b"): labels of letters,
// digits and hyphens, and a last label that is a public top-level domain, so that
// "page.html" does not qualify.
func looksLikeHost(arg string) bool {
	host, _, _ := strings.Cut(arg, "/")
	host = strings.ToLower(host)
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, c := range l {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	_, icann := publicsuffix.PublicSuffix(labels[len(labels)-1])
	return icann
}

// fetcher downloads the URL inputs of one run. The extractor library never touches the
// network: all of it is here.
type fetcher struct {
	transport *http.Transport
	client    *http.Client
	timeout   time.Duration
	maxBytes  int64
}

// newFetcher returns a fetcher whose fetches each take at most timeout (0: no limit)
// and read at most maxBytes of body. Call close when done.
func newFetcher(timeout time.Duration, maxBytes int64) *fetcher {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	return &fetcher{
		transport: tr,
		client: &http.Client{
			Transport: tr,
			CheckRedirect: func(_ *http.Request, via []*http.Request) error {
				if len(via) > maxRedirects {
					return fmt.Errorf("stopped after %d redirects", maxRedirects)
				}
				return nil
			},
		},
		timeout:  timeout,
		maxBytes: maxBytes,
	}
}

// close releases the fetcher's idle connections.
func (f *fetcher) close() { f.transport.CloseIdleConnections() }

// fetch GETs rawURL, following redirects, and returns the body with a Source holding the
// final URL and the response's Content-Type. A non-2xx status, a body over the size
// limit and running out of time are errors.
func (f *fetcher) fetch(ctx context.Context, rawURL string) ([]byte, extractor.Source, error) {
	if f.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.timeout)
		defer cancel()
	}
	body, src, err := f.get(ctx, rawURL)
	if err != nil {
		return nil, extractor.Source{}, f.explain(err)
	}
	return body, src, nil
}

func (f *fetcher) get(ctx context.Context, rawURL string) ([]byte, extractor.Source, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, extractor.Source{}, err
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", acceptHeader)
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, extractor.Source{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, extractor.Source{}, fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.ContentLength > f.maxBytes {
		return nil, extractor.Source{}, fmt.Errorf("%w: response of %d bytes, limit %d", extractor.ErrTooLarge, resp.ContentLength, f.maxBytes)
	}
	body, err := readLimited(resp.Body, f.maxBytes)
	if err != nil {
		return nil, extractor.Source{}, err
	}
	src := extractor.Source{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Fetched: time.Now().UTC()}
	return body, src, nil
}

// explain turns a client error into a short message: the URL is already in the
// diagnostic, so *url.Error's "Get <url>:" prefix is dropped, and a timeout says so.
func (f *fetcher) explain(err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("fetch timed out after %s", f.timeout)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return fmt.Errorf("fetch timed out after %s", f.timeout)
		}
		return ue.Err
	}
	return err
}

// readLimited reads all of r, failing with [extractor.ErrTooLarge] past limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", extractor.ErrTooLarge, limit)
	}
	return data, nil
}
