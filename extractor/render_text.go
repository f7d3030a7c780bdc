package extractor

import "strings"

// BodyText returns the main content as plain text, one block per paragraph, blank lines between, without the title.
func (r *Result) BodyText() string {
	var sb strings.Builder
	for i, b := range r.Blocks {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(b.Text)
	}
	return sb.String()
}

// Text returns the title followed by the main content as plain text, blocks separated by blank lines.
func (r *Result) Text() string {
	body := r.BodyText()
	switch {
	case r.Title == "":
		return body
	case body == "":
		return r.Title
	}
	return r.Title + "\n\n" + body
}
