package extractor

import "testing"

func TestDropCallsToAction(t *testing.T) {
	testKindPages(t, []kindPage{{
		// A sign-up box between two sections and a booking box after the body, each named a
		// call to action by its class ("inline-cta", "blogCta"): the site's offer, not the guide.
		name: "calls-in-story", file: "cta-in-story.html",
		must: []string{"A dull knife slips off the skin of a tomato", "Hold the blade at about fifteen degrees",
			"Push the blade across the stone", "Rinse and dry the knife before putting it away."},
		mustNot: []string{"Ready to cook with a sharper edge?", "Join our knife skills class",
			"Book a sharpening appointment", "Bring your knives to our workshop"},
	}, {
		// A page builder's "cta" widgets that hold most of the body are its sections: they stay.
		name: "page-builder-widgets", file: "cta-page-builder.html",
		must: []string{"The canal was dug to carry coal", "The lock flight", "Start at the bottom lock",
			"The aqueduct loop", "Cross the river on the stone aqueduct", "The tunnel", "rejoin the canal at the far portal"},
	}})
}
