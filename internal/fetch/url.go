package fetch

import (
	"strings"

	"golang.org/x/net/publicsuffix"
)

// IsURL reports whether arg is an http:// or https:// URL to fetch rather than a file name.
func IsURL(arg string) bool {
	for _, scheme := range []string{"http://", "https://"} {
		if len(arg) > len(scheme) && strings.EqualFold(arg[:len(scheme)], scheme) {
			return true
		}
	}
	return false
}

// LooksLikeHost reports whether arg, a name that is not a file, reads as a host name
// with an optional path ("example.com", "news.example.co.uk/a/b"): labels of letters,
// digits and hyphens, and a last label that is a public top-level domain, so that
// "page.html" does not qualify.
func LooksLikeHost(arg string) bool {
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
