package dom

import (
	"strings"
	"unicode/utf8"
)

// RepairMojibake returns s with UTF-8 text that was once read as Windows-1252 or Latin-1 and
// written out again as UTF-8 ("Investorâ€™s", "itertools â\u0080\u0094", "CafÃ©") read right:
// "Investor’s", "itertools —", "Café". The page's bytes carry the damage, so no charset
// decoding can undo it. s is returned as it is unless every character of it is one byte in
// those charsets and those bytes are valid UTF-8 that holds a character of several bytes:
// text in Latin-1 proper ("café", "Straße") never is.
func RepairMojibake(s string) string {
	if !damaged(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r <= 0xFF:
			b = append(b, byte(r))
		case cp1252High[r] != 0:
			b = append(b, cp1252High[r])
		default:
			return s
		}
	}
	if !utf8.Valid(b) || utf8.RuneCount(b) == len(b) {
		return s
	}
	return string(b)
}

// damaged reports whether s holds the mark of the damage RepairMojibake undoes: one of the
// lead bytes of UTF-8's two- to four-byte sequences read as Latin-1 (U+00C2 to U+00F4, which
// UTF-8 writes as 0xC3 0x82 to 0xC3 0xB4) followed by a byte that continues a sequence read the
// same way (U+0080 to U+00BF, or a Windows-1252 character of bytes 0x80 to 0x9F). Most text
// has no byte 0xC3 and is passed over; text in Latin-1 proper ("café", "Straße") seldom has
// such a pair. It allocates nothing: the segmenter asks it of every text that is not ASCII.
func damaged(s string) bool {
	for {
		i := strings.IndexByte(s, 0xC3)
		if i < 0 || i+2 >= len(s) {
			return false
		}
		lead := s[i+1]
		s = s[i+2:]
		if lead < 0x82 || lead > 0xB4 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s); (r >= 0x80 && r <= 0xBF) || cp1252High[r] != 0 {
			return true
		}
	}
}

// cp1252High maps the characters that Windows-1252 puts at bytes 0x80 to 0x9F to those bytes.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
	'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
	'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}
