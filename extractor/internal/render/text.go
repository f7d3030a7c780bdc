package render

import (
	"io"
	"strings"

	"github.com/pithdev/pith/extractor/internal/view"
)

// Text writes head (when not empty) and the texts of n blocks, text(i) the i-th, with blank
// lines between what is not empty, then the comments (see Comments), and returns the first
// error of w; it stops writing at that error. The blocks come by index, not as views, so that
// plain text, the format read most, costs no copy of the blocks.
func Text(w io.Writer, head string, n int, text func(i int) string, comments []view.Comment) error {
	if len(comments) == 0 {
		return writeText(w, head, n, text)
	}
	cw := &countWriter{w: w}
	if err := writeText(cw, head, n, text); err != nil {
		return err
	}
	return writeTextComments(w, comments, cw.n > 0)
}

// writeText writes head and the blocks' texts, with blank lines between what is not empty.
func writeText(w io.Writer, head string, n int, text func(i int) string) error {
	wrote := head != ""
	if _, err := io.WriteString(w, head); err != nil {
		return err
	}
	for i := range n {
		t := text(i)
		if wrote {
			if _, err := io.WriteString(w, "\n\n"); err != nil {
				return err
			}
		}
		if _, err := io.WriteString(w, t); err != nil {
			return err
		}
		wrote = wrote || t != ""
	}
	return nil
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

// writeTextComments writes the comments after the body of text output: a blank line (when
// text came before), a "Comments" line, then each comment after a blank line as its byline
// (author and date, " · " between) on one line and its text on the next lines.
func writeTextComments(w io.Writer, comments []view.Comment, wrote bool) error {
	var sb strings.Builder
	if wrote {
		sb.WriteString("\n\n")
	}
	sb.WriteString(commentsHeading)
	for _, c := range comments {
		sb.WriteString("\n\n")
		if line := textByline(c); line != "" {
			sb.WriteString(line + "\n")
		}
		sb.WriteString(c.Text)
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// textByline is a comment's first line in text: author and date, " · " between, or "" when
// the page gives neither.
func textByline(c view.Comment) string {
	switch {
	case c.Author != "" && c.Date != "":
		return c.Author + " · " + c.Date
	case c.Author != "":
		return c.Author
	}
	return c.Date
}
