package extractor

import "fmt"

// PageType is pith's judgement of what kind of page it read, which decides how the main
// content is assembled. The kinds are WCXB's: see [Result.PageType].
type PageType string

// The page types a [Result] may name. The zero value, "", means "not known" in
// [Options.PageType]: pith decides.
const (
	// PageArticle is one container of running text: news, blog posts, guides, reviews.
	PageArticle PageType = "article"
	// PageForum is a discussion thread or Q&A: several posts by several people.
	PageForum PageType = "forum"
	// PageProduct is one product: name, description, specifications.
	PageProduct PageType = "product"
	// PageCollection is a category page or product grid.
	PageCollection PageType = "collection"
	// PageListing is an index of repeated cards: articles, courses, jobs, search results.
	PageListing PageType = "listing"
	// PageDocumentation is API documentation, a tutorial or a wiki page.
	PageDocumentation PageType = "documentation"
	// PageService is a marketing or landing page whose content spans several sections.
	PageService PageType = "service"
)

// PageTypes lists every page type, in the order the documentation gives them.
var PageTypes = []PageType{PageArticle, PageForum, PageProduct, PageCollection, PageListing, PageDocumentation, PageService}

// ParsePageType returns the PageType named s; "" gives the zero PageType (pith decides).
func ParsePageType(s string) (PageType, error) {
	if s == "" {
		return "", nil
	}
	for _, t := range PageTypes {
		if s == string(t) {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown page type %q: must be one of article, forum, product, collection, listing, documentation, service", s)
}

// MarshalText implements [encoding.TextMarshaler].
func (t PageType) MarshalText() ([]byte, error) { return []byte(t), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParsePageType], so that a
// PageType is a command-line flag ([flag.TextVar]).
func (t *PageType) UnmarshalText(b []byte) error {
	v, err := ParsePageType(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}
