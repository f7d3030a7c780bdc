package benchmark

import (
	"fmt"
	"hash/fnv"
	"net/url"
	"strings"
)

// Half names a part of a set's fixed split into a tuning half and a checking half. Rules are
// tuned on the tuning half; a change stays only if the checking half does not drop.
type Half int

// The halves of a split, and the whole set.
const (
	// All is the whole set.
	All Half = iota
	// Tune is the half that rules are tuned on.
	Tune
	// Check is the half kept to check a change on.
	Check
)

// String returns the half's name as the -half flag spells it: "all", "tune" or "check".
func (h Half) String() string {
	switch h {
	case Tune:
		return "tune"
	case Check:
		return "check"
	default:
		return "all"
	}
}

// ParseHalf reads a half's name: "all", "tune" or "check".
func ParseHalf(s string) (Half, error) {
	for _, h := range []Half{All, Tune, Check} {
		if s == h.String() {
			return h, nil
		}
	}
	return All, fmt.Errorf("unknown half %q: want tune, check or all", s)
}

// SplitKey is what decides a page's half: the site of its URL (the host, lowercased, without a
// leading "www.") when it has one, so that pages of one site, which share a template, fall in
// the same half; otherwise its id. A set whose pages have no URL (dragnet-train) is split by
// page id, and pages of one site may then sit in both halves.
func SplitKey(p Page) string {
	if u, err := url.Parse(p.URL); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return p.ID
}

// HalfOf returns the half page p is in: the 64-bit FNV-1a hash of its [SplitKey], even for
// [Tune], odd for [Check]. The split depends on nothing but the key, so it is the same on
// every run and machine, and adding a page to a set moves no other page.
func HalfOf(p Page) Half {
	h := fnv.New64a()
	h.Write([]byte(SplitKey(p)))
	if h.Sum64()%2 == 0 {
		return Tune
	}
	return Check
}

// HalfSummary aggregates the results of the pages of ds in half h. results are in the order
// of ds.Pages, as [Run] returns them.
func HalfSummary(ds *Dataset, results []PageResult, h Half) Summary {
	return summarizeResults(HalfResults(ds, results, h))
}

// HalfResults returns the results of the pages of ds in half h, in order. results are in the
// order of ds.Pages, as [Run] returns them.
func HalfResults(ds *Dataset, results []PageResult, h Half) []PageResult {
	if h == All {
		return results
	}
	out := make([]PageResult, 0, len(results)/2+1)
	for i, r := range results {
		if HalfOf(ds.Pages[i]) == h {
			out = append(out, r)
		}
	}
	return out
}
