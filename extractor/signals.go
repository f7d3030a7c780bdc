package extractor

import (
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// signal is a bit set of what an element says about the text inside it.
type signal uint32

const (
	// sigBoiler: the element's class or id name page chrome (nav, footer, share bar, ...).
	sigBoiler signal = 1 << iota
	// sigChrome: the element is page chrome by its tag or ARIA role (<nav>, role=navigation).
	sigChrome
	// sigHidden: the element is hidden from readers (hidden attribute, display:none, a
	// hiding class); it and its subtree are not segmented.
	sigHidden
	// sigWeakBoiler: a class word that names chrome in blog themes but a plain content block in
	// page builders ("widget"): chrome only when the element holds little prose.
	sigWeakBoiler
	// sigContent: the element's class/id or microdata name it as the article body.
	sigContent
	// sigStrongContent: itemprop=articleBody and the like, a near-certain content marker.
	sigStrongContent
	// sigComments: a comment section.
	sigComments
	// sigNote: class/id name a correction or update note.
	sigNote
	// sigArticle: an <article> or <main> element.
	sigArticle
	// sigForm: a form or its controls; text inside forms is rarely content.
	sigForm
	// sigCaption: a figure caption.
	sigCaption
	// sigHeader: a page or section header (<header>, role=banner).
	sigHeader
)

// boilerTokens are class/id words that mark page chrome. Class and id values are split on
// non-alphanumerics ("related-posts" -> related, posts), and one such word is enough.
// They are structural names used by CMS themes in every language, not page text.
var boilerTokens = dom.TokenSet(
	"nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "crumbs",
	"footer", "sidebar", "related", "recommended", "recommendations",
	"recirc", "popular", "trending", "mostread", "mostpopular", "share", "sharing", "sharebar",
	"social", "newsletter", "subscribe", "subscription", "signup", "promo", "promotion",
	"advert", "advertisement", "ad", "ads", "adslot", "sponsor", "sponsored", "cookie", "cookies",
	"consent", "gdpr", "modal", "popup", "overlay", "toolbar", "pagination", "pager",
	"outbrain", "taboola", "masthead", "login", "signin", "paywall", "skip", "skiplink",
	"disclaimer", "byline", "dateline", "bio", "author", "tags", "tagcloud", "topics",
	"audio", "player", "podcast", "feed", "latest", "teaser", "teasers", "rail", "banner",
	"print", "search", "noprint", "comment", "comments", "discussion", "disqus", "respond", "reviews",
	"pullquote", "tooltip", "dropdown", "offcanvas", "adv", "adsbygoogle", "adunit", "meta", "date", "timestamp",
	"signature", "userinfo", "avatar", "badge", "badges", "reputation", "reactions", "usercard", "usertitle",
	"postprofile", "poster", "userdetails", "authorinfo", "memberinfo", "feedback", "helpful", "survey", "reporter",
)

// weakBoilerTokens are class words of sidebar boxes in blog themes that page builders also
// use for every block of the story ("WidgetWrapper", "elementor-widget-text-editor").
var weakBoilerTokens = dom.TokenSet("widget", "widgets", "widgetarea")

// commentTokens mark a comment section: never body; read apart with [Options.KeepComments].
var commentTokens = dom.TokenSet("comment", "comments", "discussion", "disqus", "respond", "replies", "reviews")

// contentTokens are class/id words of article-body containers across CMS themes.
var contentTokens = dom.TokenSet(
	"article", "articlebody", "content", "entry", "post", "story", "body", "text", "main",
	"blog", "prose", "markdown", "richtext", "copy", "storybody", "postbody", "entrycontent",
)

// noteTokens are class/id words of correction and update boxes.
var noteTokens = dom.TokenSet("correction", "corrections", "clarification", "erratum", "errata", "update", "updated", "editornote", "editorsnote")

// captionTokens are class/id words of image captions and photo credits.
var captionTokens = dom.TokenSet("caption", "captions", "figcaption", "credit", "credits", "photocredit", "imagecredit", "wpcaption")

// hiddenClasses are whole class names that hide an element from readers.
var hiddenClasses = dom.TokenSet("hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only")

// classWords maps every class word above to its signals, so a word costs one lookup. It is
// built once from the lists and never written after.
var classWords = func() map[string]signal {
	m := map[string]signal{}
	for _, set := range []struct {
		words map[string]bool
		sig   signal
	}{
		{boilerTokens, sigBoiler}, {weakBoilerTokens, sigWeakBoiler}, {commentTokens, sigComments},
		{contentTokens, sigContent}, {noteTokens, sigNote}, {captionTokens, sigCaption},
	} {
		for w := range set.words {
			m[w] |= set.sig
		}
	}
	return m
}()

// stemStart marks the first bytes of boilerStems, so most words skip the stem loop.
var stemStart = func() (t [256]bool) {
	for _, s := range boilerStems {
		t[s[0]] = true
	}
	return t
}()

// classCache memoizes classSignals per class or id value within one page: a page repeats
// the same few hundred values over thousands of elements. It is made per extraction.
type classCache map[string]signal

func (c classCache) lookup(v string) signal {
	if s, ok := c[v]; ok {
		return s
	}
	s := classSignals(v)
	if hasHiddenClass(v) {
		s |= sigHidden
	}
	c[v] = s
	return s
}

// elementSignals computes the signals of one element from its tag, role and attributes.
func elementSignals(n *html.Node, cache classCache) signal {
	var s signal
	switch n.DataAtom {
	case atom.Nav, atom.Footer, atom.Aside, atom.Menu, atom.Dialog:
		s |= sigChrome
	case atom.Header:
		s |= sigHeader
	case atom.Form, atom.Button, atom.Label, atom.Select, atom.Fieldset, atom.Legend:
		s |= sigForm
	case atom.Figcaption:
		s |= sigCaption
	case atom.Article, atom.Main:
		s |= sigArticle
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			s |= cache.lookup(a.Val)
		case "id":
			s |= cache.lookup(a.Val) &^ sigHidden
		case "hidden", "style":
			if attrHides(n, a) {
				s |= sigHidden
			}
		case "role":
			switch strings.ToLower(a.Val) {
			case "navigation", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search", "toolbar", "tablist":
				s |= sigChrome
			case "banner":
				s |= sigHeader
			case "main", "article":
				s |= sigArticle
			}
		case "itemprop":
			if v := strings.ToLower(a.Val); v == "articlebody" || v == "text" || v == "reviewbody" {
				s |= sigStrongContent | sigContent
			}
		}
	}
	if s&(sigStrongContent|sigNote) != 0 {
		// The page's author named it content, or a correction box (often an <aside>).
		s &^= sigBoiler | sigChrome | sigWeakBoiler
	}
	return s
}

// classSignals splits a class or id value into lower-case alphanumeric words (also at camelCase
// boundaries) and looks each word up, and each whole name with its separators removed
// ("most-read" -> mostread), so compound names are caught too.
func classSignals(v string) signal {
	var s signal
	var buf1, buf2 [64]byte
	word, joined := buf1[:0], buf2[:0]
	for field := range strings.FieldsSeq(v) {
		if containsFold(field, "embed") {
			// "social-media-embed", "twitter-embed": a post the author embedded in the
			// story, not a share bar.
			continue
		}
		word, joined = word[:0], joined[:0]
		for i := 0; i <= len(field); i++ {
			c := byte(' ')
			if i < len(field) {
				c = field[i]
			}
			upper := 'A' <= c && c <= 'Z'
			if upper {
				c += 'a' - 'A'
			}
			alnum := ('a' <= c && c <= 'z') || ('0' <= c && c <= '9')
			camel := upper && len(word) > 0 && 'a' <= word[len(word)-1] && word[len(word)-1] <= 'z'
			if (!alnum || camel) && len(word) > 0 {
				s |= wordSignal(word)
				word = word[:0]
			}
			if alnum {
				word = append(word, c)
				joined = append(joined, c)
			}
		}
		if len(joined) > 0 {
			s |= wordSignal(joined)
		}
	}
	return s
}

// boilerStems are chrome words that themes glue to others ("relatedposts", "sharebuttons",
// "newsletterform"): a class word that starts with one is chrome too.
var boilerStems = []string{"related", "recommend", "share", "sharing", "social", "newsletter", "subscri", "breadcrumb", "sidebar", "footer", "cookie", "advert", "sponsor", "popular", "trending", "navbar", "navigation"}

// wordSignal looks one class word up. The map lookup with string(w) does not allocate.
func wordSignal(w []byte) signal {
	if len(w) == 0 {
		return 0
	}
	s := classWords[string(w)]
	if s&sigBoiler == 0 && stemStart[w[0]] {
		for _, stem := range boilerStems {
			if len(w) > len(stem) && string(w[:len(stem)]) == stem {
				s |= sigBoiler
				break
			}
		}
	}
	return s
}

// isHidden reports whether an element is hidden from readers by attribute, inline style or a hiding class.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		if attrHides(n, a) || a.Key == "class" && hasHiddenClass(a.Val) {
			return true
		}
	}
	return false
}

// attrHides reports whether the hidden attribute or an inline style hides n.
func attrHides(n *html.Node, a html.Attribute) bool {
	switch a.Key {
	case "hidden":
		// React streams server-rendered parts in <div hidden id="S:0"> and moves them
		// into place with script: they are the page.
		return !strings.HasPrefix(dom.Attr(n, "id"), "S:")
	// aria-hidden is not a hiding signal: sites set it on <main> while a modal is
	// open, and on decorative elements that hold no text anyway.
	case "style":
		if !strings.Contains(a.Val, ":") || (!containsFold(a.Val, "none") && !containsFold(a.Val, "hidden")) {
			return false
		}
		v := strings.ToLower(a.Val)
		return strings.Contains(v, "display:none") || strings.Contains(v, "display: none") ||
			strings.Contains(v, "visibility:hidden") || strings.Contains(v, "visibility: hidden")
	}
	return false
}

// hasHiddenClass reports whether a class attribute holds a class that hides the element.
func hasHiddenClass(v string) bool {
	for c := range strings.FieldsSeq(v) {
		for h := range hiddenClasses {
			if len(c) == len(h) && strings.EqualFold(c, h) {
				return true
			}
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII word w in any case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}
