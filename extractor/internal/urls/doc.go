// Package urls is the one place where the extractor's packages parse, check and resolve the
// URLs that pages hold: is this an absolute http(s) URL, what is the page's base, and what does
// a link or image resolve to. It has two resolvers on purpose: [Abs] for metadata values
// (absolute http(s) URLs only) and [Safe] for the links and images that the renderers write
// (http, https and, for links, mailto; a relative URL is kept when there is no base).
//
// What it may not do: it never fetches anything and never rewrites a URL beyond resolving it
// (no tracking-parameter cleaning, no normalisation), so output keeps the page's URLs as they are.
package urls
