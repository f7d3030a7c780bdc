package extractor

import (
	"strings"
	"unicode"
)

// adLabels are the words that mark an advertising slot, in the languages of the web's larger
// sites: a block that says only this is the label of an ad whose content was not text.
var adLabels = tokenSet(
	"advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
	"anzeige", "werbung", "publicité", "publicidad", "anuncio", "publicidade", "pubblicità",
	"advertentie", "reclame", "reklama", "reklame", "reklam", "mainos", "annons", "annonce",
	"реклама", "διαφήμιση", "إعلان", "פרסומת", "广告", "廣告", "広告", "광고", "iklan", "quảng cáo", "โฆษณา",
)

// maxAdLabelChars: an ad label is a word or two.
const maxAdLabelChars = 30

// isAdLabel reports whether a block's whole text is an advertising label ("Advertisement",
// "— Publicidad —", "[Anzeige]"), in any case.
func isAdLabel(b *block) bool {
	if b.chars > maxAdLabelChars || b.kind == KindHeading {
		return false
	}
	t := strings.TrimFunc(b.text, func(r rune) bool { return !unicode.IsLetter(r) })
	return adLabels[strings.ToLower(t)]
}
