package decode

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// byteStats describes the non-ASCII bytes of a page that is not valid UTF-8.
type byteStats struct {
	utf8Runes int // valid multi-byte UTF-8 sequences
	invalid   int // bytes that are not part of one
	// Among the invalid bytes: those in runs of three or more (whole words in a non-Latin
	// script: Cyrillic in windows-1251 or KOI8), and those in 0xC0-0xDF and 0xE0-0xFF.
	inRuns, upper, lower int
	junk                 int // bytes in runs of one invalid byte repeated (see minJunkRun)
}

// sameRun returns how many times b's first byte repeats at its start.
func sameRun(b []byte) int {
	k := 1
	for k < len(b) && b[k] == b[0] {
		k++
	}
	return k
}

// minLegacyBytes is the fewest invalid bytes from which a script is guessed; below it the page
// is taken as windows-1252, the web's default legacy encoding.
const minLegacyBytes = 16

// scanBytes counts what byteStats describes.
func scanBytes(page []byte) byteStats {
	var st byteStats
	run := 0
	endRun := func() {
		if run >= minLegacyRun {
			st.inRuns += run
		}
		run = 0
	}
	for i := 0; i < len(page); {
		c := page[i]
		if c < utf8.RuneSelf {
			endRun()
			i++
			continue
		}
		if r, size := utf8.DecodeRune(page[i:]); r != utf8.RuneError || size > 1 {
			endRun()
			st.utf8Runes++
			i += size
			continue
		}
		if k := sameRun(page[i:]); k >= minJunkRun {
			// One byte over and over is no word of any encoding (a blob pasted into the page,
			// a broken transfer): it counts for neither UTF-8 nor a legacy encoding.
			endRun()
			st.junk += k
			i += k
			continue
		}
		st.invalid++
		run++
		switch {
		case c >= 0xE0:
			st.lower++
		case c >= 0xC0:
			st.upper++
		}
		i++
	}
	endRun()
	return st
}

// mostlyUTF8 reports whether the page is UTF-8 with some stray bytes of another encoding: a
// legacy page makes a valid UTF-8 sequence only by chance, far less often than an invalid one.
func (st byteStats) mostlyUTF8() bool {
	return st.utf8Runes > 0 && st.utf8Runes >= mostlyUTF8Ratio*st.invalid
}

// surelyUTF8 is mostlyUTF8 strong enough to overrule a declared encoding.
func (st byteStats) surelyUTF8() bool { return st.utf8Runes >= surelyUTF8Ratio*max(st.invalid, 1) }

// legacy guesses the single-byte encoding of the invalid bytes. Words of three or more such
// bytes in a row are a non-Latin script, taken as Cyrillic, the most common one on the web:
// windows-1251 when most letters are in 0xE0-0xFF (its lower case), KOI8-U when most are in
// 0xC0-0xDF (KOI8's lower case). Otherwise the bytes are accented letters among ASCII ones,
// and windows-1252.
func (st byteStats) legacy() *charmap.Charmap {
	if st.invalid < minLegacyBytes || 2*st.inRuns < st.invalid {
		return charmap.Windows1252
	}
	if st.upper > st.lower {
		return charmap.KOI8U
	}
	return charmap.Windows1251
}

// repairUTF8 returns page with every byte that is not part of valid UTF-8 Decoded with enc.
func repairUTF8(page []byte, enc *charmap.Charmap) []byte {
	out := make([]byte, 0, len(page)+len(page)/8)
	for i := 0; i < len(page); {
		r, size := utf8.DecodeRune(page[i:])
		if r == utf8.RuneError && size <= 1 {
			r = enc.DecodeByte(page[i])
		}
		out = utf8.AppendRune(out, r)
		i += size
	}
	return out
}

// The thresholds of the decode stage.
const (
	// maxControlTenth and maxControlWithNUL: a page whose first bytes hold control characters
	// more than one in maxControlTenth, or one in maxControlWithNUL with a NUL byte, is binary.
	maxControlTenth   = 10
	maxControlWithNUL = 50
	// minLegacyRun: a run of this many undecodable bytes is a word of a legacy encoding, not
	// a stray byte.
	minLegacyRun = 3
	// minJunkRun: one undecodable byte this many times in a row is junk, not text: no script
	// writes a letter eight times running.
	minJunkRun = 8
	// mostlyUTF8Ratio and surelyUTF8Ratio: valid multi-byte UTF-8 sequences must outnumber
	// invalid bytes this many times for the page to be taken as UTF-8, and to overrule a
	// declared encoding.
	mostlyUTF8Ratio = 2
	surelyUTF8Ratio = 10
)

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
