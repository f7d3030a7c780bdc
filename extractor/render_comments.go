package extractor

import (
	"io"
	"strings"

	"golang.org/x/net/html/atom"
)

// commentsHeading is the line that opens the comments after the body in every format.
const commentsHeading = "Comments"

// commentByline is a comment's first line: author and date, " · " between, or "" when the
// page gives neither.
func commentByline(c Comment) string {
	switch {
	case c.Author != "" && c.Date != "":
		return c.Author + " · " + c.Date
	case c.Author != "":
		return c.Author
	}
	return c.Date
}

// writeTextComments writes the comments after the body of text output: a blank line, a
// "Comments" line, then each comment after a blank line as its byline on one line and its
// text on the next lines (paragraphs separated by blank lines). wrote says text came before.
func writeTextComments(w io.Writer, comments []Comment, wrote bool) error {
	if len(comments) == 0 {
		return nil
	}
	var sb strings.Builder
	if wrote {
		sb.WriteString("\n\n")
	}
	sb.WriteString(commentsHeading)
	for _, c := range comments {
		sb.WriteString("\n\n")
		if line := commentByline(c); line != "" {
			sb.WriteString(line + "\n")
		}
		sb.WriteString(c.Text)
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// comments writes the comments as a "## Comments" section: per comment, its byline (the
// author in bold) as a paragraph, then its paragraphs; a reply is a blockquote, one level
// per depth.
func (w *mdWriter) comments(comments []Comment) {
	if len(comments) == 0 {
		return
	}
	w.block("## " + commentsHeading)
	for _, c := range comments {
		var parts []string
		if line := mdByline(c); line != "" {
			parts = append(parts, line)
		}
		for p := range strings.SplitSeq(c.Text, "\n\n") {
			parts = append(parts, escapeMarkdown(p, true))
		}
		text := strings.Join(parts, "\n\n")
		if c.Depth > 0 {
			prefix := strings.Repeat("> ", min(c.Depth, maxCommentQuoteDepth))
			text = prefix + strings.ReplaceAll(text, "\n", "\n"+prefix)
			text = strings.ReplaceAll(text, "\n"+prefix+"\n", "\n"+strings.TrimSpace(prefix)+"\n")
		}
		w.block(text)
	}
}

// maxCommentQuoteDepth caps the blockquote nesting of replies in Markdown and HTML: deeper
// replies are shown at this depth.
const maxCommentQuoteDepth = 4

// mdByline is a comment's byline in Markdown: the author in bold, then the date.
func mdByline(c Comment) string {
	switch {
	case c.Author != "" && c.Date != "":
		return "**" + escapeMarkdown(c.Author, false) + "** · " + escapeMarkdown(c.Date, false)
	case c.Author != "":
		return "**" + escapeMarkdown(c.Author, false) + "**"
	}
	return escapeMarkdown(c.Date, true)
}

// comments renders the comments as an <h2>Comments</h2> and, per comment, a <p> with the
// author in <strong> and the date, then a <p> per paragraph; a reply sits in <blockquote>s,
// one per depth.
func (hw *htmlWriter) comments(comments []Comment) {
	if len(comments) == 0 {
		return
	}
	hw.emit(elem1(atom.H2, textNode(commentsHeading)))
	for _, c := range comments {
		box := newElem(atom.Div)
		if c.Author != "" || c.Date != "" {
			p := newElem(atom.P)
			if c.Author != "" {
				p.AppendChild(elem1(atom.Strong, textNode(c.Author)))
			}
			if c.Date != "" {
				sep := ""
				if c.Author != "" {
					sep = " · "
				}
				p.AppendChild(textNode(sep + c.Date))
			}
			box.AppendChild(p)
		}
		for para := range strings.SplitSeq(c.Text, "\n\n") {
			box.AppendChild(elem1(atom.P, textNode(para)))
		}
		for range min(c.Depth, maxCommentQuoteDepth) {
			q := newElem(atom.Blockquote)
			for k := box.FirstChild; k != nil; k = box.FirstChild {
				box.RemoveChild(k)
				q.AppendChild(k)
			}
			box.AppendChild(q)
		}
		for k := box.FirstChild; k != nil; k = box.FirstChild {
			box.RemoveChild(k)
			hw.emit(k)
		}
	}
}
