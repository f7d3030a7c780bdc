package block

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Signal is a bit set of what an element says about the text inside it.
type Signal uint32

const (
	// SigBoiler: the element's class or id name page chrome (nav, footer, share bar, ...).
	SigBoiler Signal = 1 << iota
	// SigChrome: the element is page chrome by its tag or ARIA role (<nav>, role=navigation).
	SigChrome
	// sigHidden: the element is hidden from readers (hidden attribute, display:none, a
	// hiding class), or is a wiki's edit-section span (see isEditLink); it and its subtree
	// are not segmented.
	sigHidden
	// SigAmbiguous: the element's class or id hold a word that names chrome about as often as
	// content ("meta", "author", "feed"): chrome only when the element's own text agrees.
	SigAmbiguous
	// SigWeakBoiler: a class word that names chrome in blog themes but a plain content block in
	// page builders ("widget"): chrome only when the element holds little prose.
	SigWeakBoiler
	// SigContent: the element's class/id or microdata name it as the article body.
	SigContent
	// SigStrongContent: itemprop=articleBody and the like, a near-certain content marker.
	SigStrongContent
	// SigComments: a comment section.
	SigComments
	// SigNote: class/id name a correction or update note.
	SigNote
	// SigArticle: an <article> or <main> element.
	SigArticle
	// SigForm: a form or its controls; text inside forms is rarely content.
	SigForm
	// SigCaption: a figure caption.
	SigCaption
	// SigHeader: a page or section header (<header>, role=banner).
	SigHeader
	// SigCallToAction: the element's class or id name it a call to action ("cta",
	// "call-to-action"): a box that sends the reader to the site's offer. Chrome in a story,
	// content on a landing page; only the article path's rule reads it (dropCallsToAction).
	SigCallToAction
)

// boilerTokens are class/id words that name page chrome and little else: a block-level element
// named with one is chrome unless it holds much of the page's prose (see IsBoilerElem). Class
// and id values are split on non-alphanumerics ("related-posts" -> related, posts). They are
// structural names used by CMS themes in every language, not page text. Where they are wrong:
// a test report's section named "Section--Ads", a documentation chapter's "cookies" section.
var boilerTokens = dom.TokenSet(
	"nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "crumbs",
	"footer", "sidebar", "related", "recommended", "recommendations",
	"recirc", "popular", "trending", "mostread", "mostpopular", "share", "sharebar",
	"social", "newsletter", "subscribe", "signup", "promo",
	"advert", "advertisement", "ad", "ads", "adslot", "sponsor", "sponsored", "cookie", "cookies",
	"consent", "gdpr", "modal", "overlay", "toolbar", "pagination", "pager",
	"outbrain", "taboola", "masthead", "login", "signin", "paywall", "skiplink",
	"tagcloud", "comment", "comments", "discussion", "disqus", "respond", "reviews",
	"pullquote", "tooltip", "dropdown", "offcanvas", "adv", "adsbygoogle", "adunit", "noprint",
	"signature", "postsignature", "userinfo", "avatar", "badge", "badges", "reputation", "reactions", "usercard", "usertitle",
	"postprofile", "userdetails", "authorinfo", "memberinfo", "authorbox", "authorbio", "aboutauthor", "abouttheauthor",
)

// ambiguousTokens are class/id words that name content about as often as chrome: an element
// named with one is chrome only when its own text agrees (see IsBoilerElem). Where the word
// misleads: "meta" and "date" on a paragraph's place and date ("KHARTOUM, Sudan"), "author"
// and "bio" on a profile page's body, "feed" and "latest" on a news page's only story,
// "search" and "print" in a guide's section names, "tags" and "topics" on a glossary,
// "skip", "audio", "player" and "podcast" on a transcript, "popup" on a glossary link,
// "sharing" on a chapter about file sharing, "teaser" and "banner" on a page builder's text
// Block, "disclaimer" on a legal page's body, "subscription" and "promotion" on a pricing page.
var ambiguousTokens = dom.TokenSet(
	"meta", "date", "timestamp", "byline", "dateline", "bio", "author", "reporter", "poster",
	"tags", "topics", "feed", "latest", "print", "search", "skip", "audio", "player", "podcast",
	"popup", "sharing", "teaser", "teasers", "rail", "banner", "disclaimer", "subscription",
	"promotion", "feedback", "helpful", "survey",
)

// weakBoilerTokens are class words of sidebar boxes in blog themes that page builders also
// use for every block of the story ("WidgetWrapper", "elementor-widget-text-editor").
var weakBoilerTokens = dom.TokenSet("widget", "widgets", "widgetarea")

// commentTokens mark a comment section: never body; read apart with [Options.KeepComments].
var commentTokens = dom.TokenSet("comment", "comments", "discussion", "disqus", "respond", "replies", "reviews",
	// glued into one word by older themes ("commentlist", "commentbody")
	"commentlist", "commentslist", "commentbody", "commenttext", "commentcontent", "commentarea", "commentsarea",
	"commentwrap", "commentthread", "commentblock", "commententry", "commentsection", "commentsblock")

// contentTokens are class/id words of article-body containers across CMS themes.
var contentTokens = dom.TokenSet(
	"article", "articlebody", "content", "entry", "post", "story", "body", "text", "main",
	"blog", "prose", "markdown", "richtext", "copy", "storybody", "postbody", "entrycontent",
)

// noteTokens are class/id words of correction and update boxes.
var noteTokens = dom.TokenSet("correction", "corrections", "clarification", "erratum", "errata", "update", "updated", "editornote", "editorsnote")

// callToActionTokens are class/id words of a call to action: a banner or box that asks the
// reader to buy, book, sign up or get in touch ("cta-box", "BlogCta", "call-to-action").
var callToActionTokens = dom.TokenSet("cta", "ctas", "calltoaction")

// captionTokens are class/id words of image captions and photo credits.
var captionTokens = dom.TokenSet("caption", "captions", "figcaption", "credit", "credits", "photocredit", "imagecredit", "wpcaption")

// hiddenClasses are whole class names that hide an element from readers.
var hiddenClasses = dom.TokenSet("hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
	// A carousel's clones: copies of its first and last slides that its script adds so that
	// it loops (Slick, Swiper, Splide, Glide, Owl Carousel). The reader sees each slide once.
	"slick-cloned", "swiper-slide-duplicate", "splide__slide--clone", "glide__slide--clone", "cloned")

// classWords maps every class word above to its signals, so a word costs one lookup. It is
// built once from the lists and never written after.
var classWords = func() map[string]Signal {
	m := map[string]Signal{}
	for _, set := range []struct {
		words map[string]bool
		sig   Signal
	}{
		{boilerTokens, SigBoiler}, {ambiguousTokens, SigAmbiguous}, {weakBoilerTokens, SigWeakBoiler}, {commentTokens, SigComments},
		{contentTokens, SigContent}, {noteTokens, SigNote}, {captionTokens, SigCaption}, {callToActionTokens, SigCallToAction},
	} {
		for w := range set.words {
			m[w] |= set.sig
		}
	}
	return m
}()

// wordShapes holds, for each first byte, a bit for each length (under 64) of the words of
// classWords that open with it: most words of a page's class names are in no list, and the
// bit turns them away before the map is hashed. Built once, never written after.
var wordShapes = func() (t [256]uint64) {
	for w := range classWords {
		if w != "" && len(w) < 64 {
			t[w[0]] |= 1 << len(w)
		}
	}
	return t
}()

// stemStart marks the first bytes of boilerStems, so most words skip the stem loop.
var stemStart = func() (t [256]bool) {
	for _, s := range boilerStems {
		t[s[0]] = true
	}
	return t
}()

// classCache memoizes the signals of class and id values within one page, and of the names
// they are made of: a page repeats the same few hundred values over thousands of elements,
// and a value it does not repeat ("card card-42 is-wide") is mostly names it does. A value
// with one name and that name have the same signals, so both live in one map. It is made per
// extraction.
type classCache map[string]Signal

// lookup returns the signals of a class or id value: those of its names ORed (NameSignals).
func (c classCache) Lookup(v string) Signal {
	if s, ok := c[v]; ok {
		return s
	}
	if oneName(v) {
		// The value is its one name: NameSignals once, stored once.
		s := nameSignals(v)
		c[v] = s
		return s
	}
	// A post's category and tag names (isTaxonomyName) give no comment signal when the value
	// is a CMS's post class list (postClassMarkers, anywhere in it): their signals are kept
	// apart until the whole value is read.
	var s, taxonomy Signal
	post := false
	for field := range strings.FieldsSeq(v) {
		t, ok := c[field]
		if !ok {
			t = nameSignals(field)
			c[field] = t
		}
		post = post || postClassMarkers[field]
		if isTaxonomyName(field) {
			taxonomy |= t
		} else {
			s |= t
		}
	}
	if post {
		taxonomy &^= SigComments
	}
	s |= taxonomy
	c[v] = s
	return s
}

// postClassMarkers are the class names a CMS gives every post's wrapper beside one name per
// category and tag of the post (WordPress's post_class: "post-12 post type-post
// status-publish hentry category-reviews tag-comments").
var postClassMarkers = dom.TokenSet("hentry", "type-post", "status-publish")

// isTaxonomyName reports whether a class name names one of a post's categories or tags
// ("category-reviews", "tag-comments"): in a post's class list (postClassMarkers), its words are the
// blog's topics, not what the element is, and give it no signal.
func isTaxonomyName(name string) bool {
	return strings.HasPrefix(name, "category-") || strings.HasPrefix(name, "tag-")
}

// oneName reports whether strings.Fields(v) is v itself: v is not empty and holds no ASCII
// space and no byte outside ASCII (where a Unicode space may be).
func oneName(v string) bool {
	if v == "" {
		return false
	}
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= utf8.RuneSelf, c == ' ', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		}
	}
	return true
}

// elementSignals computes the signals of one element from its tag, role and attributes.
func elementSignals(n *html.Node, cache classCache) Signal {
	var s Signal
	switch n.DataAtom {
	case atom.Nav, atom.Footer, atom.Aside, atom.Menu, atom.Dialog:
		s |= SigChrome
	case atom.Header:
		s |= SigHeader
	case atom.Form, atom.Button, atom.Label, atom.Select, atom.Fieldset, atom.Legend:
		s |= SigForm
	case atom.Figcaption:
		s |= SigCaption
	case atom.Article, atom.Main:
		s |= SigArticle
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			s |= cache.Lookup(a.Val)
		case "id":
			if v := cache.Lookup(a.Val) &^ sigHidden; v&(SigBoiler|SigAmbiguous) == 0 || !idNamesHeading(n, a.Val) {
				s |= v
			}
		case "hidden", "style":
			if attrHides(n, a) {
				s |= sigHidden
			}
		case "role":
			switch strings.ToLower(a.Val) {
			case "navigation", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search", "toolbar", "tablist":
				s |= SigChrome
			case "banner":
				s |= SigHeader
			case "main", "article":
				s |= SigArticle
			}
		case "itemprop":
			if v := strings.ToLower(a.Val); v == "articlebody" || v == "text" || v == "reviewbody" {
				s |= SigStrongContent | SigContent
			}
		}
	}
	if s&(SigStrongContent|SigNote) != 0 {
		// The page's author named it content, or a correction box (often an <aside>).
		s &^= SigBoiler | SigChrome | SigWeakBoiler | SigAmbiguous
	}
	return s
}

// nameSignals reads one class or id name: sigHidden for a name that hides the element
// (hiddenClasses) or a wiki's edit-section span ("mw-editsection", see isEditLink), and the
// signals of its words (see NameWords).
func nameSignals(field string) Signal {
	var s Signal
	var buf [64]byte
	low := appendLower(buf[:0], field)
	if hiddenClasses[string(low)] || bytes.Contains(low, []byte("editsection")) {
		s |= sigHidden
	}
	if bytes.Contains(low, []byte("embed")) {
		return s // see eachClassWord
	}
	return s | nameSignal(field)
}

// nameSignal is the signals of the words NameWords gives for one class name, WordSignal of
// each ORed. It reads the words with a nameSplitter on the stack, not through NameWords' fn: a
// call through fn would move the word buffers to the heap, and this runs for every class name
// of a page.
func nameSignal(field string) Signal {
	var s Signal
	ws := nameSplitter{field: field}
	for w := ws.next(); w != nil; w = ws.next() {
		s |= WordSignal(w)
	}
	return s
}

// nameSplitter splits one class name into the words NameWords documents: the lower-case
// alphanumeric words (split at camelCase boundaries too), then the whole name with its
// separators removed. The words live in its own buffers, valid until the next call of next.
type nameSplitter struct {
	field      string
	i          int
	reset      bool // the word returned last is to be emptied before reading on
	done       bool // the whole name was returned
	nw, nj     int  // the lengths of the word and of the whole name read so far
	word, join [64]byte
}

// next returns the next word, or nil when there is none.
func (c *nameSplitter) next() []byte {
	if c.reset {
		c.nw, c.reset = 0, false
	}
	for ; c.i <= len(c.field); c.i++ {
		ch := byte(' ')
		if c.i < len(c.field) {
			ch = c.field[c.i]
		}
		upper := 'A' <= ch && ch <= 'Z'
		if upper {
			ch += 'a' - 'A'
		}
		alnum := ('a' <= ch && ch <= 'z') || ('0' <= ch && ch <= '9')
		camel := upper && c.nw > 0 && 'a' <= c.word[c.nw-1] && c.word[c.nw-1] <= 'z'
		if (!alnum || camel) && c.nw > 0 {
			c.reset = true // this character is read again, into the next word
			return c.word[:c.nw]
		}
		if alnum {
			// A word or name longer than the buffers is cut there: no class word is so long.
			if c.nw < len(c.word) {
				c.word[c.nw] = ch
				c.nw++
			}
			if c.nj < len(c.join) {
				c.join[c.nj] = ch
				c.nj++
			}
		}
	}
	if !c.done && c.nj > 0 {
		c.done = true
		return c.join[:c.nj]
	}
	return nil
}

// appendLower appends s to dst with ASCII letters lower-cased.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// EachClassWord calls fn with each word of a class or id value, as NameSignals reads them
// (see NameWords). A name containing "embed" ("social-media-embed": a post the author
// embedded in the story, not a share bar) gives no words. fn must not keep w.
func EachClassWord(v string, fn func(w []byte)) {
	for field := range strings.FieldsSeq(v) {
		if !containsFold(field, "embed") {
			nameWords(field, fn)
		}
	}
}

// nameWords calls fn with the lower-case alphanumeric words of one class name (split at
// camelCase boundaries too), then with the whole name, its separators removed ("most-read"
// -> mostread), so that compound names are caught too. fn must not keep w.
func nameWords(field string, fn func(w []byte)) {
	ws := nameSplitter{field: field}
	for w := ws.next(); w != nil; w = ws.next() {
		fn(w)
	}
}

// boilerStems are chrome words that themes glue to others ("relatedposts", "sharebuttons",
// "newsletterform", "authorboxtext"): a class word or whole name that starts with one is chrome
// too. An author's box ("author-box", "about-the-author") is chrome though "author" alone is
// ambiguous.
var boilerStems = []string{"related", "recommend", "share", "sharing", "social", "newsletter", "subscri", "breadcrumb", "sidebar", "footer", "cookie", "advert", "sponsor", "popular", "trending", "navbar", "navigation", "authorbox", "authorbio", "aboutauthor", "abouttheauthor"}

// WordSignal looks one class word up. The map lookup with string(w) does not allocate.
func WordSignal(w []byte) Signal {
	if len(w) == 0 {
		return 0
	}
	var s Signal
	if len(w) >= 64 || wordShapes[w[0]]&(1<<len(w)) != 0 {
		s = classWords[string(w)]
	}
	if s&(SigBoiler|SigAmbiguous) == 0 && stemStart[w[0]] {
		for _, stem := range boilerStems {
			if len(w) > len(stem) && string(w[:len(stem)]) == stem {
				s |= SigBoiler
				break
			}
		}
	}
	return s
}

// idNamesHeading reports whether id is the slug of the heading that opens n (or of n, a
// heading): documentation generators name each section after its title
// (<div class="section" id="sharing-over-http"><h2>Sharing over HTTP</h2>), so its words are
// the page's text, not a theme's name for chrome.
func idNamesHeading(n *html.Node, id string) bool {
	h := n
	if !isHeadingTag(n.DataAtom) {
		h = n.FirstChild
		for h != nil && (h.Type == html.TextNode && strings.TrimSpace(h.Data) == "" || h.Type == html.CommentNode) {
			h = h.NextSibling
		}
		if h == nil || h.Type != html.ElementNode || !isHeadingTag(h.DataAtom) {
			return false
		}
	}
	title := appendTextSlug(nil, h)
	slug := appendSlug(nil, id)
	return len(slug) >= minSlugBytes && len(title) >= len(slug) && string(title[:len(slug)]) == string(slug)
}

// minSlugBytes and maxSlugBytes: an id shorter than this is too short to tell a slug from a
// class word; a heading's text is read up to the other.
const (
	minSlugBytes = 6
	maxSlugBytes = 256
)

// appendTextSlug appends the slug of the text under n to dst, up to maxSlugBytes.
func appendTextSlug(dst []byte, n *html.Node) []byte {
	for c := n.FirstChild; c != nil && len(dst) < maxSlugBytes; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			dst = appendSlug(dst, c.Data)
		case html.ElementNode:
			dst = appendTextSlug(dst, c)
		}
	}
	return dst
}

// appendSlug appends the ASCII letters and digits of s, lower-cased, to dst.
func appendSlug(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			dst = append(dst, c)
		}
	}
	return dst
}

func isHeadingTag(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isEditLink reports whether a link is a wiki's edit link or a heading's permalink, never
// text: a link to an edit action (?action=edit, &veaction=edit) or a permalink sign (see
// isPermalink). A MediaWiki-style "[edit]" span (class mw-editsection, editsection) beside a
// heading is hidden by its class (ClassCache.lookup).
func isEditLink(n *html.Node) bool {
	if n.DataAtom != atom.A {
		return false
	}
	if isPermalink(n) {
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "href" && hasEditAction(a.Val) {
			return true
		}
	}
	return false
}

// hasEditAction reports whether href holds "action=edit", as strings.Contains does, looking
// only around each "=": most links have none or a few, and this runs for every link of a page.
func hasEditAction(href string) bool {
	const action, at = "action=edit", len("action")
	for i := 0; ; {
		j := strings.IndexByte(href[i:], '=')
		if j < 0 {
			return false
		}
		p := i + j
		if p >= at && len(href)-p >= len(action)-at && href[p-at:p-at+len(action)] == action {
			return true
		}
		i = p + 1
	}
}

// isPermalink reports whether a link in a heading has for its whole text one pilcrow, section,
// hash or link sign: the permalink anchor that documentation generators put after each
// heading ("History¶"). Such a sign in a sentence is a part of it.
func isPermalink(n *html.Node) bool {
	if n.Parent == nil || !isHeadingTag(n.Parent.DataAtom) {
		return false
	}
	c := n.FirstChild
	if c == nil || c.NextSibling != nil || c.Type != html.TextNode {
		return false
	}
	switch strings.TrimSpace(c.Data) {
	case "¶", "§", "#", "🔗", "⚓":
		return true
	}
	return false
}

// IsHidden reports whether an element is hidden from readers by attribute, inline style or a hiding class.
func IsHidden(n *html.Node) bool {
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
		hides := strings.Contains(v, "display:none") || strings.Contains(v, "display: none") ||
			strings.Contains(v, "visibility:hidden") || strings.Contains(v, "visibility: hidden")
		return hides && !IsCurtain(n)
	}
	return false
}

// IsCurtain reports whether n, hidden by its inline style, is the whole page: <body> itself,
// or an element that is, like each of its ancestors below <body>, the only element of its
// parent that renders (scripts, styles and the like aside). Pages hide themselves so until
// their scripts have run (a curtain against a flash of unstyled content); what is under the
// curtain is the page, not hidden text.
func IsCurtain(n *html.Node) bool {
	for ; n != nil && n.Type == html.ElementNode && n.Parent != nil; n = n.Parent {
		if n.DataAtom == atom.Body {
			return true
		}
		for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
			if c != n && c.Type == html.ElementNode && !unrendered.Has(c.DataAtom) {
				return false
			}
		}
	}
	return false
}

// unrendered are the elements that show nothing on the page: siblings that do not make an
// element less than the whole page (see IsCurtain).
var unrendered = dom.NewAtomSet(
	atom.Script, atom.Style, atom.Link, atom.Meta, atom.Noscript,
	atom.Template, atom.Base, atom.Title,
)

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
