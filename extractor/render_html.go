package extractor

import (
	"io"
	"strings"

	"github.com/pithdev/pith/extractor/internal/render"
)

// HTML renders the result as a clean HTML fragment: the title as <h1>, then the blocks as
// <p>, <h1>-<h6>, <ul>/<ol> with <li> (a nested list inside the <li> it belongs to; an <ol>
// with start and reversed, an <li> with value, where the page's numbers need them),
// <dl> with <dt> and <dd>, <blockquote> (quotes, and correction or update notes, whose
// paragraph is a <p>), <table> with <tr>, <th> and <td> (colspan and rowspan kept),
// <pre><code>, and <figure> with the figure's <img>s (with the option) and a <figcaption>
// for a caption; comments follow under an <h2> (see [Result.Comments]).
// Inside blocks only <em>, <strong>, <code>, MathML (math, semantics, annotation, mrow, mi,
// mn, mo, mtext, msup, msub, msubsup, mfrac, msqrt, mroot, mover, munder, mtable, mtr,
// mtd, with no attributes but display, encoding and alttext), and with the options <a href>
// and <img src alt> appear. No other element or attribute is ever written: no script, style,
// event handler or class (but a code block's "language-*" class), and URLs are absolute
// http, https or mailto (images: http and https) or relative ones when no base URL is known;
// javascript:, data: and all other schemes are dropped. Text is escaped by
// golang.org/x/net/html, so the fragment is safe to embed in another page. One block per
// line; the output ends with a newline unless empty.
func (r *Result) HTML(opts RenderOptions) string {
	var sb strings.Builder
	_ = r.WriteHTML(&sb, opts) // a strings.Builder never fails
	return sb.String()
}

// WriteHTML writes [Result.HTML] to out, block by block, and returns the first error of out;
// it stops writing at that error. A writer without WriteString and WriteByte is buffered.
func (r *Result) WriteHTML(out io.Writer, opts RenderOptions) error {
	p, o := r.page(opts)
	return render.HTML(out, p, o)
}
