package block

import (
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
)

// The classes of CSS frameworks and themes that show an element at some screen widths only:
// a section written twice, once per layout, whose two copies are both in the page and one of
// which the style sheet hides (see ForSomeWidths).

// screenWords name a screen size or a device in a class name: the breakpoints of Bootstrap,
// Tailwind and Foundation, "gt"/"lt" of the CSS modules that name theirs ("hidden-gt-lg"),
// and the devices of the themes' own names ("hide-on-mobile", "desktop-only").
var screenWords = dom.TokenSet("xs", "sm", "md", "lg", "xl", "xxl", "2xl", "gt", "lt",
	"small", "medium", "large", "xlarge", "mobile", "desktop", "tablet", "phone", "landscape", "portrait")

// visibilityWords say that a class shows or hides its element: "hide-on-mobile",
// "hidden-xs", "visible-md", "show-for-large", "desktop-only", "d-lg-none".
var visibilityWords = dom.TokenSet("hide", "hidden", "show", "visible", "only", "none")

// displayWords are the display values a framework's class turns on at a width ("d-md-block",
// "md:flex"): beside a class that hides the element at every width ("d-none", "hidden"), the
// element is shown from that width on.
var displayWords = dom.TokenSet("block", "flex", "grid", "inline", "table", "contents")

// ForSomeWidths reports whether an element's class names show or hide it at some screen
// widths only ("d-lg-none", "hidden-xs", "md:hidden", "hidden md:block", "d-none d-md-flex",
// "show-for-large", "hide-on-mobile", "desktop-only", "_hidden-gt-lg_snh3y_36"): one of two
// copies of a section laid out per screen size. A class that hides the element at every
// width ("d-none", "hidden" alone) is not one: the segmenter reads such an element as hidden.
func ForSomeWidths(e *Elem) bool {
	if e == nil || e.Node == nil {
		return false
	}
	class := dom.Attr(e.Node, "class")
	if class == "" {
		return false
	}
	hidesAll, showsAt := false, false
	for field := range strings.FieldsSeq(class) {
		field = strings.ToLower(field)
		if strings.HasSuffix(field, ":hidden") {
			return true // Tailwind: hidden from a width on ("md:hidden", "@xl:hidden")
		}
		if field == "hidden" || field == "d-none" {
			hidesAll = true
			continue
		}
		if i := strings.LastIndexByte(field, ':'); i > 0 && displayWords[field[i+1:]] {
			showsAt = true // "md:block"
			continue
		}
		screen, visibility, display, d := false, false, false, false
		for _, w := range strings.FieldsFunc(field, isNameSeparator) {
			switch {
			case screenWords[w]:
				screen = true
			case visibilityWords[w]:
				visibility = true
			case displayWords[w]:
				display = true
			case w == "d":
				d = true
			}
		}
		if screen && visibility {
			return true
		}
		showsAt = showsAt || d && screen && display // "d-md-block"
	}
	return hidesAll && showsAt
}

// isNameSeparator reports whether r parts the words of a class name.
func isNameSeparator(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
}
