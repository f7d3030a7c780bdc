package decode

import (
	"slices"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// language is what the legacy-encoding detector knows of one language (or a few written
// alike): the letters it uses, by which a decoding is judged.
type language struct {
	// tags are the primary language subtags of <html lang> that name it.
	tags []string
	// good holds its lower-case non-ASCII letters; for a CJK language, its most common
	// characters (or, for Japanese, its kana).
	good map[rune]bool
	// ok are further runes of its script that its text has: the rest of the Cyrillic
	// alphabet, Han characters in Chinese and Japanese, Hangul in Korean.
	ok []*unicode.RangeTable
	// neutral are runes its text may have that are no evidence either way (hanja in Korean).
	neutral []*unicode.RangeTable
	// wide is set for a language whose legacy encodings take two bytes a character (CJK):
	// its good and ok runes weigh double, as much per byte as a letter of one byte does.
	wide bool
}

// serves reports whether lang, a primary language subtag, names l.
func (l *language) serves(lang string) bool { return slices.Contains(l.tags, lang) }

// score is the sum of the weights of the runes of rc in l.
func (l *language) score(rc runeCounts) int {
	s := weightError*rc.errors + weightBad*rc.misfit
	for r, n := range rc.counts {
		w := l.weight(r)
		if l.wide && w > 0 {
			w *= 2
		}
		s += n * w
	}
	return s
}

// weight is what one rune says for l (see the weight* constants).
func (l *language) weight(r rune) int {
	switch {
	case l.good[r]:
		return weightGood
	case l.good[unicode.ToLower(r)] || r == 'İ' && l.good['ı']:
		return weightOK
	case proseSymbols[r]:
		return 0
	case isOneOf(r, l.ok):
		return weightOK
	case isOneOf(r, l.neutral):
		return 0
	}
	return weightBad
}

func isOneOf(r rune, tables []*unicode.RangeTable) bool {
	for _, t := range tables {
		if unicode.Is(t, r) {
			return true
		}
	}
	return false
}

// runeSet returns the set of the runes of s.
func runeSet(s string) map[rune]bool {
	m := make(map[rune]bool, len(s))
	for _, r := range s {
		m[r] = true
	}
	return m
}

// proseSymbols are the non-ASCII punctuation and symbols of ordinary prose in any language:
// no evidence for or against an encoding.
var proseSymbols = runeSet("\u00a0\u00ad‘’‚“”„–—…•·«»‹›€£©®°™×§¿¡†‰")

// cjkOK are the runes any CJK text has besides its letters: CJK punctuation and full-width forms.
var cjkOK = &unicode.RangeTable{R16: []unicode.Range16{
	{Lo: 0x3000, Hi: 0x303f, Stride: 1},
	{Lo: 0x30fb, Hi: 0x30fb, Stride: 1},
	{Lo: 0xff01, Hi: 0xff60, Stride: 1},
	{Lo: 0xffe0, Hi: 0xffef, Stride: 1},
}}

// halfwidthKatakana are the one-byte katakana of Shift-JIS: rare in text since the 1990s,
// and what other encodings' bytes become when read as Shift-JIS, so no evidence.
var halfwidthKatakana = &unicode.RangeTable{R16: []unicode.Range16{{Lo: 0xff61, Hi: 0xff9f, Stride: 1}}}

// The languages of the legacy encodings.
var (
	langFrench     = &language{tags: []string{"fr"}, good: runeSet("àâæçéèêëîïôœùûüÿ")}
	langGerman     = &language{tags: []string{"de"}, good: runeSet("äöüß")}
	langSpanish    = &language{tags: []string{"es", "gl"}, good: runeSet("áéíñóúü")}
	langPortuguese = &language{tags: []string{"pt"}, good: runeSet("áâãàçéêíóôõú")}
	langItalian    = &language{tags: []string{"it"}, good: runeSet("àèéìíîòóùú")}
	langDutch      = &language{tags: []string{"nl"}, good: runeSet("éëïöüèáó")}
	langNordic     = &language{tags: []string{"da", "no", "nb", "nn", "sv", "fi"}, good: runeSet("æøåäöé")}
	langIcelandic  = &language{tags: []string{"is"}, good: runeSet("áéíóúýþæðö")}
	langCatalan    = &language{tags: []string{"ca"}, good: runeSet("àéèíïòóúüç")}
	langPolish     = &language{tags: []string{"pl"}, good: runeSet("ąćęłńóśźż")}
	langCzech      = &language{tags: []string{"cs"}, good: runeSet("áčďéěíňóřšťúůýž")}
	langSlovak     = &language{tags: []string{"sk"}, good: runeSet("áäčďéíĺľňóôŕšťúýž")}
	langHungarian  = &language{tags: []string{"hu"}, good: runeSet("áéíóöőúüű")}
	langSerboCroat = &language{tags: []string{"hr", "bs", "sr", "sl"}, good: runeSet("čćđšž")}
	langRomanian   = &language{tags: []string{"ro"}, good: runeSet("ăâîşţșț")}
	langTurkish    = &language{tags: []string{"tr", "az"}, good: runeSet("çğıöşüâî")}
	langLithuanian = &language{tags: []string{"lt"}, good: runeSet("ąčęėįšųūž")}
	langLatvian    = &language{tags: []string{"lv"}, good: runeSet("āčēģīķļņšūž")}
	langEstonian   = &language{tags: []string{"et"}, good: runeSet("äöõüšž")}
	// In the alphabets that fill a legacy encoding's upper half, a misreading gives letters
	// too; only the most frequent count as good, the rest of the alphabet as ok.
	langCyrillic = &language{tags: []string{"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"},
		good: runeSet("оеаинтсрвлі"), ok: []*unicode.RangeTable{unicode.Cyrillic}}
	langGreek    = &language{tags: []string{"el"}, good: runeSet("αοιετσνηυρπκμλάέίόςή"), ok: []*unicode.RangeTable{unicode.Greek}}
	langHebrew   = &language{tags: []string{"he", "iw", "yi"}, good: runeSet("יוהלמארבתשנ"), ok: []*unicode.RangeTable{unicode.Hebrew}}
	langArabic   = &language{tags: []string{"ar", "fa", "ur"}, good: runeSet("الميونهرتبةعدی"), ok: []*unicode.RangeTable{unicode.Arabic}}
	langThai     = &language{tags: []string{"th"}, good: runeSet("านรอกเงมยลวดทสตะี่้ัิ"), ok: []*unicode.RangeTable{unicode.Thai}}
	langJapanese = &language{tags: []string{"ja"}, good: runeSetRanges(runeRange(0x3041, 0x3096), runeRange(0x30a1, 0x30fc), runeSet("、。「」")),
		ok: []*unicode.RangeTable{unicode.Han, cjkOK}, neutral: []*unicode.RangeTable{halfwidthKatakana}, wide: true}
	langChinese = &language{tags: []string{"zh"}, good: runeSet(commonHanzi), ok: []*unicode.RangeTable{unicode.Han, cjkOK}, wide: true}
	langKorean  = &language{tags: []string{"ko"}, good: runeSet(commonHangul),
		ok: []*unicode.RangeTable{unicode.Hangul, cjkOK}, neutral: []*unicode.RangeTable{unicode.Han}, wide: true}
)

func runeRange(lo, hi rune) map[rune]bool {
	m := make(map[rune]bool, hi-lo+1)
	for r := lo; r <= hi; r++ {
		m[r] = true
	}
	return m
}

func runeSetRanges(sets ...map[rune]bool) map[rune]bool {
	m := map[rune]bool{}
	for _, s := range sets {
		for r := range s {
			m[r] = true
		}
	}
	return m
}

// commonHanzi are the most common characters of Chinese text, in simplified and traditional
// forms: a Chinese page read in its own encoding is full of them, read in another it has
// them only by chance.
const commonHanzi = "的一是不了在人有我他这個个们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日军軍者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并並物手应應战戰向头頭文体體政美相见見被利什二等产產或新己制身果加西斯月话話合回特代内信表化老给給世位次度门門任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入几幾口认認条條平系气氣题題活尔爾更别別打女变變四神总總何电電数數安少报報才结結反受目太量再感建务務做接必场場件计計管期市直德资資命山金指克许許统統区區保至队隊形社便空决決治展马馬科司五基眼书書非则則听聽白却卻界达達光放强強即像难難且权權思王象完设設式色路记記南品住告类類求据據程北边邊死张張该該交规規万萬取拉格望觉覺术術领領共确確传傳师師观觀清今切院让讓识識候带帶导導争爭运運笑飞飛风風步改收根干造言联聯持组組每济濟车車亲親极極林服快办辦议議往元英士证證近失转轉夫令准布始怎呢存未远遠叫台单單影具罗羅字爱愛击擊流备備兵连連调調深商算质質团團集百需价價花党黨华華城石级級整府离離况況亚亞请請技际際约約示复復病息究线線似官火断斷精满滿支视視消越器容照须須九增研写寫称稱企八功吗嗎包片史委乎查轻輕易早曾除农農找装裝广廣显顯吧阿李标標谈談吃图圖念六引历歷首医醫局突专專费費号號尽盡另周较較注语語仅僅考落青随隨选選列武红紅响響虽雖推势勢参參希古众眾构構房半节節土投某案黑维維革划敢"

// commonHangul are the most common syllables of Korean text.
const commonHangul = "이다는의에을하고가한서로지기를사도리일으대자수인시어있정해니나라부전것원국적들게주보제과장상성만년동그면여구생아되위공문신연야우경때중와내오소미합화방스마였했까결회발말선실비계요할무세개반및은분안관두각통러간행물업조들"

// legacyCandidates are the encodings [detectLegacy] chooses among, in order of preference
// when two score the same (as on a text whose bytes both read alike).
var legacyCandidates = []candidate{
	{"windows-1252", charmap.Windows1252, scriptLatin, []*language{langFrench, langGerman, langSpanish, langPortuguese, langItalian, langDutch, langNordic, langIcelandic, langCatalan}},
	{"windows-1251", charmap.Windows1251, scriptBicameral, []*language{langCyrillic}},
	{"koi8-r", charmap.KOI8R, scriptBicameral, []*language{langCyrillic}},
	{"koi8-u", charmap.KOI8U, scriptBicameral, []*language{langCyrillic}},
	{"shift_jis", japanese.ShiftJIS, scriptCJK, []*language{langJapanese}},
	{"euc-jp", japanese.EUCJP, scriptCJK, []*language{langJapanese}},
	{"gbk", simplifiedchinese.GBK, scriptCJK, []*language{langChinese}},
	{"big5", traditionalchinese.Big5, scriptCJK, []*language{langChinese}},
	{"euc-kr", korean.EUCKR, scriptCJK, []*language{langKorean}},
	{"windows-1250", charmap.Windows1250, scriptLatin, []*language{langPolish, langCzech, langSlovak, langHungarian, langSerboCroat, langRomanian, langGerman}},
	{"iso-8859-2", charmap.ISO8859_2, scriptLatin, []*language{langPolish, langCzech, langSlovak, langHungarian, langSerboCroat, langRomanian, langGerman}},
	{"windows-1253", charmap.Windows1253, scriptBicameral, []*language{langGreek}},
	{"iso-8859-7", charmap.ISO8859_7, scriptBicameral, []*language{langGreek}},
	{"windows-1254", charmap.Windows1254, scriptLatin, []*language{langTurkish}},
	{"windows-1257", charmap.Windows1257, scriptLatin, []*language{langLithuanian, langLatvian, langEstonian}},
	{"windows-1255", charmap.Windows1255, scriptAlphabet, []*language{langHebrew}},
	{"windows-1256", charmap.Windows1256, scriptAlphabet, []*language{langArabic}},
	{"windows-874", charmap.Windows874, scriptAlphabet, []*language{langThai}},
}
