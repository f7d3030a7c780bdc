package extractor

import (
	"math"
	"net/url"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/confidence"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/pagekind"
	"github.com/pithdev/pith/extractor/internal/view"
)

// confidenceReasons is how many features an explain report names as the main reasons of a
// result's confidence.
const confidenceReasons = 3

// setConfidence estimates the word F1 of the finished result from what the stages saw and
// decided (package confidence holds the model) and sets [Result.Confidence]. It runs for a
// result without a body too: the estimate is then that of an empty answer, near 0 unless
// the page has almost no text. With r.features set (pith's training of the model) it also
// stores the features there.
func (r *run) setConfidence(t *trace, res *Result) {
	f := pageFeatures(t, res)
	res.Confidence = confidence.Score(&f)
	if r.features != nil {
		*r.features = f
	}
}

// explainConfidence returns the features that moved a result's confidence the most, each
// with a phrase and its effect on the estimate, for the explain report.
func explainConfidence(t *trace, res *Result) []confidence.Reason {
	f := pageFeatures(t, res)
	return confidence.Reasons(&f, confidenceReasons)
}

// pageKindFeature maps a page type to its feature.
var pageKindFeature = map[PageType]confidence.Feature{
	PageArticle: confidence.KindArticle, PageForum: confidence.KindForum, PageProduct: confidence.KindProduct,
	PageCollection: confidence.KindCollection, PageListing: confidence.KindListing,
	PageDocumentation: confidence.KindDocumentation, PageService: confidence.KindService,
}

// keptStats are sums over the kept blocks.
type keptStats struct {
	chars, prose, links, blocks     int
	second, lax                     int // chars the second opinion added, and of them the lax pass
	lists, tables, headings, short  int
	headingCount                    int
	sentences, repeats, runs, first int
	last                            int
}

// pageFeatures reads the model's inputs from the trace and the finished result. It only
// reads; it costs a few passes over the blocks. The agreement of the kept text with the
// JSON-LD articleBody was tried as a feature and left out: the fitted trees never used it,
// and finding the page's main JSON-LD item cost a quarter of this stage.
func pageFeatures(t *trace, res *Result) confidence.Features {
	var f confidence.Features
	if k, ok := pageKindFeature[t.pageType]; ok {
		f[k] = 1
	}
	var page, pageProse int
	for _, b := range t.blocks {
		page += b.Chars
		if b.IsProse() {
			pageProse += b.Chars
		}
	}
	kindFeatures(&f, t)
	pageShape(&f, t.blocks, page)
	opinionFeatures(&f, t, page)
	urlShape(&f, res.URL)
	k := keepStats(t.kept)
	if len(t.ldBody) > 0 {
		f[confidence.LDBody] = 1
		k = keptStats{blocks: len(t.ldBody), first: -1, last: -1}
		for _, p := range t.ldBody {
			k.chars += utf8.RuneCountInString(p)
		}
		k.prose, k.sentences, k.runs = k.chars, k.chars, 1
	}
	if t.assembled != "" {
		f[confidence.Assembled] = 1
		f[confidence.AssemblyGrowth] = log1p(k.chars) - log1p(t.articleChars)
	}
	f[confidence.Empty] = oneIf(len(res.Blocks) == 0)
	f[confidence.NoContainer] = oneIf(t.top == nil)
	f[confidence.PageChars] = log1p(page)
	f[confidence.PageBlocks] = log1p(len(t.blocks))
	f[confidence.PageProse] = share(pageProse, page)
	f[confidence.KeptChars] = log1p(k.chars)
	f[confidence.KeptBlocks] = log1p(k.blocks)
	f[confidence.KeptShare] = min(1, share(k.chars, page))
	f[confidence.KeptProseShare] = min(1, share(k.prose, pageProse))
	if t.top != nil {
		f[confidence.ContainerProseShare] = share(t.top.Prose, pageProse)
		f[confidence.ContainerLinks] = share(t.top.LinkChars, t.top.Chars)
		f[confidence.ContainerDroppedProse] = share(droppedProse(t), t.top.Prose)
		f[confidence.RunnerUp] = runnerUp(t)
	}
	f[confidence.KeptLinks] = share(k.links, k.chars)
	f[confidence.KeptRepeats] = share(k.repeats, k.chars)
	f[confidence.KeptRuns] = log1p(k.runs)
	if k.first >= 0 && len(t.blocks) > 0 {
		f[confidence.KeptSpan] = share(k.last-k.first+1, len(t.blocks))
		f[confidence.FirstKept] = share(k.first, len(t.blocks))
	}
	f[confidence.SecondOpinion] = share(k.second, k.chars)
	f[confidence.LaxPass] = share(k.lax, k.chars)
	f[confidence.KeptLists] = share(k.lists, k.chars)
	f[confidence.KeptTables] = share(k.tables, k.chars)
	f[confidence.KeptHeadings] = share(k.headings, k.chars)
	f[confidence.KeptHeadingCount] = log1p(k.headingCount)
	f[confidence.KeptShort] = share(k.short, k.blocks)
	f[confidence.KeptSentences] = share(k.sentences, k.chars)
	if k.blocks > 0 {
		f[confidence.MeanBlock] = math.Log1p(float64(k.chars) / float64(k.blocks))
	}
	f[confidence.Headline] = oneIf(t.headline != nil)
	f[confidence.DescriptionFound] = descriptionFound(res.Metadata.Description, res.Blocks)
	f[confidence.TitleInText] = titleInText(res.Title, res.Blocks)
	return f
}

// kindFeatures sets the features of the page-kind decision: how sure the classifier was, and
// whether the page's kind is another than the classifier's.
func kindFeatures(f *confidence.Features, t *trace) {
	if t.kind == nil {
		// Options.PageType set the kind: no doubt about it.
		f[confidence.KindProb], f[confidence.KindMargin] = 1, 1
		f[confidence.ArticleProb] = oneIf(t.pageType == PageArticle)
		return
	}
	first, second := 0.0, 0.0
	for _, p := range t.kind.Probs {
		if p > first {
			first, second = p, first
		} else if p > second {
			second = p
		}
	}
	f[confidence.KindProb] = t.kind.Probs[t.kind.Kind]
	f[confidence.KindMargin] = t.kind.Probs[t.kind.Kind] - second
	if t.kind.Probs[t.kind.Kind] < first {
		// The classifier's article margin chose a kind other than the likeliest.
		f[confidence.KindMargin] = t.kind.Probs[t.kind.Kind] - first
	}
	f[confidence.ArticleProb] = t.kind.Probs[pagekind.Article]
	f[confidence.KindOverridden] = oneIf(pageTypeOf(t.kind.Kind) != t.pageType)
}

// keepStats sums the kept blocks' text by what they are and how they were kept.
func keepStats(kept []*block.Block) keptStats {
	k := keptStats{blocks: len(kept), first: -1, last: -1}
	var seen map[string]bool
	for _, b := range kept {
		k.chars += b.Chars
		k.links += b.LinkChars
		if b.IsProse() {
			k.prose += b.Chars
		}
		if strings.HasPrefix(b.Reason, "second opinion") {
			k.second += b.Chars
			if strings.Contains(b.Reason, "in chrome") {
				k.lax += b.Chars
			}
		}
		switch b.Kind {
		case view.ListItem:
			k.lists += b.Chars
		case view.Table:
			k.tables += b.Chars
		case view.Heading:
			k.headings += b.Chars
			k.headingCount++
		}
		if b.Chars < block.MinProseChars {
			k.short++
		}
		if block.HasSentence(b.Text) {
			k.sentences += b.Chars
		}
		if seen == nil {
			seen = make(map[string]bool, len(kept))
		}
		if seen[b.Text] {
			k.repeats += b.Chars
		}
		seen[b.Text] = true
		if b.Hidden {
			continue // the span and the runs are of the shown blocks (see block.SegmentPage)
		}
		if k.first < 0 {
			k.first = b.Index
		}
		if k.last < 0 || b.Index != k.last+1 {
			k.runs++
		}
		k.last = b.Index
	}
	return k
}

// droppedProse returns the runes of prose inside the container that were not kept.
func droppedProse(t *trace) int {
	n := 0
	for _, b := range t.blocks {
		if !b.Keep && b.IsProse() && block.Contains(t.top, b.El) {
			n += b.Chars
		}
	}
	return n
}

// runnerUp returns the best content score of a block's parent that is neither inside the
// container nor around it, over the container's score, in [0, 2]. The parents of blocks are
// where the score stage puts most of each paragraph's vote.
func runnerUp(t *trace) float64 {
	if t.top == nil || t.top.Score <= 0 {
		return 0
	}
	best := 0.0
	for _, b := range t.blocks {
		p := b.El.Parent
		if p == nil || p.Score <= best || block.Contains(t.top, p) || block.Contains(p, t.top) {
			continue
		}
		best = p.Score
	}
	return min(2, best/t.top.Score)
}

// ldSample is how many bytes of the description's opening are looked up in the kept text:
// enough to be one sentence's, short enough to survive a different cut.
const ldSample = 48

// descriptionFound is 1 when the opening of the description is in one of the blocks, -1
// when it is not, and 0 without a description.
func descriptionFound(desc string, blocks []Block) float64 {
	if desc == "" {
		return 0
	}
	o := opening(dom.Collapse(desc))
	for _, b := range blocks {
		if strings.Contains(b.Text, o) {
			return 1
		}
	}
	return -1
}

// titleWords is how many of the title's words titleInText looks for at most.
const titleWords = 8

// titleInText returns the share of the title's words of four bytes or more (the first
// titleWords of them) that one of the blocks holds; 0 when the title has none.
func titleInText(title string, blocks []Block) float64 {
	words, found := 0, 0
	for w := range strings.FieldsFuncSeq(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) < 4 {
			continue
		}
		words++
		for _, b := range blocks {
			if strings.Contains(b.Text, w) {
				found++
				break
			}
		}
		if words == titleWords {
			break
		}
	}
	return share(found, words)
}

// opening returns the first ldSample bytes of s, cut back to a whole rune.
func opening(s string) string {
	if len(s) <= ldSample {
		return s
	}
	i := ldSample
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

// pageShape sets the features of the whole page's make-up: links, headings and cards,
// comments, list items and prices, which tell an index or a shop from a story.
func pageShape(f *confidence.Features, blocks []*block.Block, page int) {
	var links, headings, linked, teasers, comments, items, prices int
	for _, b := range blocks {
		links += b.LinkChars
		switch b.Kind {
		case view.Heading:
			headings++
			if b.LinkDensity() > 0.5 {
				linked++
			}
		case view.ListItem:
			items += b.Chars
		}
		if b.Teaser {
			teasers += b.Chars
		}
		if block.Under(b.El, block.SigComments) {
			comments += b.Chars
		}
		if b.Chars < block.MinProseChars && hasPrice(b.Text) {
			prices++
		}
	}
	f[confidence.PageLinks] = share(links, page)
	f[confidence.PageHeadings] = log1p(headings)
	f[confidence.LinkedHeadings] = share(linked, headings)
	f[confidence.PageTeasers] = share(teasers, page)
	f[confidence.PageComments] = share(comments, page)
	f[confidence.PageListItems] = share(items, page)
	f[confidence.PagePrices] = log1p(prices)
}

// opinionFeatures compares the kept blocks with the second opinion's verdicts (the headline,
// which is the title and never the body, aside), and measures the page's repeated text.
func opinionFeatures(f *confidence.Features, t *trace, page int) {
	var both, either, good, missed, kept, bad, repeated int
	final := t.opinion.final
	for i, b := range t.blocks {
		if t.page.repeats[b.Text] > 1 {
			repeated += b.Chars
		}
		if i >= len(final) || (t.headline != nil && b.El == t.headline) {
			continue // no opinion on the block (a trace made without one), or the headline
		}
		isGood := final[i] == verdictGood
		if isGood {
			good += b.Chars
		}
		if b.Keep {
			kept += b.Chars
			if final[i] == verdictBad {
				bad += b.Chars
			}
		}
		switch {
		case b.Keep && isGood:
			both += b.Chars
			either += b.Chars
		case b.Keep || isGood:
			either += b.Chars
			if isGood {
				missed += b.Chars
			}
		}
	}
	f[confidence.OpinionAgrees] = share(both, either)
	f[confidence.OpinionMissed] = share(missed, good)
	f[confidence.KeptBad] = share(bad, kept)
	f[confidence.PageRepeats] = share(repeated, page)
}

// hasPrice reports whether s holds a currency sign next to a digit ("$5", "12 €", "£3.99").
func hasPrice(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '$' && c != 0xC2 && c != 0xE2 {
			continue // every sign looked for is '$' or starts with one of these bytes
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '$', '€', '£', '¥', '₹', '₽':
		default:
			continue
		}
		before := strings.TrimSuffix(s[:i], " ")
		after := strings.TrimPrefix(s[i+size:], " ")
		if (before != "" && isDigit(before[len(before)-1])) || (after != "" && isDigit(after[0])) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// urlShape sets the features of the page URL's path: its depth and the words of its last
// segment.
func urlShape(f *confidence.Features, pageURL string) {
	u, err := url.Parse(pageURL)
	if err != nil {
		return
	}
	depth, last := 0, ""
	for seg := range strings.SplitSeq(u.Path, "/") {
		if seg != "" {
			depth++
			last = seg
		}
	}
	last = strings.TrimSuffix(last, path.Ext(last))
	words := 0
	for w := range strings.FieldsFuncSeq(last, func(r rune) bool { return r == '-' || r == '_' || r == '+' || r == '.' }) {
		if w != "" {
			words++
		}
	}
	f[confidence.URLDepth] = float64(depth)
	f[confidence.URLSlug] = float64(words)
}

// oneIf is 1 when b holds, else 0.
func oneIf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func log1p(n int) float64 { return math.Log1p(float64(n)) }

// share is part/whole, 0 when whole is 0.
func share(part, whole int) float64 {
	if whole <= 0 {
		return 0
	}
	return float64(part) / float64(whole)
}
