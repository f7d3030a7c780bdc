package meta

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/text/language"
)

// pickLanguage takes the first language tag in the markup whose script agrees with the
// text's, or "und-<Script>" when the markup names none that does (see [Metadata.Language]).
func pickLanguage(f *pageFacts, ld *jsonLD, main ldNode, title string, text iter.Seq[string]) string {
	cands := []string{f.htmlLang, f.metaValue("content-language"), f.metaValue("og:locale"),
		f.metaValue("dc.language", "dcterms.language", "language")}
	if main != nil {
		cands = append(cands, ld.str(main, "inLanguage"))
	}
	cands = append(cands, f.microValue("inlanguage"))
	script := dominantScript(title, text)
	var first string
	for _, c := range cands {
		tag, ok := parseLangTag(c)
		if !ok {
			continue
		}
		if first == "" {
			first = tag.String()
		}
		if script == "" || scriptAgrees(tag, script) {
			return tag.String()
		}
	}
	if script != "" {
		return "und-" + script
	}
	return first
}

// parseLangTag parses a language tag as pages write it: "en", "en-US", "en_US" (og:locale),
// "de-de"; a list in Content-Language ("de, en") gives its first tag. "und" and "x-default" are no answer.
func parseLangTag(s string) (language.Tag, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	if s == "" || len(s) > maxLangTagChars {
		return language.Und, false
	}
	tag, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil || tag == language.Und {
		return language.Und, false
	}
	if base, conf := tag.Base(); conf == language.No || base.String() == "und" {
		return language.Und, false
	}
	return tag, true
}

// scriptAgrees reports whether a language is written in the script found in the text. A
// language whose script is uncertain (Serbian: Cyrillic or Latin) agrees with any.
func scriptAgrees(tag language.Tag, script string) bool {
	s, conf := tag.Script()
	if conf < language.High {
		return true
	}
	if s.String() == script {
		return true
	}
	return cjkScripts[s.String()] && cjkScripts[script]
}

// cjkScripts are written with Han characters, alone or mixed with kana or Hangul.
var cjkScripts = dom.TokenSet("Hani", "Hans", "Hant", "Jpan", "Kore", "Hang")

// scriptTables are the scripts told apart by the fallback, with their ISO 15924 codes.
var scriptTables = [...]struct {
	code  string
	table *unicode.RangeTable
}{
	{"Latn", unicode.Latin}, {"Cyrl", unicode.Cyrillic}, {"Grek", unicode.Greek}, {"Arab", unicode.Arabic},
	{"Hebr", unicode.Hebrew}, {"Hani", unicode.Han}, {"Kana", unicode.Katakana}, {"Hira", unicode.Hiragana},
	{"Hang", unicode.Hangul}, {"Thai", unicode.Thai}, {"Deva", unicode.Devanagari}, {"Beng", unicode.Bengali},
	{"Geor", unicode.Georgian}, {"Armn", unicode.Armenian}, {"Taml", unicode.Tamil}, {"Ethi", unicode.Ethiopic},
}

// Indexes of scriptTables that dominantScript reads by name.
const (
	scriptLatn = 0
	scriptHani = 5
	scriptKana = 6
	scriptHira = 7
)

// scriptCounter counts letters by script, up to maxScriptLetters.
type scriptCounter struct {
	counts [len(scriptTables)]int
	total  int
	// decided is the index of a script that has the share of the letters that
	// dominantScript asks for, however the letters yet to count fall; -1 until one has.
	decided int
}

// decisiveLetters: a script other than Han and kana (which count together for Japanese)
// with this many letters holds the share of at most maxScriptLetters that dominantScript
// asks for, and more than all others together.
const decisiveLetters = int(minScriptShare * maxScriptLetters)

// done reports whether counting further can change nothing.
func (sc *scriptCounter) done() bool { return sc.total >= maxScriptLetters || sc.decided >= 0 }

// count counts the letters of s. ASCII letters, most of the text on most pages, are Latin
// without a look at the tables, read a byte at a time with no rune decoded.
func (sc *scriptCounter) count(s string) {
	for i := 0; i < len(s); {
		if sc.done() {
			return
		}
		if s[i] < utf8.RuneSelf {
			// A run of ASCII: its letters are counted in a tight loop, up to the count that
			// makes done true (the cap, or Latin's decisive count).
			need := min(maxScriptLetters-sc.total, decisiveLetters-sc.counts[scriptLatn])
			n := 0
			for ; i < len(s) && s[i] < utf8.RuneSelf && n < need; i++ {
				if c := s[i] | 0x20; 'a' <= c && c <= 'z' {
					n++
				}
			}
			sc.total += n
			if sc.counts[scriptLatn] += n; sc.counts[scriptLatn] >= decisiveLetters {
				sc.decided = scriptLatn
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if !unicode.IsLetter(r) {
			continue
		}
		sc.total++
		for j, st := range scriptTables {
			if unicode.Is(st.table, r) {
				sc.add(j)
				break
			}
		}
	}
}

// add counts a letter of the script scriptTables[i].
func (sc *scriptCounter) add(i int) {
	if sc.counts[i]++; sc.counts[i] >= decisiveLetters && i != scriptHani && i != scriptKana && i != scriptHira {
		sc.decided = i
	}
}

// dominantScript returns the ISO 15924 code of the script of most of the letters in the
// title and text, "Jpan" for Han mixed with kana, or "" when the text is too short or mixed.
func dominantScript(title string, text iter.Seq[string]) string {
	sc := scriptCounter{decided: -1}
	sc.count(title)
	if text != nil {
		for t := range text {
			if sc.done() {
				break
			}
			sc.count(t)
		}
	}
	if sc.decided >= 0 {
		return scriptTables[sc.decided].code
	}
	if sc.total < minScriptLetters {
		return ""
	}
	counts := sc.counts
	// Japanese mixes Han with kana; Korean may mix Han with Hangul.
	jpan := 0
	if kana := counts[scriptKana] + counts[scriptHira]; kana > 0 && kana*10 >= counts[scriptHani] {
		jpan = counts[scriptHani] + kana
		counts[scriptHani], counts[scriptKana], counts[scriptHira] = 0, 0, 0
	}
	best, n := "", 0
	for i, st := range scriptTables {
		if c := counts[i]; c > n {
			best, n = st.code, c
		}
	}
	if jpan > n {
		best, n = "Jpan", jpan
	}
	if float64(n) < minScriptShare*float64(sc.total) {
		return ""
	}
	return best
}
