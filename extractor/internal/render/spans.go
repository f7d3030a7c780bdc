package render

import (
	"net/url"

	"github.com/pithdev/pith/extractor/internal/urls"
	"github.com/pithdev/pith/extractor/internal/view"
)

// Options says what Markdown and HTML include beyond the text; extractor.RenderOptions less
// what the extractor handles itself (leaving tables out, choosing the base).
type Options struct {
	// Links keeps hyperlinks; Images keeps the page's main image and the blocks' images.
	Links, Images bool
	// Base resolves relative links and images; nil keeps them relative.
	Base *url.URL
}

// spanSink receives a block's inline content from walkSpans, with links and images already
// decided: a link is opened only when it is written, an image given only when it is shown.
type spanSink interface {
	text(s string)
	code(s string)
	// open starts emphasis (view.EmSpan, view.StrongSpan) or a link (view.LinkSpan, with its
	// href); empty says the emphasis holds no text and no shown image.
	open(k view.SpanKind, href string, empty bool)
	// close ends what the matching open started.
	close(k view.SpanKind)
	// image writes an image; spaceAfter says a space collapsed away before it is to be
	// written after it, since the text that follows does not start with one.
	image(src, alt string, spaceAfter bool)
	// math writes a formula: tex is its TeX between "$" or "$$" (or the MathML's text),
	// mathML its MathML, nil when the page has none.
	math(tex string, mathML *view.MathNode)
}

// walkSpans is the one pass over spans that Markdown and HTML share: it resolves and checks
// URLs (through urls.Safe), writes a link without text or shown image as its content alone,
// and leaves out the images that are not to be shown.
func (o *Options) walkSpans(spans []view.Span, sink spanSink) {
	for i, s := range spans {
		switch s.Kind {
		case view.TextSpan:
			sink.text(s.Text)
		case view.CodeSpan:
			sink.code(s.Text)
		case view.MathSpan:
			sink.math(s.Text, s.Math)
		case view.EmSpan, view.StrongSpan:
			sink.open(s.Kind, "", !hasText(s.Kids) && !o.hasImage(s.Kids))
			o.walkSpans(s.Kids, sink)
			sink.close(s.Kind)
		case view.LinkSpan:
			href := o.href(s)
			if href == "" {
				o.walkSpans(s.Kids, sink)
				continue
			}
			sink.open(view.LinkSpan, href, false)
			o.walkSpans(s.Kids, sink)
			sink.close(view.LinkSpan)
		case view.ImageSpan:
			if src := o.src(s.URL); src != "" {
				sink.image(src, s.Text, i+1 < len(spans) && !startsWithSpace(spans[i+1]))
			}
		}
	}
}

// href returns the URL a link is written with, or "" when it is written as its content
// alone: links are off, its URL is not one to keep, or it has neither text nor a shown image.
func (o *Options) href(s view.Span) string {
	if !o.Links {
		return ""
	}
	href := urls.Safe(o.Base, s.URL, true)
	if href == "" || !hasText(s.Kids) && !o.hasImage(s.Kids) {
		return ""
	}
	return href
}

// src returns the URL an image is shown with, or "" when it is not shown.
func (o *Options) src(u string) string {
	if !o.Images {
		return ""
	}
	return urls.Safe(o.Base, u, false)
}

// hasImage reports whether spans hold an image that will be shown.
func (o *Options) hasImage(spans []view.Span) bool {
	if !o.Images {
		return false
	}
	for _, s := range spans {
		if s.Kind == view.ImageSpan && o.src(s.URL) != "" || o.hasImage(s.Kids) {
			return true
		}
	}
	return false
}

// hasText reports whether spans hold text: their plain text (view.PlainText) is not empty.
func hasText(spans []view.Span) bool {
	for _, s := range spans {
		switch s.Kind {
		case view.TextSpan, view.CodeSpan, view.MathSpan:
			if s.Text != "" {
				return true
			}
		case view.ImageSpan:
		default:
			if hasText(s.Kids) {
				return true
			}
		}
	}
	return false
}

// startsWithSpace reports whether the plain text of s starts with a space.
func startsWithSpace(s view.Span) bool {
	t := firstText(s)
	return t != "" && t[0] == ' '
}

// firstText returns the first piece of text in s that is not empty, or "".
func firstText(s view.Span) string {
	switch s.Kind {
	case view.TextSpan, view.CodeSpan, view.MathSpan:
		return s.Text
	case view.ImageSpan:
		return ""
	}
	for _, k := range s.Kids {
		if t := firstText(k); t != "" {
			return t
		}
	}
	return ""
}
