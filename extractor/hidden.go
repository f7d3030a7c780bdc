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
