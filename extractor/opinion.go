package extractor

import (
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
)

// The second opinion: a judgement of every block on its own text and its neighbours, made
// without the container vote (internal/block/score.go, assemble.go), in the manner of jusText and
// boilerpipe. Its features are language-neutral: length, link density, sentence punctuation,
// repetition on the page, chrome by tag or role, and the class of the blocks around it. The
// arbiter (arbiter.go) weighs it against the container's result.

// verdict is the second opinion's class of one block, from worst to best.
type verdict uint8

const (
	// verdictBad: links, chrome by tag or role, a form, a comment section, or text the page repeats.
	verdictBad verdict = iota
	// verdictShort: too short to judge alone (a heading, a caption, a one-line paragraph);
	// its neighbours decide.
	verdictShort
	// verdictNearGood: a medium-length line with a sentence, or a long one without: good
	// beside good text.
	verdictNearGood
	// verdictGood: prose, long enough and with the punctuation of sentences.
	verdictGood
)

// opinion is the second opinion on a page's blocks, index by index.
type opinion struct {
	alone []verdict // each block judged alone (classify)
	final []verdict // after its neighbours are weighed (smooth): good or bad
}

// judge gives every block a verdict: first from the block alone (classify), then from its
// neighbours (smooth). The blocks are only read. With lax set, chrome by tag or role, forms
// and comment sections do not make a block bad, links count less, and lines make up for
// missing paragraphs (promoteLines): the judgement of last resort on a page whose only prose
// sits in chrome (a story in an <aside>) or is short.
func judge(blocks []*block.Block, page pageFacts, lax bool) opinion {
	v := make([]verdict, len(blocks))
	for i, b := range blocks {
		v[i] = classify(b, page.repeats[b.Text], page.prose, lax)
	}
	if lax {
		promoteLines(blocks, v)
	}
	final := make([]verdict, len(v))
	copy(final, v)
	smooth(final)
	return opinion{alone: v, final: final}
}

// classify judges one block alone; total is the page's prose. With lax set, a block may
// hold up to block.MaxLinkDensity of links (a paragraph of citations) and sit in chrome.
func classify(b *block.Block, repeats, total int, lax bool) verdict {
	links := opinionMaxLinkDensity
	if lax {
		links = block.MaxLinkDensity
	}
	switch {
	case b.LinkDensity() > links, repeats > 1 && b.Kind != view.Heading, !lax && inOpinionChrome(b.El, total):
		return verdictBad
	case b.Kind == view.Heading || b.Chars < opinionShortChars:
		return verdictShort
	case b.Chars >= opinionGoodChars && block.HasSentence(b.Text):
		return verdictGood
	}
	return verdictNearGood
}

// promoteLines makes good the lines of a page with no good block, when together they make
// a few sentences' worth: a short note of two or three lines is still the page's content.
func promoteLines(blocks []*block.Block, v []verdict) {
	chars := 0
	for i, b := range blocks {
		if v[i] == verdictGood {
			return
		}
		if isLine(b, v[i]) {
			chars += b.Chars
		}
	}
	if chars < opinionMinLines {
		return
	}
	for i, b := range blocks {
		if isLine(b, v[i]) {
			v[i] = verdictGood
		}
	}
}

// isLine reports whether a block, not bad, is a line of text long enough to vote for a
// container (see block.MinScoredChars), not a heading.
func isLine(b *block.Block, v verdict) bool {
	return v != verdictBad && b.Kind != view.Heading && b.Chars >= block.MinScoredChars
}

// inOpinionChrome reports whether e is inside chrome by tag or role, or inside a form or a
// comment section that holds no more than block.BoilerShare of the page's prose (one that holds
// more is the page: a forum thread, an ASP.NET page in one form). Class words of other
// kinds are left to the container's judgement, which weighs them against the prose they hold.
func inOpinionChrome(e *block.Elem, total int) bool {
	var outer *block.Elem // the outermost form or comment section around e
	for ; e != nil; e = e.Parent {
		if e.Sig&block.SigChrome != 0 {
			return true
		}
		if e.Sig&(block.SigForm|block.SigComments) != 0 {
			outer = e
		}
	}
	return outer != nil && float64(outer.Prose) <= block.BoilerShare*float64(total)
}

// smooth settles the short and near-good blocks by their neighbours, as jusText does.
// A short block is good between good blocks and bad between bad ones; beside one of each it
// is good when the near-good block next to it on the bad side makes that side uncertain, or
// when it opens good text (a heading or a lead line). A near-good block is bad only between
// bad neighbours. Neighbours are the nearest blocks that are neither short nor near-good.
func smooth(v []verdict) {
	settled := make([]verdict, len(v))
	copy(settled, v)
	for i, c := range v {
		if c != verdictShort {
			continue
		}
		prev, next := neighbour(v, i, -1, true), neighbour(v, i, +1, true)
		switch {
		case prev == verdictGood && next == verdictGood:
			settled[i] = verdictGood
		case prev == verdictBad && next == verdictBad:
			settled[i] = verdictBad
		case prev == verdictBad && neighbour(v, i, -1, false) == verdictNearGood,
			next == verdictBad && neighbour(v, i, +1, false) == verdictNearGood,
			next == verdictGood && nextIsGood(v, i):
			settled[i] = verdictGood
		default:
			settled[i] = verdictBad
		}
	}
	for i, c := range v {
		if c != verdictNearGood {
			continue
		}
		settled[i] = verdictGood
		if neighbour(settled, i, -1, true) == verdictBad && neighbour(settled, i, +1, true) == verdictBad {
			settled[i] = verdictBad
		}
	}
	copy(v, settled)
}

// neighbour returns the verdict of the nearest block from i in direction step that is not
// short (nor near-good, with skipNear), or verdictBad past either end of the page.
func neighbour(v []verdict, i, step int, skipNear bool) verdict {
	for j := i + step; j >= 0 && j < len(v); j += step {
		if v[j] != verdictShort && !(skipNear && v[j] == verdictNearGood) {
			return v[j]
		}
	}
	return verdictBad
}

// nextIsGood reports whether the block right after i is good or short and followed, within
// opinionLeadReach blocks, by good text: a heading or a lead line opening a run of prose.
func nextIsGood(v []verdict, i int) bool {
	for j := i + 1; j < len(v) && j <= i+opinionLeadReach; j++ {
		switch v[j] {
		case verdictGood:
			return true
		case verdictShort:
			continue
		}
		return false
	}
	return false
}
