package render

import (
	"io"
	"strconv"
	"strings"

	"github.com/pithdev/pith/extractor/internal/view"
)

// FrontMatter writes fields as a YAML front matter block ("---" lines around "key: value"
// lines) followed by a blank line, and returns the first error of out. Every value is a
// double-quoted YAML string, so that no title or name is read as YAML syntax; a field with
// several values is a list. Fields with no value are left out; with none at all, nothing is
// written.
func FrontMatter(out io.Writer, fields []view.Field) error {
	if !anyValue(fields) {
		return nil
	}
	var sb strings.Builder
	sb.WriteString("---\n")
	for _, f := range fields {
		switch {
		case len(f.Values) == 0:
			continue
		case f.List:
			sb.WriteString(f.Key + ":\n")
			for _, v := range f.Values {
				sb.WriteString("  - " + strconv.Quote(v) + "\n")
			}
		default:
			sb.WriteString(f.Key + ": " + strconv.Quote(f.Values[0]) + "\n")
		}
	}
	sb.WriteString("---\n\n")
	_, err := io.WriteString(out, sb.String())
	return err
}

// TextHeader writes fields as "Label: value" lines followed by a blank line, the values of a
// list joined with ", " and line breaks made spaces, and returns the first error of out.
// Fields with no value are left out; with none at all, nothing is written.
func TextHeader(out io.Writer, fields []view.Field) error {
	if !anyValue(fields) {
		return nil
	}
	var sb strings.Builder
	for _, f := range fields {
		if len(f.Values) == 0 {
			continue
		}
		sb.WriteString(f.Label + ": " + strings.Join(strings.Fields(strings.Join(f.Values, ", ")), " ") + "\n")
	}
	sb.WriteString("\n")
	_, err := io.WriteString(out, sb.String())
	return err
}

// anyValue reports whether one of fields has a value.
func anyValue(fields []view.Field) bool {
	for _, f := range fields {
		if len(f.Values) > 0 {
			return true
		}
	}
	return false
}
