package extractor

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNameSignalMatchesNameWords checks that nameSignal, the allocation-free loop nameSignals
// uses, reads a class name as nameWords does: the same words, hence the same signals.
func TestNameSignalMatchesNameWords(t *testing.T) {
	names := []string{
		"", "-", "content", "Content", "most-read", "relatedPosts", "share_buttons", "entry-content",
		"sidebarWidget", "ABC", "navBar2", "footer--links", "x", "about-the-author", "newsletterForm",
		"post__body", "cookie-consent", "ad", "ads-300x250", "ÜberBox", "wp-block-group",
		strings.Repeat("verylongclassname", 8), strings.Repeat("a-b", 40),
	}
	for _, name := range names {
		var want signal
		nameWords(name, func(w []byte) { want |= wordSignal(w) })
		assert.Equal(t, want, nameSignal(name), "name %q", name)
	}
	// The test must compare something: some of these names carry signals.
	assert.NotZero(t, nameSignal("relatedPosts"))
	assert.NotZero(t, nameSignal("cookie-consent"))
}
