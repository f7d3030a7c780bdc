package extractor

// assembler decides block by block around the chosen container.
type assembler struct {
	blocks  []*block
	top     *elem
	total   int            // runes of text in the whole page
	repeats map[string]int // how often each block text occurs in the page
	sibling map[*elem]bool // siblings of top, and whether each joins the content
	title   string
}

// assemble marks the blocks to keep: those inside the best container or a sibling good
// enough to join it, less chrome, link lists and repeated text; plus correction and update
// notes that belong to the article wherever they sit.
func assemble(blocks []*block, top *elem, title string) []*block {
	a := &assembler{blocks: blocks, top: top, repeats: make(map[string]int, len(blocks)), sibling: map[*elem]bool{}, title: title}
	for _, b := range blocks {
		a.total += b.chars
		a.repeats[b.text]++
	}
	first, last := -1, -1
	for _, b := range blocks {
		root := a.region(b)
		if root == nil {
			b.reason = "outside the content"
			continue
		}
		b.keep, b.reason = a.decide(b, root)
		if b.keep {
			if first < 0 {
				first = b.index
			}
			last = b.index
		}
	}
	a.addNotes(first, last)
	var kept []*block
	for _, b := range blocks {
		if b.keep {
			if b.note {
				b.kind = KindNote
			}
			kept = append(kept, b)
		}
	}
	return kept
}

// region returns the top container or the joining sibling that holds b, or nil.
func (a *assembler) region(b *block) *elem {
	for e := b.el; e != nil; e = e.parent {
		if e == a.top {
			return e
		}
		if e.parent == a.top.parent && e.parent != nil {
			if a.joins(e) {
				return e
			}
			return nil
		}
	}
	return nil
}

// joins reports whether a sibling of the top container is content too: it scores well
// enough, or it is a paragraph of its own (a lede or a last line split from the body).
func (a *assembler) joins(e *elem) bool {
	if v, ok := a.sibling[e]; ok {
		return v
	}
	v := false
	switch {
	case isBoilerElem(e, a.total) || e.sig&sigForm != 0:
	case e.score >= max(siblingMinScore, siblingScoreShare*a.top.score) && elemLinkDensity(e) < maxLinkDensity:
		v = true
	case e.node.Data == "p" && e.chars > 80 && elemLinkDensity(e) < 0.25:
		v = true
	}
	a.sibling[e] = v
	return v
}

// decide keeps or drops a block inside the content region, and says why.
func (a *assembler) decide(b *block, root *elem) (bool, string) {
	b.note = isNote(b)
	ctx := blockContext(b, root, a.total)
	switch {
	case b.note && ctx&ctxForm == 0:
		return true, "correction or update note"
	case ctx&ctxBoiler != 0:
		return false, "inside page chrome (nav, share bar, related, comments, ...)"
	case ctx&ctxForm != 0:
		return false, "inside a form"
	case ctx&ctxCaption != 0:
		return false, "figure caption"
	case ctx&ctxHeader != 0 && b.kind != KindHeading:
		return false, "article header (byline, date)"
	case b.kind == KindHeading && b.text == a.title:
		return false, "the title"
	case a.repeats[b.text] > 1 && b.kind != KindHeading:
		return false, "text repeated on the page"
	case b.kind == KindListItem && b.linkDensity() > maxListLinkDensity:
		return false, "link list"
	case b.kind != KindListItem && b.linkDensity() > maxLinkDensity:
		return false, "mostly links"
	}
	return true, "content"
}

// addNotes keeps note blocks outside the region when they sit near the kept content
// (a correction box just before the body, an update just after it) and not in chrome.
func (a *assembler) addNotes(first, last int) {
	if first < 0 {
		return
	}
	for _, b := range a.blocks {
		if b.keep || b.index < first-noteReach || b.index > last+noteReach || a.repeats[b.text] > 1 {
			continue
		}
		if !isNoteText(b.text) {
			continue
		}
		if blockContext(b, nil, a.total)&(ctxBoiler|ctxForm) != 0 {
			continue
		}
		b.keep, b.note, b.reason = true, true, "correction or update note near the content"
	}
}

// noteReach is how many blocks before or after the content a note may sit and still belong to it.
const noteReach = 12
