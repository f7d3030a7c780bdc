package main

import (
	"fmt"
	"slices"

	// licensecheck identifies a licence from its text: the matcher pkg.go.dev uses to decide
	// whether a module's documentation may be shown. v0.3.1 (2021) is its last release; the
	// module proxy here serves it from an earlier copy, not as an approved release, and no
	// approved module of our package list identifies licence texts (github.com/github/go-spdx
	// only parses SPDX expressions). It is small, pure Go, has no dependencies and is
	// imported by this command alone, so the library's build does not carry it. The policy
	// below does not trust its Type field (empty in this release) but names the allowed IDs.
	"github.com/google/licensecheck"
)

// allowed are the licences, by SPDX identifier, that pith may depend on: permissive
// licences that ask for a notice at most (MIT, BSD, Apache, ISC, zlib, Boost) or nothing,
// and MPL-2.0, whose copyleft covers only the files of the MPL'd module, which pith uses
// unmodified. Everything else is refused: GPL, LGPL and AGPL (they reach pith's code or
// change what a user of pith must share), SSPL, non-commercial and unknown terms.
var allowed = []string{
	"0BSD",
	"Apache-2.0",
	"BSD-2-Clause",
	"BSD-2-Clause-Views",
	"BSD-3-Clause",
	"BSL-1.0",
	"CC0-1.0",
	"ISC",
	"MIT",
	"MIT-0",
	"MPL-2.0",
	"Unlicense",
	"Zlib",
	// GooglePatentClause is the additional patent grant of some Go projects' licence files.
	"GooglePatentClause",
}

// minCoverage is the share of a licence file, in percent of its words, that must match
// known licences: the rest is copyright lines and headings. Below it the file holds terms
// of its own, which someone has to read.
const minCoverage = 75

// classify identifies the licences in text and says why the text is not acceptable, or ""
// when it is.
func classify(text []byte) (ids []string, problem string) {
	cov := licensecheck.Scan(text)
	for _, m := range cov.Match {
		if !slices.Contains(ids, m.ID) {
			ids = append(ids, m.ID)
		}
	}
	if len(ids) == 0 {
		return nil, "not a licence text this command knows"
	}
	for _, id := range ids {
		if !slices.Contains(allowed, id) {
			return ids, id + " is not allowed"
		}
	}
	if cov.Percent < minCoverage {
		return ids, fmt.Sprintf("only %.0f%% of the text is a known licence", cov.Percent)
	}
	return ids, ""
}
