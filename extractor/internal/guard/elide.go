package guard

import (
	"bytes"
	"io"
	"math"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ElideMarker is what [Elide] writes in place of each body it leaves out: it opens with a
// control byte, which pages hardly hold, so that looking for it in a page is quick. A caller checks the
// tree it parses: every marker must come out as the whole text of a <script> or <style>
// element of the HTML namespace, or the whole content of an <svg> (see [Elide]).
const ElideMarker = "\x01pith\x01"

// minElide is the shortest body worth leaving out: a shorter one costs the parser less than
// the marker and the copy.
const minElide = 64

// minElideShare: Elide leaves bodies out only when they are more than 1/minElideShare of the
// page.
const minElideShare = 16

// attrCutWorth is what an attribute cut saves the parser beside its bytes, in bytes of text
// it need not read: the tokenizer copies an attribute's name and value twice and the parser
// keeps one more Attribute.
const attrCutWorth = 64

// Elide returns text with the bodies of its scripts and style sheets left out, each replaced by
// [ElideMarker], and how many markers it wrote; it returns text itself and 0 when it leaves out
// nothing. The HTML tokenizer reads such a body byte by byte to find its end, and on pages of
// today more than half the bytes are script and CSS that no stage of the extractor reads: a
// script whose type names JSON-LD ("application/ld+json"), which the metadata reader reads, is
// kept whole. It leaves out too the content of an <svg> element of HTML content (icons, logos,
// charts drawn in paths: a few percent of a page's bytes) when that content holds only SVG
// drawing elements, comments and text (svgEnd): no stage reads inside <svg>. And it leaves out
// the attributes of HTML tags that no stage reads (isUnreadAttr: a script's data-*, aria-*,
// loading hints; a page of today has a hundred such attributes, and the tokenizer copies each
// name and value twice), but a value that may be a date (mayBeStamp): each tag that loses some
// gets one attribute in their place, named ElideMarker and the marker's number, which
// CountElided finds (once, however many elements the parser makes of the tag) and TakeElided
// takes out. An attribute is cut only with white space before it and white space, '/' or '>'
// after it, and no '=' after that space, so that the attributes around it read as they did.
//
// It follows the tokenizer's states closely enough to find the tags: text, start and end tags
// with their attributes (quoted values may hold '>' or '<script>'), comments, doctypes and
// bogus comments, and the elements whose content is raw text or RCDATA (<textarea>, <title>,
// <xmp>, <iframe>, <noembed>, <noframes>, <noscript> as the parser reads it with scripting on).
// A script's end follows the tokenizer's script-data states, escapes ("<!--") and double
// escapes ("<!--<script>") with them (scriptEnd). It leaves no script or style body out inside
// <svg> or <math> (foreign content, where <style> is no raw text), and nothing after a <plaintext> or an
// element whose end tag never comes.
//
// What it may not do: it is a model of the tokenizer, not the tokenizer. The caller parses what
// it returns and counts the markers in the tree; when a marker is missing or sits anywhere but
// alone in a <script> or <style>, the caller parses text as it was.
func Elide(text []byte) ([]byte, int) {
	parts, n := ElideParts(text)
	if len(parts) == 1 {
		return parts[0], n
	}
	return bytes.Join(parts, nil), n
}

// ElideParts is [Elide] without the copy: the pieces whose concatenation is what Elide returns
// (slices of text, and the markers in place of what it left out), and how many markers it
// wrote; text alone and 0 when it leaves out nothing. A parser reads them in turn
// ([PartsReader]), so that the page is not copied once more before it is parsed.
func ElideParts(text []byte) ([][]byte, int) {
	if len(text) > math.MaxInt32 || bytes.Contains(text, []byte(ElideMarker)) {
		return [][]byte{text}, 0
	}
	return elide(text, scanCuts(text, nil))
}

// ScanParts is [Scan] and [ElideParts] in one pass over text: the tags it counts are the ones
// the tokenizer reads (none inside a comment, a script or a style sheet; those inside an <svg>
// element too), a tighter bound than Scan's, which counts every "<" before a letter. It tells
// too whether a <noscript> start tag is among them (TagScan.Noscript; true when it did not
// look, on a page holding ElideMarker).
func ScanParts(text []byte) (TagScan, [][]byte, int) {
	if len(text) > math.MaxInt32 || bytes.Contains(text, []byte(ElideMarker)) {
		s := Scan(text)
		s.Noscript = true // not looked for
		return s, [][]byte{text}, 0
	}
	var s TagScan
	parts, n := elide(text, scanCuts(text, &s))
	return s, parts, n
}

// tagCounter counts the start tags of a page and the formatting elements left open, as
// [TagScan] has them.
type tagCounter struct {
	s     *TagScan
	open  [len(gapFormatting)]int
	total int
}

// start counts a start tag of an element of class tc.
func (c *tagCounter) start(tc tagClass) {
	c.s.Starts++
	if k := tc.formatting(); k > 0 { // gapFormatting[0] is <a>, which TagScan leaves out
		c.open[k]++
		c.total++
		c.s.Unclosed = max(c.s.Unclosed, c.total)
	}
}

// end counts an end tag of an element of class tc.
func (c *tagCounter) end(tc tagClass) {
	if k := tc.formatting(); k > 0 && c.open[k] > 0 {
		c.open[k]--
		c.total--
	}
}

// cutSpacing is about the median of a page's bytes per cut (280 on ScrapingHub's pages):
// scanCuts makes room for a cut every cutSpacing bytes at once, so that most pages' cuts fit
// in it or after one growth.
const cutSpacing = 256

// scanCuts follows the tokenizer over text (see [Elide]) and returns what may be left out, in
// order: the bodies of scripts and style sheets, the content of <svg> elements and the
// attributes no stage reads; and counts the tags into scan, when not nil (see [ScanParts]).
func scanCuts(text []byte, scan *TagScan) []cut {
	cuts := make([]cut, 0, len(text)/cutSpacing+8)
	foreign := 0
	var gaps gapModel
	tags := tagCounter{s: scan}
	if scan == nil {
		tags.s = new(TagScan)
	}
	for i := 0; ; {
		j := bytes.IndexByte(text[i:], '<')
		if j < 0 || i+j+1 >= len(text) {
			break
		}
		gap := false
		if j > 0 {
			if !allSpace(text[i : i+j]) {
				gaps.text()
			} else {
				gap = foreign == 0 && gaps.mayCut()
			}
		}
		gapFrom, gapTo := i, i+j
		gaps.afterEnd = false
		i += j + 1
		switch c := text[i]; {
		case c == '!':
			i = skipMarkup(text, i+1, foreign > 0)
		case c == '?':
			i = skipPast(text, i, '>')
		case c == '/':
			i++
			if i >= len(text) {
				break
			}
			if !isASCIILetter(text[i]) {
				i = skipPast(text, i, '>')
				break
			}
			name, k := tagName(text, i)
			if foreign > 0 && (name == nameSVG || name == nameMath) {
				foreign--
			}
			a := lowerAtom(text[i:k])
			tc := classOf(a)
			tags.end(tc)
			if foreign == 0 && gaps.endTag(a, tc) && gap {
				cuts = append(cuts, cut{from: int32(gapFrom), to: int32(gapTo), gap: true})
			}
			i = tagEnd(text, k)
		case isASCIILetter(c):
			name, k := tagName(text, i)
			a := lowerAtom(text[i:k])
			tc := classOf(a)
			tags.start(tc)
			if name == nameNoscript {
				tags.s.Noscript = true
			}
			if name == nameOther && foreign > 0 {
				i = tagEnd(text, k)
				break
			}
			if foreign == 0 && name != nameSVG && name != nameMath && gaps.startTag(a, tc) && gap {
				cuts = append(cuts, cut{from: int32(gapFrom), to: int32(gapTo), gap: true})
			}
			if name == nameSVG || name == nameMath {
				gaps.foreign()
			}
			var attrCuts *[]cut
			if foreign == 0 && name != nameSVG && name != nameMath {
				attrCuts = &cuts
			}
			end, selfClosing, ldJSON := skipAttrs(text, k, attrCuts)
			if end > len(text) {
				i = len(text)
				break
			}
			i = end
			if name == nameOther {
				break
			}
			if name == nameSVG && foreign == 0 && !selfClosing {
				if close, starts, ok := svgEnd(text, i); ok {
					tags.s.Starts += starts
					if close-i >= minElide {
						cuts = append(cuts, cut{from: int32(i), to: int32(close)})
					}
					i = close
					break
				}
			}
			if name == nameSVG || name == nameMath {
				if !selfClosing {
					foreign++
				}
				break
			}
			if foreign > 0 {
				break
			}
			if name == namePlaintext {
				return cuts
			}
			close := -1
			if name == nameScript {
				close = scriptEnd(text, i)
			} else {
				close = rawEnd(text, i, rawNames[name])
			}
			if close < 0 {
				return cuts
			}
			if (name == nameScript && !ldJSON || name == nameStyle) && close-i >= minElide {
				cuts = append(cuts, cut{from: int32(i), to: int32(close)})
			}
			i = close
		default:
			gaps.text() // a "<" that starts no tag is text
		}
		if i >= len(text) {
			break
		}
	}
	return cuts
}

// tagEnd returns the offset after the '>' that ends the tag whose attributes start at
// text[i], or len(text)+1 when the tag never ends: the first '>' outside a quoted value. A
// quote opens a value when the last byte before it that is not whitespace is '='; the value
// ends at the same quote.
func tagEnd(text []byte, i int) int {
	var last byte // the last byte that is not whitespace
	for ; i < len(text); i++ {
		switch c := text[i]; c {
		case '>':
			return i + 1
		case '"', '\'':
			if last == '=' {
				closing := indexFrom(text, i+1, c)
				if closing < 0 {
					return len(text) + 1
				}
				i, last = closing, c
				continue
			}
			last = c
		case ' ', '\n', '\r', '\t', '\f':
		default:
			last = c
		}
	}
	return len(text) + 1
}

// indexFrom returns the offset of the first c at or after text[i], or -1.
func indexFrom(text []byte, i int, c byte) int {
	if i >= len(text) {
		return -1
	}
	if j := bytes.IndexByte(text[i:], c); j >= 0 {
		return i + j
	}
	return -1
}

// CountElided counts the markers [Elide] left in the tree under doc: the <script> and <style>
// elements of the HTML namespace, and the <svg> elements, whose whole content is
// [ElideMarker], and the tags that carry a marker attribute (each counted once, however many
// elements the parser made of it). When it is the count Elide returned, the tree is the one
// the text before Elide gives, but for those elements' content and the attributes no stage reads
// (see isUnreadAttr).
func CountElided(doc *html.Node) int {
	return countElided(doc, false)
}

// TakeElided is [CountElided] that also takes the markers out of the tree, so that no reader of
// it meets one: an <svg> left out comes out empty, and a reader of its text finds none, as from
// a drawing of paths; a tag's marker attribute goes. The markers in <script> and <style>
// elements stay (no stage reads their text). When the count is not the one Elide returned,
// the caller parses the page again and drops this tree.
func TakeElided(doc *html.Node) int {
	return countElided(doc, true)
}

// countElided is CountElided, taking the markers out of <svg> elements and attributes when
// take is set.
func countElided(doc *html.Node, take bool) int {
	found := 0
	var tags []uint64 // the numbers of the marker attributes seen, a bit each
	for c := doc; c != nil; {
		if c.Type == html.ElementNode {
			if isElidable(c) {
				if t := c.FirstChild; t != nil && t.NextSibling == nil &&
					t.Type == html.TextNode && t.Data == ElideMarker {
					found++
					if take && c.Namespace == "svg" {
						c.RemoveChild(t)
					}
				}
			}
			for i := 0; i < len(c.Attr); i++ {
				k := c.Attr[i].Key
				if len(k) <= len(ElideMarker) || k[0] != ElideMarker[0] || !strings.HasPrefix(k, ElideMarker) {
					continue
				}
				if num, err := strconv.Atoi(k[len(ElideMarker):]); err == nil && num >= 0 && num < maxMarkers {
					for len(tags) <= num/64 {
						tags = append(tags, 0)
					}
					if tags[num/64]&(1<<(num%64)) == 0 {
						tags[num/64] |= 1 << (num % 64)
						found++
					}
				}
				if take {
					c.Attr = append(c.Attr[:i], c.Attr[i+1:]...)
					i--
				}
			}
		}
		if c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != doc && c.NextSibling == nil {
			c = c.Parent
		}
		if c == doc {
			break
		}
		c = c.NextSibling
	}
	return found
}

// maxMarkers bounds the numbers of marker attributes countElided reads: a page has fewer
// markers than bytes.
const maxMarkers = 1 << 26

// isElidable reports whether n is an element whose content Elide may leave out: an HTML
// <script> or <style>, or an <svg>.
func isElidable(n *html.Node) bool {
	switch n.Namespace {
	case "":
		return n.DataAtom == atom.Script || n.DataAtom == atom.Style
	case "svg":
		return n.DataAtom == atom.Svg
	}
	return false
}

// svgEnd returns the offset of the "</svg" that ends an <svg> element whose content starts at
// text[i], the number of start tags in that content, and true, when that content is SVG the parser keeps inside the element: only
// elements named in svgNames (with their attributes), nested <svg> elements, comments and
// CDATA sections, and text. Any other tag, start or end, may end SVG content in the parser
// (a <p>, a <br>, a </div>, a <font> with a color) or hold HTML (<foreignObject>): then it
// returns false, and the content is not left out. It returns false too when the element never
// ends.
func svgEnd(text []byte, i int) (int, int, bool) {
	depth, starts := 1, 0
	for {
		j := bytes.IndexByte(text[i:], '<')
		if j < 0 || i+j+2 >= len(text) {
			return -1, 0, false
		}
		at := i + j
		i = at + 1
		switch c := text[i]; {
		case c == '!':
			i = skipMarkup(text, i+1, true)
		case c == '?':
			i = skipPast(text, i, '>')
		case c == '/':
			k := nameEnd(text, i+1)
			name := text[i+1 : k]
			if !isSVGName(name) {
				return -1, 0, false
			}
			if equalFoldASCII(name, "svg") {
				if depth--; depth == 0 {
					return at, starts, true
				}
			}
			i = tagEnd(text, k)
		case isASCIILetter(c):
			k := nameEnd(text, i)
			name := text[i:k]
			if !isSVGName(name) {
				return -1, 0, false
			}
			starts++
			end, selfClosing, _ := skipAttrs(text, k, nil)
			if !selfClosing && equalFoldASCII(name, "svg") {
				depth++
			}
			i = end
		}
		if i >= len(text) {
			return -1, 0, false
		}
	}
}

// nameEnd returns the offset after the tag name starting at text[i], as the tokenizer reads
// it: up to whitespace, '/' or '>'.
func nameEnd(text []byte, i int) int {
	for i < len(text) {
		if c := text[i]; isSpace(c) || c == '/' || c == '>' {
			break
		}
		i++
	}
	return i
}

// isSVGName reports whether name, in any case, is an SVG element that never ends SVG content
// in the parser: one of svgNames or a filter primitive ("feGaussianBlur").
func isSVGName(name []byte) bool {
	if len(name) == 0 || len(name) > maxSVGName {
		return false
	}
	var buf [maxSVGName]byte
	for i, c := range name {
		c |= 0x20
		if c < 'a' || c > 'z' {
			return false
		}
		buf[i] = c
	}
	lower := buf[:len(name)]
	if len(lower) > 2 && lower[0] == 'f' && lower[1] == 'e' {
		return true
	}
	return svgNames[string(lower)]
}

// maxSVGName is the longest element name isSVGName looks up.
const maxSVGName = 20

// svgNames are the SVG elements, lower-cased, that svgEnd steps over. None of them ends SVG
// content in the parser (none is among the HTML elements that do) or holds HTML but <title>
// and <desc>, whose HTML content stays inside them.
var svgNames = map[string]bool{
	"a": true, "animate": true, "animatemotion": true, "animatetransform": true, "circle": true,
	"clippath": true, "defs": true, "desc": true, "ellipse": true, "filter": true, "g": true,
	"image": true, "line": true, "lineargradient": true, "marker": true, "mask": true,
	"metadata": true, "mpath": true, "path": true, "pattern": true, "polygon": true,
	"polyline": true, "radialgradient": true, "rect": true, "set": true, "stop": true,
	"style": true, "svg": true, "switch": true, "symbol": true, "text": true, "textpath": true,
	"title": true, "tspan": true, "use": true, "view": true,
}

// A cut is a body to leave out: text[from:to].
type cut struct {
	from, to int32 // offsets in the page: Elide leaves a page of 2 GiB or more as it is
	attr     bool  // an attribute cut (see isUnreadAttr), not an element's content
	mark     bool  // an attribute cut that leaves the tag's marker attribute in its place
	gap      bool  // white space between two blocks' tags, left out with nothing in its place
}

// elide returns the pieces of text with each cut replaced by what Elide writes in its place,
// and the number of markers it wrote; text alone and 0 when the cuts leave out less than
// minElideShare of it (an attribute cut counting as attrCutWorth bytes more than its own),
// which would save the parser less than the markers and the check of the tree cost.
func elide(text []byte, cuts []cut) ([][]byte, int) {
	left, tags, attrs := 0, 0, 0
	for _, c := range cuts {
		left += int(c.to - c.from)
		if c.attr {
			attrs++
		}
		if c.mark {
			tags++
		}
	}
	if left == 0 || left+attrCutWorth*attrs < len(text)/minElideShare {
		return [][]byte{text}, 0
	}
	// The tags' marker attribute names, one buffer for all: ElideMarker and the tag's number.
	var names []byte
	if tags > 0 {
		names = make([]byte, 0, tags*(len(ElideMarker)+len(strconv.Itoa(tags))))
	}
	parts := make([][]byte, 0, 2*len(cuts)+1)
	last, n := 0, 0
	for _, c := range cuts {
		parts = append(parts, text[last:c.from:c.from])
		switch {
		case c.gap:
		case !c.attr:
			parts = append(parts, marker)
			n++
		case c.mark:
			at := len(names)
			names = strconv.AppendInt(append(names, ElideMarker...), int64(n), 10)
			parts = append(parts, names[at:len(names):len(names)])
			n++
		}
		last = int(c.to)
	}
	return append(parts, text[last:]), n
}

// marker is ElideMarker as bytes, shared by every ElideParts: no reader writes to it.
var marker = []byte(ElideMarker)

// PartsReader reads pieces of text in turn, as one text, without copying them together.
type PartsReader struct {
	parts [][]byte // the pieces after cur
	cur   []byte   // what is left of the piece being read
}

// NewPartsReader returns a reader of the concatenation of parts. It reads the slices as they
// are and changes none of them: the caller does not change them while it reads.
func NewPartsReader(parts [][]byte) *PartsReader {
	return &PartsReader{parts: parts}
}

// Read copies the next bytes of the parts into p; io.EOF after the last.
func (r *PartsReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(r.cur) == 0 {
			if len(r.parts) == 0 {
				break
			}
			r.cur, r.parts = r.parts[0], r.parts[1:]
			continue
		}
		k := copy(p[n:], r.cur)
		n += k
		r.cur = r.cur[k:]
	}
	if n == 0 && len(p) > 0 {
		return 0, io.EOF
	}
	return n, nil
}

// The tag names Elide tells apart: the elements whose content the tokenizer reads as raw text
// or RCDATA, and the roots of foreign content.
const (
	nameOther = iota
	nameScript
	nameStyle
	nameTextarea
	nameTitle
	nameXmp
	nameIframe
	nameNoembed
	nameNoframes
	nameNoscript
	namePlaintext
	nameSVG
	nameMath
)

// rawNames are the lower-case names of the raw-text elements, by their name constant.
var rawNames = [...]string{
	nameScript: "script", nameStyle: "style", nameTextarea: "textarea", nameTitle: "title",
	nameXmp: "xmp", nameIframe: "iframe", nameNoembed: "noembed", nameNoframes: "noframes",
	nameNoscript: "noscript", namePlaintext: "plaintext", nameSVG: "svg", nameMath: "math",
}

// tagName reads the tag name starting at text[i] (a letter) as the tokenizer does (up to
// whitespace, '/' or '>') and returns which of the names Elide tells apart it is, and the
// offset after it.
func tagName(text []byte, i int) (int, int) {
	k := i
	for k < len(text) {
		c := text[k]
		if isSpace(c) || c == '/' || c == '>' {
			break
		}
		k++
	}
	name := text[i:k]
	if len(name) < 3 || len(name) > 9 {
		return nameOther, k
	}
	var ids []int
	switch name[0] | 0x20 {
	case 's':
		ids = []int{nameScript, nameStyle, nameSVG}
	case 't':
		ids = []int{nameTextarea, nameTitle}
	case 'x':
		ids = []int{nameXmp}
	case 'i':
		ids = []int{nameIframe}
	case 'n':
		ids = []int{nameNoembed, nameNoframes, nameNoscript}
	case 'p':
		ids = []int{namePlaintext}
	case 'm':
		ids = []int{nameMath}
	}
	for _, id := range ids {
		if equalFoldASCII(name, rawNames[id]) {
			return id, k
		}
	}
	return nameOther, k
}

// skipAttrs reads a tag's attributes from text[i] as the tokenizer does and returns the offset
// after its '>' (past len(text) when the tag never ends), whether it is self-closing, and
// whether a type attribute names JSON-LD. When cuts is not nil, it appends to it a cut for
// each attribute no stage reads (see [isUnreadAttr]), the first of the tag marked to
// carry the tag's marker attribute (see [Elide]).
func skipAttrs(text []byte, i int, cuts *[]cut) (end int, selfClosing, ldJSON bool) {
	first := true // no attribute of this tag cut yet
	for {
		i = skipSpace(text, i)
		if i >= len(text) {
			return len(text) + 1, false, ldJSON
		}
		if text[i] == '>' {
			return i + 1, i > 0 && text[i-1] == '/', ldJSON
		}
		// The attribute's name: its first byte may be '=', then up to whitespace, '/', '>' or '='.
		start := i
		k := i + 1
		for k < len(text) {
			c := text[k]
			if isSpace(c) || c == '/' || c == '>' || c == '=' {
				break
			}
			k++
		}
		key := text[i:k]
		i = skipSpace(text, k)
		if i >= len(text) {
			return len(text) + 1, false, ldJSON
		}
		if text[i] == '/' {
			i++
			continue
		}
		if text[i] != '=' {
			continue
		}
		i = skipSpace(text, i+1)
		if i >= len(text) {
			return len(text) + 1, false, ldJSON
		}
		var val []byte
		switch q := text[i]; q {
		case '>':
			continue
		case '\'', '"':
			e := bytes.IndexByte(text[i+1:], q)
			if e < 0 {
				return len(text) + 1, false, ldJSON
			}
			val = text[i+1 : i+1+e]
			i += e + 2
		default:
			k := i
			for k < len(text) && !isSpace(text[k]) && text[k] != '>' {
				k++
			}
			val, i = text[i:k], k
		}
		if len(key) == 4 && equalFoldASCII(key, "type") && containsFoldLD(unescape(val)) {
			ldJSON = true
		}
		// An attribute no stage reads is cut whole, from its name to the end of its value, when white
		// space comes before it and white space, '/' or '>' after it, and no '=' follows the
		// white space (which would give the attribute before the cut, or the marker, a value):
		// what is left, or the marker in its place, then reads as the attributes around it did.
		if cuts != nil && isSpace(text[start-1]) && i < len(text) && (isSpace(text[i]) || text[i] == '/' || text[i] == '>') &&
			isUnreadAttr(key) && !mayBeStamp(val) {
			if next := skipSpace(text, i); next < len(text) && text[next] == '=' {
				continue
			}
			c := cut{from: int32(start), to: int32(i), attr: true, mark: first}
			*cuts = append(*cuts, c)
			first = false
		}
	}
}

// readAttrs are the attributes of the families Elide cuts (see isUnreadAttr) that some stage
// of the extractor reads: Elide keeps them. TestReadAttrsListed checks that every such name
// in the extractor's source is here.
var readAttrs = [...]string{
	"aria-hidden",      // block: a line number cell of a code listing
	"data-author",      // meta: a byline's author
	"data-lang",        // view: a code block's language
	"data-lazy-src",    // view: a lazy image's address
	"data-lazy-srcset", // view
	"data-line-number", // block: a line number cell of a code listing
	"data-linenumber",  // block
	"data-original",    // view: a lazy image's address
	"data-src",         // view
	"data-srcset",      // view
}

// unreadAttrs are attributes no stage reads, beside the families isUnreadAttr names: where a
// link opens, the tab order, how and when an image or a script loads.
var unreadAttrs = [...]string{
	"crossorigin", "decoding", "fetchpriority", "integrity", "loading", "nonce",
	"referrerpolicy", "sizes", "tabindex", "target",
}

// isUnreadAttr reports whether an attribute name (in any case, as the tokenizer lower-cases
// it) is one no stage reads: a script's data (data-*), an accessibility property (aria-*), or
// one of unreadAttrs; never one of readAttrs.
func isUnreadAttr(key []byte) bool {
	switch {
	case len(key) > len("data-") && equalFoldASCII(key[:len("data-")], "data-"),
		len(key) > len("aria-") && equalFoldASCII(key[:len("aria-")], "aria-"):
		for _, r := range readAttrs {
			if equalFoldASCII(key, r) {
				return false
			}
		}
		return true
	}
	for _, u := range unreadAttrs {
		if equalFoldASCII(key, u) {
			return true
		}
	}
	return false
}

// Bounds of an attribute value that may be a date: the metadata reader takes the date an element
// named for a time carries in any of its attributes ("timestamp", <relative-time>: a tooltip's
// full date behind the "1 year ago" it shows), when its value, trimmed, is 10 to 120 bytes
// long and holds four digits in a row.
const (
	minStampBytes = len("2006-01-02")
	maxStampBytes = 120
)

// mayBeStamp reports whether an attribute value may be read as a date (see minStampBytes):
// Elide keeps it. A value with a character reference may hide digits: it is kept too.
func mayBeStamp(val []byte) bool {
	v := bytes.TrimSpace(val)
	if len(v) < minStampBytes || len(v) > maxStampBytes {
		return false
	}
	if bytes.IndexByte(v, '&') >= 0 {
		return true
	}
	run := 0
	for _, c := range v {
		if '0' <= c && c <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// skipMarkup skips what follows "<!" at text[i]: a comment, a doctype, a CDATA section in
// foreign content, or a bogus comment, and returns the offset after it.
func skipMarkup(text []byte, i int, foreign bool) int {
	rest := text[i:]
	switch {
	case bytes.HasPrefix(rest, []byte("--")):
		return skipComment(text, i+2)
	case foreign && bytes.HasPrefix(rest, []byte("[CDATA[")):
		if e := bytes.Index(rest, []byte("]]>")); e >= 0 {
			return i + e + 3
		}
		return len(text)
	}
	return skipPast(text, i, '>')
}

// skipComment skips a comment's text from text[i] (after "<!--") to its end as the tokenizer
// finds it: "-->", "--!>", or a '>' right at the start ("<!-->", "<!--->").
func skipComment(text []byte, i int) int {
	dashes, beginning := 0, true
	for ; i < len(text); i++ {
		switch text[i] {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return i + 1
			}
		case '!':
			if dashes >= 2 && i+1 < len(text) {
				if text[i+1] == '>' {
					return i + 2
				}
				if text[i+1] == '-' {
					i++
					dashes, beginning = 1, false
					continue
				}
			}
		}
		dashes, beginning = 0, false
	}
	return len(text)
}

// rawEnd returns the offset of the end tag that closes a raw-text element named name whose
// content starts at text[i]: "</name" in any case followed by whitespace, '/' or '>'; -1 when
// there is none.
func rawEnd(text []byte, i int, name string) int {
	for {
		j := bytes.Index(text[i:], []byte("</"))
		if j < 0 {
			return -1
		}
		at := i + j
		k := at + 2 + len(name)
		if k < len(text) && equalFoldASCII(text[at+2:k], name) {
			if c := text[k]; isSpace(c) || c == '/' || c == '>' {
				return at
			}
		}
		i = at + 2
	}
}

// scriptEnd returns the offset of the "</script" that ends a script whose text starts at
// text[p], as the tokenizer's script-data states find it (golang.org/x/net/html's readScript,
// state for state): "<!--" escapes the text, and in escaped text "<script" starts a double
// escape that "</script" ends without ending the script; -1 when the text runs to the end.
func scriptEnd(text []byte, p int) int {
	n := len(text)
	var c byte
	var ok bool

scriptData:
	if j := bytes.IndexByte(text[p:], '<'); j >= 0 {
		p += j + 1
	} else {
		return -1
	}
	// scriptDataLessThanSign
	if p >= n {
		return -1
	}
	c, p = text[p], p+1
	switch c {
	case '/':
		if ok, p = endTagAt(text, p); ok {
			return p - 2
		}
		if p >= n {
			return -1
		}
		goto scriptData
	case '!':
		goto scriptDataEscapeStart
	}
	p--
	goto scriptData

scriptDataEscapeStart:
	if p >= n {
		return -1
	}
	if text[p] != '-' {
		goto scriptData
	}
	p++
	if p >= n {
		return -1
	}
	if text[p] != '-' {
		goto scriptData
	}
	p++
	goto scriptDataEscapedDashDash

scriptDataEscaped:
	if p >= n {
		return -1
	}
	c, p = text[p], p+1
	switch c {
	case '-':
		goto scriptDataEscapedDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDash:
	if p >= n {
		return -1
	}
	c, p = text[p], p+1
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDashDash:
	if p >= n {
		return -1
	}
	c, p = text[p], p+1
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataEscaped

scriptDataEscapedLessThanSign:
	if p >= n {
		return -1
	}
	c, p = text[p], p+1
	if c == '/' {
		if ok, p = endTagAt(text, p); ok {
			return p - 2
		}
		if p >= n {
			return -1
		}
		goto scriptDataEscaped
	}
	if isASCIILetter(c) {
		p--
		if !hasScriptName(text, p) {
			// The tokenizer reads the letters that match and goes on from the first that
			// does not.
			for k := 0; k < len("script") && p < n && text[p]|0x20 == "script"[k] && text[p] >= 'A'; k++ {
				p++
			}
			if p >= n {
				return -1
			}
			goto scriptDataEscaped
		}
		p += len("script")
		if p >= n {
			return -1
		}
		switch text[p] {
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			p++
			goto scriptDataDoubleEscaped
		}
		goto scriptDataEscaped
	}
	p--
	goto scriptData

scriptDataDoubleEscaped:
	if p >= n {
		return -1
	}
	c, p = text[p], p+1
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDash:
	if p >= n {
		return -1
	}
	c, p = text[p], p+1
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDashDash:
	if p >= n {
		return -1
	}
	c, p = text[p], p+1
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedLessThanSign:
	if p >= n {
		return -1
	}
	if text[p] != '/' {
		goto scriptDataDoubleEscaped
	}
	p++
	if ok, p = endTagAt(text, p); ok {
		p += len("script>")
		goto scriptDataEscaped
	}
	if p >= n {
		return -1
	}
	goto scriptDataDoubleEscaped
}

// endTagAt reports whether text[p:] (after "</") starts "script" in any case followed by
// whitespace, '/' or '>', as the tokenizer's readRawEndTag does. When it does, it returns p
// itself; when it does not, the offset of the first byte that did not match (len(text) when
// the text ran out).
func endTagAt(text []byte, p int) (bool, int) {
	q := p
	for k := 0; k < len("script"); k++ {
		if q >= len(text) || (text[q] != "script"[k] && text[q] != "SCRIPT"[k]) {
			return false, q
		}
		q++
	}
	if q >= len(text) {
		return false, q
	}
	switch text[q] {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		return true, p
	}
	return false, q
}

// hasScriptName reports whether text[p:] starts "script" in any case.
func hasScriptName(text []byte, p int) bool {
	return p+len("script") <= len(text) && equalFoldASCII(text[p:p+len("script")], "script")
}

// skipPast returns the offset after the first c at or after text[i], or len(text).
func skipPast(text []byte, i int, c byte) int {
	if j := bytes.IndexByte(text[i:], c); j >= 0 {
		return i + j + 1
	}
	return len(text)
}

// skipSpace returns the offset of the first byte at or after text[i] that is not whitespace.
func skipSpace(text []byte, i int) int {
	for i < len(text) && isSpace(text[i]) {
		i++
	}
	return i
}

// equalFoldASCII reports whether b equals the lower-case ASCII s, ignoring ASCII case.
func equalFoldASCII(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range len(b) {
		if b[i]|0x20 != s[i] {
			return false
		}
	}
	return true
}

// unescape returns an attribute value as the tokenizer gives it: with its character
// references ("ld&#x2B;json") read.
func unescape(val []byte) []byte {
	if bytes.IndexByte(val, '&') < 0 {
		return val
	}
	return []byte(html.UnescapeString(string(val)))
}

// containsFoldLD reports whether b holds "ld+json" in any case.
func containsFoldLD(b []byte) bool {
	for i := 0; i+len("ld+json") <= len(b); i++ {
		if equalFoldASCII(b[i:i+len("ld+json")], "ld+json") {
			return true
		}
	}
	return false
}
