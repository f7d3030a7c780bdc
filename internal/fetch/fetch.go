package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/pithdev/pith/internal/version"
)

// DefaultTimeout bounds one fetch (connect, redirects and body) when [Options.Timeout] is zero
// and the caller wants a limit: the commands' --fetch-timeout default.
const DefaultTimeout = 30 * time.Second

// PerHost is the most requests at once that pith batch sends to one host.
const PerHost = 2

// MaxRedirects is how many redirects one fetch follows before giving up.
const MaxRedirects = 10

// UserAgent is sent with every request: pith, its version and where to read about it.
const UserAgent = "pith/" + version.Version + " (+https://github.com/pithdev/pith)"

// acceptHeader asks for HTML first.
const acceptHeader = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"

// ErrTooLarge is matched by the error of a fetch whose body is larger than [Options.MaxBytes].
var ErrTooLarge = errors.New("response too large")

// ErrTimeout is matched by the error of a fetch that ran past [Options.Timeout].
var ErrTimeout = errors.New("fetch timed out")

// Options configures a [Client].
type Options struct {
	// Timeout bounds one fetch: connect, redirects and body; zero means no limit.
	Timeout time.Duration
	// MaxBytes is the largest body accepted, in bytes (after the transport's gzip
	// decoding); it must be positive.
	MaxBytes int64
	// PerHost is the most requests at once to one host (host:port); zero means no limit.
	// A fetch waiting for its host does not count against Timeout.
	PerHost int
}

// Client fetches pages. It is safe for concurrent use; call Close when done.
type Client struct {
	opts      Options
	transport *http.Transport
	client    *http.Client

	mu    sync.Mutex
	hosts map[string]chan struct{} // one semaphore per host, with PerHost
}

// New returns a Client with opts. It fails on a MaxBytes that is not positive or a
// negative Timeout or PerHost.
func New(opts Options) (*Client, error) {
	switch {
	case opts.MaxBytes <= 0:
		return nil, fmt.Errorf("fetch: max bytes must be positive, got %d", opts.MaxBytes)
	case opts.Timeout < 0:
		return nil, fmt.Errorf("fetch: timeout must not be negative, got %s", opts.Timeout)
	case opts.PerHost < 0:
		return nil, fmt.Errorf("fetch: per-host limit must not be negative, got %d", opts.PerHost)
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	return &Client{
		opts:      opts,
		transport: tr,
		client: &http.Client{
			Transport: tr,
			CheckRedirect: func(_ *http.Request, via []*http.Request) error {
				if len(via) > MaxRedirects {
					return fmt.Errorf("stopped after %d redirects", MaxRedirects)
				}
				return nil
			},
		},
		hosts: map[string]chan struct{}{},
	}, nil
}

// Close releases the client's idle connections.
func (c *Client) Close() { c.transport.CloseIdleConnections() }

// Response is a fetched page.
type Response struct {
	// URL is the final URL, after redirects.
	URL string
	// Status is the HTTP status code, and StatusText its line ("404 Not Found").
	Status     int
	StatusText string
	// ContentType is the response's Content-Type header.
	ContentType string
	// Body is the body, for a 2xx status only; nil otherwise.
	Body []byte
	// Date is when the response's headers arrived.
	Date time.Time
}

// OK reports whether the status is 2xx.
func (r *Response) OK() bool { return r.Status >= 200 && r.Status <= 299 }

// Get GETs rawURL, following redirects. An answer of any status is a Response (the body
// is read only for a 2xx status); an error means the page could not be fetched at all: a
// bad URL, a name or connection failure, the time limit ([ErrTimeout]), the size limit
// ([ErrTooLarge]) or too many redirects. The error's message does not repeat the URL.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, explain(err, c.opts.Timeout)
	}
	release, err := c.acquire(ctx, u.Host)
	if err != nil {
		return nil, err
	}
	defer release()
	if c.opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.opts.Timeout)
		defer cancel()
	}
	resp, err := c.get(ctx, u.String())
	if err != nil {
		return nil, explain(err, c.opts.Timeout)
	}
	return resp, nil
}

func (c *Client) get(ctx context.Context, rawURL string) (*Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", acceptHeader)
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := &Response{
		URL:         resp.Request.URL.String(),
		Status:      resp.StatusCode,
		StatusText:  resp.Status,
		ContentType: resp.Header.Get("Content-Type"),
		Date:        time.Now().UTC(),
	}
	if !out.OK() {
		return out, nil
	}
	if resp.ContentLength > c.opts.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, resp.ContentLength, c.opts.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > c.opts.MaxBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, c.opts.MaxBytes)
	}
	out.Body = body
	return out, nil
}

// acquire waits for a request slot of host, with PerHost; release gives it back.
func (c *Client) acquire(ctx context.Context, host string) (release func(), err error) {
	if c.opts.PerHost == 0 {
		return func() {}, nil
	}
	host = strings.ToLower(host)
	c.mu.Lock()
	sem, ok := c.hosts[host]
	if !ok {
		sem = make(chan struct{}, c.opts.PerHost)
		c.hosts[host] = sem
	}
	c.mu.Unlock()
	select {
	case sem <- struct{}{}:
		return func() { <-sem }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// timeoutError is a fetch that ran out of time: it matches [ErrTimeout] and
// [context.DeadlineExceeded].
type timeoutError struct{ limit time.Duration }

func (e *timeoutError) Error() string {
	return fmt.Sprintf("%s after %s", ErrTimeout.Error(), e.limit)
}

func (e *timeoutError) Is(target error) bool {
	return target == ErrTimeout || target == context.DeadlineExceeded
}

// explain turns a client error into a short message: the URL is already named wherever
// the error is reported, so *url.Error's "Get <url>:" prefix is dropped, and a timeout
// says so.
func explain(err error, limit time.Duration) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return &timeoutError{limit: limit}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return &timeoutError{limit: limit}
		}
		return ue.Err
	}
	return err
}
