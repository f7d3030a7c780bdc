//go:generate go run -tags pithtrain ./datetrain -out datemodel_gen.go

package meta

import (
	"math"
	"strings"
	"time"

	"github.com/pithdev/pith/extractor/internal/dates"
	"github.com/pithdev/pith/extractor/internal/dom"
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
	// FeatNearHeadline is 1 for the day of the shown date nearest the headline's <h1> (not an
	// update's line or <time>), when it is at most maxHeadlineGap elements away: the page's own
	// date line sits by its headline, a sidebar's, a ticker's or a related story's further away.
	FeatNearHeadline DateFeature = FeatRule + 11
	// FeatHeadlineClose is 1/(1 + d/headlineGapScale), d the fewest elements between the
	// headline's <h1> and an element that shows the day (not an update's); 0 when none does.
	FeatHeadlineClose DateFeature = FeatRule + 12
	// NumDateFeatures is the number of features.
	NumDateFeatures = int(FeatRule + 13)
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
	at     int  // the place in the page of the element that shows it; -1 for declared values
}

// dateCandidates lists every date the page's sources give, in the order of the sources.
func dateCandidates(f *pageFacts, ld *jsonLD, main ldNode, dc dateContext, urls ...string) []dateCand {
	var out []dateCand
	seen := [numDateSources]bool{}
	add := func(src int, v string, ok bool, at int) {
		if !ok || len(v) < len("2006-01-02") {
			return
		}
		out = append(out, dateCand{value: v, source: src, first: !seen[src], at: at})
		seen[src] = true
	}
	norm := func(src int, vs ...string) {
		for _, v := range vs {
			d, ok := dates.Normalize(v)
			add(src, d, ok, -1)
		}
	}
	line := func(src int, l string, at int) {
		d, ok := dates.Line(l, dc.dayFirst)
		if !ok && !dc.fetched.IsZero() {
			d, ok = dates.Relative(l, dc.fetched)
		}
		add(src, d, ok, at)
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
		src := srcTimeOther
		switch t.kind {
		case timePublished:
			src = srcTimePublished
		case timeModified:
			src = srcTimeModified
		}
		d, ok := dates.Normalize(t.datetime)
		add(src, d, ok, t.at)
	}
	for _, u := range urls {
		d, ok := dates.FromURL(u)
		add(srcURL, d, ok, -1)
	}
	for i, l := range f.dateLines {
		if dates.IsUpdate(l) {
			line(srcUpdateLine, l, f.at.dateLines[i])
		} else {
			line(srcLine, l, f.at.dateLines[i])
		}
	}
	// A byline or a bare date line that says it is an update's ("Update (March 5, 2023):") is
	// an update's line.
	shown := func(src int, l string, at int) {
		if dates.IsUpdate(l) {
			src = srcUpdateLine
		}
		line(src, l, at)
	}
	for i, l := range f.bylines {
		shown(srcByline, l, f.at.bylines[i])
	}
	for i, l := range f.bareDates {
		shown(srcBare, l, f.at.bareDates[i])
	}
	for i, l := range f.namedDates {
		segs := bylineSegments(l)
		shown(srcNamed, strings.TrimSpace(segs[len(segs)-1]), f.at.namedDates[i])
	}
	if d, ok := dates.Original(f.originalDate, dc.dayFirst); ok {
		add(srcLine, d, true, f.at.original)
	}
	if f.postDate != "" {
		line(srcPost, f.postDate, -1)
	}
	// A numeric date shown on the page that a declared value or the URL reads the other way
	// ("03/10/2023" beside /2023/october/03/) shows the declared day: the element's place goes
	// to it.
	for i := range out {
		if out[i].at < 0 {
			continue
		}
		for j := range out {
			if out[j].at < 0 && dates.Swapped(out[i].value, out[j].value) {
				out[j].at, out[i].at = out[i].at, -1
				break
			}
		}
	}
	return out
}

// headlineAt returns the place in the page of the <h1> that holds the headline: the one whose
// text is the headline's (letters and digits), else the one whose text holds it or is held
// by it, else the first; -1 when the page has no <h1>.
func (f *pageFacts) headlineAt(title string) int {
	if at := f.titleHeadingAt(title); at >= 0 || len(f.headings) == 0 {
		return at
	}
	return f.headings[0].at
}

// titleHeadingAt is [pageFacts.headlineAt] without its last resort: -1 when no <h1> holds the
// headline (the page's one <h1> may be its logo's).
func (f *pageFacts) titleHeadingAt(title string) int {
	key := dom.LooseKey(title)
	if key != "" {
		for _, h := range f.headings {
			if h.key == key {
				return h.at
			}
		}
		for _, h := range f.headings {
			if h.key != "" && (strings.Contains(h.key, key) || strings.Contains(key, h.key)) {
				return h.at
			}
		}
	}
	return -1
}

// dateOptions groups the page's candidates by day and measures each day's features. rule is
// the date the rules chose; story says the page is one story. The options come in the order
// their days first appear among the candidates.
//
// headline is the place of the headline's <h1> (-1: none): each day's distance from it is the
// fewest elements between it and an element that shows the day.
func dateOptions(cands []dateCand, rule string, firm, story bool, local *localStamps, headline int) []DateOption {
	var opts []DateOption
	var days []time.Time
	var gaps []int // each option's distance from the headline; -1: none
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
			gaps = append(gaps, -1)
		}
		// An update's line or <time> beside the headline dates the update, not the story.
		if c.at >= 0 && headline >= 0 && c.source != srcUpdateLine && c.source != srcTimeModified {
			if g := abs(c.at - headline); gaps[i] < 0 || g < gaps[i] {
				gaps[i] = g
			}
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
	for i := range opts {
		// A day that only an update's line shows in words (its <time> unmarked) is the update's.
		if opts[i].Features[FeatFromSource+srcUpdateLine] == 1 && !isShown(&opts[i]) && opts[i].Features[FeatFromSource+srcTimePublished] == 0 {
			gaps[i] = -1
		}
	}
	near := -1
	for i, g := range gaps {
		if g >= 0 && g <= maxHeadlineGap && (near < 0 || g < gaps[near]) {
			near = i
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
		if i == near {
			o.Features[FeatNearHeadline] = 1
		}
		if gaps[i] >= 0 {
			o.Features[FeatHeadlineClose] = 1 / (1 + float64(gaps[i])/headlineGapScale)
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

// abs is |x|.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
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
	if rule < 0 || firm(opts, rule) || bestScore-ruleScore <= m.Margin {
		return rule
	}
	return best
}

// firm reports whether the rules' day (opts[rule]) stands whatever the scores: a rule chose it
// over the metadata's (FeatRuleFirm), and it is not a line far from the headline while
// another day is shown beside it.
func firm(opts []DateOption, rule int) bool {
	if opts[rule].Features[FeatRuleFirm] == 0 {
		return false
	}
	if opts[rule].Features[FeatNearHeadline] == 1 {
		return true
	}
	for i := range opts {
		if opts[i].Features[FeatNearHeadline] == 1 {
			return false
		}
	}
	return true
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
	return [...]string{"Rule", "Sources", "Latest", "Earliest", "BeforeLatest", "AfterEarliest", "ShownAndMeta", "StoryLatest", "OnlyModified", "OnlyShown", "RuleFirm", "NearHeadline", "HeadlineClose"}[f-FeatRule]
}

// FittedDateModel returns the embedded date model that [Read] uses.
func FittedDateModel() *DateModel { return fittedDateModel }
