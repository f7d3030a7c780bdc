//go:generate go run -tags pithtrain ./datetrain -out datemodel_gen.go

package meta

import (
	"math"
	"strings"
	"time"

	"github.com/pithdev/pith/extractor/internal/dates"
)

// The sources of a page's date candidates, in the order [pickDates] asks them.
const (
	srcLDPublished    = iota // JSON-LD datePublished, dateCreated, uploadDate of the main item
	srcLDModified            // JSON-LD dateModified
	srcMetaPublished         // a meta tag of publishedMetaKeys
	srcMetaModified          // a meta tag of modifiedMetaKeys
	srcMicroPublished        // microdata datePublished, dateCreated
	srcMicroModified         // microdata dateModified
	srcTimePublished         // a <time> marked as the publication's
	srcTimeModified          // a <time> marked as the update's
	srcTimeOther             // any other <time>
	srcURL                   // the page's or the canonical URL's path
	srcLine                  // a date line that is not an update's
	srcUpdateLine            // a date line that is an update's ("Last updated ...")
	srcByline                // a byline that carries a date
	srcBare                  // a line that is only a date
	srcNamed                 // a line that ends with a date after a name
	srcPost                  // the first post's date (comments, forum posts)
	numDateSources
)

// DateFeature indexes the features of one candidate day (see [DateOption]).
type DateFeature int

// The features of a candidate day: which sources give it, whether it is the first value of
// its source, what the rules chose, and where it falls among the page's other candidates.
const (
	// FeatFromSource is the first of numDateSources features: 1 when that source gives the day.
	FeatFromSource DateFeature = 0
	// FeatFirstOfSource is the first of numDateSources features: 1 when the day is its source's
	// first value.
	FeatFirstOfSource DateFeature = numDateSources
	// FeatRule is 1 for the day the rules of pickDates chose.
	FeatRule DateFeature = 2 * numDateSources
	// FeatSources is the number of sources that give the day.
	FeatSources DateFeature = FeatRule + 1
	// FeatLatest is 1 for the latest of the page's candidate days.
	FeatLatest DateFeature = FeatRule + 2
	// FeatEarliest is 1 for the earliest of the page's candidate days.
	FeatEarliest DateFeature = FeatRule + 3
	// FeatBeforeLatest is log(1 + the days from this day to the latest candidate).
	FeatBeforeLatest DateFeature = FeatRule + 4
	// FeatAfterEarliest is log(1 + the days from the earliest candidate to this day).
	FeatAfterEarliest DateFeature = FeatRule + 5
	// FeatShownAndMeta is 1 when a shown line that is not an update's and a declared value
	// (JSON-LD, meta tag, microdata, <time>) both give the day.
	FeatShownAndMeta DateFeature = FeatRule + 6
	// FeatStoryLatest is 1 for the latest candidate day on a story page.
	FeatStoryLatest DateFeature = FeatRule + 7
	// FeatOnlyModified is 1 when no source gives the day as a publication date and one gives
	// it as a modification date (JSON-LD dateModified, a modified meta tag, microdata, a
	// <time> marked as an update's, an update's line); an unmarked <time> or a post's date
	// says neither.
	FeatOnlyModified DateFeature = FeatRule + 8
	// FeatRuleFirm is 1 for the rules' day when a rule chose the date the page shows over its
	// metadata's: the model then keeps it (see [DateModel.Choose]).
	FeatRuleFirm DateFeature = FeatRule + 10
	// FeatOnlyShown is 1 when the day is the only one that a shown line not an update's gives.
	FeatOnlyShown DateFeature = FeatRule + 9
	// NumDateFeatures is the number of features.
	NumDateFeatures = int(FeatRule + 11)
)

// DateOption is one day the page could be dated by, with the value to give for it and the
// features the date model reads.
type DateOption struct {
	// Value is the date as Published gives it, at the precision of its best source.
	Value string
	// Features are the day's features, indexed by [DateFeature].
	Features [NumDateFeatures]float64
}

// dateCand is one date a source of the page gives.
type dateCand struct {
	value  string // normalized
	source int
	first  bool // the first value of its source
}

// dateCandidates lists every date the page's sources give, in the order of the sources.
func dateCandidates(f *pageFacts, ld *jsonLD, main ldNode, dc dateContext, urls ...string) []dateCand {
	var out []dateCand
	seen := [numDateSources]bool{}
	add := func(src int, v string, ok bool) {
		if !ok || len(v) < len("2006-01-02") {
			return
		}
		out = append(out, dateCand{value: v, source: src, first: !seen[src]})
		seen[src] = true
	}
	norm := func(src int, vs ...string) {
		for _, v := range vs {
			d, ok := dates.Normalize(v)
			add(src, d, ok)
		}
	}
	line := func(src int, l string) {
		d, ok := dates.Line(l, dc.dayFirst)
		if !ok && !dc.fetched.IsZero() {
			d, ok = dates.Relative(l, dc.fetched)
		}
		add(src, d, ok)
	}
	if main != nil {
		norm(srcLDPublished, ld.str(main, "datePublished"), ld.str(main, "dateCreated"), ld.str(main, "uploadDate"))
		norm(srcLDModified, ld.str(main, "dateModified"))
	}
	for _, k := range publishedMetaKeys {
		norm(srcMetaPublished, f.meta[k]...)
	}
	for _, k := range modifiedMetaKeys {
		norm(srcMetaModified, f.meta[k]...)
	}
	norm(srcMicroPublished, f.micro["datepublished"]...)
	norm(srcMicroPublished, f.micro["datecreated"]...)
	norm(srcMicroModified, f.micro["datemodified"]...)
	for _, t := range f.times {
		switch t.kind {
		case timePublished:
			norm(srcTimePublished, t.datetime)
		case timeModified:
			norm(srcTimeModified, t.datetime)
		default:
			norm(srcTimeOther, t.datetime)
		}
	}
	for _, u := range urls {
		d, ok := dates.FromURL(u)
		add(srcURL, d, ok)
	}
	for _, l := range f.dateLines {
		if dates.IsUpdate(l) {
			line(srcUpdateLine, l)
		} else {
			line(srcLine, l)
		}
	}
	// A byline or a bare date line that says it is an update's ("Update (March 5, 2023):") is
	// an update's line.
	shown := func(src int, l string) {
		if dates.IsUpdate(l) {
			src = srcUpdateLine
		}
		line(src, l)
	}
	for _, l := range f.bylines {
		shown(srcByline, l)
	}
	for _, l := range f.bareDates {
		shown(srcBare, l)
	}
	for _, l := range f.namedDates {
		segs := bylineSegments(l)
		shown(srcNamed, strings.TrimSpace(segs[len(segs)-1]))
	}
	if f.postDate != "" {
		line(srcPost, f.postDate)
	}
	return out
}

// dateOptions groups the page's candidates by day and measures each day's features. rule is
// the date the rules chose; story says the page is one story. The options come in the order
// their days first appear among the candidates.
func dateOptions(cands []dateCand, rule string, firm, story bool, local *localStamps) []DateOption {
	var opts []DateOption
	var days []time.Time
	index := map[string]int{}
	for _, c := range cands {
		v := local.form(c.value)
		day := v[:10]
		i, ok := index[day]
		if !ok {
			t, _ := time.Parse(time.DateOnly, day)
			i = len(opts)
			index[day] = i
			opts = append(opts, DateOption{Value: v})
			days = append(days, t)
		}
		o := &opts[i]
		if len(v) > len(o.Value) && !strings.HasPrefix(o.Value, v) && len(o.Value) == len("2006-01-02") {
			o.Value = v // a time of day where the first source gave only the day
		}
		if o.Features[FeatFromSource+DateFeature(c.source)] == 0 {
			o.Features[FeatSources]++
		}
		o.Features[FeatFromSource+DateFeature(c.source)] = 1
		if c.first {
			o.Features[FeatFirstOfSource+DateFeature(c.source)] = 1
		}
	}
	if len(opts) == 0 {
		return nil
	}
	earliest, latest := days[0], days[0]
	for _, t := range days {
		if t.Before(earliest) {
			earliest = t
		}
		if t.After(latest) {
			latest = t
		}
	}
	shownDays := 0
	for i := range opts {
		if isShown(&opts[i]) {
			shownDays++
		}
	}
	for i := range opts {
		o := &opts[i]
		if shownDays == 1 && isShown(o) {
			o.Features[FeatOnlyShown] = 1
		}
		if len(rule) >= 10 && strings.HasPrefix(o.Value, rule[:10]) {
			o.Features[FeatRule] = 1
			if firm {
				o.Features[FeatRuleFirm] = 1
			}
		}
		if days[i].Equal(latest) {
			o.Features[FeatLatest] = 1
			if story {
				o.Features[FeatStoryLatest] = 1
			}
		}
		if days[i].Equal(earliest) {
			o.Features[FeatEarliest] = 1
		}
		o.Features[FeatBeforeLatest] = math.Log1p(latest.Sub(days[i]).Hours() / 24)
		o.Features[FeatAfterEarliest] = math.Log1p(days[i].Sub(earliest).Hours() / 24)
		shown, declared, onlyModified := false, false, true
		for s := range numDateSources {
			if o.Features[FeatFromSource+DateFeature(s)] == 0 {
				continue
			}
			switch s {
			case srcLDModified, srcMetaModified, srcMicroModified, srcTimeModified, srcUpdateLine, srcTimeOther, srcPost:
			default:
				onlyModified = false
			}
			switch s {
			case srcLine, srcByline, srcBare, srcNamed:
				shown = true
			case srcUpdateLine:
			case srcURL, srcPost:
			default:
				declared = true
			}
		}
		if shown && declared {
			o.Features[FeatShownAndMeta] = 1
		}
		if onlyModified && (o.Features[FeatFromSource+srcLDModified]+o.Features[FeatFromSource+srcMetaModified]+
			o.Features[FeatFromSource+srcMicroModified]+o.Features[FeatFromSource+srcTimeModified]+o.Features[FeatFromSource+srcUpdateLine] > 0) {
			o.Features[FeatOnlyModified] = 1
		}
	}
	return opts
}

// isShown reports whether a shown line that is not an update's gives the option's day.
func isShown(o *DateOption) bool {
	for _, s := range []int{srcLine, srcByline, srcBare, srcNamed} {
		if o.Features[FeatFromSource+DateFeature(s)] == 1 {
			return true
		}
	}
	return false
}

// DateModel scores a page's candidate days: a conditional logistic regression, the day with
// the highest score wins, but the rules' day stands unless another scores Margin more. Its
// fitted weights are generated (datemodel_gen.go) by the training program in datetrain/.
type DateModel struct {
	// Weights are the features' weights, indexed by [DateFeature].
	Weights [NumDateFeatures]float64
	// Margin is how much more than the rules' day another day must score to be chosen.
	Margin float64
}

// Score is the option's score: the weighted sum of its features.
func (m *DateModel) Score(o *DateOption) float64 {
	s := 0.0
	for i, w := range m.Weights {
		s += w * o.Features[i]
	}
	return s
}

// Choose returns the index of the chosen option: the best-scored, the first on a tie, unless
// the rules' day scores within Margin of it or is firm (FeatRuleFirm); -1 when there is no option, no model, or no day
// of the rules' (the rules decide whether the page is dated at all: on a page they leave
// undated the candidates are a listing's or the comments' dates).
func (m *DateModel) Choose(opts []DateOption) int {
	if m == nil || len(opts) == 0 {
		return -1
	}
	best, bestScore, rule, ruleScore := -1, math.Inf(-1), -1, 0.0
	for i := range opts {
		s := m.Score(&opts[i])
		if s > bestScore {
			best, bestScore = i, s
		}
		if opts[i].Features[FeatRule] == 1 {
			rule, ruleScore = i, s
		}
	}
	if rule < 0 || opts[rule].Features[FeatRuleFirm] == 1 || bestScore-ruleScore <= m.Margin {
		return rule
	}
	return best
}

// dateSourceNames name the sources, for [DateFeature.String].
var dateSourceNames = [numDateSources]string{"LDPublished", "LDModified", "MetaPublished", "MetaModified",
	"MicroPublished", "MicroModified", "TimePublished", "TimeModified", "TimeOther", "URL", "Line",
	"UpdateLine", "Byline", "Bare", "Named", "Post"}

// String names the feature, as the generated model lists them.
func (f DateFeature) String() string {
	switch {
	case f >= FeatFromSource && f < FeatFirstOfSource:
		return "From" + dateSourceNames[f-FeatFromSource]
	case f >= FeatFirstOfSource && f < FeatRule:
		return "First" + dateSourceNames[f-FeatFirstOfSource]
	}
	return [...]string{"Rule", "Sources", "Latest", "Earliest", "BeforeLatest", "AfterEarliest", "ShownAndMeta", "StoryLatest", "OnlyModified", "OnlyShown", "RuleFirm"}[f-FeatRule]
}

// FittedDateModel returns the embedded date model that [Read] uses.
func FittedDateModel() *DateModel { return fittedDateModel }
