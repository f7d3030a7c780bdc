package extractor

import "golang.org/x/net/html/atom"

// markTeasers flags blocks that sit in an <article> other than the page's own. When the
// headline is inside an <article>, that article is the story; other <article>s are teaser
// cards (related posts, "more stories") even when they are nested in the story or hold long
// excerpts. An <article> inside the story that holds most of its prose is the story's body
// wrapper, not a teaser. Without a headline inside an <article> (a forum thread of <article>
// posts under a page title) nothing is flagged.
func markTeasers(blocks []*block, headline *elem) {
	own := outermostArticle(headline)
	if own == nil {
		return
	}
	for _, b := range blocks {
		x := nearestArticle(b.el)
		if x == nil || contains(x, headline) {
			continue
		}
		if contains(own, x) && 2*x.prose > own.prose {
			continue
		}
		b.teaser = true
	}
}

func nearestArticle(e *elem) *elem {
	for ; e != nil && e.node != nil; e = e.parent {
		if e.node.DataAtom == atom.Article {
			return e
		}
	}
	return nil
}

func outermostArticle(e *elem) *elem {
	var found *elem
	for ; e != nil && e.node != nil; e = e.parent {
		if e.node.DataAtom == atom.Article {
			found = e
		}
	}
	return found
}
