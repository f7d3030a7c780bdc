package extractor

import (
	"fmt"
	"strings"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/meta"
	"github.com/pithdev/pith/extractor/internal/pagekind"
	"github.com/pithdev/pith/extractor/internal/view"
	"golang.org/x/net/html"
)

// judgeKind names the page's kind (package pagekind): from what the page declares (JSON-LD
// types, microdata itemtypes, og:type), its URL, and one light walk of the tree. The verdict
// keeps the probabilities and the features that decided, for the explain report.
func judgeKind(doc *html.Node, pageURL string, facts *meta.Facts) pagekind.Verdict {
	return pagekind.Classify(pagekind.Page{Doc: doc, URL: pageURL, Types: facts.Types(), OGType: facts.OGType()})
}

// pageTypeOf maps a kind of package pagekind to its PageType.
func pageTypeOf(k pagekind.Kind) PageType {
	if t, err := ParsePageType(k.String()); err == nil && t != "" {
		return t
	}
	return PageArticle
}

// storyOverrides reports whether a page judged a listing or a forum with less than
// minGridKindProb is an article after all: the article path kept a story of at least
// minStoryProse runes of prose. An old blog post or news story with a sidebar of teasers or
// comments looks like a listing or a thread to the classifier, and those two assemblies add
// what lies outside the story. A listing verdict stands when the page's address is shaped like
// an index (a section's short name, the site's root): there the story is the intro or one
// item of many. A forum verdict of at least minForumAddressProb stands likewise when the
// address is in a forum's folder (/forum/, /thread/, showthread.php): there the story is the
// opening post.
func storyOverrides(t *trace, pageURL string) bool {
	if t.kind == nil || t.top == nil || t.pageType != PageListing && t.pageType != PageForum {
		return false
	}
	if t.pageType == PageListing && pagekind.IndexAddress(pageURL) {
		return false
	}
	if t.pageType == PageForum && pagekind.ForumAddress(pageURL) && t.kind.Probs[t.kind.Kind] >= minForumAddressProb {
		return false
	}
	if t.kind.Probs[t.kind.Kind] >= minGridKindProb {
		return false
	}
	prose := 0
	for _, b := range t.kept {
		if b.Kind != view.Heading && b.LinkDensity() < block.MaxProseLinkDensity {
			prose += b.Chars // short paragraphs count too: a CJK sentence is short in runes
		}
	}
	return prose >= minStoryProse
}

// kindEvidence says what decided the page's kind, for the explain report: the option that set
// it, or the classifier's probability and its strongest features, and when a story outweighed
// an unsure verdict, that.
func kindEvidence(t *trace, opt PageType) string {
	if opt != "" || t.kind == nil {
		return "set by Options.PageType"
	}
	judged := pageTypeOf(t.kind.Kind)
	var b strings.Builder
	fmt.Fprintf(&b, "classifier: %s %.2f", judged, t.kind.Probs[t.kind.Kind])
	for i, ev := range t.kind.Evidence {
		if i == 0 {
			b.WriteString(" (")
		} else {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s=%.2f", ev.Feature, ev.Value)
	}
	if len(t.kind.Evidence) > 0 {
		b.WriteString(")")
	}
	if judged != t.pageType {
		fmt.Fprintf(&b, "; an %s after all: %s", t.pageType, kindOverride(t))
	}
	return b.String()
}

// kindOverride says why the page's kind is not the classifier's.
func kindOverride(t *trace) string {
	if len(t.ldBody) > 0 {
		return "its body is the JSON-LD articleBody"
	}
	return "the article path kept a story: the verdict was unsure, or the posts are readers' comments under it"
}
