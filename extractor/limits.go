package extractor

import "fmt"

// Limits on the tree handed to html.Parse; see guard.go.
const (
	// maxNestingDepth is the deepest element kept, below html.Parse's limit of 512 open elements
	// with room for the elements the parser adds on its own (implied <tbody> and <tr>, formatting
	// elements it re-creates). Real pages stay under 60: the deepest of the 662 benchmark pages is 56.
	maxNestingDepth = 400
	// maxFormatting is the most formatting elements (<b>, <font>, ...) kept in the parser's list
	// of active formatting elements. The parser re-creates each closed one before every later
	// run of text, so this bounds how many elements a short run of text can cost. Real pages
	// keep fewer than 16 open at once (34 at most, counted by start and end tags, in the benchmark).
	maxFormatting = 16
)

// fallbackDepths are the nesting limits tried, in order, when html.Parse fails on a page; the
// last keeps no elements at all, only text, so it cannot fail.
var fallbackDepths = []int{maxNestingDepth, 200, 100, 25, 0}

// errTooManyNodes is the error for a page with more than limit elements.
func tooManyNodes(limit int) error {
	return fmt.Errorf("extractor: more than %d elements", limit)
}
