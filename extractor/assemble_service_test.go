package extractor

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAssembleService(t *testing.T) {
	testKindPages(t, []kindPage{{
		name: "sections-under-body", file: "service-landing.html", kind: PageService, assembled: PageService,
		must: []string{
			"A mechanic in a van, at your door within two days", // hero
			"No trip to the shop", "Twelve-month guarantee",     // features
			"How it works", "Pick a two-hour slot that suits you.", // steps
			"My chain snapped on a Sunday", // testimonial
			"Pricing", "Puncture repair",   // pricing table
			"Do you repair electric bikes?", "We order it, and the second visit to fit it costs nothing.", // FAQ in a tab list
			"Parts and labour are included in the price.", // repeated, but only inside the region
		},
		mustNot: []string{"Log in", "Book a visit", "Get riding tips in your inbox", "Unsubscribe at any time",
			"We use cookies", "Registered in England", "Privacy",
			"Mechanics ride out from Leeds", // repeated in the footer
		},
	}, {
		// A hero in a <header> inside <main> is a section; the page's own header is not.
		name: "hero-header-in-main", file: "service-main-hero.html", kind: PageService, assembled: PageService,
		must: []string{"keeps your accounts ready for the trustees", "Restricted funds", "Gift Aid claims",
			"£12 a month for charities"},
		mustNot: []string{"Call 0800 000 111", "Sign in", "registered in Scotland"},
	}, {
		// The answers of a closed accordion and the tab panel not shown are the page's
		// content; a hidden menu, cookie box, sign-up box or footer text is not, nor a screen
		// reader's note inside a line.
		name: "hidden-panels", file: "service-hidden-panels.html", kind: PageService, assembled: PageService,
		must: []string{"A registered tuner brings your piano back", "for £95.", "Read the terms before you book.",
			"Two tunings a year and a humidity check", // hidden tab panel
			"Twice a year for a piano played daily",   // display: none
			"we raise its pitch in two passes",        // class hidden
			"we recommend a specialist mover",         // hidden attribute
		},
		mustNot: []string{"Tuning for uprights and grands", "Talk to a tuner today", "We use cookies",
			"Join our newsletter", "once a month", "registered in Wales", "public liability insurance",
			"opens in a new window"},
	}, {
		// Headings with nothing under them are a section's text on a service page: a
		// figure's label, a case study's title in a link, and the case study's text that is
		// all a link too; a short link ("See all our work") and the footer are not.
		name: "headings-alone", file: "service-stat-headings.html", kind: PageService, assembled: PageService,
		must: []string{"Breweries served", "Engineers on call", "Our work",
			"A harbour brewery that cut its descaling by half", "How a project runs", "the installation takes two days",
			"a softener and a carbon filter now give it a pale lager's water.",
			"Softer water, and a clearer pale ale to show for it."},
		mustNot: []string{"Company", "Careers", "registered in Northern Ireland", "See all our work"},
	}, {
		// In the main region, a hero banner, a promo card, a reviews carousel (testimonials)
		// and an accordion's dropdown are the page's sections, whatever their class words;
		// a modal sign-up box, a navigation list and the footer are not.
		name: "landing-words", file: "service-landing-words.html", kind: PageService, assembled: PageService,
		must: []string{"Slipped slates, leaking valleys", "Free gutter clean", "gutters cleared and checked",
			"They found the leak the last two roofers missed", "they sent photos of the flashing",
			"We make a roof watertight in any weather"},
		mustNot: []string{"Roof care tips by email", "Sign up and we will send", "Roofers in Bath", "Get a quote",
			"a member of the roofing federation"},
	}, {
		// A header or footer of a card ("CustomerCardFooter", "card-header") and a card that
		// leads to a sub-page ("nestedNavCard") are the cards' own text on a service page; a
		// footer of the card list ("card-mobile-footer") and the page's footer are not.
		name: "card-parts", file: "service-card-parts.html", kind: PageService, assembled: PageService,
		must: []string{"A twelve-month forecast that a finance lead can adjust",
			"Sales, stock and cash in one place",
			"A flour mill cut its month-end close", "A dairy co-operative now sees each farm's yield"},
		mustNot: []string{"Swipe to see every story", "registered in Wales", "Contact"},
	}, {
		// A section written twice, once in an element for small screens ("mobileCopy"):
		// its text comes out once; a block for small screens with no other copy stays.
		name: "mobile-copy", file: "service-mobile-copy.html", kind: PageService, assembled: PageService,
		must: []string{"Run payroll in ten minutes a month", "Approve the pay run from your phone",
			"Import your team from a spreadsheet"},
		once:    []string{"Try the full plan free for thirty days", "Teams of fifty or more get a named adviser"},
		mustNot: []string{"registered in England", "Log in"},
	}, {
		// The same page read as a product page keeps the promo card, testimonials and
		// dropdown out: the section words are a service page's only.
		name: "landing-words-product", file: "service-landing-words.html", kind: PageProduct, assembled: PageProduct,
		must:    []string{"Slipped slates, leaking valleys"},
		mustNot: []string{"They found the leak the last two roofers missed", "We make a roof watertight in any weather", "Roof care tips by email"},
	}, {
		// The same page read as an article keeps no hidden text but the answers of its
		// questions (see block.TakeBackAnswers): not the tab panel not shown.
		name: "article-path-keeps-only-answers", file: "service-hidden-panels.html", kind: PageArticle, assembled: PageArticle,
		must: []string{"A registered tuner brings your piano back", "Twice a year for a piano played daily",
			"we recommend a specialist mover"},
		mustNot: []string{"Two tunings a year", "Join our newsletter"},
	}, {
		// The same page read as an article keeps only the largest section: the service
		// assembly is what adds the others.
		name: "article-path-keeps-one-section", file: "service-landing.html", kind: PageArticle,
		must:    []string{"No trip to the shop"},
		mustNot: []string{"Pick a two-hour slot that suits you.", "We order it"},
	}})
}

// TestCarouselClonesOnce: a looping carousel's script copies its first and last slides
// (slick-cloned, swiper-slide-duplicate); the reader sees each slide once, and so does the
// service page's text.
func TestCarouselClonesOnce(t *testing.T) {
	page, err := os.ReadFile("../testdata/kinds/service-carousel-clones.html")
	require.NoError(t, err)
	e, err := New(Options{PageType: PageService})
	require.NoError(t, err)
	res, err := e.Extract(context.Background(), page, Source{URL: "https://fernbrook.example/"})
	require.NoError(t, err)
	text := res.Text()
	for _, s := range []string{
		"Our year-end used to take a month of evenings",
		"They found two supplier invoices we had paid twice",
		"I finally know on a Monday",
		"Ledgerline, for firms that invoice by the hour.",
		"Tallybook, for shops with a till.",
	} {
		assert.Equal(t, 1, strings.Count(text, s), s)
	}
	assert.Contains(t, text, "From £140 a month")
}
