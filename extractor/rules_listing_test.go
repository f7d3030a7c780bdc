package extractor

import "testing"

// TestDropIndexPromos: on a listing (and a collection) the site's call to action between the
// items and the plug for its newsletter go; every item stays. Read as an article's page the
// same blocks go by the article's rules.
func TestDropIndexPromos(t *testing.T) {
	must := []string{"Wheel throwing basics", "Centre, open and pull your first cylinders",
		"Raku weekend", "Porcelain for beginners", "Thin walls, fine rims"}
	mustNot := []string{"Become a studio member", "Members get open studio time", "Sign up for our newsletter"}
	testKindPages(t, []kindPage{
		{name: "listing", file: "listing-promos.html", kind: PageListing, assembled: PageListing, must: must, mustNot: mustNot},
		{name: "collection", file: "listing-promos.html", kind: PageCollection, assembled: PageCollection, must: must, mustNot: mustNot},
	})
}
