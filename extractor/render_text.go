package extractor

import (
	"io"
	"strings"
)

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
	_ = writeText(&sb, head, r.Blocks) // a strings.Builder never fails
	return sb.String()
}

// Text returns the title followed by the main content as plain text, blocks separated by blank lines.
func (r *Result) Text() string {
	return r.text(r.Title)
}

// WriteText writes [Result.Text] to w and returns the first error of w; it stops writing at
// that error.
func (r *Result) WriteText(w io.Writer) error {
	return writeText(w, r.Title, r.Blocks)
}

// writeText writes head (when not empty) and the blocks' texts, with blank lines between
// what is not empty.
func writeText(w io.Writer, head string, blocks []Block) error {
	wrote := head != ""
	if _, err := io.WriteString(w, head); err != nil {
		return err
	}
	for _, b := range blocks {
		if wrote {
			if _, err := io.WriteString(w, "\n\n"); err != nil {
				return err
			}
		}
		if _, err := io.WriteString(w, b.Text); err != nil {
			return err
		}
		wrote = wrote || b.Text != ""
	}
	return nil
}
