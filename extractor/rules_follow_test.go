package extractor

import (
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/stretchr/testify/assert"
)

func TestDropFollowPlugs(t *testing.T) {
	testKindPages(t, []kindPage{{
		// The plug in the middle of the post and the one that ends it go; a paragraph that
		// tells of readers' posts on a network stays.
		name: "follow-plugs", file: "follow-plug.html",
		must: []string{"Two boards glued into an L", "Many of my readers share their builds on Instagram",
			"Tighten every fitting by hand"},
		mustNot: []string{"Follow me on Pinterest", "Let's hang out on Instagram"},
	}})
}

// TestFollowPlugsInOtherLanguages: the plug in Spanish, Russian and Japanese goes too.
func TestFollowPlugsInOtherLanguages(t *testing.T) {
	const plug = "Want more weekend projects? Follow me on Pinterest to see what I'm pinning and be inspired to build."
	assertReplacedDropped(t, "follow-plug.html", "Two boards glued into an L",
		map[string]string{plug: "¿Quieres más proyectos? Síguenos en Instagram y verás uno nuevo cada semana."},
		map[string]string{plug: "Больше проектов для выходных — подписывайтесь на наш телеграм-канал."},
		map[string]string{plug: "新しい作品はインスタで紹介しています。ぜひフォローしてね！"})
}

func TestIsFollowPlug(t *testing.T) {
	for _, s := range []string{"Follow us on Facebook and Twitter for daily tips.", "Let’s hang out on Instagram!",
		"Other ways to connect with Anna: Instagram, Facebook", "Suivez-nous sur Instagram !", "欢迎关注我们的微信公众号"} {
		assert.True(t, block.IsFollowPlug(s), s)
	}
	for _, s := range []string{"Now if you follow me on Twitter or Facebook then you know who I like.",
		"A good share of your clients spend their evenings on Facebook.",
		"Follow the recipe closely the first time you bake it.",
		strings.Repeat("Follow us on Instagram was the line the brand printed on every box, and it worked. ", 4)} {
		assert.False(t, block.IsFollowPlug(s), s)
	}
}
