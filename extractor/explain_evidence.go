package extractor

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html/atom"
)

// evidence says what matched for the rule that dropped b, for an explanation: the tag, role
// or class words of the ancestor that made it chrome, a form or a caption; its link density
// against the threshold it crossed; how often its text occurs. It is empty for the rules that
// carry their whole story in their name. It re-reads the features the rule read, with the
// same predicates, and runs for explanations only.
func evidence(b *block.Block, top *block.Elem, totalProse, repeats int) string {
	switch b.Reason {
	case block.ReasonChrome:
		for e := b.El; e != nil && e.Node != nil; e = e.Parent {
			if block.IsBoilerElem(e, totalProse) {
				return describeChrome(e, totalProse)
			}
		}
	case block.ReasonForm:
		if e := block.Nearest(b.El, block.SigForm); e != nil {
			return view.TagLabel(e.Node) + ": a form or form control"
		}
	case block.ReasonCaption:
		if e := block.Nearest(b.El, block.SigCaption); e != nil {
			return view.TagLabel(e.Node) + ": " + describeWords(e, block.SigCaption)
		}
	case block.ReasonRepeated:
		return fmt.Sprintf("the same text occurs %d times on the page", repeats)
	case block.ReasonLinkList:
		return fmt.Sprintf("link density %.2f, over %.2f for a list item", b.LinkDensity(), block.MaxListLinkDensity)
	case block.ReasonMostlyLinks:
		return fmt.Sprintf("link density %.2f, over %.2f", b.LinkDensity(), block.MaxLinkDensity)
	case block.ReasonOutside:
		if top != nil && top.Node != nil {
			return "not under the container " + view.TagLabel(top.Node) + " nor a sibling of it that joins it"
		}
	}
	return ""
}

// describeChrome says why e is chrome: its tag or ARIA role, or the class and id words that
// name it, with the share of the page's prose it holds when a word alone would not decide.
func describeChrome(e *block.Elem, totalProse int) string {
	label := view.TagLabel(e.Node)
	if e.Sig&block.SigChrome != 0 {
		switch e.Node.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside, atom.Menu, atom.Dialog:
			return label + ": the <" + e.Node.Data + "> element"
		}
		return label + `: role="` + dom.Attr(e.Node, "role") + `"`
	}
	what := describeWords(e, block.SigBoiler|block.SigAmbiguous|block.SigWeakBoiler|block.SigComments)
	share := 0.0
	if totalProse > 0 {
		share = float64(e.Prose) / float64(totalProse)
	}
	return fmt.Sprintf("%s: %s; it holds %.0f%% of the page's prose, %.0f%% of its text in links", label, what, 100*share, 100*block.ElemLinkDensity(e))
}

// describeWords lists the class and id words of e that carry one of sig: `class word
// "related"`, `class words "share", "bar"`.
func describeWords(e *block.Elem, sig block.Signal) string {
	var words []string
	for _, a := range e.Node.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		block.EachClassWord(a.Val, func(w []byte) {
			if block.WordSignal(w)&sig != 0 && !slices.Contains(words, string(w)) {
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
