package batch

import (
	"context"
	"iter"
	"time"
)

// urlPage is the page of a URL input: fetched when extracted, by the worker that extracts it.
func urlPage(rawURL string) iter.Seq[*Page] {
	return func(yield func(*Page) bool) {
		yield(&Page{rec: Record{Source: rawURL, URL: rawURL}, kind: pageURL})
	}
}

// fetchPage fetches the URL of p and makes p a page of HTML, or a record already decided: an
// answer other than 2xx is a skip (http-status), as for a WARC response; a Content-Type that
// is not HTML a skip (not-html); a URL that cannot be fetched at all an error (fetch). The
// record's url becomes the final URL, after redirects.
func (e *Engine) fetchPage(ctx context.Context, p *Page) {
	resp, err := e.fetch.Get(ctx, p.rec.URL)
	if err != nil {
		p.rec.fail(err, KindFetch)
		return
	}
	p.rec.URL = resp.URL
	p.rec.HTTPStatus = int32(resp.Status)
	p.rec.ContentType = resp.ContentType
	p.rec.FetchDate = resp.Date.Format(time.RFC3339)
	switch ct := resp.ContentType; {
	case !resp.OK():
		p.rec.skip(SkipHTTPStatus)
		return
	case ct != "" && !isHTMLType(ct):
		p.rec.skip(SkipNotHTML)
		return
	}
	p.page, p.ctype, p.kind = resp.Body, resp.ContentType, pageHTML
}
