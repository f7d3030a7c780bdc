package tree

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/decode"
	"github.com/pithdev/pith/extractor/internal/guard"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Parse builds the DOM tree of UTF-8 page text with html.Parse, scripting on as in a
// browser, and then parses the markup each <noscript> holds as text (see expandNoscript).
//
// html.Parse fails on documents nested deeper than 512 elements and can build millions of
// nodes from a small page of unclosed formatting tags (see package guard). A quick byte scan
// decides whether a guard pass must first cap the nesting and the formatting elements; if
// html.Parse still fails, the page is guarded again with tighter limits, down to no nesting at
// all, so every page that has text gets a tree. The tree may hold at most maxNodes elements:
// past that Parse returns an error wrapping [ErrTooManyNodes]. On a page with more tags
// than that, the guard pass first drops what cannot hold text (the content of SVG and MathML,
// runs of <br>, <wbr>, empty inline elements), so a flood of those before an article neither
// counts nor costs a node; elements that can hold text still count, and past the limit the
// page is an error, not a tree cut short. ctx is checked while the parser reads its input.
//
// A <title> that is never closed makes the parser read the rest of the page as the title's
// text, leaving an empty body (archived pages do this): when the title runs past
// maxTitleChars and holds markup, the page is parsed again with the title closed where its
// first tag starts (CloseRunawayTitle).
func Parse(ctx context.Context, text []byte, maxNodes int) (*html.Node, error) {
	doc, err := parseOnce(ctx, text, maxNodes)
	if err != nil || !RunawayTitle(doc) {
		return doc, err
	}
	if fixed, ok := CloseRunawayTitle(text); ok {
		if again, err := parseOnce(ctx, fixed, maxNodes); err == nil {
			return again, nil
		}
	}
	return doc, nil
}

// parseOnce is Parse without the runaway-title repair.
func parseOnce(ctx context.Context, text []byte, maxNodes int) (*html.Node, error) {
	if bytes.IndexByte(text, '<') < 0 {
		return nil, decode.ErrNotHTML
	}
	in, guarded := text, 0
	s, parts, elided := guard.ScanParts(text)
	lim := guard.Limits{Depth: MaxNestingDepth, Formatting: MaxFormatting, MaxNodes: maxNodes, Textless: s.Flood(maxNodes)}
	var doc *html.Node
	var err error
	if s.Needed(maxNodes) {
		if in, err = guardText(ctx, text, lim); err != nil {
			return nil, err
		}
		guarded = MaxNestingDepth
		doc, err = ParseHTML(ctx, in)
	} else {
		doc, err = parseParts(ctx, text, parts, elided, s.Noscript)
	}
	for _, depth := range fallbackDepths {
		if err == nil || ctx.Err() != nil {
			break
		}
		if guarded != 0 && depth >= guarded {
			continue
		}
		lim.Depth, lim.Formatting = depth, min(depth, MaxFormatting)
		if in, err = guardText(ctx, text, lim); err != nil {
			return nil, err
		}
		doc, err = ParseHTML(ctx, in)
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &ParseError{Err: err}
	}
	if n := CountElements(doc, maxNodes); n > maxNodes {
		return nil, TooManyNodes(maxNodes)
	}
	return doc, nil
}

// guardText runs a guard pass with limits lim and returns the text to parse.
func guardText(ctx context.Context, text []byte, lim guard.Limits) ([]byte, error) {
	g, err := guard.Run(ctx, text, lim)
	switch {
	case errors.Is(err, guard.ErrTooManyNodes):
		return nil, TooManyNodes(lim.MaxNodes)
	case err != nil:
		return nil, err
	case g.Out != nil:
		return g.Out, nil
	}
	return text, nil
}

// ParseHTML runs html.Parse over text, stopping early when ctx is done, and parses the markup
// of each <noscript> apart (see expandNoscript).
//
// The parser is fed text with the bodies of its scripts and style sheets, and the drawings
// inside its <svg> elements, left out (guard.Elide): no stage reads them, and reading them is
// a quarter of the parser's time on pages of today. The tree is then checked: when a body's
// marker did not come out alone in a <script>, <style> or <svg> (the byte scan and the
// tokenizer disagreed on where a tag was), text is parsed again as it was, so the tree is
// always the one text would give, but for the content of those elements (an <svg> left out
// is empty).
func ParseHTML(ctx context.Context, text []byte) (*html.Node, error) {
	parts, elided := guard.ElideParts(text)
	return parseParts(ctx, text, parts, elided, true)
}

// parseParts is ParseHTML with text's elided pieces and their marker count given, and whether
// text may hold a <noscript> start tag (when not, and the tree agrees with the pieces, no walk
// looks for one).
func parseParts(ctx context.Context, text []byte, parts [][]byte, elided int, noscript bool) (*html.Node, error) {
	doc, err := parseReader(ctx, guard.NewPartsReader(parts))
	if elided > 0 && (err != nil || guard.TakeElided(doc) != elided) && ctx.Err() == nil {
		doc, err = parseText(ctx, text)
		noscript = true // the scan and the tokenizer disagreed
	}
	if err != nil {
		return nil, err
	}
	if noscript {
		expandNoscript(ctx, doc)
	}
	return doc, nil
}

// parseText is html.Parse over text, stopping early when ctx is done.
func parseText(ctx context.Context, text []byte) (*html.Node, error) {
	return parseReader(ctx, bytes.NewReader(text))
}

// parseReader is html.Parse over what r reads, stopping early when ctx is done.
func parseReader(ctx context.Context, r io.Reader) (*html.Node, error) {
	return html.Parse(&ctxReader{ctx: ctx, r: r})
}

// ctxReader is a reader that fails once its context is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// CountElements counts the element nodes of the tree under n, stopping once past limit.
func CountElements(n *html.Node, limit int) int {
	count, _ := TreeSize(n, limit)
	return count
}

// TreeSize returns the number of element nodes in the tree under n, stopping once past limit,
// and the depth of its deepest node. It walks the tree without recursion, so any tree is safe.
func TreeSize(n *html.Node, limit int) (count, depth int) {
	d := 0
	for c := n; c != nil && count <= limit; {
		if c.Type == html.ElementNode {
			count++
		}
		depth = max(depth, d)
		if c.FirstChild != nil {
			c, d = c.FirstChild, d+1
			continue
		}
		for c != n && c.NextSibling == nil {
			c, d = c.Parent, d-1
		}
		if c == n {
			break
		}
		c = c.NextSibling
	}
	return count, depth
}

// maxFrames is the most frame URLs FrameSources returns.
const maxFrames = 8

// FrameSources returns the src of the frames of a frameset page, and false if doc is not one.
// The parser puts a page's <frameset> in place of its <body>; its <noframes> text is raw text
// that no reader sees.
func FrameSources(doc *html.Node) ([]string, bool) {
	var root *html.Node
	for c := doc.FirstChild; c != nil && root == nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Html {
			for f := c.FirstChild; f != nil; f = f.NextSibling {
				if f.Type == html.ElementNode && f.DataAtom == atom.Frameset {
					root = f
					break
				}
			}
		}
	}
	if root == nil {
		return nil, false
	}
	var srcs []string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && len(srcs) < maxFrames && depth < MaxNestingDepth; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Frame {
				for _, a := range c.Attr {
					if a.Key == "src" && a.Val != "" {
						srcs = append(srcs, a.Val)
					}
				}
			}
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return srcs, true
}

// RunawayTitle reports whether the page's <title> (a child of <head> or <body>) holds more
// than maxTitleChars of text with markup in it: a title that was never closed, so that the
// parser read the rest of the page into it.
func RunawayTitle(doc *html.Node) bool { return findRunawayTitle(doc) != nil }

// findRunawayTitle returns the runaway <title> of RunawayTitle, or nil.
func findRunawayTitle(doc *html.Node) *html.Node {
	for c := doc.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Html {
			continue
		}
		for part := c.FirstChild; part != nil; part = part.NextSibling {
			for t := part.FirstChild; t != nil; t = t.NextSibling {
				if t.Type == html.ElementNode && t.DataAtom == atom.Title && t.FirstChild != nil &&
					t.FirstChild.Type == html.TextNode && len(t.FirstChild.Data) > maxTitleChars &&
					utf8.RuneCountInString(t.FirstChild.Data) > maxTitleChars &&
					tagStart([]byte(t.FirstChild.Data)) >= 0 {
					return t
				}
			}
		}
	}
	return nil
}

// ReparseRunawayTitle is the runaway-title repair for a tree parsed elsewhere (ExtractNode):
// the page is written back as the markup before the title and the title's text, which is
// the rest of the page as it was written, and parsed again with the title closed. The
// caller's tree is only read. It returns doc when the tree has no runaway title or the
// repair fails.
func ReparseRunawayTitle(ctx context.Context, doc *html.Node, maxNodes int) *html.Node {
	t := findRunawayTitle(doc)
	if t == nil {
		return doc
	}
	var buf bytes.Buffer
	buf.WriteString("<!DOCTYPE html><html><head>")
	for c := t.Parent.FirstChild; c != t; c = c.NextSibling {
		if err := html.Render(&buf, c); err != nil {
			return doc
		}
	}
	buf.WriteString("<title>")
	buf.WriteString(t.FirstChild.Data)
	if again, err := Parse(ctx, buf.Bytes(), maxNodes); err == nil {
		return again
	}
	return doc
}

// CloseRunawayTitle returns text with "</title>" inserted before the first tag after the
// last <title> start tag that no </title> follows, and false when there is none. A title
// holds no markup, so its text ends where the first tag starts.
func CloseRunawayTitle(text []byte) ([]byte, bool) {
	lower := bytes.ToLower(text)
	from := 0
	if end := bytes.LastIndex(lower, []byte("</title")); end >= 0 {
		from = end + len("</title")
	}
	start := -1
	for i := from; ; {
		j := bytes.Index(lower[i:], []byte("<title"))
		if j < 0 {
			break
		}
		i += j + len("<title")
		if i < len(lower) && (lower[i] == '>' || lower[i] == '/' || isHTMLSpace(lower[i])) {
			start = i
			break
		}
	}
	if start < 0 {
		return nil, false
	}
	gt := bytes.IndexByte(text[start:], '>')
	if gt < 0 {
		return nil, false
	}
	body := start + gt + 1
	tag := tagStart(text[body:])
	if tag < 0 {
		return nil, false
	}
	at := body + tag
	fixed := make([]byte, 0, len(text)+len("</title>"))
	fixed = append(fixed, text[:at]...)
	fixed = append(fixed, "</title>"...)
	return append(fixed, text[at:]...), true
}

// tagStart returns the offset of the first tag in b: a '<' followed by a letter, '/' or '!'
// (a start or end tag, a comment or a doctype), or -1.
func tagStart(b []byte) int {
	for i := 0; i+1 < len(b); i++ {
		if b[i] != '<' {
			continue
		}
		switch c := b[i+1]; {
		case c == '/' || c == '!' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z'):
			return i
		}
	}
	return -1
}

// isHTMLSpace reports whether c is whitespace as HTML tokenizing defines it.
func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// Limits on the tree handed to html.Parse; see package guard (internal/guard).
const (
	// MaxNestingDepth is the deepest element kept, below html.Parse's limit of 512 open elements
	// with room for the elements the parser adds on its own (implied <tbody> and <tr>, formatting
	// elements it re-creates). Real pages stay under 60: the deepest of the 662 benchmark pages is 56.
	MaxNestingDepth = 400
	// MaxFormatting is the most formatting elements (<b>, <font>, ...) kept in the parser's list
	// of active formatting elements. The parser re-creates each closed one before every later
	// run of text, so this bounds how many elements a short run of text can cost. The guard drops
	// none on any of the 662 benchmark pages.
	MaxFormatting = 16
)

// fallbackDepths are the nesting limits tried, in order, when html.Parse fails on a page; the
// last keeps no elements at all, only text, so it cannot fail.
var fallbackDepths = []int{MaxNestingDepth, 200, 100, 25, 0}

// TooManyNodes is the error for a page with more than limit elements.
func TooManyNodes(limit int) error {
	return fmt.Errorf("%w: more than %d", ErrTooManyNodes, limit)
}

const (
	// maxTitleChars: a <title> with more characters than this that holds markup was never
	// closed (the parser read the rest of the page into it); real titles stay under 200.
	maxTitleChars = 300
)

// ErrTooManyNodes is the error a page whose tree would have more elements than its limit
// wraps (extractor.ErrTooManyNodes is this error).
var ErrTooManyNodes = errors.New("extractor: too many elements")

// ParseError reports that the HTML parser gave up on the input; the extractor returns it as
// its own ParseError.
type ParseError struct {
	// Err is the parser's error.
	Err error
}

// Error implements error.
func (e *ParseError) Error() string { return "extractor: parse: " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }
