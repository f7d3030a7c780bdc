package pagekind

import "math/bits"

// classBit is one group of class and id words.
type classBit uint16

// lowest returns the index of the lowest group in c, which is not empty.
func (c classBit) lowest() int { return bits.TrailingZeros16(uint16(c)) }

// The groups of class words, indexes of walker.classes.
const (
	cForum = iota
	cDocs
	cProduct
	cCollect
	cListing
	cService
	cArticle
	cComment
	cUser
	classCount
)

// classGroups are class and id words (split on what is not a letter or digit, lower-cased)
// of the themes and software that make each kind of page: structural names, not page text.
var classGroups = [classCount][]string{
	cForum: {"thread", "threads", "reply", "replies", "forum", "forums", "bbpress", "bbp", "phpbb", "vbulletin",
		"xenforo", "discourse", "topic", "topics", "postbody", "posttext", "postbit", "postrow", "message",
		"messages", "answer", "answers", "question", "questions", "vote", "votes", "upvote", "votecount",
		"accepted", "ipb", "cpost", "lia", "messagelist", "js-post", "qa", "solution"},
	cDocs: {"toc", "docs", "doc", "documentation", "highlight", "hljs", "sourcecode", "codehilite", "syntax",
		"prettyprint", "api", "sphinx", "sphinxsidebar", "rst", "wiki", "mw", "headerlink", "admonition",
		"sidenav", "method", "methods", "parameters", "param", "params", "endpoint", "clipboard", "gitbook",
		"docusaurus", "mkdocs", "vitepress", "nextra", "readthedocs", "rtd", "md", "docsearch", "language",
		"tabbed", "chapter", "reference"},
	cProduct: {"product", "price", "prices", "cart", "addtocart", "basket", "sku", "qty", "quantity", "stock",
		"instock", "buy", "buybox", "variant", "variants", "swatch", "swatches", "checkout", "wishlist", "pdp",
		"zoom", "thumbnails", "specs", "specifications", "shipping", "delivery", "rating", "stars"},
	cCollect: {"products", "filter", "filters", "facet", "facets", "sort", "sorting", "sortby", "catalog", "plp",
		"collection", "refinement", "refinements", "layered", "productgrid", "productlist", "toolbar", "category"},
	cListing: {"card", "cards", "teaser", "teasers", "excerpt", "readmore", "result", "results", "tile", "tiles",
		"listing", "listings", "archive", "feed", "views", "loop", "grid", "summary", "pagination", "pager"},
	cService: {"hero", "cta", "pricing", "plan", "plans", "testimonial", "testimonials", "faq", "faqs", "feature",
		"features", "benefits", "banner", "elementor", "section", "btn", "button", "clients", "logos", "partners",
		"stats", "counter", "icon", "icons", "accordion", "tabs", "landing", "jumbotron", "fusion", "vc", "et",
		"wpb", "container", "col", "row"},
	cArticle: {"article", "byline", "entry", "prose", "story", "share", "sharing", "related", "author", "dateline",
		"published", "postmeta", "tags", "single", "blog", "news", "headline", "lede", "caption", "hentry"},
	cComment: {"comment", "comments", "commentlist", "respond", "disqus"},
	cUser: {"username", "user", "avatar", "userinfo", "usertitle", "reputation", "rank", "joined", "member",
		"memberinfo", "poster", "profile", "postprofile", "userdetails", "signature"},
}

// classWords maps every word of classGroups to its groups; built once, never written after.
var classWords = func() map[string]classBit {
	m := map[string]classBit{}
	for g, words := range classGroups {
		for _, w := range words {
			m[w] |= 1 << g
		}
	}
	return m
}()

// classShapes[a][z] has bit n set when a word of classWords opens with a, ends with z and is
// n bytes long (letters and digits folded to 36 slots, see wordSlot): most words of a page's
// classes are in no group, and this tells so without a map lookup.
var classShapes = func() (s [36][36]uint32) {
	for w := range classWords {
		s[wordSlot[w[0]]-1][wordSlot[w[len(w)-1]]-1] |= 1 << len(w)
	}
	return s
}()

// wordByte and wordSlot read one byte of a class or id value: wordByte is the byte
// lower-cased when it is an ASCII letter or digit, else 0 (a byte between words); wordSlot is
// 1 + its slot in classShapes (a..z are 0..25, 0..9 are 26..35), else 0. Tables, not
// comparisons: this runs for every byte of every class of a page.
var wordByte, wordSlot = func() (b, s [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		b[c], b[c-'a'+'A'] = byte(c), byte(c)
		s[c], s[c-'a'+'A'] = byte(c-'a')+1, byte(c-'a')+1
	}
	for c := '0'; c <= '9'; c++ {
		b[c], s[c] = byte(c), byte(c-'0')+27
	}
	return b, s
}()

// maxClassWord is the longest word looked up; longer words are in no group.
const maxClassWord = 24

// classBits returns the groups of the words of a class or id value. It reads each byte once
// through wordByte and looks up only a word whose shape (its first and last letters, its
// length) is a group word's, lower-cased on the stack: this runs for every element of a page.
func classBits(v string) classBit {
	var bits classBit
	for i := 0; i < len(v); {
		for i < len(v) && wordByte[v[i]] == 0 {
			i++
		}
		start := i
		for i < len(v) && wordByte[v[i]] != 0 {
			i++
		}
		n := i - start
		if n == 0 || n > maxClassWord || classShapes[wordSlot[v[start]]-1][wordSlot[v[i-1]]-1]&(1<<n) == 0 {
			continue
		}
		var buf [maxClassWord]byte
		for j := range n {
			buf[j] = wordByte[v[start+j]]
		}
		bits |= classWords[string(buf[:n])]
	}
	return bits
}
