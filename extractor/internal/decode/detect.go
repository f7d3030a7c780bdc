package decode

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// minDetectBytes is the fewest non-ASCII bytes from which the detector judges; below it a
// page is read as windows-1252. A few letters suffice when they are a language's own (č, ş,
// ā), and windows-1252 wins ties, so a stray é or © does not move a page away from it.
const minDetectBytes = 4

// detectSampleBytes is how much of a page the legacy-encoding detector reads: the lines that
// hold non-ASCII bytes, up to this many bytes of them.
const detectSampleBytes = 32 << 10

// Weights of the runes a candidate decoding gives, by what they are to the candidate's
// language (see [language.score]).
const (
	weightGood    = 4  // a lower-case letter of the language (of the most frequent, in a non-Latin alphabet), a common character of a CJK one
	weightOK      = 1  // an upper-case letter of the language, a less frequent one of its script
	weightBad     = -4 // a letter the language does not use, a symbol no prose has
	weightError   = -8 // a byte the encoding cannot decode, a control character
	weightLangTag = 1  // per rune, for a language named by the page's lang attribute
)

// detectLegacy chooses the legacy encoding of a page that is not UTF-8 and declares no other
// encoding. Each candidate of [legacyCandidates] decodes a sample of the page's non-ASCII
// lines; each rune of the result scores by what it is in the candidate's best language: a
// letter that language uses is evidence for it, a letter it does not use, a mid-word
// capital or a decoding error is evidence against. The <html lang> of the page adds to the
// score of the candidates that serve that language. The best score wins; on a tie, the
// earlier candidate. With fewer than [minDetectBytes] non-ASCII bytes the evidence is too thin
// and the page is read as windows-1252, the web's default legacy encoding.
func detectLegacy(page []byte, st byteStats) *candidate {
	if st.invalid < minDetectBytes {
		return &legacyCandidates[0]
	}
	sample := legacySample(page)
	lang := pageLang(page)
	best, bestScore := &legacyCandidates[0], 0
	for i := range legacyCandidates {
		c := &legacyCandidates[i]
		score := c.score(sample, lang)
		if i == 0 || score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}

// legacySample returns the lines of page that hold non-ASCII bytes, at most
// [detectSampleBytes] of them. A line ends at '\n', which no legacy encoding uses inside a
// character, so the sample decodes as the page does.
func legacySample(page []byte) []byte {
	var out []byte
	for rest := page; len(rest) > 0 && len(out) < detectSampleBytes; {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i+1], rest[i+1:]
		} else {
			rest = nil
		}
		if !isASCII(line) {
			out = append(out, line[:min(len(line), detectSampleBytes-len(out))]...)
		}
	}
	return out
}

// pageLang returns the primary language subtag of the page's <html lang> ("pl" for
// lang="pl-PL"), lower case, or "" when the page has none in its first [metaScanBytes].
func pageLang(page []byte) string {
	head := page[:min(len(page), metaScanBytes)]
	i := indexFold(head, []byte("<html"))
	if i < 0 {
		return ""
	}
	tag := head[i:]
	if end := bytes.IndexByte(tag, '>'); end >= 0 {
		tag = tag[:end]
	}
	j := indexFold(tag, []byte(" lang="))
	if j < 0 {
		return ""
	}
	v := bytes.TrimLeft(tag[j+6:], "\"' ")
	n := 0
	for n < len(v) && n < 8 && ('a' <= v[n]|0x20 && v[n]|0x20 <= 'z') {
		n++
	}
	return string(bytes.ToLower(v[:n]))
}

// indexFold is bytes.Index for an ASCII lower-case sep, ignoring the case of s.
func indexFold(s, sep []byte) int {
	for i := 0; i+len(sep) <= len(s); i++ {
		j := 0
		for j < len(sep) && s[i+j]|0x20 == sep[j]|0x20 {
			j++
		}
		if j == len(sep) {
			return i
		}
	}
	return -1
}

// script is the kind of writing a candidate encoding serves; it says which context rules apply.
type script uint8

const (
	scriptLatin     script = iota // bicameral; accented letters stand among ASCII ones
	scriptBicameral               // Cyrillic, Greek: upper and lower case, no ASCII letters
	scriptAlphabet                // Hebrew, Arabic, Thai: no case, no ASCII letters
	scriptCJK                     // Chinese, Japanese, Korean: words run into Latin ones
)

// candidate is one legacy encoding the detector may choose, with the languages written in it.
type candidate struct {
	name   string // the WHATWG name
	enc    encoding.Encoding
	script script
	langs  []*language
}

// runeCounts is what one decoding of the sample holds: how often each non-ASCII rune comes,
// and the runes no language can want (decoding errors, control characters, mid-word
// capitals, long runs of accented Latin letters).
type runeCounts struct {
	counts map[rune]int
	total  int // runes in counts, errors and misfit together
	errors int
	misfit int
}

// score decodes sample with c and returns the score of its best language.
func (c candidate) score(sample []byte, lang string) int {
	text, _, err := transform.Bytes(c.enc.NewDecoder(), sample)
	if err != nil {
		return weightError * len(sample)
	}
	rc := c.count(text)
	best := 0
	for i, l := range c.langs {
		s := l.score(rc)
		if lang != "" && l.serves(lang) {
			s += weightLangTag * rc.total
		}
		if i == 0 || s > best {
			best = s
		}
	}
	return best
}

// count tallies the non-ASCII runes of text, setting apart those that fit no language of
// c's script in their context.
func (c candidate) count(text []byte) runeCounts {
	rc := runeCounts{counts: map[rune]int{}}
	var prev, prev2 rune
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		i += size
		p, p2 := prev, prev2
		prev, prev2 = r, p
		// A word of a non-Latin alphabet does not run into ASCII letters.
		mixed := (c.script == scriptBicameral || c.script == scriptAlphabet) &&
			(p < utf8.RuneSelf && isASCIILetter(byte(p)) && r >= utf8.RuneSelf && unicode.IsLetter(r) || r < utf8.RuneSelf && isASCIILetter(byte(r)) && p >= utf8.RuneSelf && unicode.IsLetter(p))
		if r < utf8.RuneSelf {
			if mixed {
				rc.total++
				rc.misfit++
			}
			continue
		}
		rc.total++
		switch {
		case r == utf8.RuneError || r < 0xA0 || unicode.Is(unicode.Co, r):
			rc.errors++
		case mixed:
			rc.misfit++
		case isFinalForm(p) && unicode.IsLetter(r):
			rc.misfit++ // a word-final letter form inside a word
		case (c.script == scriptLatin || c.script == scriptBicameral) && unicode.IsUpper(r) && unicode.IsLower(p):
			rc.misfit++ // a capital inside a word: a case-swapping misreading
		case c.script == scriptLatin && unicode.IsLetter(r) && p >= 0x80 && p2 >= 0x80 && unicode.IsLetter(p) && unicode.IsLetter(p2):
			rc.misfit++ // three accented letters in a row: another script misread as Latin
		case isThaiMark(r) && !isThaiConsonant(p) && !isThaiMark(p), isThaiLeadingVowel(p) && !isThaiConsonant(r):
			rc.misfit++ // a Thai vowel or tone mark with no consonant to sit on
		default:
			rc.counts[r]++
		}
	}
	return rc
}

// Thai spelling: a vowel or tone mark written above or below sits on a consonant (or on
// another mark), and a vowel written before a consonant has one after it.
func isThaiConsonant(r rune) bool    { return 0x0e01 <= r && r <= 0x0e2e }
func isThaiLeadingVowel(r rune) bool { return 0x0e40 <= r && r <= 0x0e44 }
func isThaiMark(r rune) bool {
	return r == 0x0e31 || 0x0e34 <= r && r <= 0x0e3a || 0x0e47 <= r && r <= 0x0e4e
}

// isFinalForm reports whether r is a letter form written only at the end of a word: Greek
// final sigma, the Hebrew final letters.
func isFinalForm(r rune) bool {
	switch r {
	case 'ς', 'ך', 'ם', 'ן', 'ף', 'ץ':
		return true
	}
	return false
}
