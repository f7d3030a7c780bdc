//go:build pithtrain

package extractor

import (
	"math"
	"strings"
	"unicode"

	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/meta"
	"github.com/pithdev/pith/extractor/internal/titlepick"
	"github.com/pithdev/pith/extractor/internal/view"
)

// titleCandidate is one text that could be the page's headline, with the model's inputs.
type titleCandidate struct {
	text string
	f    titlepick.Features
}

// maxTitleCandidateH1s is how many visible <h1>s are candidates.
const maxTitleCandidateH1s = 3

// titleCandidates lists the texts that could be the page's headline, the rules' choice
// first: the metadata titles as they are and less their site part, the parts of <title>
// around a separator, the visible <h1>s that are not the site's name, and the first <h2>;
// a text that several sources give is one candidate. Each carries the chooser's features.
func titleCandidates(t meta.Titles, blocks []*block.Block, kind PageType, rules string) []titleCandidate {
	site := siteKeys(t)
	if k := dom.LooseKey(t.PageSite); k != "" {
		site[k] = true
	}
	var cands []titleCandidate
	add := func(text string, src titlepick.Feature) {
		text = strings.TrimSpace(text)
		if dom.LooseKey(text) == "" {
			return
		}
		for i := range cands {
			if cands[i].text == text {
				cands[i].f[src] = 1
				return
			}
		}
		var c titleCandidate
		c.text = text
		c.f[src] = 1
		cands = append(cands, c)
	}
	add(rules, titlepick.FromRules)
	og := ""
	if len(t.Social) > 0 {
		og = t.Social[0]
		add(og, titlepick.FromSocial)
		add(trimSite(og, site), titlepick.FromSocialTrimmed)
	}
	if len(t.Social) > 1 {
		add(t.Social[1], titlepick.FromTwitter)
	}
	add(t.Headline, titlepick.FromHeadline)
	if len(t.Other) > 0 {
		add(t.Other[0], titlepick.FromOther)
	}
	pageTrim := ""
	if t.Page != "" {
		add(t.Page, titlepick.FromPage)
		pageTrim = trimSite(t.Page, site)
		add(pageTrim, titlepick.FromPageTrimmed)
		if head, tail, ok := splitTitle(t.Page); ok {
			add(head, titlepick.FromPageHead)
			add(tail, titlepick.FromPageTail)
		}
	}
	h1s, h2, firstH1, firstH1Text := 0, false, "", ""
	place := map[string]float64{}
	for bi, b := range blocks {
		if b.Kind != view.Heading || b.Level > 2 || b.Chars < minTitleHeadingChars || b.Chars > maxStyledTitleChars {
			continue
		}
		if isChromeHeading(b, dom.LooseKey(b.Text), site) {
			continue
		}
		switch {
		case b.Level == 1 && h1s < maxTitleCandidateH1s && !block.Under(b.El, block.SigChrome):
			if _, ok := place[b.Text]; !ok {
				place[b.Text] = float64(bi) / float64(len(blocks))
			}
			if h1s == 0 {
				firstH1, firstH1Text = dom.LooseKey(b.Text), b.Text
				add(b.Text, titlepick.FromFirstH1)
			}
			add(b.Text, titlepick.FromH1)
			h1s++
		case b.Level == 2 && !h2:
			if _, ok := place[b.Text]; !ok {
				place[b.Text] = float64(bi) / float64(len(blocks))
			}
			add(b.Text, titlepick.FromH2)
			h2 = true
		}
	}
	shown := shownKeys(blocks)
	pk, ok, lk, tk := dom.LooseKey(t.Page), dom.LooseKey(og), dom.LooseKey(t.Headline), dom.LooseKey(pageTrim)
	ki := -1
	for i, k := range titlepick.Kinds {
		if string(kind) == k {
			ki = i
		}
	}
	_, _, pageSplit := splitTitle(t.Page)
	longest := 0
	for _, c := range cands {
		longest = max(longest, len(dom.LooseKey(c.text)))
	}
	h1Words, pageWords := wordSet(firstH1Text), wordSet(t.Page)
	for i := range cands {
		c := &cands[i]
		f := &c.f
		key := dom.LooseKey(c.text)
		n := 0.0
		for s := titlepick.FromRules; s <= titlepick.FromH2; s++ {
			if s != titlepick.FromFirstH1 {
				n += f[s]
			}
		}
		f[titlepick.Sources] = n / 4
		f[titlepick.LogWords] = math.Log1p(float64(len(strings.Fields(c.text))))
		if pk != "" {
			f[titlepick.PageShare] = math.Min(3, float64(len(key))/float64(len(pk)))
		}
		f[titlepick.InPage] = oneIf(pk != "" && strings.Contains(pk, key))
		f[titlepick.InSocial] = oneIf(ok != "" && strings.Contains(ok, key))
		f[titlepick.InHeadline] = oneIf(lk != "" && strings.Contains(lk, key))
		f[titlepick.HoldsPageTrimmed] = oneIf(tk != "" && strings.Contains(key, tk))
		f[titlepick.Shown] = oneIf(shown[key])
		_, _, sep := splitTitle(c.text)
		f[titlepick.HasSeparator] = oneIf(sep)
		f[titlepick.SiteName] = oneIf(site[key])
		f[titlepick.EndsPeriod] = oneIf(strings.HasSuffix(c.text, "."))
		f[titlepick.Shouting] = oneIf(strings.IndexFunc(c.text, unicode.IsLower) < 0)
		f[titlepick.AgreesH1] = oneIf(firstH1 != "" && (strings.Contains(key, firstH1) || strings.Contains(firstH1, key)))
		f[titlepick.RulesShown] = oneIf(f[titlepick.FromRules] == 1 && shown[key])
		f[titlepick.PageSplit] = oneIf(pageSplit)
		f[titlepick.SocialIsPage] = oneIf(ok != "" && ok == pk)
		f[titlepick.H1s] = float64(h1s)
		words := wordSet(c.text)
		f[titlepick.OverlapH1] = jaccard(words, h1Words)
		f[titlepick.OverlapPage] = jaccard(words, pageWords)
		f[titlepick.Place] = 1.5
		if p, ok := place[c.text]; ok {
			f[titlepick.Place] = p
		}
		f[titlepick.Longest] = oneIf(len(key) == longest)
		heading := f[titlepick.FromH1] == 1 || f[titlepick.FromH2] == 1
		f[titlepick.ManyH1] = oneIf(heading && h1s > 1)
		if ki >= 0 {
			if heading {
				f[titlepick.HeadingArticle+titlepick.Feature(ki)] = 1
			}
			if f[titlepick.FromPage]+f[titlepick.FromPageTrimmed]+f[titlepick.FromPageHead] > 0 {
				f[titlepick.PageTitleArticle+titlepick.Feature(ki)] = 1
			}
			if f[titlepick.FromSocial]+f[titlepick.FromSocialTrimmed]+f[titlepick.FromTwitter]+f[titlepick.FromHeadline] > 0 {
				f[titlepick.MetaArticle+titlepick.Feature(ki)] = 1
			}
		}
	}
	return cands
}

// splitTitle splits a title at its first separator (see dom.TitleSeparators) into its first
// and its last part; ok is false when it has none.
func splitTitle(s string) (head, tail string, ok bool) {
	for _, sep := range dom.TitleSeparators {
		i := strings.Index(s, sep)
		if i <= 0 {
			continue
		}
		j := strings.LastIndex(s, sep)
		head, tail = strings.TrimSpace(s[:i]), strings.TrimSpace(s[j+len(sep):])
		return head, tail, head != "" && tail != ""
	}
	return "", "", false
}

// shownKeys are the loose keys of the page's headings and short lines, to tell a candidate
// a reader sees on the page.
func shownKeys(blocks []*block.Block) map[string]bool {
	keys := make(map[string]bool)
	for _, b := range blocks {
		if b.Chars <= maxStyledTitleChars && (b.Kind == view.Heading || b.Kind == view.Paragraph) {
			keys[dom.LooseKey(b.Text)] = true
		}
	}
	return keys
}

// wordSet is the set of s's lower-cased words of letters and digits.
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for w := range strings.FieldsFuncSeq(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		set[w] = true
	}
	return set
}

// jaccard is the share of the words of a and b that both hold; 0 when both are empty.
func jaccard(a, b map[string]bool) float64 {
	both := 0
	for w := range a {
		if b[w] {
			both++
		}
	}
	if all := len(a) + len(b) - both; all > 0 {
		return float64(both) / float64(all)
	}
	return 0
}
