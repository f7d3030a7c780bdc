package benchmark

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/pithdev/pith/extractor"
)

// MetaTruth is the metadata part of one ground-truth.json record: null fields are empty.
type MetaTruth struct {
	// Title is the annotated headline.
	Title string `json:"title"`
	// Author is the annotated byline, several names in one string.
	Author string `json:"author"`
	// Date is the annotated publication date, "YYYY-MM-DD".
	Date string `json:"date"`
}

// MetaCount is the accuracy of one metadata field over a set.
type MetaCount struct {
	// Field is "title", "author", "date" (the publication date) or "date (published or
	// modified)", which also accepts the modification date: annotators often took the
	// "Updated" date a page shows.
	Field string
	// Correct counts the pages with a truth value that pith matched.
	Correct int
	// Total counts the pages with a truth value.
	Total int
	// Missing counts the pages with a truth value where pith gave none.
	Missing int
	// Extra counts the pages without a truth value where pith gave one.
	Extra int
}

// MetaMiss is one wrong or missing metadata value, for reading the failures.
type MetaMiss struct {
	// ID is the page's id.
	ID string
	// Group is the page's group, as [ScoreMetadataBy]'s group function names it.
	Group string
	// Field is "title", "author" or "date".
	Field string
	// Want is the truth; Got is what pith gave.
	Want, Got string
}

// ScoreMetadata extracts every page of the set in dir and compares its title, authors and
// publication date with the ground truth (see [MatchTitle], [MatchAuthor], [MatchDate]).
// Pages that fail to extract count as giving no value; an error that comes with a Result
// ([extractor.ErrNoContent]) is scored on that Result's metadata.
func ScoreMetadata(dir string) ([]MetaCount, []MetaMiss, error) {
	counts, misses, err := ScoreMetadataBy(dir, nil)
	return counts[""], misses, err
}

// ScoreMetadataBy is [ScoreMetadata] with the counts also given per group of pages: group
// names each page's group (a tuning or checking half, say). The whole set's counts are under
// "", and each miss carries its page's group. group may be nil.
func ScoreMetadataBy(dir string, group func(Page) string) (map[string][]MetaCount, []MetaMiss, error) {
	data, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, nil, fmt.Errorf("benchmark: read ground truth: %w", err)
	}
	var truth map[string]MetaTruth
	if err := json.Unmarshal(data, &truth); err != nil {
		return nil, nil, fmt.Errorf("benchmark: decode ground truth: %w", err)
	}
	ds, err := LoadDataset(dir)
	if err != nil {
		return nil, nil, err
	}
	// Extract in parallel, as Run does; score in page order.
	got := make([][4]string, len(ds.Pages))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range jobs {
				got[i] = pageMeta(ds.Pages[i], truth[ds.Pages[i].ID])
			}
		})
	}
	for i := range ds.Pages {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	fields := [4]string{"title", "author", "date", "date (published or modified)"}
	match := [4]func(string, string) bool{MatchTitle, MatchAuthor, MatchDate, MatchDate}
	counts := map[string][]MetaCount{}
	countsOf := func(g string) []MetaCount {
		if counts[g] == nil {
			for _, f := range fields {
				counts[g] = append(counts[g], MetaCount{Field: f})
			}
		}
		return counts[g]
	}
	countsOf("")
	var misses []MetaMiss
	for pi, p := range ds.Pages {
		t := truth[p.ID]
		want := [4]string{t.Title, t.Author, t.Date, t.Date}
		g := ""
		if group != nil {
			g = group(p)
		}
		for i := range fields {
			miss := false
			for _, cs := range [][]MetaCount{countsOf(""), countsOf(g)} {
				c := &cs[i]
				switch {
				case want[i] == "" && got[pi][i] != "":
					c.Extra++
				case want[i] == "":
				case match[i](got[pi][i], want[i]):
					c.Total++
					c.Correct++
				default:
					c.Total++
					if got[pi][i] == "" {
						c.Missing++
					}
					miss = true
				}
				if g == "" {
					break // the whole set's counts are the group's
				}
			}
			if miss {
				misses = append(misses, MetaMiss{ID: p.ID, Group: g, Field: fields[i], Want: want[i], Got: got[pi][i]})
			}
		}
	}
	return counts, misses, nil
}

// pageMeta extracts one page and returns its title, authors, publication date, and the
// date that best matches the truth among the publication and modification dates.
func pageMeta(p Page, t MetaTruth) [4]string {
	res, err := extractor.Extract(p.HTML, extractor.Source{URL: p.URL})
	if res == nil || err != nil && !errors.Is(err, extractor.ErrNoContent) {
		return [4]string{}
	}
	md := res.Metadata
	either := md.Published
	if MatchDate(md.Modified, t.Date) {
		either = md.Modified
	}
	return [4]string{res.Title, strings.Join(md.Authors, ", "), md.Published, either}
}

// MatchTitle reports whether a title matches the truth: equal letters and digits, or one
// containing the other when the truth carries a site suffix the headline rightly drops
// ("Best Cloud Stocks | The Motley Fool").
func MatchTitle(got, want string) bool {
	g, w := letterKey(got), letterKey(want)
	if g == "" {
		return false
	}
	return g == w || (len(g)*2 >= len(w) && strings.Contains(w, g))
}

// MatchAuthor reports whether the authors match the truth as sets of name words, so that
// "Jane Doe and John Roe" equals "Jane Doe, John Roe" and case does not matter.
func MatchAuthor(got, want string) bool {
	g, w := nameWords(got), nameWords(want)
	return len(g) > 0 && slices.Equal(g, w)
}

// MatchDate reports whether the publication date falls on the truth's day.
func MatchDate(got, want string) bool {
	return len(got) >= 10 && len(want) >= 10 && got[:10] == want[:10]
}

// letterKey keeps the lower-cased letters and digits of s.
func letterKey(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

// nameWords returns the sorted, distinct words of a byline, lower-cased, without "by" and "and".
func nameWords(s string) []string {
	var out []string
	for w := range strings.FieldsFuncSeq(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if w == "and" || w == "by" || w == "" {
			continue
		}
		out = append(out, w)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
