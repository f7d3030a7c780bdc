package block

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/pithdev/pith/extractor/internal/view"
)

// Hidden blocks: the text of block-level elements hidden from readers until they act (a
// closed accordion's answer, a tab panel not shown, a "read more" fold). SegmentPage sets
// them apart, so that the article path and every other kind's assembly never see them; a
// service page's assembly takes back those inside its main region (see assembleService),
// since on such a page the FAQ's answers and the other tabs are the page's content, and an
// article takes back the answers of the questions it kept (see TakeBackAnswers) and a
// documentation page the tab panels of its body (see TakeBackTabs). A hidden
// menu, dialog or cookie box is still chrome by its names (see regionKeeps).

// ReasonHidden is the reason of a hidden block that no assembly took back.
const ReasonHidden = "hidden from readers (a closed accordion, tab or menu)"

// WithHidden returns the shown blocks and the hidden ones merged in document order: each
// hidden block before the shown block it stands before (block.at). It returns shown itself
// when there is no hidden block.
func WithHidden(shown, hidden []*Block) []*Block {
	if len(hidden) == 0 {
		return shown
	}
	all := make([]*Block, 0, len(shown)+len(hidden))
	h := 0
	for i, b := range shown {
		for ; h < len(hidden) && hidden[h].At <= i; h++ {
			all = append(all, hidden[h])
		}
		all = append(all, b)
	}
	return append(all, hidden[h:]...)
}

// DropHiddenCopies drops a kept hidden block whose text the page shows: the mobile copy of a
// section, the hidden half of a "read more" whose start is shown.
func DropHiddenCopies(blocks []*Block, shown map[string]int) {
	for _, b := range blocks {
		if b.Keep && b.Hidden && shown[b.Text] > 0 {
			b.Keep, b.Reason = false, "a hidden copy of a text the page shows"
		}
	}
}

// unveilRatio: a page whose hidden text out of links is more than this many times its shown
// text out of links hid its content (see HiddenOutweighs). Menus and closed accordions hold
// less than the page shows; a page hidden until its scripts run, all of it.
const unveilRatio = 4

// HiddenOutweighs reports whether the page's hidden text out of links outweighs its shown
// text out of links by unveilRatio: the page hid its content until a script runs (a shop's
// lock-down or age check, a fade-in wrapper beside a shown header and footer).
func HiddenOutweighs(shown, hidden []*Block) bool {
	return float64(textOutOfLinks(hidden)) > unveilRatio*float64(textOutOfLinks(shown))
}

// Unveil returns the page's blocks with its hidden blocks shown, merged in document order
// (see WithHidden), for a page that came out empty while hiding most of its text (see
// HiddenOutweighs).
func Unveil(shown, hidden []*Block) []*Block {
	all := WithHidden(shown, hidden)
	for i, b := range all {
		b.Index = i
		if b.Hidden {
			b.Hidden, b.At, b.Reason = false, 0, ""
		}
	}
	return all
}

// textOutOfLinks is the runes of the blocks' text outside links.
func textOutOfLinks(blocks []*Block) int {
	n := 0
	for _, b := range blocks {
		n += b.Chars - b.LinkChars
	}
	return n
}

// maxQuestionChars is the longest kept block read as an accordion's question (see
// TakeBackAnswers): a question, not a paragraph that ends with one.
const maxQuestionChars = 200

// reasonAnswer is the reason of a hidden block taken back as a kept question's answer.
const reasonAnswer = "the answer of a kept question, hidden until a reader opens it (a closed accordion)"

// reasonQuestion is the reason of a heading kept as the question of a hidden answer.
const reasonQuestion = "a question whose answer is hidden until a reader opens it (a closed accordion)"

// TakeBackAnswers keeps, on a page assembled by the article path, the hidden blocks that
// stand right after a question (a shown block that ends with "?") and before the next shown
// Block: a closed FAQ accordion whose answers SegmentPage set apart. The question is one the
// path kept, or a heading inside the path's container top that it dropped for having nothing
// shown under it; that heading is kept with its answer. An answer is text mostly out of
// links, not a text repeated on the page, outside an aside, nav or dialog (a margin note
// after a paragraph that asks, a menu). It returns the blocks merged in document order
// (see WithHidden) and whether it kept one.
func TakeBackAnswers(shown, hidden []*Block, top *Elem, repeats map[string]int) ([]*Block, bool) {
	took := false
	for _, h := range hidden {
		if h.At < 1 || h.At > len(shown) || h.Keep || h.LinkDensity() >= MaxProseLinkDensity || repeats[h.Text] > 0 ||
			Under(h.El, SigChrome) {
			continue
		}
		q := shown[h.At-1]
		if !isQuestion(q) || !q.Keep && (q.Kind != view.Heading || top == nil || !Contains(top, q.El)) {
			continue
		}
		if !q.Keep {
			q.Keep, q.Reason = true, reasonQuestion
		}
		h.Keep, h.Reason, took = true, reasonAnswer, true
	}
	if !took {
		return shown, false
	}
	return WithHidden(shown, hidden), true
}

// accordionWord is the class word of an accordion's widget in the themes and component kits
// of every language ("accordion-content", "c-accordion__item", "AccordionPanel"): markup, not
// page text.
const accordionWord = "accordion"

// reasonPanel is the reason of a hidden block taken back as a panel of the body's accordion.
const reasonPanel = "a panel of an accordion inside the body, hidden until a reader opens it"

// TakeBackPanels keeps, on a page assembled by the article path, the hidden blocks inside
// the path's container top that sit in an element its class names an accordion (see
// accordionWord): a guide's steps or a course's sections folded under titles that are links
// or numbers rather than questions, which TakeBackAnswers does not read. The panel is text
// mostly out of links, not a text repeated on the page, outside an aside, nav or dialog; a
// hidden menu or cookie box outside the container stays out. It reports whether it kept one;
// the caller merges the blocks (see WithHidden).
func TakeBackPanels(hidden []*Block, top *Elem, repeats map[string]int) bool {
	return takeBackBelow(hidden, top, isAccordion, reasonPanel, repeats)
}

// isAccordion reports whether n has a class that names an accordion (see accordionWord).
func isAccordion(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "class" && a.Namespace == "" && containsFold(a.Val, accordionWord) {
			return true
		}
	}
	return false
}

// takeBackBelow keeps the hidden blocks inside top that sit in an element below it that
// match reports on (see heldBelow), giving them reason: each one text mostly out of links, outside
// an aside, nav or dialog, and, when repeats is not nil, not a text repeated on the page. It
// reports whether it kept one.
func takeBackBelow(hidden []*Block, top *Elem, match func(*html.Node) bool, reason string, repeats map[string]int) bool {
	if top == nil || IsPageRoot(top) {
		return false
	}
	took := false
	for _, h := range hidden {
		if h.Keep || h.LinkDensity() >= MaxProseLinkDensity || repeats[h.Text] > 0 ||
			Under(h.El, SigChrome) || !heldBelow(h.El, top, match) {
			continue
		}
		h.Keep, h.Reason, took = true, reason, true
	}
	return took
}

// heldBelow reports whether e or an ancestor of it below top is an element match reports on;
// false when top does not hold e.
func heldBelow(e, top *Elem, match func(*html.Node) bool) bool {
	found := false
	for ; e != nil; e = e.Parent {
		if e == top {
			return found
		}
		if !found && match(e.Node) {
			found = true
		}
	}
	return false
}

// isQuestion reports whether b reads as an accordion's question: short, ending with "?".
func isQuestion(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	return b.Chars <= maxQuestionChars && (strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？"))
}

// reasonTab is the reason of a hidden block taken back as a tab panel of a manual's body.
const reasonTab = "documentation: a tab panel inside the body, hidden until a reader opens it"

// TakeBackTabs keeps, on a documentation page, the hidden blocks inside the body's container
// top that sit in a tab panel (role="tabpanel") below it: a manual's steps or code for each
// system or language, one tab shown at a time ("Windows", "macOS", "Linux"; "Python",
// "Node.js"), all of which are its text. The panel is text mostly out of links, outside an
// aside, nav or dialog; a step every tab repeats comes back in each (a reader of any tab reads
// it). It reports whether it kept one; the caller merges the blocks (see WithHidden).
func TakeBackTabs(hidden []*Block, top *Elem) bool {
	return takeBackBelow(hidden, top, isTabPanel, reasonTab, nil)
}

// isTabPanel reports whether n is a tab panel by its role.
func isTabPanel(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "role" && a.Namespace == "" && strings.EqualFold(strings.TrimSpace(a.Val), "tabpanel") {
			return true
		}
	}
	return false
}
