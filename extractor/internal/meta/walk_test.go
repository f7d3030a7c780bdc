package meta

import (
	"go/ast"
	"go/parser"
	"go/token"
	"math/rand/v2"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// refShortText is shortText as it was before it read into reused buffers: the reference.
func refShortText(n *html.Node, limit int) (string, bool) {
	var sb strings.Builder
	over, nodes := false, 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !over; c = c.NextSibling {
			if nodes++; nodes > 4*limit {
				over = true
				return
			}
			switch c.Type {
			case html.TextNode:
				sb.WriteString(c.Data)
				if sb.Len() > 4*limit {
					over = true
				}
			case html.ElementNode:
				if c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Template {
					continue
				}
				block := dom.BlockTags.Has(c.DataAtom) && sb.Len() > 0
				if block {
					sb.WriteString(" | ")
				} else if c.PrevSibling != nil && c.PrevSibling.Type == html.ElementNode {
					sb.WriteString(" ")
				}
				walk(c)
				if block {
					sb.WriteString(" | ")
				}
			}
		}
	}
	walk(n)
	if over {
		return "", false
	}
	t := dom.Collapse(sb.String())
	if len(t) > limit {
		return "", false
	}
	return t, true
}

// randomText is text made of the pieces that collapsing treats apart: ASCII and Unicode
// space, zero-width space, letters, multi-byte runes and invalid UTF-8.
func randomText(r *rand.Rand, pieces int) string {
	parts := []string{" ", "  ", "\t", "\n", "\v", "\r\n", "\u00a0", "\u0085", "\u2003", "\u200b", "\u3000", "a", "Bc",
		"déf", "日本", "\xff", "\xe2\x80", "\xa8", "2023", "March", ".", ","}
	var sb strings.Builder
	for range r.IntN(pieces + 1) {
		sb.WriteString(parts[r.IntN(len(parts))])
	}
	return sb.String()
}

func TestAppendCollapsedMatchesCollapse(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		s := randomText(r, 12)
		got, ok := appendCollapsed(nil, []byte(s), 1<<20)
		require.True(t, ok)
		require.Equal(t, dom.Collapse(s), string(got), "%q", s)
		want := dom.Collapse(s)
		for _, limit := range []int{0, 3, 10} {
			_, ok := appendCollapsed([]byte("x"), []byte(s), limit)
			require.Equal(t, len(want) <= limit, ok, "%q within %d", s, limit)
		}
	}
}

func TestTextBufferMatchesShortText(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var tb textBuffer
	for range 3000 {
		var sb strings.Builder
		sb.WriteString("<div>")
		for range r.IntN(8) {
			switch r.IntN(6) {
			case 0:
				sb.WriteString("<span>" + randomText(r, 6) + "</span>")
			case 5:
				sb.WriteString("<p>" + randomText(r, 4) + "</p>")
			case 1:
				sb.WriteString("<script>x = 1</script>")
			case 2:
				sb.WriteString("<b><i>" + randomText(r, 3) + "</i></b><!-- c -->")
			default:
				sb.WriteString(strings.Repeat(randomText(r, 8), 1+r.IntN(4)))
			}
		}
		sb.WriteString("</div>")
		doc, err := html.Parse(strings.NewReader(sb.String()))
		require.NoError(t, err)
		div := findElement(doc, atom.Div)
		require.NotNil(t, div)
		for _, limit := range []int{5, 40, 120} {
			want, wok := refShortText(div, limit)
			got, gok := tb.read(div, limit)
			require.Equal(t, wok, gok, "%q within %d", sb.String(), limit)
			require.Equal(t, want, string(got), "%q within %d", sb.String(), limit)
		}
	}
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if e := findElement(c, a); e != nil {
			return e
		}
	}
	return nil
}

// refHasLineRoot is hasLineRoot as it was before its table of letter pairs.
func refHasLineRoot(v string) bool {
	for i := 0; i < len(v); i++ {
		c := v[i] | 0x20
		if c < 'a' || c > 'z' {
			continue
		}
		for _, r := range lineRoots[c-'a'] {
			if len(v)-i >= len(r) && asciiEqualFold(v[i:i+len(r)], r) {
				return true
			}
		}
	}
	return false
}

func TestHasLineRoot(t *testing.T) {
	parts := []string{"post", "-", "_", " ", "Date", "date", "AUTH", "author", "by", "byline", "pub", "publish", "time",
		"Ti", "me", "x", "wp-block", "writer", "upd", "ated", "modified", "creator", "contributor", "autor", "avtor",
		"auteur", "é", "\xff", "@", "[", "`", "{"}
	randtext.Each(7, 8, 100000, 5, parts, func(v string, _ *rand.Rand) {
		require.Equal(t, refHasLineRoot(v), hasLineRoot(v), "%q", v)
	})
}

// testPage is the title and block texts that dominantScript reads.
type testPage struct {
	Title  string
	Blocks []string
}

// refDominantScript is dominantScript as it was before its ASCII path and early decision.
func refDominantScript(res *testPage) string {
	counts := make([]int, len(scriptTables))
	total := 0
	count := func(s string) {
		for _, r := range s {
			if total >= maxScriptLetters {
				return
			}
			if !unicode.IsLetter(r) {
				continue
			}
			total++
			for i, st := range scriptTables {
				if unicode.Is(st.table, r) {
					counts[i]++
					break
				}
			}
		}
	}
	count(res.Title)
	for _, b := range res.Blocks {
		count(b)
	}
	if total < minScriptLetters {
		return ""
	}
	byCode := map[string]int{}
	for i, st := range scriptTables {
		byCode[st.code] = counts[i]
	}
	if kana := byCode["Kana"] + byCode["Hira"]; kana > 0 && kana*10 >= byCode["Hani"] {
		byCode["Jpan"] = byCode["Hani"] + kana
		delete(byCode, "Hani")
		delete(byCode, "Kana")
		delete(byCode, "Hira")
	}
	best, n := "", 0
	for _, st := range scriptTables {
		if c := byCode[st.code]; c > n {
			best, n = st.code, c
		}
	}
	if c := byCode["Jpan"]; c > n {
		best, n = "Jpan", c
	}
	if float64(n) < minScriptShare*float64(total) {
		return ""
	}
	return best
}

func TestDominantScript(t *testing.T) {
	for i, code := range map[int]string{scriptLatn: "Latn", scriptHani: "Hani", scriptKana: "Kana", scriptHira: "Hira"} {
		assert.Equal(t, code, scriptTables[i].code)
	}
	assert.Greater(t, decisiveLetters, maxScriptLetters/2, "a decisive script outnumbers all others")
	assert.GreaterOrEqual(t, float64(decisiveLetters), minScriptShare*maxScriptLetters)
	words := []string{"word ", "слово ", "λέξη ", "単語", "かな", "カナ", "한국어 ", "كلمة ", "1234 ", ". ", "é", "\xff"}
	r := rand.New(rand.NewPCG(9, 10))
	for range 3000 {
		res := &testPage{Title: strings.Repeat(words[r.IntN(len(words))], r.IntN(20))}
		for range r.IntN(6) {
			var sb strings.Builder
			// Runs of one script, long enough to reach the decisive count and the cap.
			for range r.IntN(8) {
				sb.WriteString(strings.Repeat(words[r.IntN(len(words))], r.IntN(800)))
			}
			res.Blocks = append(res.Blocks, sb.String())
		}
		require.Equal(t, refDominantScript(res), dominantScript(res.Title, slices.Values(res.Blocks)))
	}
	// Exactly the decisive count against the rest of the cap.
	res := &testPage{Blocks: []string{strings.Repeat("a", decisiveLetters) + strings.Repeat("б", maxScriptLetters)}}
	assert.Equal(t, refDominantScript(res), dominantScript(res.Title, slices.Values(res.Blocks)))
	res = &testPage{Blocks: []string{strings.Repeat("б", maxScriptLetters-decisiveLetters+1) + strings.Repeat("a", maxScriptLetters)}}
	assert.Equal(t, refDominantScript(res), dominantScript(res.Title, slices.Values(res.Blocks)))
}

// TestMicroPropsRecorded checks that every microdata property the metadata looks up is one the
// walk records: the literal arguments of microValue and the literal keys of f.micro[...].
func TestMicroPropsRecorded(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	lookups := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		check := func(e ast.Expr) {
			if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				key, err := strconv.Unquote(lit.Value)
				require.NoError(t, err)
				lookups++
				assert.True(t, microProps[strings.ToLower(key)], "%s looks up microdata %q, which the walk does not record", fset.Position(lit.Pos()), key)
			}
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CallExpr:
				if sel, ok := x.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "microValue" {
					for _, a := range x.Args {
						check(a)
					}
				}
			case *ast.IndexExpr:
				if sel, ok := x.X.(*ast.SelectorExpr); ok && sel.Sel.Name == "micro" {
					check(x.Index)
				}
			}
			return true
		})
	}
	assert.Greater(t, lookups, 5, "found the lookups")
	for _, p := range microAuthorProps {
		assert.True(t, microProps[p], p)
	}
}

// TestMicrodataSkipsUnusedProps checks that a property the metadata never reads, such as the
// article body, is not recorded, and that the ones it reads are.
func TestMicrodataSkipsUnusedProps(t *testing.T) {
	page := `<html><body><article itemscope itemtype="https://schema.org/NewsArticle">
<span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>
<div itemprop="articleBody"><p>Body text of the article.</p></div>
<meta itemprop="datePublished" content="2023-03-03">
<span itemprop="headline keywords">Tag one</span>
</article></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	f := collectFacts(doc)
	assert.Equal(t, []string{"Jane Doe"}, f.micro["author.name"])
	assert.Equal(t, []string{"2023-03-03"}, f.micro["datepublished"])
	assert.Equal(t, []string{"2023-03-03"}, f.meta["datepublished"], "an itemprop <meta> is a meta tag too")
	assert.Equal(t, []string{"Tag one"}, f.micro["keywords"])
	assert.NotContains(t, f.micro, "articlebody")
	assert.NotContains(t, f.micro, "headline")
}

func TestLeadText(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<p> <script>x</script><b>  </b><i>  Published ` + strings.Repeat("x", 100) + `</i></p>`))
	require.NoError(t, err)
	lead, nodes := leadText(findElement(doc, atom.P))
	assert.Equal(t, ("Published " + strings.Repeat("x", 100))[:maxLeadBytes], lead)
	assert.Equal(t, 6, nodes)
}

// TestLineNodesBounded checks that reading lines stops once the page has cost maxLineNodes
// node visits: here, thousands of chains of nested spans, each span a leaf whose text opens
// like a date and is read again and again from every span above it.
func TestLineNodesBounded(t *testing.T) {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	for range 2000 {
		parent := body
		for range 100 {
			span := &html.Node{Type: html.ElementNode, Data: "span", DataAtom: atom.Span}
			parent.AppendChild(span)
			parent = span
		}
		parent.AppendChild(&html.Node{Type: html.TextNode, Data: "March 3, 2023 and more"})
	}
	f := collectFacts(body)
	assert.Greater(t, f.lineNodes, maxLineNodes, "the page exceeds the budget")
	assert.LessOrEqual(t, f.lineNodes, maxLineNodes+maxLeadNodes+4*maxLineChars, "reading stopped at the budget")
}

func TestIsAuthorPage(t *testing.T) {
	for _, tc := range []struct {
		href string
		want bool
	}{
		{"/author/marta/", true}, {"https://example.com/authors/jane-doe", true}, {"/autor/juan-perez/", true},
		{"/auteur/claire/", true}, {"/author/", false}, {"/authors", false}, {"/about/", false},
		{"/automotive/cars/", false}, {"", false},
	} {
		assert.Equal(t, tc.want, isAuthorPage(tc.href), "%q", tc.href)
	}
}

// TestCleanAuthorsScripts checks visible bylines in scripts with and without capitals.
func TestCleanAuthorsScripts(t *testing.T) {
	for _, tc := range []struct {
		byline string
		want   []string
	}{
		{"By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"by jane doe", nil},
		{"山田太郎記者", []string{"山田太郎"}},
		{"记者 王丽", []string{"王丽"}},
		{"김민준 기자 입력 2025.10.14 10:15", []string{"김민준"}},
		{"بقلم: أحمد علي", []string{"أحمد علي"}},
		{"लेखक: राहुल शर्मा", []string{"राहुल शर्मा"}},
		{"מאת דנה לוי", []string{"דנה לוי"}},
	} {
		assert.Equal(t, tc.want, cleanAuthors([]string{tc.byline}, true), "%q", tc.byline)
	}
}

// TestStripBylinePrefix: the lead-in of a byline is stripped from visible text and from
// values in the page's data; in data, a lead-in that also opens surnames only in lower case.
func TestStripBylinePrefix(t *testing.T) {
	for _, tc := range []struct {
		in      string
		visible bool
		want    string
	}{
		{"By Jane Doe", false, "Jane Doe"},
		{"written by Jane Doe", false, "Jane Doe"},
		{"von Hans Müller", false, "Hans Müller"},
		{"Von Trapp", false, "Von Trapp"},
		{"Di Maio", false, "Di Maio"},
		{"par Marie Dupont", false, "Marie Dupont"},
		{"por Luis García", false, "Luis García"},
		{"Автор: Елена Рябова", false, "Елена Рябова"},
		{"By", false, "By"},
		{"Von Hans Müller", true, "Hans Müller"},
	} {
		assert.Equal(t, tc.want, stripBylinePrefix(tc.in, tc.visible), "%q visible=%v", tc.in, tc.visible)
	}
}

// TestSplitBylineParts checks bylines that hold a date, a role or co-authors beside the names.
func TestSplitBylineParts(t *testing.T) {
	for _, tc := range []struct {
		byline string
		want   []string
		role   bool
	}{
		{"Dec. 19, 2025 · Niko Matsakis on behalf of the Vision Doc group", []string{"Niko Matsakis"}, false},
		{"Jane Doe | Senior Writer | July 2, 2025", []string{"Jane Doe"}, false},
		{"March 3, 2023, Jane Doe", []string{"Jane Doe"}, false},
		{"Sat 28 Dec 2013 — Hans Müller", []string{"Hans Müller"}, false},
		{"Martin Untersinger (avec Damien Leloup, Morgane Tual)", []string{"Martin Untersinger", "Damien Leloup", "Morgane Tual"}, false},
		{"Von Anna Schmidt mit Peter Weber", []string{"Anna Schmidt", "Peter Weber"}, false},
		{"Por Lucía Gómez con Pedro Ruiz", []string{"Lucía Gómez", "Pedro Ruiz"}, false},
		{"Photos by Sam Lee", []string{"Sam Lee"}, true},
		{"Fotos: Lena Vogel", []string{"Lena Vogel"}, true},
		{"Text by Hunter Stone", []string{"Hunter Stone"}, false},
		{"12 min read · 3 March 2024", nil, false},
		{"Dec. 19", nil, false},
		{"Russell MillerDec 18", []string{"Russell Miller"}, false},
		{"Jane Roe May 14", []string{"Jane Roe"}, false},
		{"KTVR 8 News Staff", []string{"KTVR 8 News Staff"}, false},
		{"Mayra Díaz", []string{"Mayra Díaz"}, false},
	} {
		parts, role := splitByline(tc.byline)
		assert.Equal(t, tc.want, cleanAuthors(parts, true), "%q", tc.byline)
		assert.Equal(t, tc.role, role, "role of %q", tc.byline)
	}
}

func TestNameOfSlug(t *testing.T) {
	for _, tc := range []struct{ text, href, want string }{
		{"Written by Meghan Neville Content Marketing Coordinator", "https://example.com/author/meghan-neville/", "Meghan Neville"},
		{"Von Anna Maria Schmidt Redakteurin", "/autor/anna-maria-schmidt", "Anna Maria Schmidt"},
		{"Meghan Neville", "/author/meghan-neville", "Meghan Neville"},
		{"Meghan NevilleContent Marketing Coordinator", "/author/meghan-neville", "Meghan Neville"},
		{"Meghan Nevilleson", "/author/meghan-neville", "Meghan Nevilleson"},
		{"Editorial Team", "/author/admin/", "Editorial Team"},
		{"Jane Roe Staff Writer", "/author/jdoe", "Jane Roe Staff Writer"},
		{"Jane Roe Staff Writer", "/author/john-roe?ref=top", "Jane Roe Staff Writer"},
	} {
		assert.Equal(t, tc.want, nameOfSlug(tc.text, tc.href), "%q %q", tc.text, tc.href)
	}
}

func TestTrimSiteSuffix(t *testing.T) {
	site := map[string]bool{"usatoday": true, "diariodelsur": true}
	assert.Equal(t, "Brian Ruiz", trimSiteSuffix("Brian Ruiz USA TODAY", site))
	assert.Equal(t, "Lucía Gómez", trimSiteSuffix("Lucía Gómez | Diario del Sur", site))
	assert.Equal(t, "USA TODAY", trimSiteSuffix("USA TODAY", site), "the site's name alone is left to the caller")
	assert.Equal(t, "Jane Doe", trimSiteSuffix("Jane Doe", site))
	assert.Equal(t, "USA TODAY", trimSiteSuffix("USA TODAY Sponsored", site), "a label run on after the site's name")
	assert.Equal(t, "USA TODAY Staff", trimSiteSuffix("USA TODAY Staff", site), "the newsroom's name")
}

// TestHomeLinksOnlyWithHost checks which links the walk keeps as home links: "/" and
// absolute URLs (with "//") that have no path or query; a relative link is skipped before
// any parse.
func TestHomeLinksOnlyWithHost(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<body>
<a href="https://news.example/">Home A</a><a href="//cdn.example">Home B</a><a href="/">Home C</a>
<a href="/about">About</a><a href="news.example">Bare</a><a href="https://news.example/story/1">Story</a>
<a href="https://news.example/?page=2">Page 2</a><a href="about//x">Odd</a></body>`))
	require.NoError(t, err)
	var texts []string
	for _, h := range collectFacts(doc).homeLinks {
		texts = append(texts, h.text)
	}
	assert.Equal(t, []string{"Home A", "Home B", "Home C"}, texts)
}

// TestMayBeHomeURLAgreesWithParse checks that the cheap test never turns away a link that
// url.Parse reads as a home page (a host, no path, no query), and that it does turn away the
// common links with a path or a query.
func TestMayBeHomeURLAgreesWithParse(t *testing.T) {
	home := func(href string) bool {
		u, err := url.Parse(href)
		return err == nil && u.Host != "" && strings.Trim(u.Path, "/") == "" && u.RawQuery == ""
	}
	for _, href := range []string{
		"https://news.example", "https://news.example/", "https://news.example//", "//cdn.example",
		"https://news.example/#top", "https://news.example/?", "https://news.example?", "https://news.example/%2F",
		"https://news.example/%2f/", "https://news.example/%41", "https://news.example/%zz", "HTTP://News.Example/",
		"https://news.example/story/1", "https://news.example/?page=2", "https://news.example/a#b/c",
		"https://news.example#x?y", "about//x", "foo//bar", "javascript:alert('//')", "mailto://x/y",
		"https://user@news.example/", "https://news.example:8080/", "https://news.example/a?b", "x://a?b?",
		"https://news.example?a/b", "//", "///", "////a", "https://a/b/c?d#e",
	} {
		if home(href) {
			assert.True(t, mayBeHomeURL(href), "%q is a home page for url.Parse", href)
		}
	}
	for _, href := range []string{"https://news.example/story/1", "https://news.example/?page=2", "https://a/b/c?d#e", "about"} {
		assert.False(t, mayBeHomeURL(href), href)
	}
	assert.True(t, mayBeHomeURL("https://news.example/%2F"), "an escaped path is left to url.Parse")
	// Random strings of the bytes that matter to both readers.
	rng := rand.New(rand.NewPCG(7, 11))
	const alphabet = "ab:/?#%2F. @"
	for range 20000 {
		b := make([]byte, rng.IntN(14))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		if href := string(b); home(href) {
			require.True(t, mayBeHomeURL(href), "%q is a home page for url.Parse", href)
		}
	}
}

// TestMayHoldFold checks the prefilter of hasCommentToken and hasReviewToken: it never says no
// where the lower-cased value holds a word, over random values of word parts, case and bytes
// outside ASCII ("İ" lower-cases to "i").
func TestMayHoldFold(t *testing.T) {
	parts := []string{"com", "ment", "Comment", "COMMENTS", "dis", "qus", "DISQUS", "rev", "iew", "Review", "testimonial",
		"TESTIMONIALS", "-", "_", " ", "x", "post", "İ", "dİsqus", "é", "\xff"}
	randtext.Each(9, 10, 100000, 5, parts, func(v string, _ *rand.Rand) {
		low := strings.ToLower(v)
		for _, w := range [][2]string{{"comment", "disqus"}, {"review", "testimonial"}} {
			holds := strings.Contains(low, w[0]) || strings.Contains(low, w[1])
			if holds && !mayHoldFold(v, w[0], w[1]) {
				t.Fatalf("%q holds %q or %q lower-cased, mayHoldFold says no", v, w[0], w[1])
			}
			if !holds && mayHoldFold(v, w[0], w[1]) && isASCII(v) {
				t.Fatalf("%q (ASCII) holds neither %q nor %q, mayHoldFold says yes", v, w[0], w[1])
			}
		}
	})
	require.True(t, hasCommentToken("dİsqus_thread"), "a letter outside ASCII that lower-cases into the word")
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// TestTrimLeftSpace checks trimLeftSpace against strings.TrimLeftFunc(s, unicode.IsSpace)
// over random texts of ASCII and other white space, letters and invalid UTF-8.
func TestTrimLeftSpace(t *testing.T) {
	parts := []string{" ", "\n", "\t", "\v\f\r", "\u00a0", "\u0085", "\u2003", "\u3000", "a", "By", "é", "\xff", "\xc2", "1"}
	randtext.Each(15, 16, 100000, 5, parts, func(s string, _ *rand.Rand) {
		require.Equal(t, strings.TrimLeftFunc(s, unicode.IsSpace), trimLeftSpace(s), "%q", s)
	})
}

// TestLeadInsFor checks the ASCII table of leadInsFor against the map it is made from, and
// isLeadInLower's length bound against the map alone, for every lead-in and its longer kin.
func TestLeadInsFor(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		require.Equal(t, leadInsByFirst[unicode.ToLower(r)], leadInsFor(r), "%q", r)
	}
	for k := range leadIns {
		require.True(t, isLeadInLower([]byte(k+" :")), "%q", k)
		require.Equal(t, leadIns[k+"x"], isLeadInLower([]byte(k+"x")), "%q", k+"x")
	}
	require.False(t, isLeadInLower([]byte(strings.Repeat("b", longestLeadIn+1))))
}
