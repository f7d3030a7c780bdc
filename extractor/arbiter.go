package extractor

import "github.com/pithdev/pith/extractor/internal/block"

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
func arbitrate(blocks, kept []*block.Block, op opinion, page pageFacts, headline *block.Elem, favor Favor) []*block.Block {
	v := op.final
	changed := false
	keptProse, goodProse := proseShares(blocks, v, mergeSkip)
	switch {
	case keptProse == 0:
		changed = adopt(blocks, v, headline, 0, "second opinion: prose (the container kept none)")
		if !changed && block.KeptChars(kept) < opinionMinLines {
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
		if b.Keep {
			kept = append(kept, b)
		}
	}
	return kept
}

// mergeSkip: the second opinion's prose inside comment threads and forms does not join a
// container's result; under a short story a thread is the larger part of the page.
const mergeSkip = block.SigComments | block.SigForm

// proseShares returns the prose of the kept blocks and of the blocks the second opinion
// judges good outside elements with a signal in skip.
func proseShares(blocks []*block.Block, v []verdict, skip block.Signal) (kept, good int) {
	for i, b := range blocks {
		if !b.IsProse() {
			continue
		}
		if b.Keep {
			kept += b.Chars
		}
		if v[i] == verdictGood && !block.Under(b.El, skip) {
			good += b.Chars
		}
	}
	return kept, good
}

// adopt keeps every block the second opinion judges good, except the headline and blocks
// inside an element with a signal in skip, and reports whether it kept any it had not.
func adopt(blocks []*block.Block, v []verdict, headline *block.Elem, skip block.Signal, reason string) bool {
	changed := false
	for i, b := range blocks {
		if v[i] == verdictGood && !b.Keep && b.El != headline && !block.Under(b.El, skip) {
			b.Keep, b.Reason, changed = true, reason, true
		}
	}
	return changed
}

// dropBad drops the kept blocks the second opinion judges bad both on their own text (links,
// repeated, chrome) and among their neighbours, notes aside, and reports whether it dropped
// any. It drops nothing when that would leave no prose: a precise result is not an empty one.
func dropBad(blocks []*block.Block, op opinion) bool {
	bad := func(i int) bool { return op.alone[i] == verdictBad && op.final[i] == verdictBad }
	left := 0
	for i, b := range blocks {
		if b.Keep && !bad(i) && b.IsProse() {
			left += b.Chars
		}
	}
	if left == 0 {
		return false
	}
	changed := false
	for i, b := range blocks {
		if b.Keep && !b.Note && bad(i) {
			b.Keep, b.Reason, changed = false, "second opinion: boilerplate (favor precision)", true
		}
	}
	return changed
}

// addAdjacent keeps the runs of good blocks that touch the kept content, before, after or
// between kept blocks, and reports whether it kept any.
func addAdjacent(blocks []*block.Block, v []verdict, headline *block.Elem) bool {
	changed := false
	grow := func(j int) bool {
		b := blocks[j]
		if b.Keep || v[j] != verdictGood || b.El == headline {
			return false
		}
		b.Keep, b.Reason, changed = true, "second opinion: prose next to the content (favor recall)", true
		return true
	}
	for i, b := range blocks {
		if !b.Keep {
			continue
		}
		for j := i - 1; j >= 0 && grow(j); j-- {
		}
		for j := i + 1; j < len(blocks) && grow(j); j++ {
		}
	}
	return changed
}
