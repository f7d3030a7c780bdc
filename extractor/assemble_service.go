package extractor

// assembleService assembles a service or landing page: every section of the main region
// (hero, features, steps, testimonials, pricing, FAQ), not only the one the article path's
// container holds; the header, navigation, cookie box and sign-up prompts stay out (see
// regionKeeps). What the article path kept stays kept.
func assembleService(in kindInput) ([]*block, bool) {
	total := proseTotal(in.blocks)
	region := mainRegion(in.top, total)
	if region == nil {
		return nil, false
	}
	const reason = "service page: a section of the main region"
	for _, b := range in.blocks {
		if b.keep || !contains(region, b.el) {
			continue
		}
		if ok, _ := regionKeeps(b, region, in.headline, in.repeats, total); ok {
			b.keep, b.reason = true, reason
		}
	}
	dropBoxTitles(in.blocks)
	dropEmptyHeadings(in.blocks)
	var kept []*block
	for _, b := range in.blocks {
		if b.keep {
			kept = append(kept, b)
		}
	}
	return kept, true
}
