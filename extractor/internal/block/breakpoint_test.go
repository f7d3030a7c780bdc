package block

import (
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestForSomeWidths(t *testing.T) {
	for _, tc := range []struct {
		class string
		want  bool
	}{
		{"d-lg-none", true},
		{"col-12 d-none d-md-block", true},
		{"d-none d-md-flex", true},
		{"hidden-xs hidden-sm", true},
		{"vc_hidden-xs", true},
		{"visible-md", true},
		{"hidden-md-up", true},
		{"md:hidden", true},
		{"flex @xl:hidden", true},
		{"hidden md:block", true},
		{"hidden lg:flex", true},
		{"show-for-large", true},
		{"hide-for-small-only", true},
		{"hide-on-mobile", true},
		{"ring-fiftyfifty__copy--hide-mobile", true},
		{"desktop-only", true},
		{"_hidden-gt-lg_snh3y_36", true},
		{"hidden", false},
		{"d-none", false},
		{"d-md-block", false},
		{"show-more", false},
		{"hide-comments", false},
		{"mobile-menu", false},
		{"card large", false},
		{"", false},
	} {
		e := &Elem{Node: &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div",
			Attr: []html.Attribute{{Key: "class", Val: tc.class}}}}
		if got := ForSomeWidths(e); got != tc.want {
			t.Errorf("ForSomeWidths(class=%q) = %v, want %v", tc.class, got, tc.want)
		}
	}
}
