package block

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html/atom"
)

// Score gathers text statistics on every element above a block, gives each paragraph-like block
// a content score that flows to its ancestors, and returns the best-scoring container.
// The scheme is Readability's, on blocks instead of a mutated DOM: one point, plus one per
// comma, plus one per 100 characters (at most three), damped by link density; the parent gets
// it whole, the grandparent half, further ancestors a third of it per level.
//
// Blocks inside page chrome (nav, aside, a feed or share box) do not vote, unless nothing
// else on the page would. total is the page's prose (pageFacts.prose).
func Score(blocks []*Block, headline *Elem, total int) *Elem {
	for _, b := range blocks {
		prose, sentences := 0, 0
		if b.IsProse() {
			prose = b.Chars
			if HasSentence(b.Text) {
				sentences = prose
			}
		}
		for e := b.El; e != nil; e = e.Parent {
			e.Chars += b.Chars
			e.LinkChars += b.LinkChars
			e.Prose += prose
			e.sentences += sentences
		}
	}
	relaxWrappers(blocks, total)
	markTeasers(blocks, headline)
	best, away := vote(blocks, total, true, headline)
	if best == nil {
		best, away = vote(blocks, total, false, nil)
	}
	best = climbWrappers(best)
	own := OutermostArticle(headline)
	if own != nil && best != nil && Contains(best, own) && float64(own.Prose) >= MinProseShare*float64(best.Prose) {
		// The winner wraps the headline's <article> and more (a comment thread, a feed):
		// the article alone is the story when it holds most of the winner's prose.
		best = own
	}
	if own != nil && Contains(own, best) {
		// The container is inside the headline's <article>: the story is that article,
		// whatever else the page holds (a long comment thread, a feed).
		return widenToArticle(best, own, total)
	}
	// Chrome away from the headline (see awayFromHeadline) is not part of the page that the
	// container must widen to hold.
	return widenToMain(widenSections(widenToProse(best, total-away), nil, total))
}

// widenToArticle widens like widenToProse, measured against the story's own article and
// never past it; a <section> container then widens through the <section>s that hold it, up to
// the article (widenSections).
func widenToArticle(best, own *Elem, total int) *Elem {
	for best != own && float64(best.Prose) < MinProseShare*float64(own.Prose) {
		p := best.Parent
		if IsBoilerElem(p, total) {
			break
		}
		p.Score = max(p.Score, best.Score)
		best = p
	}
	return widenSections(best, own, total)
}

// widenSections widens a <section> container through the <section>s that hold it, never past
// stop (nil: no bound) nor into one that is page chrome: a story whose sections a theme nests
// each inside the one before, or leaves unclosed, puts its last part several levels under its
// intro, past the ancestors a paragraph's score reaches (scoreAncestors), so that the section
// holding that part wins the vote and holds most of the prose while the intro and the first
// parts sit in the sections around it.
func widenSections(best, stop *Elem, total int) *Elem {
	for best != nil && best != stop && best.Node.DataAtom == atom.Section {
		p := best.Parent
		if p == nil || p.Node == nil || p.Node.DataAtom != atom.Section || IsBoilerElem(p, total) {
			break
		}
		p.Score = max(p.Score, best.Score)
		best = p
	}
	return best
}

// widenToProse moves up from the best container while it holds less than half of the page's
// prose: the content of service, product, listing and forum pages is spread over many
// sections, cards or posts, each too small to win alone. It stops below <body> and below
// any ancestor that is page chrome.
func widenToProse(best *Elem, total int) *Elem {
	for best != nil && float64(best.Prose) < MinProseShare*float64(total) {
		p := best.Parent
		if p == nil || p.Node == nil || p.Node.DataAtom == atom.Body || p.Node.DataAtom == atom.Html || IsBoilerElem(p, total) {
			break
		}
		p.Score = max(p.Score, best.Score)
		best = p
	}
	return best
}

// widenToMain returns the enclosing <main> when the best container is only a part of it.
func widenToMain(best *Elem) *Elem {
	if best == nil {
		return nil
	}
	for e := best.Parent; e != nil && e.Node != nil; e = e.Parent {
		if e.Node.DataAtom == atom.Main || strings.EqualFold(dom.Attr(e.Node, "role"), "main") {
			if float64(best.Prose) < mainShare*float64(e.Prose) {
				e.Score = max(e.Score, best.Score)
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
func climbWrappers(best *Elem) *Elem {
	for best != nil {
		p := best.Parent
		if p == nil || p.Node == nil || p.Chars != best.Chars || p.Node.DataAtom == atom.Body || p.Node.DataAtom == atom.Html {
			return best
		}
		p.Score = max(p.Score, best.Score)
		best = p
	}
	return best
}

// vote scores the ancestors of each paragraph-like block and returns the best one. With
// skipChrome, blocks in chrome and forms do not vote, nor, when the headline is known, blocks
// in a chrome-named element away from it (awayFromHeadline), whose prose it returns as away.
func vote(blocks []*Block, total int, skipChrome bool, headline *Elem) (best *Elem, away int) {
	var candidates []*Elem
	var chain []*Elem // the headline and its ancestors, nearest first
	for e := headline; e != nil && e.Node != nil; e = e.Parent {
		chain = append(chain, e)
	}
	for _, b := range blocks {
		if b.Kind == view.Heading || b.Chars < MinScoredChars || b.Teaser {
			continue
		}
		if skipChrome && BlockContext(b, nil, total)&(CtxBoiler|CtxForm) != 0 {
			continue
		}
		if skipChrome && awayFromHeadline(b.El, chain) {
			if b.IsProse() {
				away += b.Chars
			}
			continue
		}
		c := commas(b.Text)
		if b.Kind == view.Code {
			c = 0 // commas in code are syntax, not clauses
		}
		s := (1 + float64(c) + float64(min(b.Chars/charsPerPoint, maxLengthPoints))) * (1 - b.LinkDensity())
		e := Voter(b)
		for level := 0; e != nil && e.Node != nil && level < scoreAncestors; level++ {
			if e.Score == 0 {
				e.Score = initialScore(e)
				candidates = append(candidates, e)
			}
			switch level {
			case 0:
				e.Score += s
			case 1:
				e.Score += s / parentShareDivisor
			default:
				e.Score += s / float64(level*ancestorShareDivisor)
			}
			e = e.Parent
		}
	}
	bestScore := 0.0
	for _, e := range candidates {
		e.Score = e.Score*(1-ElemLinkDensity(e)) + signalWeight(e.Sig)
		if best == nil || e.Score > bestScore {
			best, bestScore = e, e.Score
		}
	}
	return best, away
}

// awayFromHeadline reports whether e lies in an element whose class or id names chrome with a
// strong word (SigBoiler; not a comment section, which relaxWrappers weighs) that does not
// hold the headline, while the headline's side of the page, below the element that holds both,
// holds a story of its own (minHeadlineStory). Such an element is chrome even when it holds
// more than BoilerShare of the page's prose: a footer's widget of excerpts that outweighs a
// short post. chain is the headline and its ancestors, nearest first; empty when the headline
// is not known.
func awayFromHeadline(e *Elem, chain []*Elem) bool {
	if len(chain) == 0 {
		return false
	}
	x := e
	for ; x != nil && x.Node != nil && !IsPageRoot(x); x = x.Parent {
		if x.Sig&SigBoiler != 0 && x.Sig&SigComments == 0 {
			break
		}
	}
	if x == nil || x.Node == nil || IsPageRoot(x) {
		return false
	}
	for a := x; a != nil; a = a.Parent {
		if i := slices.Index(chain, a); i >= 0 {
			// a holds both; chain[i-1] is the headline's side below it (none when a is the
			// headline's own ancestor that is named chrome: the headline is in it).
			return i > 0 && a != x && chain[i-1].Prose >= minHeadlineStory
		}
	}
	return false
}

// initialScore is the prior of a candidate container by its tag (Readability's initializeNode),
// never exactly zero so that a scored element is told from an unscored one.
func initialScore(e *Elem) float64 {
	switch e.Node.DataAtom {
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
func signalWeight(s Signal) float64 {
	w := 0.0
	if s&SigStrongContent != 0 {
		w += strongContentWeight
	}
	if s&SigContent != 0 {
		w += classWeight
	}
	if s&(SigBoiler|SigChrome|SigComments|SigForm) != 0 {
		w -= classWeight
	}
	return w
}

func ElemLinkDensity(e *Elem) float64 {
	if e.Chars == 0 {
		return 0
	}
	return float64(e.LinkChars) / float64(e.Chars)
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

// Voter returns the first element a block's score goes to: the parent of a paragraph, or
// the block's own element when the text sits loose in a container beside other blocks
// (text and <br>s straight inside a <div>, as older CMSes write it).
func Voter(b *Block) *Elem {
	switch b.El.Node.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Td, atom.Body, atom.Center:
		if b.El.Chars > b.Chars {
			return b.El
		}
	}
	return b.El.Parent
}
