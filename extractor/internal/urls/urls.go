package urls

import (
	"net/url"
	"strings"
)

// maxURLBytes: longer URLs are left out of rendered output (data smuggled into a link, or a
// broken page).
const maxURLBytes = 4096

// IsHTTP reports whether u is an absolute http or https URL with a host.
func IsHTTP(u *url.URL) bool {
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// ParseHTTP parses s, surrounding space trimmed, and returns it when it is an absolute http(s)
// URL with a host.
func ParseHTTP(s string) (*url.URL, bool) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || !IsHTTP(u) {
		return nil, false
	}
	return u, true
}

// Base resolves a page's <base href> against the page URL. It returns nil when neither gives
// an absolute http(s) URL.
func Base(pageURL, baseHref string) *url.URL {
	base, _ := ParseHTTP(pageURL)
	if baseHref != "" {
		if h, err := url.Parse(baseHref); err == nil {
			if base != nil {
				h = base.ResolveReference(h)
			}
			if IsHTTP(h) {
				base = h
			}
		}
	}
	return base
}

// Abs resolves ref against base and returns it when it is an http(s) URL; anything else
// (javascript:, data:, mailto:, a relative URL with no base) gives "". Without a base, a
// protocol-relative URL ("//cdn.example/a.jpg") is taken as https. Metadata values use it.
func Abs(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, ok := resolve(base, ref)
	if !ok {
		return ""
	}
	if base == nil && u.Scheme == "" && strings.HasPrefix(ref, "//") {
		u.Scheme = "https"
	}
	if !IsHTTP(u) {
		return ""
	}
	return u.String()
}

// Safe resolves ref against base and returns it if its scheme is allowed in rendered output:
// http and https, and mailto when link is true. Without a base, a relative URL is kept as it
// is: with no scheme it cannot run script. Everything else (javascript:, data:, vbscript:,
// URLs with control characters, URLs longer than 4 kB) gives "". The renderers use it.
func Safe(base *url.URL, ref string, link bool) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || len(ref) > maxURLBytes {
		return ""
	}
	u, ok := resolve(base, ref)
	if !ok {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return ""
		}
	case "mailto":
		if !link {
			return ""
		}
	case "":
		if base != nil || u.Opaque != "" || strings.Contains(ref, ":") && !strings.HasPrefix(ref, "/") && !strings.HasPrefix(ref, ".") {
			return ""
		}
	default:
		return ""
	}
	return u.String()
}

// resolve parses ref and resolves it against base when there is one.
func resolve(base *url.URL, ref string) (*url.URL, bool) {
	u, err := url.Parse(ref)
	if err != nil {
		return nil, false
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	return u, true
}
