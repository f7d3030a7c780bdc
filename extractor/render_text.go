package extractor

import "strings"

// BodyText returns the main content as plain text, one block per paragraph, blank lines between, without the title.
func (r *Result) BodyText() string {
	return r.text("")
}

// text joins head (when not empty) and the blocks' texts with blank lines, in one allocation.
func (r *Result) text(head string) string {
	n := len(head)
	for _, b := range r.Blocks {
		n += len(b.Text) + len("\n\n")
	}
	var sb strings.Builder
	sb.Grow(n)
	sb.WriteString(head)
	for _, b := range r.Blocks {
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(b.Text)
	}
	return sb.String()
}

// Text returns the title followed by the main content as plain text, blocks separated by blank lines.
func (r *Result) Text() string {
	return r.text(r.Title)
}
