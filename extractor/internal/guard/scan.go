package guard

import "bytes"

// TagScan is what a quick byte scan of a page found: far cheaper than tokenizing it, and used to
// decide whether the guard pass (see [Run]) must run before html.Parse.
type TagScan struct {
	Starts int // '<' followed by a letter: an upper bound on the page's start tags
	// Unclosed is the most formatting elements (<b>, <font>, ... but not <a>) open at any point,
	// counting start and end tags per name in document order. Each one left open in a closed
	// block is re-created by the parser before every later run of text.
	Unclosed int
	// Noscript: a <noscript> start tag is among the tags (ScanParts only; Scan leaves it false).
	Noscript bool
}

// Needed reports whether a page with this scan must go through the guard pass before html.Parse
// builds a tree of at most maxNodes elements: when its tags, with the formatting elements the
// parser may re-create before each of them, could make more.
func (s TagScan) Needed(maxNodes int) bool { return s.Starts > maxNodes/(1+s.Unclosed) }

// Flood reports whether the page has more start tags than maxNodes: a pass should then drop what
// cannot hold text (see [Limits].Textless) before the limit is checked. Real pages stay far under
// it, so their tree is never touched.
func (s TagScan) Flood(maxNodes int) bool { return s.Starts > maxNodes }

// scanFormatting lists the formatting elements the scan counts, sorted, so that the names of
// one first letter stand together (see scanFormattingByLetter).
var scanFormatting = [...]string{"b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"}

// Scan scans text for tags without tokenizing it.
func Scan(text []byte) TagScan {
	var s TagScan
	var open [len(scanFormatting)]int
	total := 0
	for i := 0; i < len(text); {
		j := bytes.IndexByte(text[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		end := i < len(text) && text[i] == '/'
		if end {
			i++
		}
		if i >= len(text) || !isASCIILetter(text[i]) {
			continue
		}
		if !end {
			s.Starts++
		}
		k := formattingName(text[i:])
		if k < 0 {
			continue
		}
		switch {
		case !end:
			open[k]++
			total++
			s.Unclosed = max(s.Unclosed, total)
		case open[k] > 0:
			open[k]--
			total--
		}
	}
	return s
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// formattingName returns the index in scanFormatting of the tag name at the start of b, or -1.
func formattingName(b []byte) int {
	n := 0
	for n < len(b) && n < 7 && isASCIILetter(b[n]) {
		n++
	}
	if n == 0 || n == len(b) || n == 7 || !isTagNameEnd(b[n]) {
		return -1
	}
	r := scanFormattingByLetter[b[0]|0x20-'a']
	for k := r[0]; k < r[1]; k++ {
		if name := scanFormatting[k]; len(name) == n && bytes.EqualFold(b[:n], []byte(name)) {
			return int(k)
		}
	}
	return -1
}

// scanFormattingByLetter holds, per lower-case first letter, the range [from, to) of the
// names of scanFormatting (which is sorted) that start with it, so that formattingName, run
// for every tag of the page, compares a tag name with those names only.
var scanFormattingByLetter = func() (t [26][2]uint8) {
	for k, name := range scanFormatting {
		c := name[0] - 'a'
		if t[c][1] == 0 {
			t[c][0] = uint8(k)
		}
		t[c][1] = uint8(k + 1)
	}
	return t
}()

func isTagNameEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f', '/', '>':
		return true
	}
	return false
}

// isSpace reports whether c is HTML whitespace.
func isSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f':
		return true
	}
	return false
}
