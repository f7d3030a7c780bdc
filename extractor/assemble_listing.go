package extractor

// The listing assembly: an index of articles, courses, jobs or search results, a news site's
// home and section pages. Its content is every item's title and teaser, in order: the cards
// of the page's grids (cards.go), added to what the article path kept (the page's intro
// text). Filters, sort bars, pagination and chrome stay out (findCardGroups skips grids in
// them). A page with no grid of text is declined: the article path stands.

// assembleListing assembles a listing page from its grids of cards.
func assembleListing(in kindInput) ([]*block, bool) {
	groups, copies := mainGrids(in.blocks, itemGrid, in.headline)
	if len(groups) == 0 && len(in.article) == 0 {
		// Nothing else to show: the rows of a table are the items (a jobs board, a schedule).
		groups = tableGrids(in.blocks)
	}
	if len(groups) == 0 || outweighs(in.blocks, in.article, groups) {
		return nil, false
	}
	dropKeptChrome(in.blocks)
	dropCopyGrids(in.blocks, copies)
	cardBlocks(in.blocks, groups, in.repeats, "listing: an item")
	keepIntro(in.blocks, in.headline, groups, "listing: the page's text beside its grid")
	return keptInOrder(in.blocks), true
}

// mainGrids returns the grids by rules that make a listing: the largest grid of the page, when it
// holds minListingChars, and every grid that holds gridShare of its text; and apart, those
// of them that are copies of a larger one (see copyGrids).
func mainGrids(blocks []*block, rules gridRules, headline *elem) (groups, copies []cardGroup) {
	all := findCardGroups(blocks, rules)
	if len(all) == 0 || all[0].chars < minListingChars {
		// No grid outside chrome: the page's grid may sit in a wrapper named for something
		// else ("related-products", "pagination"), and it is the listing. Not one that ends
		// before the headline: a promo bar's slides, a carousel atop the page.
		rules.anyWords = true
		all = afterHeadline(blocks, findCardGroups(blocks, rules), headline)
	}
	if len(all) == 0 || all[0].chars < minListingChars {
		return nil, nil
	}
	n := 1
	for n < len(all) && float64(all[n].chars) >= gridShare*float64(all[0].chars) {
		n++
	}
	return copyGrids(blocks, all[:n])
}

// afterHeadline returns the groups that do not end before the headline's first block (all of
// them when the page has no headline block).
func afterHeadline(blocks []*block, groups []cardGroup, headline *elem) []cardGroup {
	at := -1
	for _, b := range blocks {
		if headline != nil && contains(headline, b.el) {
			at = b.index
			break
		}
	}
	if at < 0 {
		return groups
	}
	var out []cardGroup
	for _, g := range groups {
		last := -1
		for _, b := range blocks {
			if contains(g.parent, b.el) {
				last = b.index
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
func copyGrids(blocks []*block, groups []cardGroup) (originals, copies []cardGroup) {
	if len(groups) < 2 {
		return groups, nil
	}
	lines := make([]map[string]bool, len(groups))
	for i := range lines {
		lines[i] = map[string]bool{}
	}
	for _, b := range blocks {
		for i := range groups {
			if contains(groups[i].parent, b.el) {
				lines[i][b.text] = true
				break
			}
		}
	}
	keep := []int{0}
	for i := 1; i < len(groups); i++ {
		copied := false
		for _, j := range keep {
			if len(groups[j].cards) != len(groups[i].cards) {
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
func dropCopyGrids(blocks []*block, copies []cardGroup) {
	for _, b := range blocks {
		for _, g := range copies {
			if b.keep && contains(g.parent, b.el) {
				b.keep, b.reason = false, "a copy of a larger grid (a second view of its items)"
			}
		}
	}
}

// outweighs reports whether the article path kept more prose outside the grids than the
// grids hold text: the page reads as an article with boxes of teasers around it, and the
// kind's assembly declines. Prose the article path kept in page chrome (a promo bar's slides,
// a cookie notice), which the assembly drops (see dropKeptChrome), does not count; blocks are
// the page's blocks, that chrome is weighed against.
func outweighs(blocks, article []*block, groups []cardGroup) bool {
	prose, cards := 0, 0
	for _, g := range groups {
		cards += g.chars
	}
	total, pageChars := pageTotals(blocks)
	memo := map[*elem]bool{}
	for _, b := range article {
		if !b.isProse() || !b.note && namedChrome(b.el, total, pageChars, memo) {
			continue
		}
		inGrid := false
		for _, g := range groups {
			if contains(g.parent, b.el) {
				inGrid = true
				break
			}
		}
		if !inGrid {
			prose += b.chars
		}
	}
	return prose > cards
}
