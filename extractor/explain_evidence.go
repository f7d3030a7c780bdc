package extractor

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html/atom"
)

// evidence says what matched for the rule that dropped b, for an explanation: the tag, role
// or class words of the ancestor that made it chrome, a form or a caption; its link density
// against the threshold it crossed; how often its text occurs. It is empty for the rules that
// carry their whole story in their name. It re-reads the features the rule read, with the
// same predicates, and runs for explanations only.
func evidence(b *block, top *elem, totalProse, repeats int) string {
	switch b.reason {
	case reasonChrome:
		for e := b.el; e != nil && e.node != nil; e = e.parent {
			if isBoilerElem(e, totalProse) {
				return describeChrome(e, totalProse)
			}
		}
	case reasonForm:
		if e := nearest(b.el, sigForm); e != nil {
			return view.TagLabel(e.node) + ": a form or form control"
		}
	case reasonCaption:
		if e := nearest(b.el, sigCaption); e != nil {
			return view.TagLabel(e.node) + ": " + describeWords(e, sigCaption)
		}
	case reasonRepeated:
		return fmt.Sprintf("the same text occurs %d times on the page", repeats)
	case reasonLinkList:
		return fmt.Sprintf("link density %.2f, over %.2f for a list item", b.linkDensity(), maxListLinkDensity)
	case reasonMostlyLinks:
		return fmt.Sprintf("link density %.2f, over %.2f", b.linkDensity(), maxLinkDensity)
	case reasonOutside:
		if top != nil && top.node != nil {
			return "not under the container " + view.TagLabel(top.node) + " nor a sibling of it that joins it"
		}
	}
	return ""
}

// describeChrome says why e is chrome: its tag or ARIA role, or the class and id words that
// name it, with the share of the page's prose it holds when a word alone would not decide.
func describeChrome(e *elem, totalProse int) string {
	label := view.TagLabel(e.node)
	if e.sig&sigChrome != 0 {
		switch e.node.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside, atom.Menu, atom.Dialog:
			return label + ": the <" + e.node.Data + "> element"
		}
		return label + `: role="` + dom.Attr(e.node, "role") + `"`
	}
	what := describeWords(e, sigBoiler|sigAmbiguous|sigWeakBoiler|sigComments)
	share := 0.0
	if totalProse > 0 {
		share = float64(e.prose) / float64(totalProse)
	}
	return fmt.Sprintf("%s: %s; it holds %.0f%% of the page's prose, %.0f%% of its text in links", label, what, 100*share, 100*elemLinkDensity(e))
}

// describeWords lists the class and id words of e that carry one of sig: `class word
// "related"`, `class words "share", "bar"`.
func describeWords(e *elem, sig signal) string {
	var words []string
	for _, a := range e.node.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		eachClassWord(a.Val, func(w []byte) {
			if wordSignal(w)&sig != 0 && !slices.Contains(words, string(w)) {
				words = append(words, string(w))
			}
		})
	}
	switch len(words) {
	case 0:
		return "its tag"
	case 1:
		return `class word "` + words[0] + `"`
	}
	return `class words "` + strings.Join(words, `", "`) + `"`
}
