package assemble

import "github.com/pithdev/pith/extractor/internal/block"

// The listing assembly: an index of articles, courses, jobs or search results, a news site's
// home and section pages. Its content is every item's title and teaser, in order: the cards
// of the page's grids (internal/block/cards.go), added to what the article path kept (the page's intro
// text). Filters, sort bars, pagination and chrome stay out (block.FindCardGroups skips grids in
// them). A page with no grid of text is declined: the article path stands.

// Listing assembles a listing page from its grids of cards.
func Listing(in Input) ([]*block.Block, bool) {
	groups, copies := MainGrids(in.Blocks, block.ItemGrid, in.Headline)
	if len(groups) == 0 && len(in.Article) == 0 {
		// Nothing else to show: the rows of a table are the items (a jobs board, a schedule).
		groups = block.TableGrids(in.Blocks)
	}
	if len(groups) == 0 || Outweighs(in.Blocks, in.Article, groups) {
		return nil, false
	}
	block.DropKeptChrome(in.Blocks)
	dropCopyGrids(in.Blocks, copies)
	block.CardBlocks(in.Blocks, groups, in.Repeats, "listing: an item", false)
	block.KeepIntro(in.Blocks, in.Headline, groups, "listing: the page's text beside its grid")
	return block.KeptInOrder(in.Blocks), true
}

// MainGrids returns the grids by rules that make a listing: the largest grid of the page, when it
// holds block.MinListingChars, and every grid that holds gridShare of its text; and apart, those
// of them that are copies of a larger one (see copyGrids).
func MainGrids(blocks []*block.Block, rules block.GridRules, headline *block.Elem) (groups, copies []block.CardGroup) {
	all := block.FindCardGroups(blocks, rules)
	if len(all) == 0 || all[0].Chars < block.MinListingChars {
		// No grid outside chrome: the page's grid may sit in a wrapper named for something
		// else ("related-products", "pagination"), and it is the listing. Not one that ends
		// before the headline: a promo bar's slides, a carousel atop the page.
		rules.AnyWords = true
		all = afterHeadline(blocks, block.FindCardGroups(blocks, rules), headline)
	}
	if len(all) == 0 || all[0].Chars < block.MinListingChars {
		return nil, nil
	}
	n := 1
	for n < len(all) && float64(all[n].Chars) >= gridShare*float64(all[0].Chars) {
		n++
	}
	return copyGrids(blocks, all[:n])
}

// afterHeadline returns the groups that do not end before the headline's first block (all of
// them when the page has no headline block).
func afterHeadline(blocks []*block.Block, groups []block.CardGroup, headline *block.Elem) []block.CardGroup {
	at := -1
	for _, b := range blocks {
		if headline != nil && block.Contains(headline, b.El) {
			at = b.Index
			break
		}
	}
	if at < 0 {
		return groups
	}
	var out []block.CardGroup
	for _, g := range groups {
		last := -1
		for _, b := range blocks {
			if block.Contains(g.Parent, b.El) {
				last = b.Index
			}
		}
		if last > at {
			out = append(out, g)
		}
	}
	return out
}

// copyGrids splits out the grids that repeat a larger one: the same items in a second view
// (a grid and a list, a mobile and a desktop layout), as many cards as the larger grid, half
// of whose lines are lines of it. Sections that share some items ("Top rated", "Chicken")
// differ in their number of cards and stay. groups come largest first.
func copyGrids(blocks []*block.Block, groups []block.CardGroup) (originals, copies []block.CardGroup) {
	if len(groups) < 2 {
		return groups, nil
	}
	lines := make([]map[string]bool, len(groups))
	for i := range lines {
		lines[i] = map[string]bool{}
	}
	for _, b := range blocks {
		for i := range groups {
			if block.Contains(groups[i].Parent, b.El) {
				lines[i][b.Text] = true
				break
			}
		}
	}
	keep := []int{0}
	for i := 1; i < len(groups); i++ {
		copied := false
		for _, j := range keep {
			if len(groups[j].Cards) != len(groups[i].Cards) {
				continue
			}
			shared := 0
			for text := range lines[i] {
				if lines[j][text] {
					shared++
				}
			}
			copied = copied || 2*shared >= len(lines[i])
		}
		if copied {
			copies = append(copies, groups[i])
		} else {
			keep = append(keep, i)
		}
	}
	for _, i := range keep {
		originals = append(originals, groups[i])
	}
	return originals, copies
}

// dropCopyGrids drops the blocks the article path kept in the copies of a grid.
func dropCopyGrids(blocks []*block.Block, copies []block.CardGroup) {
	for _, b := range blocks {
		for _, g := range copies {
			if b.Keep && block.Contains(g.Parent, b.El) {
				b.Keep, b.Reason = false, "a copy of a larger grid (a second view of its items)"
			}
		}
	}
}

// Outweighs reports whether the article path kept more prose outside the grids than the
// grids hold text: the page reads as an article with boxes of teasers around it, and the
// kind's assembly declines. Prose the article path kept in page chrome (a promo bar's slides,
// a cookie notice), which the assembly drops (see block.DropKeptChrome), does not count; blocks are
// the page's blocks, that chrome is weighed against.
func Outweighs(blocks, article []*block.Block, groups []block.CardGroup) bool {
	prose, cards := 0, 0
	for _, g := range groups {
		cards += g.Chars
	}
	total, pageChars := block.PageTotals(blocks)
	memo := map[*block.Elem]bool{}
	for _, b := range article {
		if !b.IsProse() || !b.Note && block.NamedChrome(b.El, total, pageChars, memo) {
			continue
		}
		inGrid := false
		for _, g := range groups {
			if block.Contains(g.Parent, b.El) {
				inGrid = true
				break
			}
		}
		if !inGrid {
			prose += b.Chars
		}
	}
	return prose > cards
}
