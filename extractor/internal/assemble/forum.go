package assemble

import (
	"strings"
	"unicode"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The forum assembly: a forum thread or a Q&A page. Its content is the opening post and
// every reply, in order, each with the author and date line the page shows: a thread is
// body, not comments. The posts are a grid of alike cards that are mostly prose (internal/block/cards.go);
// the opening post is either the grid's first card or the prose between the headline and the
// grid (a question above its answers). What the article path kept outside the thread's
// region (a cookie dialog, a sidebar) is dropped. A page with no grid of posts is declined:
// the article path stands.

// reasonOpeningPost is the reason of the blocks the forum assembly keeps as the opening post
// above the grid of posts.
const reasonOpeningPost = "forum: the opening post"

// Forum assembles a forum page from its posts.
func Forum(in Input) ([]*block.Block, bool) {
	g := postGridOf(in.Blocks)
	if g == nil {
		return nil, false
	}
	region := threadRegion(g, in.Headline)
	// Prose outside the page's main landmark, when the thread is in it, is not a story
	// beside the thread: it is a dialog or a footer the article path took for the content.
	landmark := mainLandmark(g.Parent)
	outside := 0
	for _, b := range in.Article {
		if b.IsProse() && !block.Contains(region, b.El) && (landmark == nil || block.Contains(landmark, b.El)) {
			outside += b.Chars
		}
	}
	if outside > g.Prose {
		// The article path kept more prose elsewhere than the posts hold: an article with a
		// box of alike cards (its steps, its comments), not a thread.
		return nil, false
	}
	first, last := -1, -1
	for _, b := range in.Blocks {
		if block.Contains(g.Parent, b.El) {
			if first < 0 {
				first = b.Index
			}
			last = b.Index
		}
	}
	total := 0
	for _, b := range in.Blocks {
		if b.IsProse() {
			total += b.Chars
		}
	}
	// The thread starts after the headline when the headline is in its region, else with
	// the region.
	start := -1
	for _, b := range in.Blocks {
		if b.El == in.Headline && block.Contains(region, b.El) && b.Index < first {
			start = b.Index + 1
		}
	}
	for _, b := range in.Blocks {
		switch {
		case b.Keep && !b.Note && !block.Contains(region, b.El):
			b.Keep, b.Reason = false, "forum: outside the thread"
		case b.Keep || b.Index >= first || b.Index < start || !block.Contains(region, b.El) || b.El == in.Headline:
		case (block.BlockContext(b, nil, total)&(block.CtxBoiler|block.CtxForm) == 0 || block.IsByline(b)) && b.LinkDensity() <= block.MaxLinkDensity && in.Repeats[b.Text] <= 1:
			b.Keep, b.Reason = true, reasonOpeningPost
		}
		if b.Keep && b.Index > last && block.Contains(region, b.El) && !block.Contains(g.Parent, b.El) && !b.Note && b.Kind != view.Paragraph {
			// After the last post: a reply box, "similar threads".
			b.Keep, b.Reason = false, "forum: after the last post"
		}
	}
	block.CardBlocks(in.Blocks, []block.CardGroup{*g}, in.Repeats, "forum: a post", false)
	keepPostForms(in.Blocks, g)
	keepNestedReplies(in.Blocks, g, in.Repeats)
	for _, b := range in.Blocks {
		if b.Keep && (block.Contains(g.Parent, b.El) || b.Reason == reasonOpeningPost) && b.Kind != view.Code && b.Kind != view.Table && !hasLetter(b.Text) {
			// A post's number ("#2"), its likes or the poster's post count; the question's
			// votes.
			b.Keep, b.Reason = false, "forum: a count, not text"
		}
	}
	dropProfileFacts(in.Blocks, g.Parent)
	dropChromeInPosts(in.Blocks, g)
	dropEdgeCards(in.Blocks, g)
	dropPostLabels(in.Blocks, g, in.Repeats)
	block.DropReplySubjects(in.Blocks, g, in.Headline)
	block.DropThreadMeta(in.Blocks, region)
	block.DropRepeatedQuotes(in.Blocks, g)
	for _, b := range in.Blocks {
		if b.Keep && !b.Note && block.Contains(g.Parent, b.El) && (allButtons(b.El.Node) || inButton(b.El, g.Parent)) {
			// "Click to expand...", "Show more": a control of the post, not its text; a
			// preview of the post a reply answers, drawn as a button that opens it.
			b.Keep, b.Reason = false, "forum: a button's text"
		}
	}
	return block.KeptInOrder(in.Blocks), true
}

// dropProfileFacts drops the facts about a poster that forum software sets beside each post
// as a definition list with no sentence: "Joined: Jan 2012", "Posts: 1,204", "Location:
// Leeds", a rank. Such a list of more than two blocks keeps its first, the poster's name; a
// list of one pair ("Home country", "Norway") is all facts. A list in a post's text (a
// glossary) has sentences, and stays.
func dropProfileFacts(blocks []*block.Block, posts *block.Elem) {
	lists := map[*block.Elem]bool{}        // a short <dl> in the posts -> it holds a sentence
	head := map[*block.Elem]*block.Block{} // a short <dl> in the posts -> its first block
	size := map[*block.Elem]int{}          // a short <dl> in the posts -> its blocks
	for _, b := range blocks {
		if !block.Contains(posts, b.El) {
			continue
		}
		if dl := listOf(b.El, posts); dl != nil && dl.Chars <= maxProfileChars {
			lists[dl] = lists[dl] || block.HasSentence(b.Text)
			if head[dl] == nil {
				head[dl] = b
			}
			size[dl]++
		}
	}
	for _, b := range blocks {
		dl := listOf(b.El, posts)
		if !b.Keep || dl == nil || dl.Chars > maxProfileChars || lists[dl] {
			continue
		}
		if head[dl] == b && size[dl] > 2 && dl.Chars > b.Chars+maxProfilePairChars {
			continue // the poster's name, at the head of the profile
		}
		b.Keep, b.Reason = false, "forum: the poster's profile facts"
	}
}

// listOf returns the nearest <dl> that holds e below posts, or nil.
func listOf(e, posts *block.Elem) *block.Elem {
	for x := e; x != nil && x != posts; x = x.Parent {
		if x.Node.DataAtom == atom.Dl {
			return x
		}
	}
	return nil
}

// postGridOf returns the page's grid of posts, or nil: of the grids whose cards are mostly
// prose and hold minThreadProse, the innermost of those holding most of the prose of the
// largest (a page's columns are alike cards too, around the posts).
func postGridOf(blocks []*block.Block) *block.CardGroup {
	var posts []block.CardGroup
	best := 0
	for _, g := range block.FindCardGroups(blocks, block.PostGrid) {
		if g.Prose < minThreadProse || float64(g.Prose) < block.MinPostProseShare*float64(g.Chars) || !holdsPosts(g) || block.IsPageRoot(g.Parent) {
			continue
		}
		posts = append(posts, g)
		best = max(best, g.Prose)
	}
	var out *block.CardGroup
	for i, g := range posts {
		if float64(g.Prose) >= innerGridShare*float64(best) && (out == nil || g.Parent.Depth > out.Parent.Depth) {
			out = &posts[i]
		}
	}
	return out
}

// holdsPosts reports whether a grid's cards can be posts: elements that hold blocks, not the
// paragraphs, headings or table rows of one post, and that say what they are by a class or
// their tag (two bare <div>s side by side are a page's columns).
func holdsPosts(g block.CardGroup) bool {
	last := g.Cards[len(g.Cards)-1]
	if dom.Attr(last.Node, "class") == "" && last.Node.DataAtom != atom.Article && last.Node.DataAtom != atom.Li {
		return false
	}
	switch last.Node.DataAtom {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Blockquote,
		atom.Table, atom.Tr, atom.Td, atom.Th, atom.Dd, atom.Dt, atom.Figure:
		return false
	}
	return true
}

// threadRegion returns the element that holds the thread: the lowest one holding the posts
// and the headline, or the posts' grandparent (a question beside its answers) when the
// Headline is elsewhere or the lowest is the whole page.
func threadRegion(g *block.CardGroup, headline *block.Elem) *block.Elem {
	for e := g.Parent; e != nil && e.Node != nil && !block.IsPageRoot(e); e = e.Parent {
		if headline != nil && block.Contains(e, headline) {
			return e
		}
	}
	if p := g.Parent.Parent; p != nil && p.Node != nil && !block.IsPageRoot(p) {
		return p
	}
	return g.Parent
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
func dropChromeInPosts(blocks []*block.Block, g *block.CardGroup) {
	in := map[*block.Elem]*block.CardGroup{}
	for _, c := range g.Cards {
		in[c] = g
	}
	for _, b := range blocks {
		if !b.Keep || b.Note {
			continue
		}
		if _, card := block.CardOf(b, in); card != nil && postChrome(b, card) {
			b.Keep, b.Reason = false, "forum: chrome inside a post"
		}
	}
}

// postChrome reports whether b sits in chrome inside its post (see dropChromeInPosts); a
// form that reads as prose is the post's text (see keepPostForms).
func postChrome(b *block.Block, card *block.Elem) bool {
	if block.IsByline(b) {
		return false
	}
	for e := b.El; e != nil && e != card; e = e.Parent {
		if e.Sig&block.SigChrome != 0 || e.Sig&block.SigForm != 0 && !block.ReadsAsProse(e) || e.Sig&(block.SigBoiler|block.SigComments) == block.SigBoiler && e.Chars < card.Chars {
			return true
		}
	}
	return false
}

// mainLandmark returns the nearest <main> element, or element with role=main, that holds e,
// or nil.
func mainLandmark(e *block.Elem) *block.Elem {
	for x := e; x != nil && x.Node != nil; x = x.Parent {
		if x.Node.DataAtom == atom.Main || dom.Attr(x.Node, "role") == "main" {
			return x
		}
	}
	return nil
}

// dropEdgeCards drops the grid's cards before the first post and after the last one (the
// cards of the posts' shape) that hold no prose or a form: the "4 Answers, sorted by" bar
// above the answers, the reply form and the "ask a question" notice below them. A card of
// another shape between posts stays (an accepted answer, a moderator's post).
func dropEdgeCards(blocks []*block.Block, g *block.CardGroup) {
	shape, n := block.CommonShape(g.Cards, block.CardShape)
	if n < block.MinPosts {
		return
	}
	first, last := -1, -1
	for i, c := range g.Cards {
		if block.CardShape(c) == shape {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	edge := map[*block.Elem]bool{}
	for i, c := range g.Cards {
		if (i < first || i > last) && (c.Prose == 0 || c.Sig&block.SigForm != 0) {
			edge[c] = true
		}
	}
	if len(edge) == 0 {
		return
	}
	for _, b := range blocks {
		if !b.Keep || b.Note {
			continue
		}
		for e := b.El; e != nil && e != g.Parent; e = e.Parent {
			if edge[e] {
				b.Keep, b.Reason = false, "forum: before the first post or after the last, not a post"
				break
			}
		}
	}
}

// dropPostLabels drops the short texts that nearly every post repeats ("Reply", "Report
// inappropriate content", "Quote"): the posts' buttons. block.CardBlocks weighs repeats against
// all of the grid's cards, which on some pages are many more than the posts (separators, ads,
// a reply box). A poster's name repeats too, but in a thread of several voices not in nearly
// every post (minPostLabelShare).
func dropPostLabels(blocks []*block.Block, g *block.CardGroup, repeats map[string]int) {
	shape, n := block.CommonShape(g.Cards, block.CardShape)
	if n < block.MinLabelRepeats || shape == "" {
		return
	}
	for _, b := range blocks {
		if b.Keep && !b.Note && b.Chars < block.MaxLabelChars && float64(repeats[b.Text]) >= minPostLabelShare*float64(n) &&
			!block.IsByline(b) && block.Contains(g.Parent, b.El) {
			b.Keep, b.Reason = false, "forum: a label nearly every post repeats"
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
// as old Reddit does): a form inside a post whose text reads as prose (block.ReadsAsProse) is the
// post, not a reply box, whose few words are labels and buttons.
func keepPostForms(blocks []*block.Block, g *block.CardGroup) {
	in := map[*block.Elem]*block.CardGroup{}
	for _, c := range g.Cards {
		in[c] = g
	}
	for _, b := range blocks {
		if b.Keep {
			continue
		}
		_, card := block.CardOf(b, in)
		if card == nil {
			continue
		}
		f := block.Nearest(b.El, block.SigForm)
		if f == nil || !block.Contains(card, f) || f == card || !block.ReadsAsProse(f) || block.Nearest(b.El, block.SigChrome|block.SigBoiler) != nil && block.Contains(f, block.Nearest(b.El, block.SigChrome|block.SigBoiler)) {
			continue
		}
		b.Keep, b.Reason = true, "forum: a post's text in a form"
	}
}

// inButton reports whether e, or an element above it below stop, is a button by its role or
// its class ("btn", "button").
func inButton(e, stop *block.Elem) bool {
	for x := e; x != nil && x != stop; x = x.Parent {
		if dom.Attr(x.Node, "role") == "button" {
			return true
		}
		found := false
		block.EachClassWord(dom.Attr(x.Node, "class"), func(w []byte) {
			found = found || string(w) == "btn" || string(w) == "button"
		})
		if found {
			return true
		}
	}
	return false
}

// keepNestedReplies keeps the replies nested in a post that is itself a comment (Lemmy,
// Reddit: a reply's comment-named box inside the comment it answers), which block.CardBlocks took
// for the post's chrome, being short next to the post ("Done.", "Sounds promising!").
func keepNestedReplies(blocks []*block.Block, g *block.CardGroup, repeats map[string]int) {
	in := map[*block.Elem]*block.CardGroup{}
	for _, c := range g.Cards {
		in[c] = g
	}
	for _, b := range blocks {
		if b.Keep || !block.HasSentence(b.Text) || b.Chars < block.MaxLabelChars && repeats[b.Text] >= block.MinLabelRepeats {
			continue
		}
		_, card := block.CardOf(b, in)
		if card == nil || card.Sig&block.SigComments == 0 || !nestedReply(b, card) {
			continue
		}
		b.Keep, b.Reason = true, "forum: a reply nested in a post"
	}
}

// nestedReply reports whether b sits in a comment-named element inside card, and in no other
// chrome: no nav, aside, form or element named like chrome but for its comment words.
func nestedReply(b *block.Block, card *block.Elem) bool {
	comment := false
	for e := b.El; e != nil && e != card; e = e.Parent {
		switch {
		case e.Sig&(block.SigChrome|block.SigForm) != 0 || block.NamesFacet(e):
			return false
		case e.Sig&block.SigComments != 0:
			comment = true
		case e.Sig&block.SigBoiler != 0:
			return false
		}
	}
	return comment
}
