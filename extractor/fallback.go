package extractor

// proseFallback is the judgement of last resort when the container vote keeps nothing: the
// page's prose blocks outside chrome tags, with the headings and short lines that sit between
// them.
func proseFallback(blocks []*block, headline *elem) []*block {
	repeats := make(map[string]int, len(blocks))
	for _, b := range blocks {
		repeats[b.text]++
	}
	good := make([]bool, len(blocks))
	any := false
	for i, b := range blocks {
		good[i] = b.isProse() && repeats[b.text] == 1 && !inChromeTag(b.el)
		any = any || good[i]
	}
	if !any {
		n := 0
		for i, b := range blocks {
			good[i] = b.chars >= minScoredChars && b.linkDensity() <= maxLinkDensity && b.kind != KindHeading && repeats[b.text] == 1 && !inChromeTag(b.el)
			if good[i] {
				n += b.chars
			}
		}
		if n < 2*minProseChars {
			return nil
		}
	}
	var kept []*block
	lastGood := -1
	for i, b := range blocks {
		switch {
		case good[i]:
			// keep the run since the last good block when it is not links
			for j := lastGood + 1; j < i; j++ {
				o := blocks[j]
				if lastGood >= 0 || o.kind == KindHeading && j == i-1 {
					if o.el != headline && o.linkDensity() <= maxLinkDensity && !inChromeTag(o.el) && repeats[o.text] == 1 {
						o.keep, o.reason = true, "between prose (fallback)"
						kept = append(kept, o)
					}
				}
			}
			b.keep, b.reason = true, "prose (fallback)"
			kept = append(kept, b)
			lastGood = i
		}
	}
	return kept
}
