package extractor

// arbitrate weighs the container's result (the blocks assemble kept) against the second
// opinion (judge) and returns the blocks to keep, in document order. It sets keep and
// reason on the blocks whose decision it changes, so that an explain report shows why:
//   - when the container kept no prose, the second opinion's prose joins it, or, when it has
//     none and the container kept less than a few lines, its prose inside chrome: a page
//     with a run of prose returns it;
//   - when the container's prose is under arbiterShare of the second opinion's, the
//     container chose a small part of the page (a dialog, a caption, a teaser, one card of
//     many) and the second opinion's prose joins it;
//   - with [Precision], kept blocks the second opinion judges bad are dropped;
//   - with [Recall], good blocks next to the kept content join it.
func arbitrate(blocks, kept []*block, op opinion, page pageFacts, headline *elem, favor Favor) []*block {
	v := op.final
	changed := false
	keptProse, goodProse := proseShares(blocks, v, mergeSkip)
	switch {
	case keptProse == 0:
		changed = adopt(blocks, v, headline, 0, "second opinion: prose (the container kept none)")
		if !changed && keptChars(kept) < opinionMinLines {
			changed = adopt(blocks, judge(blocks, page, true).final, headline, 0, "second opinion: prose, in chrome (none elsewhere on the page)")
		}
	case float64(keptProse) < arbiterShare*float64(goodProse):
		changed = adopt(blocks, v, headline, mergeSkip, "second opinion: prose (the container held little of the page's)")
	}
	switch favor {
	case Precision:
		changed = dropBad(blocks, op) || changed
	case Recall:
		changed = addAdjacent(blocks, v, headline) || changed
	}
	if !changed {
		return kept
	}
	kept = kept[:0]
	for _, b := range blocks {
		if b.keep {
			kept = append(kept, b)
		}
	}
	return kept
}

// mergeSkip: the second opinion's prose inside comment threads and forms does not join a
// container's result; under a short story a thread is the larger part of the page.
const mergeSkip = sigComments | sigForm

// proseShares returns the prose of the kept blocks and of the blocks the second opinion
// judges good outside elements with a signal in skip.
func proseShares(blocks []*block, v []verdict, skip signal) (kept, good int) {
	for i, b := range blocks {
		if !b.isProse() {
			continue
		}
		if b.keep {
			kept += b.chars
		}
		if v[i] == verdictGood && !under(b.el, skip) {
			good += b.chars
		}
	}
	return kept, good
}

// adopt keeps every block the second opinion judges good, except the headline and blocks
// inside an element with a signal in skip, and reports whether it kept any it had not.
func adopt(blocks []*block, v []verdict, headline *elem, skip signal, reason string) bool {
	changed := false
	for i, b := range blocks {
		if v[i] == verdictGood && !b.keep && b.el != headline && !under(b.el, skip) {
			b.keep, b.reason, changed = true, reason, true
		}
	}
	return changed
}

// dropBad drops the kept blocks the second opinion judges bad both on their own text (links,
// repeated, chrome) and among their neighbours, notes aside, and reports whether it dropped
// any. It drops nothing when that would leave no prose: a precise result is not an empty one.
func dropBad(blocks []*block, op opinion) bool {
	bad := func(i int) bool { return op.alone[i] == verdictBad && op.final[i] == verdictBad }
	left := 0
	for i, b := range blocks {
		if b.keep && !bad(i) && b.isProse() {
			left += b.chars
		}
	}
	if left == 0 {
		return false
	}
	changed := false
	for i, b := range blocks {
		if b.keep && !b.note && bad(i) {
			b.keep, b.reason, changed = false, "second opinion: boilerplate (favor precision)", true
		}
	}
	return changed
}

// addAdjacent keeps the runs of good blocks that touch the kept content, before, after or
// between kept blocks, and reports whether it kept any.
func addAdjacent(blocks []*block, v []verdict, headline *elem) bool {
	changed := false
	grow := func(j int) bool {
		b := blocks[j]
		if b.keep || v[j] != verdictGood || b.el == headline {
			return false
		}
		b.keep, b.reason, changed = true, "second opinion: prose next to the content (favor recall)", true
		return true
	}
	for i, b := range blocks {
		if !b.keep {
			continue
		}
		for j := i - 1; j >= 0 && grow(j); j-- {
		}
		for j := i + 1; j < len(blocks) && grow(j); j++ {
		}
	}
	return changed
}

// keptChars is the length of the kept blocks' text.
func keptChars(kept []*block) int {
	n := 0
	for _, b := range kept {
		n += b.chars
	}
	return n
}
