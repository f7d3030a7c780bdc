package extractor_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
)

// gridPage is a hand-written listing or collection page of testdata/kinds with what its
// assembly must keep, must drop, must keep once only, and the order of the items.
type gridPage struct {
	file    string
	kind    extractor.PageType
	must    []string
	mustNot []string
	once    []string // snippets that must come out exactly once (a grid read twice repeats them)
	order   []string
}

var gridPages = []gridPage{
	{
		// Search results in a wrapper whose class names the filters it has room for
		// ("search-page--with-filters"): the wrapper is the page, not a filter bar, and the
		// small filter panel in it still stays out.
		file: "listing-search-filters.html", kind: extractor.PageListing,
		must: []string{
			"Sharpening chisels and plane irons by hand", "Saturday 14 June, 10:00",
			"Cutting your first dovetail joint", "Finishing with oil and wax",
			"Building a small wall shelf", "Choosing timber at the yard", "Thursday 26 June, 18:30",
		},
		mustNot: []string{"Beginner (14)", "Weekend only", "Filter results", "Log in", "newsletter"},
		order:   []string{"Sharpening chisels", "Cutting your first dovetail", "Finishing with oil", "Building a small wall shelf", "Choosing timber"},
	},
	{
		// A category page that writes its products twice, as a grid of tiles and as a list
		// with descriptions: the larger view comes out, the copy does not.
		file: "collection-grid-and-list.html", kind: extractor.PageCollection,
		must: []string{
			"Kettles", "Stovetop and electric kettles in steel",
			"Brushed steel with a whistle", "Enamelled steel in four colours",
			"Borosilicate glass", "Boils a full litre", "$49.00", "$29.00",
		},
		mustNot: []string{"ships free", "Basket", "Free delivery over"},
		once:    []string{"Fjord Stovetop Kettle", "Ember Enamel Kettle", "Clearwater Glass Kettle", "Quickboil Electric Kettle", "Model: K-100"},
		order:   []string{"Stovetop and electric", "Fjord Stovetop Kettle", "Ember Enamel Kettle", "Clearwater Glass Kettle", "Quickboil Electric Kettle"},
	},
	{
		// An events listing whose cards write their title, date and price twice, one layout
		// per screen size inside each card: each card's lines come out once, the host that
		// only the wide layout shows too (block.ReasonCardCopy). Read as a collection alike.
		file: "listing-card-twice.html", kind: extractor.PageListing,
		must: []string{"Northern Kilns Guild", "Studio Sixteen", "Porcelain Room", "West Coast Clay"},
		once: []string{"Glazing with ash and wood firing", "Wednesday at 4:00 PM EDT",
			"Throwing lidded jars for beginners", "Tomorrow at 12:00 PM GMT",
			"Slip casting a set of porcelain cups", "Raku firing safety, a live walkthrough"},
		order: []string{"Glazing with ash", "Northern Kilns Guild", "Throwing lidded jars", "Slip casting", "Raku firing"},
	},
	{
		file: "listing-card-twice.html", kind: extractor.PageCollection,
		must: []string{"Northern Kilns Guild", "Studio Sixteen", "Porcelain Room", "West Coast Clay"},
		once: []string{"Glazing with ash and wood firing", "Wednesday at 4:00 PM EDT",
			"Throwing lidded jars for beginners", "Slip casting a set of porcelain cups"},
	},
	{
		// A list of books whose rows each hold a rating control, its five stars' labels glued
		// ("1 of 5 stars2 of 5 stars..."): the books, their authors and ratings come out, the
		// control's labels not (dropRatingScales); a sentence about the stars stays.
		file: "listing-rating-scale.html", kind: extractor.PageListing,
		must: []string{"The Salt Road", "Mara Quill", "4.21 avg rating", "Lanterns at Low Tide",
			"A Harbour of Glass", "The Cartographer's Daughter", "Readers voted 1 to 5 stars"},
		mustNot: []string{"1 of 5 stars", "5 of 5 stars"},
	},
	{
		// The same list in German ("1 von 5 Sternen2 von 5 Sternen...").
		file: "listing-rating-scale-de.html", kind: extractor.PageListing,
		must: []string{"The Salt Road", "Mara Quill", "4.21 Durchschnitt", "Lanterns at Low Tide",
			"A Harbour of Glass", "Leser vergeben 1 bis 5 Sterne"},
		mustNot: []string{"1 von 5 Sternen", "5 von 5 Sternen"},
	},
	{
		// A shop's tiles, each with a class of its own beside the shared one ("product
		// product_cat-mugs instock"): they share their lead class, and make the grid.
		file: "collection-shop-tiles.html", kind: extractor.PageCollection,
		must: []string{
			"Speckled stoneware mug", "$28.00", "Celadon ramen bowl", "Ash-glazed bud vase",
			"Tenmoku side plate", "Shino espresso cup", "Wheel-throwing workshop voucher", "$95.00",
			"Tall iron-red mug", "Set of two tea bowls", "$48.00",
		},
		mustNot: []string{"Add to cart", "Cart (0)", "Pottery Row"},
		order:   []string{"Speckled stoneware mug", "Celadon ramen bowl", "Ash-glazed bud vase", "Tenmoku side plate", "Shino espresso cup", "Wheel-throwing"},
	},
	{
		// Product tiles that name each of their fields, the value beside the name
		// ("Capacity: 28 litres"): every tile repeats the names, as it repeats its button, but
		// the names are the tile's text and the button is not.
		file: "collection-field-names.html", kind: extractor.PageCollection,
		must: []string{
			"Ridge 28 daypack", "Capacity:", "28 litres", "Frame Type:", "Framed sheet", "£129.00",
			"Glen 65 expedition pack", "Packs for a day on the hill",
		},
		mustNot: []string{"Add to basket", "Basket (0)", "Mill Lane"},
		order:   []string{"Ridge 28", "Cairn 40", "Bothy 55", "Summit 18", "Glen 65"},
	},
	{
		// Tiles that fold away their colours past the first few (display: none): the hidden
		// names are the tiles' text; a hidden quick-view panel's longer text is not.
		file: "collection-hidden-swatches.html", kind: extractor.PageCollection,
		must: []string{
			"Small enamel mug", "Rust", "Heather", "Oat", "Glacier", "Charcoal", "£17.00",
			"Steel mugs with a glass enamel coat",
		},
		mustNot: []string{"Holds 250 ml", "Holds 400 ml", "Basket (0)", "Quay Street"},
		order:   []string{"Small enamel mug", "Heather", "Large enamel mug", "Glacier", "Speckled tin cup", "Charcoal"},
	},
	{
		// Tiles whose name is the brand and the model in two sibling spans with no space
		// between them in the markup: the page's style sets them apart, and they read as two
		// words ("Harrowgate Moorland"), not one glued word; a word split around an element of
		// a sentence ("<b>Mc</b>Donald") stays one.
		file: "collection-brand-spans.html", kind: extractor.PageCollection,
		must: []string{
			"Harrowgate Moorland Mid Boots - Women's", "Tarnwick Scree Low Shoes", "Oakrigg Ridgeway GTX Boots",
			"£175.00", "McDonald's guide", "From size 4 Wide fit", "KESTREL Fell Runner Shoes", "2026 290 g a pair",
		},
		mustNot: []string{"HarrowgateMoorland", "4Wide", "KESTRELFell", "2026290", "TarnwickScree", "Mc Donald", "Basket (0)", "Bridge End"},
		order:   []string{"Harrowgate Moorland Mid Boots - Women's", "Harrowgate Moorland Mid Boots - Men's", "Tarnwick Scree", "Oakrigg Ridgeway", "Tarnwick Beck"},
	},
	{
		// A jobs board whose items are the rows of a table, all links: no grid of elements,
		// and the article path keeps nothing, so the table is the list.
		file: "listing-jobs-table.html", kind: extractor.PageListing,
		must: []string{
			"Tallow Robotics is hiring a firmware engineer", "Quarry Labs (seed) needs a data engineer",
			"Fernwood Health is hiring a product designer", "Osprey Maps: senior backend engineer",
		},
		mustNot: []string{"login", "submit", "Guidelines", "FAQ"},
		order:   []string{"Tallow Robotics", "Quarry Labs", "Fernwood Health", "Osprey Maps"},
	},
	{
		// A category page whose own text the theme sets below the grid, in a box of its own:
		// it is in the part of the page that holds the headline and the grid, and comes out.
		file: "collection-intro-below.html", kind: extractor.PageCollection,
		must: []string{
			"Air purifiers", "Compact room purifier", "$89.99", "Desk purifier", "$49.99",
			"Our purifiers pull air in from every side",
		},
		mustNot: []string{"Sort by", "Featured", "newsletter", "Cart", "Purifiers for wildfire smoke"},
		order:   []string{"Compact room purifier", "Large room purifier", "Purifier with UV lamp", "Desk purifier", "Our purifiers pull air"},
	},
	{
		// A shop's range page whose only grid sits in a wrapper its theme named for related
		// products: with no other grid on the page, it is the listing.
		file: "listing-related-wrapper.html", kind: extractor.PageListing,
		must: []string{
			"GS-200", "Quarter-acre robotic mower", "$1,899.00", "GS-400", "GS-800",
			"GS-1600", "Two-acre mower for sloped gardens", "GS-Pro", "$12,499.00",
		},
		mustNot: []string{"Find a dealer", "Prices include sales tax"},
		order:   []string{"GS-200", "GS-400", "GS-800", "GS-1600", "GS-Pro"},
	},
	{
		// A shop's category page that hides its whole content until a script runs (a
		// lock-down or age check) beside a shown header and footer: the shown page holds
		// nothing, so the hidden grid is the page; the filters still stay out.
		file: "collection-hidden-until-script.html", kind: extractor.PageCollection,
		must: []string{
			"Every tea we sell is packed by hand", "Morning sencha", "$14.00", "Malty Assam",
			"Roasted oolong", "Jasmine pearls", "Vanilla rooibos", "Caffeine-free red bush",
		},
		mustNot: []string{"Green (4)", "Cart (0)", "Free delivery on orders"},
		order:   []string{"Morning sencha", "Malty Assam", "Roasted oolong", "Earl Grey", "Jasmine pearls", "Vanilla rooibos"},
	},
	{
		// A shop's terms page whose only grid is the promo bar's slides above the headline:
		// a grid that only its class words call chrome is read when there is no other, but
		// not one that ends before the headline. The page's text comes out, the slides not.
		file: "collection-promo-bar.html", kind: extractor.PageCollection,
		must:    []string{"Gift card terms", "keeps its value for five years", "Any balance left after an order"},
		mustNot: []string{"Free standard shipping", "Free express shipping", "Cart (0)"},
		order:   []string{"keeps its value", "Any balance left"},
	},
}

// TestGridAssemblies extracts each page of gridPages as its kind and checks what must and
// must not come out, what comes out once, and in which order.
func TestGridAssemblies(t *testing.T) {
	for _, p := range gridPages {
		t.Run(p.file+"/"+string(p.kind), func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("..", "testdata", "kinds", p.file))
			require.NoError(t, err)
			ex, err := extractor.New(extractor.Options{PageType: p.kind})
			require.NoError(t, err)
			res, err := ex.Extract(context.Background(), page, extractor.Source{})
			require.NoError(t, err)
			text := res.Text()
			extractor.AssertSnippets(t, text, p.must, p.mustNot)
			for _, s := range p.once {
				assert.Equal(t, 1, strings.Count(text, s), "must come out once: %q", s)
			}
			at := -1
			for _, s := range p.order {
				i := strings.Index(text, s)
				assert.Greater(t, i, at, "%q out of order", s)
				at = max(at, i)
			}
			if t.Failed() {
				t.Logf("extracted text:\n%s", text)
			}
		})
	}
}

// TestGluedNamesInEveryFormat checks that the space between a brand's span and its model's
// span, which the markup does not hold, is in the Markdown and HTML as in the text.
func TestGluedNamesInEveryFormat(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "testdata", "kinds", "collection-brand-spans.html"))
	require.NoError(t, err)
	ex, err := extractor.New(extractor.Options{PageType: extractor.PageCollection})
	require.NoError(t, err)
	res, err := ex.Extract(context.Background(), page, extractor.Source{})
	require.NoError(t, err)
	md := res.Markdown(extractor.RenderOptions{})
	assert.Contains(t, md, "Oakrigg Ridgeway GTX Boots")
	assert.NotContains(t, md, "OakriggRidgeway")
	h := res.HTML(extractor.RenderOptions{})
	assert.Contains(t, h, "Oakrigg Ridgeway GTX Boots")
}
