package extractor

// assembleService assembles a service or landing page: every section of the main region
// (hero, features, steps, testimonials, pricing, FAQ), not only the one the article path's
// container holds; the header, navigation, cookie box and sign-up prompts stay out (see
// regionKeeps). What the article path kept stays kept. The region's hidden blocks (a closed
// accordion's answers, the tabs not shown) are weighed like the others: on a service page
// they are the FAQ and the other plans.
func assembleService(in kindInput) ([]*block, bool) {
	total := proseTotal(in.blocks)
	region := mainRegion(in.top, total)
	if region == nil {
		return nil, false
	}
	in.blocks = withHidden(in.blocks, in.hidden)
	widenToRegion(in, region, total, "service page: a section of the main region")
	dropHiddenCopies(in.blocks, in.repeats)
	return keptBlocks(in.blocks), true
}
