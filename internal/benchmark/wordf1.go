package benchmark

import "strings"

// WordF1 is WCXB's metric for one page (its evaluate.py): bag-of-words F1 between the
// predicted text and the truth, over the tokens of Python's re.findall(r'\w+', text.lower())
// counted as multisets. A page whose truth and prediction are both empty scores 1; a page
// with only one of them empty scores 0.
func WordF1(pred, truth string) float64 {
	p := wordBag(pred)
	t := wordBag(truth)
	np, nt := bagSize(p), bagSize(t)
	switch {
	case np == 0 && nt == 0:
		return 1
	case np == 0 || nt == 0:
		return 0
	}
	common := 0
	for w, c := range p {
		common += min(c, t[w])
	}
	if common == 0 {
		return 0
	}
	prec := float64(common) / float64(np)
	rec := float64(common) / float64(nt)
	return 2 * prec * rec / (prec + rec)
}

// wordBag counts the lower-cased \w+ tokens of s.
func wordBag(s string) map[string]int {
	bag := make(map[string]int)
	for _, tok := range Tokens(strings.ToLower(s)) {
		bag[tok]++
	}
	return bag
}

// bagSize is the number of tokens in a bag.
func bagSize(bag map[string]int) int {
	n := 0
	for _, c := range bag {
		n += c
	}
	return n
}
