package assemble

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/view"
)

// Product assembles a product page: the name, description, specifications and
// what is in the box, from every section of the main region (see Service); not the
// customer reviews one by one, nor the boxes that sell other products ("Frequently bought
// together", "You may also like"), nor copies of a block. On a page where the article path
// found a story (see looksLikeArticle) the region is not widened: the kind was likely
// misjudged, and the article's result is only cleaned.
func Product(in Input) ([]*block.Block, bool) {
	total := proseTotal(in.Blocks)
	region := mainRegion(in.Top, total)
	if region == nil {
		return nil, false
	}
	if !looksLikeArticle(in) {
		widenToRegion(in, region, total, "product page: a section of the main region", regionRules{})
	}
	dropCopies(in.Blocks)
	dropReviews(in.Blocks, region, in.Headline)
	dropSellingBoxes(in.Blocks, region)
	dropMachineFields(in.Blocks)
	kept := keptBlocks(in.Blocks)
	if in.Facts != nil {
		if d := productDescription(in.Facts.ProductDescription(), kept); d != nil {
			kept = append([]*block.Block{d}, kept...)
		}
	}
	return kept, true
}

// productDescription returns a paragraph block holding the JSON-LD product description
// desc, when the visible page holds less of it: most of its words are not in the kept text
// (a shop that shows the description only after a click, or renders it by script). The
// block has a paragraph node of its own, apart from the page's tree; it opens the body.
// It returns nil when desc is short or the kept text already holds it.
func productDescription(desc string, kept []*block.Block) *block.Block {
	n := utf8.RuneCountInString(desc)
	if n < block.MinProseChars {
		return nil
	}
	seen := map[string]bool{}
	for _, b := range kept {
		for _, w := range strings.FieldsFunc(strings.ToLower(b.Text), isNotWordRune) {
			seen[w] = true
		}
	}
	words := strings.FieldsFunc(strings.ToLower(desc), isNotWordRune)
	missing := 0
	for _, w := range words {
		if !seen[w] {
			missing++
		}
	}
	if float64(missing) <= ldDescriptionMissing*float64(len(words)) {
		return nil
	}
	p := &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: desc})
	return &block.Block{El: &block.Elem{Node: p}, Kind: view.Paragraph, Text: desc, Chars: n, Index: -1,
		Keep: true, Reason: "product page: the JSON-LD product description (the page shows less of it)"}
}

func isNotWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// reviewWords are the class and id words of a customer review and of a list of them.
var reviewWords = dom.TokenSet("review", "reviews", "reviewlist", "customerreviews", "userreviews", "productreviews")

// dropReviews drops the kept blocks inside a customer review or a list of them, below the
// region: the reviews are the customers' text, not the product's. When the headline is
// inside a review, the page is the review (a story that its theme names "review", a kind
// misjudged) and nothing is dropped.
func dropReviews(blocks []*block.Block, region, headline *block.Elem) {
	memo := map[*block.Elem]bool{}
	if headline != nil && inReview(headline, region, memo) {
		return
	}
	for _, b := range blocks {
		if b.Keep && !b.Note && inReview(b.El, region, memo) {
			b.Keep, b.Reason = false, "product page: a customer review"
		}
	}
}

// inReview reports whether e, or an ancestor of it below stop, is a review by its class,
// id or microdata (itemprop=review).
func inReview(e, stop *block.Elem, memo map[*block.Elem]bool) bool {
	return block.MemoUp(e, stop, memo, isReviewElem)
}

// isReviewElem reports whether an element's class, id or itemprop names a review. A
// blog's taxonomy classes ("category-reviews", "tag-review" on a post) name the post's
// topic, not a customer review.
func isReviewElem(e *block.Elem) bool {
	if strings.EqualFold(dom.Attr(e.Node, "itemprop"), "review") {
		return true
	}
	found := false
	for _, attr := range [...]string{"class", "id"} {
		for field := range strings.FieldsSeq(dom.Attr(e.Node, attr)) {
			if isTaxonomyClass(field) {
				continue
			}
			block.EachClassWord(field, func(w []byte) { found = found || reviewWords[string(w)] })
		}
	}
	return found
}

// isTaxonomyClass reports whether a class names a post's category or tag, as blog engines
// write them ("category-reviews", "tag-review").
func isTaxonomyClass(c string) bool {
	for _, p := range [...]string{"category-", "tag-", "post_tag-", "categories-", "tags-"} {
		if len(c) > len(p) && strings.EqualFold(c[:len(p)], p) {
			return true
		}
	}
	return false
}

// SellingBoxTitle reports whether a block is the title of a box that sells other products
// (see sellingBoxWords): a heading or short line that opens with one of the words.
func SellingBoxTitle(b *block.Block) bool {
	if b.Chars > maxSellingTitleChars || b.Kind != view.Heading && b.Kind != view.Paragraph {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(b.Text))
	for _, w := range block.SellingBoxTitles {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// dropSellingBoxes drops each box that sells other products (see SellingBoxTitle and
// dropTitledBoxes).
func dropSellingBoxes(blocks []*block.Block, region *block.Elem) {
	dropTitledBoxes(blocks, region, SellingBoxTitle, "product page: a box that sells other products")
}

// dropMachineFields drops the custom fields that a shop's template prints under their machine
// names, a store's settings and not its page ("cat_thumb_Sand:", "retail_price_tier1:",
// "tab_Shipping and Returns:"): the terms of a definition list that are such a name (see
// isMachineKey) and the values under them, when the list holds at least minMachineKeys of
// them (one such term alone may be a field that readers are meant to see). The fields named
// for readers in the same list ("Fabric:") stay, and so do their values.
func dropMachineFields(blocks []*block.Block) {
	keys := map[*html.Node]int{}
	for _, b := range blocks {
		if item := defItem(b.El); item != nil && item.DataAtom == atom.Dt && isMachineKey(b.Text) {
			keys[item.Parent]++
		}
	}
	if len(keys) == 0 {
		return
	}
	machine := map[*html.Node]bool{} // each list's last term: a machine name?
	for _, b := range blocks {
		item := defItem(b.El)
		if item == nil || keys[item.Parent] < minMachineKeys {
			continue
		}
		if item.DataAtom == atom.Dt {
			machine[item.Parent] = isMachineKey(b.Text)
		}
		if machine[item.Parent] && b.Keep && !b.Note {
			b.Keep, b.Reason = false, "product page: a custom field under its machine name"
		}
	}
}

// defItem returns the <dt> or <dd> that e is, or sits in a few levels down, else nil.
func defItem(e *block.Elem) *html.Node {
	for i := 0; e != nil && i < maxDefItemDepth; i, e = i+1, e.Parent {
		if a := e.Node.DataAtom; a == atom.Dt || a == atom.Dd {
			return e.Node
		}
	}
	return nil
}

// isMachineKey reports whether a term is a name written for a program, not a reader: its
// first word joins letters and digits with underscores ("cat_thumb_Sand:",
// "shipping_chunk-1:"), and it holds no sentence.
func isMachineKey(text string) bool {
	t := strings.TrimSpace(text)
	first, _, _ := strings.Cut(t, " ")
	first = strings.TrimSuffix(first, ":")
	i := strings.IndexByte(first, '_')
	if i <= 0 || i == len(first)-1 || utf8.RuneCountInString(t) > maxMachineKeyChars {
		return false
	}
	for _, r := range first {
		if r != '_' && r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
