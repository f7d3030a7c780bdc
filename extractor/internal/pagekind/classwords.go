package pagekind

// classBit is one group of class and id words.
type classBit uint16

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
// n bytes long (letters and digits folded to 36 slots): most words of a page's classes are
// in no group, and this tells so without a map lookup.
var classShapes = func() (s [36][36]uint32) {
	for w := range classWords {
		s[slot(w[0])][slot(w[len(w)-1])] |= 1 << len(w)
	}
	return s
}()

// slot folds a lower-case letter or a digit into 0..35.
func slot(c byte) byte {
	if c <= '9' {
		return c - '0' + 26
	}
	return c - 'a'
}

// maxClassWord is the longest word looked up; longer words are in no group.
const maxClassWord = 24

// classBits returns the groups of the words of a class or id value. It splits and
// lower-cases on the stack: this runs for every element of a page.
func classBits(v string) classBit {
	var bits classBit
	var buf [maxClassWord]byte
	n, long := 0, false
	end := func() {
		if n > 0 && !long && classShapes[slot(buf[0])][slot(buf[n-1])]&(1<<n) != 0 {
			bits |= classWords[string(buf[:n])]
		}
		n, long = 0, false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			end()
			continue
		}
		if n == maxClassWord {
			long = true
			continue
		}
		buf[n] = c
		n++
	}
	end()
	return bits
}
