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

// Text returns the title followed by the main content as plain text, blocks separated by
// blank lines. When the result has [Result.Comments], they follow the body: a line
// "Comments", then per comment, after a blank line, its author and date on one line
// ("Jane Doe · 2024-02-12T18:04:00Z") and its text on the next.
func (r *Result) Text() string {
	if len(r.Comments) == 0 {
		return r.text(r.Title)
	}
	var sb strings.Builder
	_ = r.WriteText(&sb) // a strings.Builder never fails
	return sb.String()
}

// WriteText writes [Result.Text] to w and returns the first error of w; it stops writing at
// that error.
func (r *Result) WriteText(w io.Writer) error {
	if len(r.Comments) == 0 {
		return writeText(w, r.Title, r.Blocks)
	}
	cw := &countWriter{w: w}
	if err := writeText(cw, r.Title, r.Blocks); err != nil {
		return err
	}
	return writeTextComments(w, r.Comments, cw.n > 0)
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += n
	return n, err
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
