package extractor

// The listing assembly: an index of articles, courses, jobs or search results, a news site's
// home and section pages. Its content is every item's title and teaser, in order: the cards
// of the page's grids (cards.go), added to what the article path kept (the page's intro
// text). Filters, sort bars, pagination and chrome stay out (findCardGroups skips grids in
// them). A page with no grid of text is declined: the article path stands.

// assembleListing assembles a listing page from its grids of cards.
func assembleListing(in kindInput) ([]*block, bool) {
	groups := mainGrids(in.blocks)
	if len(groups) == 0 || outweighs(in.article, groups) {
		return nil, false
	}
	dropKeptChrome(in.blocks)
	cardBlocks(in.blocks, groups, in.repeats, "listing: an item")
	return keptInOrder(in.blocks), true
}

// mainGrids returns the grids that make a listing: the largest grid of the page, when it
// holds minListingChars, and every grid that holds gridShare of its text.
func mainGrids(blocks []*block) []cardGroup {
	all := findCardGroups(blocks, itemGrid)
	if len(all) == 0 || all[0].chars < minListingChars {
		return nil
	}
	n := 1
	for n < len(all) && float64(all[n].chars) >= gridShare*float64(all[0].chars) {
		n++
	}
	return all[:n]
}

// outweighs reports whether the article path kept more prose outside the grids than the
// grids hold text: the page reads as an article with boxes of teasers around it, and the
// kind's assembly declines.
func outweighs(article []*block, groups []cardGroup) bool {
	prose, cards := 0, 0
	for _, g := range groups {
		cards += g.chars
	}
	for _, b := range article {
		if !b.isProse() {
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
