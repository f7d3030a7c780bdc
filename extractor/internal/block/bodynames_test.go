package block

import "testing"

func TestBodyChromeName(t *testing.T) {
	for name, want := range map[string]bool{
		"content-nav-section":  true,
		"postSidebarBlock":     true,
		"content-nav":          false, // the chrome word names it
		"media-text__acc-menu": false,
		"sidebar-content":      false, // a body word after the chrome word: the sidebar's content
		"nav-section":          false,
		"entry-footer":         false,
		"article-body":         false,
	} {
		if got := bodyChromeName(name); got != want {
			t.Errorf("bodyChromeName(%q) = %v, want %v", name, got, want)
		}
	}
}
