package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
	}})
}

func TestSellingBoxTitle(t *testing.T) {
	for text, want := range map[string]bool{
		"Frequently bought together":          true,
		"You may also like…":                  true,
		"Kunden kauften auch":                 true,
		"Vous aimerez aussi":                  true,
		"Похожие товары":                      true,
		"Description":                         false,
		"Related reading on kettles and teas": false,
		"You may also like the way the lid lifts with one finger, and many other things": false, // too long for a title
	} {
		b := &block{kind: KindHeading, text: text, chars: len([]rune(text))}
		assert.Equal(t, want, sellingBoxTitle(b), "sellingBoxTitle(%q)", text)
	}
}
