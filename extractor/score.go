package extractor

import (
	"strings"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html/atom"
)

// score gathers text statistics on every element above a block, gives each paragraph-like block
// a content score that flows to its ancestors, and returns the best-scoring container.
// The scheme is Readability's, on blocks instead of a mutated DOM: one point, plus one per
// comma, plus one per 100 characters (at most three), damped by link density; the parent gets
// it whole, the grandparent half, further ancestors a third of it per level.
//
// Blocks inside page chrome (nav, aside, a feed or share box) do not vote, unless nothing
// else on the page would. total is the page's prose (pageFacts.prose).
func score(blocks []*block, headline *elem, total int) *elem {
	for _, b := range blocks {
		prose, sentences := 0, 0
		if b.isProse() {
			prose = b.chars
			if hasSentence(b.text) {
				sentences = prose
			}
		}
		for e := b.el; e != nil; e = e.parent {
			e.chars += b.chars
			e.linkChars += b.linkChars
			e.prose += prose
			e.sentences += sentences
		}
	}
	relaxWrappers(blocks, total)
	markTeasers(blocks, headline)
	best := vote(blocks, total, true)
	if best == nil {
		best = vote(blocks, total, false)
	}
	best = climbWrappers(best)
	own := outermostArticle(headline)
	if own != nil && best != nil && contains(best, own) && float64(own.prose) >= minProseShare*float64(best.prose) {
		// The winner wraps the headline's <article> and more (a comment thread, a feed):
		// the article alone is the story when it holds most of the winner's prose.
		best = own
	}
	if own != nil && contains(own, best) {
		// The container is inside the headline's <article>: the story is that article,
		// whatever else the page holds (a long comment thread, a feed).
		return widenToArticle(best, own, total)
	}
	return widenToMain(widenToProse(best, total))
}

// widenToArticle widens like widenToProse, measured against the story's own article and
// never past it.
func widenToArticle(best, own *elem, total int) *elem {
	for best != own && float64(best.prose) < minProseShare*float64(own.prose) {
		p := best.parent
		if isBoilerElem(p, total) {
			break
		}
		p.score = max(p.score, best.score)
		best = p
	}
	return best
}

// widenToProse moves up from the best container while it holds less than half of the page's
// prose: the content of service, product, listing and forum pages is spread over many
// sections, cards or posts, each too small to win alone. It stops below <body> and below
// any ancestor that is page chrome.
func widenToProse(best *elem, total int) *elem {
	for best != nil && float64(best.prose) < minProseShare*float64(total) {
		p := best.parent
		if p == nil || p.node == nil || p.node.DataAtom == atom.Body || p.node.DataAtom == atom.Html || isBoilerElem(p, total) {
			break
		}
		p.score = max(p.score, best.score)
		best = p
	}
	return best
}

// widenToMain returns the enclosing <main> when the best container is only a part of it.
func widenToMain(best *elem) *elem {
	if best == nil {
		return nil
	}
	for e := best.parent; e != nil && e.node != nil; e = e.parent {
		if e.node.DataAtom == atom.Main || strings.EqualFold(dom.Attr(e.node, "role"), "main") {
			if float64(best.prose) < mainShare*float64(e.prose) {
				e.score = max(e.score, best.score)
				return e
			}
			return best
		}
	}
	return best
}

// climbWrappers moves from the best container up through ancestors that hold no other text,
// so that its siblings are the page's next blocks (the other cards of a body split into
// cards) rather than nothing.
func climbWrappers(best *elem) *elem {
	for best != nil {
		p := best.parent
		if p == nil || p.node == nil || p.chars != best.chars || p.node.DataAtom == atom.Body || p.node.DataAtom == atom.Html {
			return best
		}
		p.score = max(p.score, best.score)
		best = p
	}
	return best
}

// vote scores the ancestors of each paragraph-like block and returns the best one.
func vote(blocks []*block, total int, skipChrome bool) *elem {
	var candidates []*elem
	for _, b := range blocks {
		if b.kind == KindHeading || b.chars < minScoredChars || b.teaser {
			continue
		}
		if skipChrome && blockContext(b, nil, total)&(ctxBoiler|ctxForm) != 0 {
			continue
		}
		c := commas(b.text)
		if b.kind == KindCode {
			c = 0 // commas in code are syntax, not clauses
		}
		s := (1 + float64(c) + float64(min(b.chars/charsPerPoint, maxLengthPoints))) * (1 - b.linkDensity())
		e := voter(b)
		for level := 0; e != nil && e.node != nil && level < scoreAncestors; level++ {
			if e.score == 0 {
				e.score = initialScore(e)
				candidates = append(candidates, e)
			}
			switch level {
			case 0:
				e.score += s
			case 1:
				e.score += s / parentShareDivisor
			default:
				e.score += s / float64(level*ancestorShareDivisor)
			}
			e = e.parent
		}
	}
	var best *elem
	bestScore := 0.0
	for _, e := range candidates {
		e.score = e.score*(1-elemLinkDensity(e)) + signalWeight(e.sig)
		if best == nil || e.score > bestScore {
			best, bestScore = e, e.score
		}
	}
	return best
}

// initialScore is the prior of a candidate container by its tag (Readability's initializeNode),
// never exactly zero so that a scored element is told from an unscored one.
func initialScore(e *elem) float64 {
	switch e.node.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		return priorSection
	case atom.Pre, atom.Td, atom.Blockquote:
		return priorQuote
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return priorList
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return priorHeading
	}
	return priorOther
}

// signalWeight turns an element's own signals into a score bonus or malus.
func signalWeight(s signal) float64 {
	w := 0.0
	if s&sigStrongContent != 0 {
		w += strongContentWeight
	}
	if s&sigContent != 0 {
		w += classWeight
	}
	if s&(sigBoiler|sigChrome|sigComments|sigForm) != 0 {
		w -= classWeight
	}
	return w
}

func elemLinkDensity(e *elem) float64 {
	if e.chars == 0 {
		return 0
	}
	return float64(e.linkChars) / float64(e.chars)
}

// commas counts clause separators in many scripts: Latin, CJK, Arabic.
func commas(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case ',', '，', '、', '،', ';', '；':
			n++
		}
		i += size
	}
	return n
}

// voter returns the first element a block's score goes to: the parent of a paragraph, or
// the block's own element when the text sits loose in a container beside other blocks
// (text and <br>s straight inside a <div>, as older CMSes write it).
func voter(b *block) *elem {
	switch b.el.node.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Td, atom.Body, atom.Center:
		if b.el.chars > b.chars {
			return b.el
		}
	}
	return b.el.parent
}
