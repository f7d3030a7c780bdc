package extractor

import (
	"strings"
	"unicode"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The forum assembly: a forum thread or a Q&A page. Its content is the opening post and
// every reply, in order, each with the author and date line the page shows: a thread is
// body, not comments. The posts are a grid of alike cards that are mostly prose (cards.go);
// the opening post is either the grid's first card or the prose between the headline and the
// grid (a question above its answers). What the article path kept outside the thread's
// region (a cookie dialog, a sidebar) is dropped. A page with no grid of posts is declined:
// the article path stands.

// reasonOpeningPost is the reason of the blocks the forum assembly keeps as the opening post
// above the grid of posts.
const reasonOpeningPost = "forum: the opening post"

// assembleForum assembles a forum page from its posts.
func assembleForum(in kindInput) ([]*block, bool) {
	g := postGridOf(in.blocks)
	if g == nil {
		return nil, false
	}
	region := threadRegion(g, in.headline)
	// Prose outside the page's main landmark, when the thread is in it, is not a story
	// beside the thread: it is a dialog or a footer the article path took for the content.
	landmark := mainLandmark(g.parent)
	outside := 0
	for _, b := range in.article {
		if b.isProse() && !contains(region, b.el) && (landmark == nil || contains(landmark, b.el)) {
			outside += b.chars
		}
	}
	if outside > g.prose {
		// The article path kept more prose elsewhere than the posts hold: an article with a
		// box of alike cards (its steps, its comments), not a thread.
		return nil, false
	}
	first, last := -1, -1
	for _, b := range in.blocks {
		if contains(g.parent, b.el) {
			if first < 0 {
				first = b.index
			}
			last = b.index
		}
	}
	total := 0
	for _, b := range in.blocks {
		if b.isProse() {
			total += b.chars
		}
	}
	// The thread starts after the headline when the headline is in its region, else with
	// the region.
	start := -1
	for _, b := range in.blocks {
		if b.el == in.headline && contains(region, b.el) && b.index < first {
			start = b.index + 1
		}
	}
	for _, b := range in.blocks {
		switch {
		case b.keep && !b.note && !contains(region, b.el):
			b.keep, b.reason = false, "forum: outside the thread"
		case b.keep || b.index >= first || b.index < start || !contains(region, b.el) || b.el == in.headline:
		case (blockContext(b, nil, total)&(ctxBoiler|ctxForm) == 0 || isByline(b)) && b.linkDensity() <= maxLinkDensity && in.repeats[b.text] <= 1:
			b.keep, b.reason = true, reasonOpeningPost
		}
		if b.keep && b.index > last && contains(region, b.el) && !contains(g.parent, b.el) && !b.note && b.kind != KindParagraph {
			// After the last post: a reply box, "similar threads".
			b.keep, b.reason = false, "forum: after the last post"
		}
	}
	cardBlocks(in.blocks, []cardGroup{*g}, in.repeats, "forum: a post")
	keepPostForms(in.blocks, g)
	keepNestedReplies(in.blocks, g, in.repeats)
	for _, b := range in.blocks {
		if b.keep && (contains(g.parent, b.el) || b.reason == reasonOpeningPost) && b.kind != KindCode && b.kind != KindTable && !hasLetter(b.text) {
			// A post's number ("#2"), its likes or the poster's post count; the question's
			// votes.
			b.keep, b.reason = false, "forum: a count, not text"
		}
	}
	dropProfileFacts(in.blocks, g.parent)
	dropChromeInPosts(in.blocks, g)
	dropEdgeCards(in.blocks, g)
	dropPostLabels(in.blocks, g, in.repeats)
	dropThreadMeta(in.blocks, region)
	dropRepeatedQuotes(in.blocks, g)
	for _, b := range in.blocks {
		if b.keep && !b.note && contains(g.parent, b.el) && (allButtons(b.el.node) || inButton(b.el, g.parent)) {
			// "Click to expand...", "Show more": a control of the post, not its text; a
			// preview of the post a reply answers, drawn as a button that opens it.
			b.keep, b.reason = false, "forum: a button's text"
		}
	}
	return keptInOrder(in.blocks), true
}

// dropProfileFacts drops the facts about a poster that forum software sets beside each post
// as a definition list with no sentence: "Joined: Jan 2012", "Posts: 1,204", "Location:
// Leeds", a rank. Such a list of more than two blocks keeps its first, the poster's name; a
// list of one pair ("Home country", "Norway") is all facts. A list in a post's text (a
// glossary) has sentences, and stays.
func dropProfileFacts(blocks []*block, posts *elem) {
	lists := map[*elem]bool{}  // a short <dl> in the posts -> it holds a sentence
	head := map[*elem]*block{} // a short <dl> in the posts -> its first block
	size := map[*elem]int{}    // a short <dl> in the posts -> its blocks
	for _, b := range blocks {
		if !contains(posts, b.el) {
			continue
		}
		if dl := listOf(b.el, posts); dl != nil && dl.chars <= maxProfileChars {
			lists[dl] = lists[dl] || hasSentence(b.text)
			if head[dl] == nil {
				head[dl] = b
			}
			size[dl]++
		}
	}
	for _, b := range blocks {
		dl := listOf(b.el, posts)
		if !b.keep || dl == nil || dl.chars > maxProfileChars || lists[dl] {
			continue
		}
		if head[dl] == b && size[dl] > 2 && dl.chars > b.chars+maxProfilePairChars {
			continue // the poster's name, at the head of the profile
		}
		b.keep, b.reason = false, "forum: the poster's profile facts"
	}
}

// listOf returns the nearest <dl> that holds e below posts, or nil.
func listOf(e, posts *elem) *elem {
	for x := e; x != nil && x != posts; x = x.parent {
		if x.node.DataAtom == atom.Dl {
			return x
		}
	}
	return nil
}

// postGridOf returns the page's grid of posts, or nil: of the grids whose cards are mostly
// prose and hold minThreadProse, the innermost of those holding most of the prose of the
// largest (a page's columns are alike cards too, around the posts).
func postGridOf(blocks []*block) *cardGroup {
	var posts []cardGroup
	best := 0
	for _, g := range findCardGroups(blocks, postGrid) {
		if g.prose < minThreadProse || float64(g.prose) < minPostProseShare*float64(g.chars) || !holdsPosts(g) || isPageRoot(g.parent) {
			continue
		}
		posts = append(posts, g)
		best = max(best, g.prose)
	}
	var out *cardGroup
	for i, g := range posts {
		if float64(g.prose) >= innerGridShare*float64(best) && (out == nil || g.parent.depth > out.parent.depth) {
			out = &posts[i]
		}
	}
	return out
}

// holdsPosts reports whether a grid's cards can be posts: elements that hold blocks, not the
// paragraphs, headings or table rows of one post, and that say what they are by a class or
// their tag (two bare <div>s side by side are a page's columns).
func holdsPosts(g cardGroup) bool {
	last := g.cards[len(g.cards)-1]
	if dom.Attr(last.node, "class") == "" && last.node.DataAtom != atom.Article && last.node.DataAtom != atom.Li {
		return false
	}
	switch last.node.DataAtom {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Blockquote,
		atom.Table, atom.Tr, atom.Td, atom.Th, atom.Dd, atom.Dt, atom.Figure:
		return false
	}
	return true
}

// threadRegion returns the element that holds the thread: the lowest one holding the posts
// and the headline, or the posts' grandparent (a question beside its answers) when the
// headline is elsewhere or the lowest is the whole page.
func threadRegion(g *cardGroup, headline *elem) *elem {
	for e := g.parent; e != nil && e.node != nil && !isPageRoot(e); e = e.parent {
		if headline != nil && contains(e, headline) {
			return e
		}
	}
	if p := g.parent.parent; p != nil && p.node != nil && !isPageRoot(p) {
		return p
	}
	return g.parent
}

// isPageRoot reports whether e is the page's <body> or <html>.
func isPageRoot(e *elem) bool {
	return e.node.DataAtom == atom.Body || e.node.DataAtom == atom.Html
}

// hasLetter reports whether text holds a letter, in any script.
func hasLetter(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// dropChromeInPosts drops what the article path kept inside a post that sits in the post's
// chrome: an element named like chrome (a signature, a share bar, a badge) that holds less
// than half of the post's text, or a nav or form, but for a byline with a date. Comment words
// do not count: a thread's replies nest inside the posts they answer.
func dropChromeInPosts(blocks []*block, g *cardGroup) {
	in := map[*elem]*cardGroup{}
	for _, c := range g.cards {
		in[c] = g
	}
	for _, b := range blocks {
		if !b.keep || b.note {
			continue
		}
		if _, card := cardOf(b, in); card != nil && postChrome(b, card) {
			b.keep, b.reason = false, "forum: chrome inside a post"
		}
	}
}

// postChrome reports whether b sits in chrome inside its post (see dropChromeInPosts); a
// form that reads as prose is the post's text (see keepPostForms).
func postChrome(b *block, card *elem) bool {
	if isByline(b) {
		return false
	}
	for e := b.el; e != nil && e != card; e = e.parent {
		if e.sig&sigChrome != 0 || e.sig&sigForm != 0 && !readsAsProse(e) || e.sig&(sigBoiler|sigComments) == sigBoiler && e.chars < card.chars {
			return true
		}
	}
	return false
}

// mainLandmark returns the nearest <main> element, or element with role=main, that holds e,
// or nil.
func mainLandmark(e *elem) *elem {
	for x := e; x != nil && x.node != nil; x = x.parent {
		if x.node.DataAtom == atom.Main || dom.Attr(x.node, "role") == "main" {
			return x
		}
	}
	return nil
}

// dropEdgeCards drops the grid's cards before the first post and after the last one (the
// cards of the posts' shape) that hold no prose or a form: the "4 Answers, sorted by" bar
// above the answers, the reply form and the "ask a question" notice below them. A card of
// another shape between posts stays (an accepted answer, a moderator's post).
func dropEdgeCards(blocks []*block, g *cardGroup) {
	shape, n := commonShape(g.cards, cardShape)
	if n < minPosts {
		return
	}
	first, last := -1, -1
	for i, c := range g.cards {
		if cardShape(c) == shape {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	edge := map[*elem]bool{}
	for i, c := range g.cards {
		if (i < first || i > last) && (c.prose == 0 || c.sig&sigForm != 0) {
			edge[c] = true
		}
	}
	if len(edge) == 0 {
		return
	}
	for _, b := range blocks {
		if !b.keep || b.note {
			continue
		}
		for e := b.el; e != nil && e != g.parent; e = e.parent {
			if edge[e] {
				b.keep, b.reason = false, "forum: before the first post or after the last, not a post"
				break
			}
		}
	}
}

// dropPostLabels drops the short texts that nearly every post repeats ("Reply", "Report
// inappropriate content", "Quote"): the posts' buttons. cardBlocks weighs repeats against
// all of the grid's cards, which on some pages are many more than the posts (separators, ads,
// a reply box). A poster's name repeats too, but in a thread of several voices not in nearly
// every post (minPostLabelShare).
func dropPostLabels(blocks []*block, g *cardGroup, repeats map[string]int) {
	shape, n := commonShape(g.cards, cardShape)
	if n < minLabelRepeats || shape == "" {
		return
	}
	for _, b := range blocks {
		if b.keep && !b.note && b.chars < maxLabelChars && float64(repeats[b.text]) >= minPostLabelShare*float64(n) &&
			!isByline(b) && contains(g.parent, b.el) {
			b.keep, b.reason = false, "forum: a label nearly every post repeats"
		}
	}
}

// allButtons reports whether all the text under n sits in elements with role=button, and
// there is some: the block is a control that scripts make act as a button.
func allButtons(n *html.Node) bool {
	found := false
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					return false
				}
			case c.Type != html.ElementNode:
			case dom.Attr(c, "role") == "button":
				found = true
			case !walk(c):
				return false
			}
		}
		return true
	}
	return walk(n) && found
}

// keepPostForms keeps the text of a post that the page wraps in a form (to edit it in place,
// as old Reddit does): a form inside a post whose text reads as prose (readsAsProse) is the
// post, not a reply box, whose few words are labels and buttons.
func keepPostForms(blocks []*block, g *cardGroup) {
	in := map[*elem]*cardGroup{}
	for _, c := range g.cards {
		in[c] = g
	}
	for _, b := range blocks {
		if b.keep {
			continue
		}
		_, card := cardOf(b, in)
		if card == nil {
			continue
		}
		f := nearest(b.el, sigForm)
		if f == nil || !contains(card, f) || f == card || !readsAsProse(f) || nearest(b.el, sigChrome|sigBoiler) != nil && contains(f, nearest(b.el, sigChrome|sigBoiler)) {
			continue
		}
		b.keep, b.reason = true, "forum: a post's text in a form"
	}
}

// inButton reports whether e, or an element above it below stop, is a button by its role or
// its class ("btn", "button").
func inButton(e, stop *elem) bool {
	for x := e; x != nil && x != stop; x = x.parent {
		if dom.Attr(x.node, "role") == "button" {
			return true
		}
		found := false
		eachClassWord(dom.Attr(x.node, "class"), func(w []byte) {
			found = found || string(w) == "btn" || string(w) == "button"
		})
		if found {
			return true
		}
	}
	return false
}

// keepNestedReplies keeps the replies nested in a post that is itself a comment (Lemmy,
// Reddit: a reply's comment-named box inside the comment it answers), which cardBlocks took
// for the post's chrome, being short next to the post ("Done.", "Sounds promising!").
func keepNestedReplies(blocks []*block, g *cardGroup, repeats map[string]int) {
	in := map[*elem]*cardGroup{}
	for _, c := range g.cards {
		in[c] = g
	}
	for _, b := range blocks {
		if b.keep || !hasSentence(b.text) || b.chars < maxLabelChars && repeats[b.text] >= minLabelRepeats {
			continue
		}
		_, card := cardOf(b, in)
		if card == nil || card.sig&sigComments == 0 || !nestedReply(b, card) {
			continue
		}
		b.keep, b.reason = true, "forum: a reply nested in a post"
	}
}

// nestedReply reports whether b sits in a comment-named element inside card, and in no other
// chrome: no nav, aside, form or element named like chrome but for its comment words.
func nestedReply(b *block, card *elem) bool {
	comment := false
	for e := b.el; e != nil && e != card; e = e.parent {
		switch {
		case e.sig&(sigChrome|sigForm) != 0 || namesFacet(e):
			return false
		case e.sig&sigComments != 0:
			comment = true
		case e.sig&sigBoiler != 0:
			return false
		}
	}
	return comment
}
