package extractor

import (
	"io"
	"strings"

	"github.com/pithdev/pith/extractor/internal/render"
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
	_ = writeText(&sb, head, r.Blocks, nil) // a strings.Builder never fails
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
	return writeText(w, r.Title, r.Blocks, r.Comments)
}

// writeText writes head (when not empty) and the blocks' texts, with blank lines between
// what is not empty, then the comments.
func writeText(w io.Writer, head string, blocks []Block, comments []Comment) error {
	return render.Text(w, head, len(blocks), func(i int) string { return blocks[i].Text }, commentViews(comments))
}
