package extractor

// Hidden blocks: the text of block-level elements hidden from readers until they act (a
// closed accordion's answer, a tab panel not shown, a "read more" fold). segmentPage sets
// them apart, so that the article path and every other kind's assembly never see them; a
// service page's assembly takes back those inside its main region (see assembleService),
// since on such a page the FAQ's answers and the other tabs are the page's content. A
// hidden menu, dialog or cookie box is still chrome by its names (see regionKeeps).

// reasonHidden is the reason of a hidden block that no assembly took back.
const reasonHidden = "hidden from readers (a closed accordion, tab or menu)"

// withHidden returns the shown blocks and the hidden ones merged in document order: each
// hidden block before the shown block it stands before (block.at). It returns shown itself
// when there is no hidden block.
func withHidden(shown, hidden []*block) []*block {
	if len(hidden) == 0 {
		return shown
	}
	all := make([]*block, 0, len(shown)+len(hidden))
	h := 0
	for i, b := range shown {
		for ; h < len(hidden) && hidden[h].at <= i; h++ {
			all = append(all, hidden[h])
		}
		all = append(all, b)
	}
	return append(all, hidden[h:]...)
}

// dropHiddenCopies drops a kept hidden block whose text the page shows: the mobile copy of a
// section, the hidden half of a "read more" whose start is shown.
func dropHiddenCopies(blocks []*block, shown map[string]int) {
	for _, b := range blocks {
		if b.keep && b.hidden && shown[b.text] > 0 {
			b.keep, b.reason = false, "a hidden copy of a text the page shows"
		}
	}
}

// unveilRatio: a page whose hidden text out of links is more than this many times its shown
// text out of links hid its content (see hiddenOutweighs). Menus and closed accordions hold
// less than the page shows; a page hidden until its scripts run, all of it.
const unveilRatio = 4

// hiddenOutweighs reports whether the page's hidden text out of links outweighs its shown
// text out of links by unveilRatio: the page hid its content until a script runs (a shop's
// lock-down or age check, a fade-in wrapper beside a shown header and footer).
func hiddenOutweighs(shown, hidden []*block) bool {
	return float64(textOutOfLinks(hidden)) > unveilRatio*float64(textOutOfLinks(shown))
}

// unveil returns the page's blocks with its hidden blocks shown, merged in document order
// (see withHidden), for a page that came out empty while hiding most of its text (see
// hiddenOutweighs).
func unveil(shown, hidden []*block) []*block {
	all := withHidden(shown, hidden)
	for i, b := range all {
		b.index = i
		if b.hidden {
			b.hidden, b.at, b.reason = false, 0, ""
		}
	}
	return all
}

// textOutOfLinks is the runes of the blocks' text outside links.
func textOutOfLinks(blocks []*block) int {
	n := 0
	for _, b := range blocks {
		n += b.chars - b.linkChars
	}
	return n
}
