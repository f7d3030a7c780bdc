package extractor_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/pithdev/pith/extractor"
)

// TestForumRepeatedQuotes checks that a quote of an earlier post of the thread is said once,
// in the post it quotes, and its attribution goes with it, while a quote of a post that is
// not on the page stays in the reply with its attribution.
func TestForumRepeatedQuotes(t *testing.T) {
	path := filepath.Join("..", "testdata", "kinds", "forum-quotes.html")
	text := extractWith(t, path, extractor.Options{PageType: extractor.PageForum}).Text()
	for s, n := range map[string]int{
		"Should I get a small refractor":     1, // the opening post, quoted by the first reply
		"Get the Dobsonian":                  1, // the first reply, quoted by the last
		"The best telescope is the one":      1, // quoted from another thread: only here
		"nadia_k said:":                      0, // a repeated quote's attribution goes with it
		"orion_olav said:":                   0,
		"in the beginners' thread wrote:":    1, // a quote from elsewhere keeps its attribution
		"My big reflector gathered dust":     1,
		"I ordered the eight inch Dobsonian": 1,
	} {
		assert.Equal(t, n, strings.Count(text, s), s)
	}
}
