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

// classTableSize is the number of slots of classTable, a power of two about four times the
// number of class words: most words of a page's classes are in no group, and most of those
// find their slot empty.
const classTableSize = 1024

// classEntry is one word of classGroups in classTable: the word, its key and its groups.
type classEntry struct {
	word string
	key  uint32
	bits classBit
}

// classEntries are the words of classGroups with their groups, one entry per word; entry 0
// is unused (slot value 0 in classTable is an empty slot).
// classTable is an open-addressing table of classEntries by the words' keys (classKey),
// probed linearly: classBits looks a word up without a map or a string. Both are built once,
// never written after.
var classEntries, classTable = func() ([]classEntry, [classTableSize]uint8) {
	entries := []classEntry{{}}
	var table [classTableSize]uint8
	for g, words := range classGroups {
		for _, w := range words {
			k := classKey(w[0], w[len(w)-1], len(w))
			slot := k & (classTableSize - 1)
			for table[slot] != 0 && entries[table[slot]].word != w {
				slot = (slot + 1) & (classTableSize - 1)
			}
			if table[slot] == 0 {
				table[slot] = uint8(len(entries))
				entries = append(entries, classEntry{word: w, key: k})
			}
			entries[table[slot]].bits |= 1 << g
		}
	}
	if len(entries) > 255 {
		panic("pagekind: too many class words for classTable")
	}
	return entries, table
}()

// classKey is the key of a lower-cased class word in classTable: a hash of its first and last
// bytes and its length, which classBits has without hashing every byte. Words of one key
// are told apart by their bytes.
func classKey(first, last byte, n int) uint32 {
	return (uint32(first)*0x9E3779B1 ^ uint32(last)*0x85EBCA77 ^ uint32(n)*0xC2B2AE3D) >> 16
}

// wordByte reads one byte of a class or id value: the byte lower-cased when it is an ASCII
// letter or digit, else 0 (a byte between words). A table, not comparisons: this runs for
// every byte of every class of a page.
var wordByte = func() (b [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		b[c], b[c-'a'+'A'] = byte(c), byte(c)
	}
	for c := '0'; c <= '9'; c++ {
		b[c] = byte(c)
	}
	return b
}()

// maxClassWord is the longest word looked up; longer words are in no group.
const maxClassWord = 24

// classBits returns the groups of the words of a class or id value. It reads each byte once
// through wordByte and looks each word up in classTable by its first and last bytes and its
// length, comparing bytes only when a word of that key is there: this runs for every
// element of a page.
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
		if n == 0 || n > maxClassWord {
			continue
		}
		k := classKey(wordByte[v[start]], wordByte[v[i-1]], n)
		for slot := k & (classTableSize - 1); classTable[slot] != 0; slot = (slot + 1) & (classTableSize - 1) {
			e := &classEntries[classTable[slot]]
			if e.key == k && len(e.word) == n && sameWord(e.word, v[start:i]) {
				bits |= e.bits
				break
			}
		}
	}
	return bits
}

// sameWord reports whether the class word w is v lower-cased (v's bytes are letters and digits).
func sameWord(w, v string) bool {
	for j := 0; j < len(w); j++ {
		if w[j] != wordByte[v[j]] {
			return false
		}
	}
	return true
}
