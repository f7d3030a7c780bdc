package meta

import "github.com/pithdev/pith/extractor/internal/dates"

// pageDateOrder reads the publication day again when the page wrote it as a numeric date
// that both orders read ("02-12-2025": 12 February month first, 2 December day first) and the
// page's other dates settle which order it writes: when a date of the page that reads the
// same either way (a <time>'s ISO stamp, "December 02, 2025" in a list of posts) gives the
// other reading, and none gives the one read, the other is the day. published is the day
// read with dayFirst; the day read the other way is returned, and true, or published
// unchanged and false.
func pageDateOrder(f *pageFacts, published string, dayFirst bool) (string, bool) {
	if len(published) != len("2006-01-02") || published[5:7] > "12" || published[8:10] > "12" || published[5:7] == published[8:10] {
		return published, false
	}
	other := published[:5] + published[8:10] + "-" + published[5:7]
	ambiguous, confirmed := false, false
	check := func(s string) bool {
		a, okA := dates.Line(s, dayFirst)
		b, okB := dates.Line(s, !dayFirst)
		if !okA || !okB || len(a) < 10 || len(b) < 10 {
			return true
		}
		switch {
		case a[:10] == b[:10] && a[:10] == published:
			return false // the page writes the day read, unambiguously
		case a[:10] == b[:10] && a[:10] == other:
			confirmed = true
		case a[:10] == published && b[:10] == other:
			ambiguous = true
		}
		return true
	}
	for _, t := range f.times {
		if !check(t.datetime) {
			return published, false
		}
	}
	for _, lines := range [][]string{f.dateLines, f.bareDates, f.bylines} {
		for _, l := range lines {
			if !check(l) {
				return published, false
			}
		}
	}
	if ambiguous && confirmed {
		return other, true
	}
	return published, false
}
