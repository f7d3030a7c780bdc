package extractor

import (
	"testing"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/view"
	"github.com/stretchr/testify/assert"
)

func TestDropEndBoxes(t *testing.T) {
	testKindPages(t, []kindPage{{
		name: "appeal-and-bio", file: "endbox-tech-blog.html",
		must: []string{"Under the heat sink is a quad-core processor", "Verdict", "a capable little machine"},
		mustNot: []string{"Support Circuit Notes! Donate", "become a patron", "About the author",
			"Mara Lind has written about embedded hardware"},
	}, {
		name: "press-contact-de", file: "endbox-press-contact-de.html",
		must:    []string{"Die Hochschule hat am Montag", "damit die Ergebnisse schnell in die Praxis gelangen."},
		mustNot: []string{"Pressekontakt", "presse@hochschule.example"},
	}, {
		// "Donate at the front desk" is a line of the story, far from its end.
		name: "story-about-donations", file: "endbox-donation-story.html",
		must: []string{"Donate at the front desk or online", "with the upper reading room closed for about three weeks."},
	}, {
		// The same boxes go on a page of another kind.
		name: "service-page", file: "endbox-tech-blog.html", kind: PageService, assembled: PageService,
		must:    []string{"a capable little machine"},
		mustNot: []string{"Support Circuit Notes! Donate", "About the author"},
	}})
}

func TestOpensEndBox(t *testing.T) {
	for text, want := range map[string]bool{
		"Support us! Donate today":                           true,
		"Donate":                                             true,
		"— Follow us on Mastodon":                            true,
		"About the author":                                   true,
		"Media contact: Sam Ode, 555-0100":                   true,
		"Über den Autor":                                     true,
		"Suivez-nous sur les réseaux":                        true,
		"Подпишитесь на наш канал":                           true,
		"Support Circuit Notes! Donate via PayPal":           true,
		"Unterstützen Sie uns!":                              true,
		"Support for the measure grew as donations came in.": false, // no appeal's exclamation
		"Donated funds went to the new roof.":                false, // not the whole word
		"Supporters gathered in the town square":             false,
		"The author thanks the reviewers.":                   false,
	} {
		b := &block.Block{Kind: view.Paragraph, Text: text}
		assert.Equal(t, want, opensEndBox(b), "opensEndBox(%q)", text)
	}
}
