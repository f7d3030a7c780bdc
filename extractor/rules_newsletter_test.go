package extractor

import (
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/stretchr/testify/assert"
)

func TestDropNewsletterPlugs(t *testing.T) {
	testKindPages(t, []kindPage{{
		// The plug written twice down the post goes, both times; a paragraph that tells of the
		// writer's own subscriptions stays.
		name: "plug-twice", file: "newsletter-plug.html",
		must: []string{"Its stiff leaves hold water", "Of the plant newsletters I subscribe to",
			"when in doubt, wait another week."},
		mustNot: []string{"Sign up for our newsletter", "The Windowsill"},
	}})
}

// TestNewsletterPlugsInOtherLanguages: the plug in Russian and Korean goes too.
func TestNewsletterPlugsInOtherLanguages(t *testing.T) {
	const plug = "Want more easy plants? Sign up for our newsletter, The Windowsill, and get a new plant guide every Friday."
	assertReplacedDropped(t, "newsletter-plug.html", "Its stiff leaves hold water",
		map[string]string{plug: "Хотите больше простых растений? Подпишитесь на нашу рассылку «Подоконник»."},
		map[string]string{plug: "더 많은 식물 이야기가 궁금하다면 창가 뉴스레터를 구독해 주세요."})
}

func TestIsNewsletterPlug(t *testing.T) {
	for _, s := range []string{"Sign up now for the Deals newsletter.", "Was this newsletter forwarded to you? Sign up to get it in your inbox.",
		"Abonnez-vous à notre newsletter !", "立即订阅我们的电子报"} {
		assert.True(t, block.IsNewsletterPlug(s), s)
	}
	for _, s := range []string{"For a newsletter with 1,193 subscribers, these are strong numbers.",
		"I also identified 28 newsletters, a small subset of the newsletters I subscribe to.",
		"Sign up for the class at the front desk.", strings.Repeat("Our newsletter grew slowly, and the sign up form was the reason. ", 5)} {
		assert.False(t, block.IsNewsletterPlug(s), s)
	}
}
