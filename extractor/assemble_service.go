package extractor

// assembleService assembles a service or landing page: every section of the main region
// (hero, features, steps, testimonials, pricing, FAQ), not only the one the article path's
// container holds; the header, navigation, cookie box and sign-up prompts stay out (see
// regionKeeps). What the article path kept stays kept. The region's hidden blocks (a closed
// accordion's answers, the tabs not shown) are weighed like the others: on a service page
// they are the FAQ and the other plans. A heading with nothing kept under it stays (unlike
// keptBlocks): on such a page it is a section's own text (a figure's label whose number a
// script draws, a case study's title), not the title of a box the assembly emptied.
func assembleService(in kindInput) ([]*block, bool) {
	total := proseTotal(in.blocks)
	region := mainRegion(in.top, total)
	if region == nil {
		return nil, false
	}
	in.blocks = withHidden(in.blocks, in.hidden)
	widenToRegion(in, region, total, "service page: a section of the main region")
	dropHiddenCopies(in.blocks, in.repeats)
	keepLinkedHeadings(in.blocks, region)
	return keptInOrder(in.blocks), true
}

// keepLinkedHeadings keeps a heading of the region that only its link kept out (regionKeeps'
// "mostly links"): on a service page, the title of a case study or a service's card links
// to its page and is the section's text.
func keepLinkedHeadings(blocks []*block, region *elem) {
	for _, b := range blocks {
		if !b.keep && b.kind == KindHeading && b.reason == reasonMostlyLinks && contains(region, b.el) {
			b.keep, b.reason = true, "service page: a heading that links to its page"
		}
	}
}
