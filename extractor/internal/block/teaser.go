package block

import "golang.org/x/net/html/atom"

// markTeasers flags blocks that sit in an <article> other than the page's own. When the
// headline is inside an <article>, that article is the story; other <article>s are teaser
// cards (related posts, "more stories") even when they are nested in the story or hold long
// excerpts. An <article> inside the story that holds most of its prose is the story's body
// wrapper, not a teaser. Without a headline inside an <article> (a forum thread of <article>
// posts under a page title) nothing is flagged.
func markTeasers(blocks []*Block, headline *Elem) {
	own := OutermostArticle(headline)
	if own == nil {
		return
	}
	for _, b := range blocks {
		x := nearestArticle(b.El)
		if x == nil || Contains(x, headline) {
			continue
		}
		if Contains(own, x) && 2*x.Prose > own.Prose {
			continue
		}
		b.Teaser = true
	}
}

func nearestArticle(e *Elem) *Elem {
	for ; e != nil && e.Node != nil; e = e.Parent {
		if e.Node.DataAtom == atom.Article {
			return e
		}
	}
	return nil
}

func OutermostArticle(e *Elem) *Elem {
	var found *Elem
	for ; e != nil && e.Node != nil; e = e.Parent {
		if e.Node.DataAtom == atom.Article {
			found = e
		}
	}
	return found
}
