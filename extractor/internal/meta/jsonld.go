package meta

import (
	"encoding/json"
	"html"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dom"
)

// ldNode is one JSON-LD object (a schema.org item), as decoded by encoding/json.
type ldNode map[string]any

// jsonLD holds every item found in a page's JSON-LD scripts: top-level objects, the members
// of arrays and @graph lists, and the objects nested in them, indexed by @id for references
// such as Yoast's "author": {"@id": ".../#/schema/person/1"}.
type jsonLD struct {
	nodes []ldNode
	// reviews marks the nodes that are an item's reviews or parts of them (under a "review"
	// key): a customer's review of a product is never the page's main item.
	reviews []bool
	byID    map[string]ldNode
}

// parseJSONLD decodes the JSON-LD scripts. A script that is not valid JSON is retried once
// after the repairs real pages need (raw newlines in strings, trailing commas, an HTML
// comment or CDATA wrapper); one that still fails is skipped.
func parseJSONLD(scripts []string) *jsonLD {
	ld := &jsonLD{byID: map[string]ldNode{}}
	for _, s := range scripts {
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			if err := json.Unmarshal([]byte(repairJSON(s)), &v); err != nil {
				continue
			}
		}
		ld.add(v, 0, false)
	}
	return ld
}

// add records v's objects, depth first, so the page's main items come before their parts;
// review says v is under an item's "review" key.
func (ld *jsonLD) add(v any, depth int, review bool) {
	if depth > maxLDDepth || len(ld.nodes) >= maxLDNodes {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			ld.add(e, depth+1, review)
		}
	case map[string]any:
		n := ldNode(x)
		if len(n) > 1 || n["@id"] == nil {
			// A bare {"@id": ...} is a reference, not an item.
			ld.nodes = append(ld.nodes, n)
			ld.reviews = append(ld.reviews, review)
			if id, ok := n["@id"].(string); ok && id != "" {
				if _, seen := ld.byID[id]; !seen {
					ld.byID[id] = n
				}
			}
		}
		// Map order is random in Go: walk the keys sorted, so the result is the same every run.
		// Only the keys of arrays and objects are walked, and so sorted.
		var buf [8]string
		keys := buf[:0]
		for k, e := range x {
			switch e.(type) {
			case []any, map[string]any:
				if k != "@context" {
					keys = append(keys, k)
				}
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			ld.add(x[k], depth+1, review || k == "review" || k == "reviews")
		}
	}
}

// resolve follows a {"@id": ...} reference to the item it names; other values are returned as they are.
func (ld *jsonLD) resolve(v any) any {
	if m, ok := v.(map[string]any); ok && len(m) == 1 {
		if id, ok := m["@id"].(string); ok {
			if n, ok := ld.byID[id]; ok {
				return map[string]any(n)
			}
		}
	}
	return v
}

// articleTypes are the schema.org types of a page's main item, best first within a page.
var articleTypes = dom.TokenSet(
	"article", "newsarticle", "blogposting", "report", "scholarlyarticle", "techarticle",
	"analysisnewsarticle", "opinionnewsarticle", "reportagenewsarticle", "reviewnewsarticle",
	"backgroundnewsarticle", "askpublicnewsarticle", "liveblogposting",
	"socialmediaposting", "discussionforumposting", "review", "recipe", "howto", "medicalwebpage",
	"satiricalarticle", "advertisercontentarticle", "podcastepisode", "videoobject", "posting", "question",
)

// pageTypes describe the page rather than the article; used when no article item exists.
var pageTypes = dom.TokenSet("webpage", "itempage", "aboutpage", "profilepage", "collectionpage", "faqpage", "searchresultspage")

// is reports whether one of n's @type values, lower-cased, without a schema.org prefix, is in set.
func (n ldNode) is(set map[string]bool) bool {
	switch t := n["@type"].(type) {
	case string:
		return isType(t, set)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && isType(s, set) {
				return true
			}
		}
	}
	return false
}

// isType reports whether the type name s, lower-cased, without a schema.org prefix, is in
// set. It lower-cases on the stack: this runs for every item of a page's JSON-LD.
func isType(s string, set map[string]bool) bool {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexAny(s, "/:#"); i >= 0 {
		s = s[i+1:]
	}
	if s == "" {
		return false
	}
	var buf [32]byte
	if len(s) > len(buf) {
		return set[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return set[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(s)])]
}

// main picks the page's main item: the article item (not an item's review) whose URL or headline matches the page,
// else the first article item, else the first web page item. It returns nil when neither exists.
func (ld *jsonLD) main(pageURL, title string) ldNode {
	var first, page ldNode
	key := dom.LooseKey(title)
	for i, n := range ld.nodes {
		if n.is(articleTypes) && !ld.reviews[i] {
			if first == nil {
				first = n
			}
			if (key != "" && dom.LooseKey(ld.str(n, "headline", "name")) == key) || (pageURL != "" && sameURL(ld.str(n, "url", "mainEntityOfPage", "@id"), pageURL)) {
				return n
			}
		}
		if page == nil && n.is(pageTypes) {
			page = n
		}
	}
	if first != nil {
		return first
	}
	return page
}

// first returns the first item of one of the types in set, or nil.
func (ld *jsonLD) first(set map[string]bool) ldNode {
	for _, n := range ld.nodes {
		if n.is(set) {
			return n
		}
	}
	return nil
}

// str returns the first of n's keys that holds text: a string, the first string of an
// array, or the @id, url, name or text of an object. HTML entities are decoded.
func (ld *jsonLD) str(n ldNode, keys ...string) string {
	if n == nil {
		return ""
	}
	for _, k := range keys {
		if s := ld.text(n[k], 0); s != "" {
			return s
		}
	}
	return ""
}

// text reads one value as text (see str).
func (ld *jsonLD) text(v any, depth int) string {
	if depth > maxLDValueDepth {
		return ""
	}
	switch x := ld.resolve(v).(type) {
	case string:
		return dom.Collapse(html.UnescapeString(x))
	case []any:
		for _, e := range x {
			if s := ld.text(e, depth+1); s != "" {
				return s
			}
		}
	case map[string]any:
		for _, k := range []string{"@value", "url", "contentUrl", "@id", "name", "text"} {
			if s := ld.text(x[k], depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

// name reads the name of an item (a publisher, a web site), or a plain string.
func (ld *jsonLD) name(v any) string {
	switch x := ld.resolve(v).(type) {
	case string:
		return dom.Collapse(html.UnescapeString(x))
	case []any:
		for _, e := range x {
			if s := ld.name(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s, ok := x["name"].(string); ok {
			return dom.Collapse(html.UnescapeString(s))
		}
	}
	return ""
}

// list reads a value that may be one item or an array as a list of texts. Strings are
// split on commas when split is set (keywords: "a, b, c").
func (ld *jsonLD) list(v any, split bool) []string {
	var out []string
	ld.items(v, func(s string) {
		if !split {
			out = append(out, dom.Collapse(s))
			return
		}
		for part := range strings.SplitSeq(s, ",") {
			out = append(out, dom.Collapse(part))
		}
	}, func(x map[string]any, depth int) {
		if s := ld.text(x["name"], depth+1); s != "" {
			out = append(out, s)
		}
	})
	return out
}

// persons reads author values: names as strings, Person or Organization items with a name
// (or givenName and familyName), references to them, and arrays of all these.
func (ld *jsonLD) persons(v any) []string {
	var out []string
	ld.items(v, func(s string) {
		out = append(out, dom.Collapse(s))
	}, func(x map[string]any, depth int) {
		name := ld.text(x["name"], depth+1)
		if name == "" {
			name = dom.Collapse(ld.text(x["givenName"], depth+1) + " " + ld.text(x["familyName"], depth+1))
		}
		if name != "" {
			out = append(out, name)
		}
	})
	return out
}

// items walks a value that may be one item, a reference or an array of them, down to
// maxLDValueDepth, and hands each string (HTML entities decoded) and each object to its function.
func (ld *jsonLD) items(v any, str func(string), obj func(x map[string]any, depth int)) {
	var add func(any, int)
	add = func(v any, depth int) {
		if depth > maxLDValueDepth {
			return
		}
		switch x := ld.resolve(v).(type) {
		case string:
			str(html.UnescapeString(x))
		case []any:
			for _, e := range x {
				add(e, depth+1)
			}
		case map[string]any:
			obj(x, depth)
		}
	}
	add(v, 0)
}

// trailingComma and rawControl are the two breakages of hand-written JSON-LD that a repair can undo.
var trailingComma = regexp.MustCompile(`,\s*([}\]])`)

// repairJSON undoes common breakage of JSON-LD in the wild: an HTML comment or CDATA wrapper,
// raw line breaks and tabs (invalid inside JSON strings), and trailing commas.
func repairJSON(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range [][2]string{{"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}, {"<!--", "-->"}} {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, w[0]), w[1]))
	}
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(s)
	return trailingComma.ReplaceAllString(s, "$1")
}

// sameURL reports whether two URLs name the same page, ignoring scheme, "www.", a trailing
// slash, the query and the fragment.
func sameURL(a, b string) bool {
	norm := func(u string) string {
		u = strings.ToLower(strings.TrimSpace(u))
		if i := strings.IndexAny(u, "?#"); i >= 0 {
			u = u[:i]
		}
		u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
		u = strings.TrimPrefix(u, "www.")
		return strings.TrimRight(u, "/")
	}
	return a != "" && b != "" && norm(a) == norm(b)
}

// ArticleBody returns the articleBody of the page's main JSON-LD item, the one that matches
// pageURL or title (either may be empty), HTML entities decoded and line breaks kept, or ""
// when it has none. It reads only; whether the text is used as the page's content is the
// extractor's decision.
func (fs *Facts) ArticleBody(pageURL, title string) string {
	main := fs.ld.main(fs.mainItemURL(pageURL), title)
	if main == nil {
		return ""
	}
	s, _ := fs.ld.resolve(main["articleBody"]).(string)
	return strings.TrimSpace(html.UnescapeString(s))
}

// productTypes are the JSON-LD types of one product.
var productTypes = dom.TokenSet("product", "productgroup", "individualproduct", "productmodel", "car", "vehicle")

// markupTag matches an HTML tag inside a JSON-LD text (descriptions often hold markup).
var markupTag = regexp.MustCompile(`<[^>]*>`)

// ProductDescription returns the description of the page's first JSON-LD product item, HTML
// entities decoded, markup and runs of white space turned into single spaces, or "" when it
// has none. It reads only; whether the text joins the page's content is the extractor's
// decision.
func (fs *Facts) ProductDescription() string {
	n := fs.ld.first(productTypes)
	if n == nil {
		return ""
	}
	s, _ := fs.ld.resolve(n["description"]).(string)
	return dom.Collapse(markupTag.ReplaceAllString(html.UnescapeString(decodeEscapedProse(s)), " "))
}
