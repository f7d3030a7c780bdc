package urls

import (
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAbsAndSafe shows where the two resolvers agree and where they differ on purpose.
func TestAbsAndSafe(t *testing.T) {
	base, err := url.Parse("https://example.com/news/a.html")
	require.NoError(t, err)
	for _, tc := range []struct {
		base                   *url.URL
		ref                    string
		abs, safeLink, safeImg string
	}{
		{base, "b.html", "https://example.com/news/b.html", "https://example.com/news/b.html", "https://example.com/news/b.html"},
		{base, " //cdn.example/x.jpg ", "https://cdn.example/x.jpg", "https://cdn.example/x.jpg", "https://cdn.example/x.jpg"},
		{base, "mailto:a@example.com", "", "mailto:a@example.com", ""},
		{base, "javascript:alert(1)", "", "", ""},
		{base, "data:image/png;base64,AAAA", "", "", ""},
		{nil, "/relative/path", "", "/relative/path", "/relative/path"},
		{nil, "//cdn.example/x.jpg", "https://cdn.example/x.jpg", "//cdn.example/x.jpg", "//cdn.example/x.jpg"},
		{nil, "HTTP://Example.com/A", "http://Example.com/A", "http://Example.com/A", "http://Example.com/A"},
		{nil, "http:///nohost", "", "", ""},
		{nil, "", "", "", ""},
		{nil, "https://example.com/" + strings.Repeat("a", maxURLBytes), "https://example.com/" + strings.Repeat("a", maxURLBytes), "", ""},
	} {
		assert.Equal(t, tc.abs, Abs(tc.base, tc.ref), "Abs %q", tc.ref)
		assert.Equal(t, tc.safeLink, Safe(tc.base, tc.ref, true), "Safe link %q", tc.ref)
		assert.Equal(t, tc.safeImg, Safe(tc.base, tc.ref, false), "Safe image %q", tc.ref)
	}
}

func TestBaseAndParseHTTP(t *testing.T) {
	assert.Equal(t, "https://example.com/static/", Base("https://example.com/a/b", "/static/").String())
	assert.Equal(t, "https://other.example/", Base("https://example.com/a", "https://other.example/").String())
	assert.Equal(t, "https://example.com/a", Base(" https://example.com/a ", "javascript:x").String())
	assert.Nil(t, Base("", "/static/"))
	assert.Nil(t, Base("ftp://example.com/", ""))
	_, ok := ParseHTTP("mailto:a@example.com")
	assert.False(t, ok)
	u, ok := ParseHTTP(" http://example.com/x ")
	assert.True(t, ok)
	assert.Equal(t, "example.com", u.Host)
}
