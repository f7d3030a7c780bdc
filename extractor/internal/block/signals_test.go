package block

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pithdev/pith/extractor/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNameSignalMatchesNameWords checks that NameSignal, the allocation-free loop NameSignals
// uses, reads a class name as NameWords does: the same words, hence the same signals.
func TestNameSignalMatchesNameWords(t *testing.T) {
	names := []string{
		"", "-", "content", "Content", "most-read", "relatedPosts", "share_buttons", "entry-content",
		"sidebarWidget", "ABC", "navBar2", "footer--links", "x", "about-the-author", "newsletterForm",
		"post__body", "cookie-consent", "ad", "ads-300x250", "ÜberBox", "wp-block-group",
		strings.Repeat("verylongclassname", 8), strings.Repeat("a-b", 40),
	}
	for _, name := range names {
		var want Signal
		nameWords(name, func(w []byte) { want |= WordSignal(w) })
		assert.Equal(t, want, nameSignal(name), "name %q", name)
	}
	// The test must compare something: some of these names carry signals.
	assert.NotZero(t, nameSignal("relatedPosts"))
	assert.NotZero(t, nameSignal("cookie-consent"))
}

// TestClassCacheOneName checks the one-name shortcut of ClassCache.lookup: OneName holds
// only when strings.Fields gives the value back whole (always, for an ASCII value), and a value's signals are those of
// its names ORed whichever path reads it, first or again.
func TestClassCacheOneName(t *testing.T) {
	values := []string{
		"", " ", "content", "sidebar", " sidebar", "sidebar ", "entry-content share", "a\tb", "hidden",
		"sr-only", "nav\u00a0bar", "menü", "related\u2003posts", "post-embed", "x\vy", "Cookie-Banner",
	}
	for _, v := range values {
		f := strings.Fields(v)
		whole := len(f) == 1 && f[0] == v
		if oneName(v) {
			assert.True(t, whole, "%q", v)
		} else if isASCII(v) {
			assert.False(t, whole, "%q: an ASCII value that is one name takes the shortcut", v)
		}
		var want Signal
		for _, name := range f {
			want |= nameSignals(name)
		}
		c := classCache{}
		assert.Equal(t, want, c.Lookup(v), "%q first", v)
		assert.Equal(t, want, c.Lookup(v), "%q again", v)
	}
	assert.NotZero(t, classCache{}.Lookup("sidebar"), "a boilerplate name has signals")
}

// TestWordShapesKeepEveryWord checks that the shape filter of WordSignal turns away no word
// of ClassWords: each word gets its own signals back, and a word of no list gets none.
func TestWordShapesKeepEveryWord(t *testing.T) {
	require.NotEmpty(t, classWords)
	for w, sig := range classWords {
		if w == "" {
			continue
		}
		assert.Equal(t, sig, WordSignal([]byte(w))&sig, "%q", w)
	}
	assert.Zero(t, WordSignal([]byte("zqxv")), "a word of no list")
	assert.NotZero(t, WordSignal([]byte("sidebar")), "a boilerplate word")
}

// TestHasEditAction checks hasEditAction against strings.Contains over random links made of
// pieces of the word, "=" and other bytes, and a few whole ones.
func TestHasEditAction(t *testing.T) {
	parts := []string{"action", "=", "edit", "action=edit", "act", "ion=ed", "it", "?", "&", "/w/index.php", "title=X", "veaction=edit", "=edit", "x"}
	randtext.Each(13, 14, 100000, 6, parts, func(href string, _ *rand.Rand) {
		require.Equal(t, strings.Contains(href, "action=edit"), hasEditAction(href), "%q", href)
	})
	assert.True(t, hasEditAction("/w/index.php?title=Page&action=edit&section=2"))
	assert.True(t, hasEditAction("action=edit"))
	assert.False(t, hasEditAction("action=edi"))
	assert.False(t, hasEditAction("https://example.com/story?utm=1"))
}
