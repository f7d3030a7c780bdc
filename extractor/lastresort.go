package extractor

import (
	"slices"
	"strings"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/meta"
	"github.com/pithdev/pith/extractor/internal/view"
)

// BodySourceJSONLD is [Result.BodySource] when the body is the page's JSON-LD articleBody:
// the page showed no prose, but its structured data held the article.
const BodySourceJSONLD = "json-ld"

// jsonLDBody returns the paragraphs of the page's JSON-LD articleBody, one per line of it,
// or nil. It is the last resort before ErrNoContent, for a page whose visible body is empty
// (rendered by scripts) but whose structured data holds the article.
func jsonLDBody(facts *meta.Facts, pageURL, title string) []string {
	body := facts.ArticleBody(pageURL, title)
	if body == "" {
		return nil
	}
	var paras []string
	for line := range strings.Lines(body) {
		if p := dom.Collapse(line); p != "" {
			paras = append(paras, p)
		}
	}
	return paras
}

// lastResort runs after every stage that keeps blocks, when the page came out with no content
// or with nothing but a notice that it needs JavaScript (such a notice is not content: the
// page's content is rendered by its scripts). In order, it uses:
//   - the JSON-LD articleBody of the page's main item (jsonLDBody; t.ldBody, and
//     Result.BodySource says so);
//   - the page's best run of prose (bestRun): prose that no rule kept, outside chrome.
//
// A page with neither keeps nothing and comes back with ErrNoContent.
func (t *trace) lastResort(pageURL string) {
	if len(t.kept) > 0 && !onlyScriptNotices(t.kept) {
		return
	}
	for _, b := range t.kept {
		b.Keep, b.Reason = false, "a notice that the page needs JavaScript: not content"
	}
	t.kept = nil
	if t.ldBody = jsonLDBody(t.facts, pageURL, t.title); len(t.ldBody) > 0 {
		if t.kind != nil {
			t.pageType = PageArticle // the body of the page's article item, whatever the page looked like
		}
		return
	}
	t.kept = bestRun(t.blocks, t.headline)
}

// onlyScriptNotices reports whether every kept block is a notice that the page needs
// JavaScript (isScriptNotice).
func onlyScriptNotices(kept []*block.Block) bool {
	for _, b := range kept {
		if !isScriptNotice(b.Text) {
			return false
		}
	}
	return len(kept) > 0
}

// isScriptNotice reports whether text is a short notice that the page needs JavaScript: it
// names JavaScript and one of scriptNoticeWords ("enable", "aktivieren", ...).
func isScriptNotice(text string) bool {
	if len(text) > maxScriptNoticeBytes {
		return false
	}
	low := strings.ToLower(text)
	if !strings.Contains(low, "javascript") {
		return false
	}
	for _, w := range block.ScriptNotice {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// bestRun returns the blocks of the page's best run of prose, kept with their reason, or nil
// when the page has no such run. A run is a sequence of neighbouring blocks that lie outside
// chrome (by tag, role or class word), forms and comment sections, hold at most
// block.MaxLinkDensity of links and are not the headline; a text the page repeats counts at its
// first occurrence only (a page that prints its story twice, for two screen sizes, gives it
// once). A run's worth is its prose with sentence ends (blocks of at least block.MinScoredChars
// holding a sentence); the best run is the worthiest, and it must be worth block.MinProseChars.
// So an application shell or a page of a lone image keeps nothing.
func bestRun(blocks []*block.Block, headline *block.Elem) []*block.Block {
	seen := make(map[string]bool, len(blocks))
	bestStart, bestEnd, bestWorth := 0, 0, 0
	start, worth := 0, 0
	for i, b := range blocks {
		first := !seen[b.Text]
		seen[b.Text] = true
		if !first || !runBlock(b, headline) {
			start, worth = i+1, 0
			continue
		}
		worth += runWorth(b)
		if worth > bestWorth {
			bestStart, bestEnd, bestWorth = start, i+1, worth
		}
	}
	if bestWorth < block.MinProseChars {
		return nil
	}
	// The run ends with prose; it starts with prose or the headings over it, not with the
	// lines before them (a menu that let few links through, a date).
	for blocks[bestStart].Kind != view.Heading && runWorth(blocks[bestStart]) == 0 {
		bestStart++
	}
	run := slices.Clone(blocks[bestStart:bestEnd])
	for _, b := range run {
		b.Keep, b.Reason = true, "last resort: the page's best run of prose (no rule kept any)"
	}
	return run
}

// runWorth is what b adds to a run of prose: its length when it holds a sentence and is
// long enough to vote for a container (block.MinScoredChars), else nothing.
func runWorth(b *block.Block) int {
	if b.Chars >= block.MinScoredChars && block.HasSentence(b.Text) {
		return b.Chars
	}
	return 0
}

// runBlock reports whether b may be part of a run of prose (see bestRun).
func runBlock(b *block.Block, headline *block.Elem) bool {
	return b.El != headline && b.LinkDensity() <= block.MaxLinkDensity &&
		!block.Under(b.El, block.SigChrome|block.SigBoiler|block.SigForm|block.SigComments)
}
