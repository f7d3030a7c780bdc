package extractor

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/assemble"
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAssembleProduct(t *testing.T) {
	testKindPages(t, []kindPage{{
		name: "description-specs-box", file: "product-page.html", kind: PageProduct, assembled: PageProduct,
		must: []string{
			"A stovetop kettle in brushed steel", "the spout pours without dripping.", // description
			"Specifications", "18/10 stainless steel", // specifications table
			"In the box", "Care leaflet", // what is in the box
		},
		mustNot: []string{
			"Kitchen", "Add to basket", "Hebden Bridge", // chrome
			"Loud whistle, great kettle", "I have used it every morning", "Customer reviews", // reviews one by one
			"Frequently bought together", "Hollowtree Tea Caddy", "Sturdy enamel mugs", "£18.00", // a box selling other products
		},
	}, {
		name: "json-ld-description", file: "product-jsonld.html", kind: PageProduct, assembled: PageProduct,
		must:    []string{"A folding kneeler and seat in one", "carries up to 150 kg.", "Weight: 2.1 kg"},
		mustNot: []string{"Seeds", "Riverside Yard"},
	}, {
		// A blog's review post read as a product page: "category-reviews" names the post's
		// topic, and the post is not a customer review to drop.
		name: "review-post-misjudged", file: "product-review-post.html", kind: PageProduct, assembled: PageProduct,
		must: []string{"I bought the Hollowtree kettle in the spring", "a little vinegar takes off in an evening."},
	}, {
		// A shop's custom fields printed under their machine names are its settings, not the
		// page: they go with their values when a list holds several; fields named for readers
		// stay, and so does a list with one such name.
		name: "machine-fields", file: "product-machine-fields.html", kind: PageProduct, assembled: PageProduct,
		must: []string{
			"A roomy tote of heavy waxed canvas", "Material:", "18 oz waxed cotton canvas", "Dimensions:", "40 x 35 x 15 cm",
			"spot_clean:", "Wipe marks off with a damp cloth", "Rewax:",
		},
		mustNot: []string{
			"retail_price_tier2", "$30.00_10–49 items", "tab_Delivery notes", "Parcels leave the warehouse",
			"section_bg_color", "#2b2b2b", "bulk_grid_toggle_label", "Wholesale",
		},
	}, {
		// Boxes that sell the product's accessories and other products, titled "Accessories
		// for ..." and "How about these?", go with their tiles; the description and the
		// measurements stay.
		name: "accessory-boxes", file: "product-accessory-boxes.html", kind: PageProduct, assembled: PageProduct,
		must:    []string{"Eight open cubes in solid oak veneer", "every cube takes a box or a door insert.", "Max load per shelf: 13 kg"},
		mustNot: []string{"Accessories for Linden", "Linden door insert", "£15.00", "How about these?", "Ashby open bookcase", "£59.00"},
	}, {
		// A JSON-LD description written as a URL component ("A%20solid%20oak...") is read
		// decoded, never printed with its escapes.
		name: "json-ld-description-escaped", file: "product-escaped-jsonld.html", kind: PageProduct, assembled: PageProduct,
		must:    []string{"A solid oak bench for a hallway or the end of a bed, with a slatted shelf", "shrugs off wet boots.", "Width: 110 cm"},
		mustNot: []string{"%20", "%2C", "The Old Sawmill"},
	}, {
		// The description joins only on a product page.
		name: "json-ld-description-article", file: "product-jsonld.html", kind: PageArticle,
		mustNot: []string{"A folding kneeler and seat in one"},
	}})
}

// TestProductDescriptionRenders renders a product page whose body opens with the JSON-LD
// description (a block with a node of its own) in every format.
func TestProductDescriptionRenders(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(kindsDir, "product-jsonld.html"))
	require.NoError(t, err)
	e, err := New(Options{PageType: PageProduct})
	require.NoError(t, err)
	res, err := e.Extract(context.Background(), page, Source{URL: "https://shop.example/kneeler"})
	require.NoError(t, err)
	require.NotEmpty(t, res.Blocks)
	assert.Equal(t, KindParagraph, res.Blocks[0].Kind)
	assert.True(t, strings.HasPrefix(res.Blocks[0].Text, "A folding kneeler and seat in one"), "the description opens the body")
	all := RenderOptions{Links: true, Images: true}
	for name, out := range map[string]string{"text": res.Text(), "markdown": res.Markdown(all), "html": res.HTML(all)} {
		assert.Contains(t, out, "turn it over and sit on it", name)
	}
	js, err := res.JSON(all)
	require.NoError(t, err)
	assert.Contains(t, string(js), "turn it over and sit on it")
}

func TestSellingBoxTitle(t *testing.T) {
	for text, want := range map[string]bool{
		"Frequently bought together":          true,
		"You may also like…":                  true,
		"Kunden kauften auch":                 true,
		"Vous aimerez aussi":                  true,
		"Похожие товары":                      true,
		"Accessories for Linden":              true,
		"Zubehör für das Regal":               true,
		"Complétez votre look":                true,
		"Choose your add-ons":                 true,
		"Accessories":                         false, // a shop's own section of accessories
		"Description":                         false,
		"Related reading on kettles and teas": false,
		"You may also like the way the lid lifts with one finger, and many other things": false, // too long for a title
	} {
		b := &block.Block{Kind: view.Heading, Text: text, Chars: len([]rune(text))}
		assert.Equal(t, want, assemble.SellingBoxTitle(b), "sellingBoxTitle(%q)", text)
	}
}
