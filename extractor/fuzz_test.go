package extractor

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/decode"
	"github.com/pithdev/pith/extractor/internal/dom"
	"github.com/pithdev/pith/extractor/internal/tree"

	"github.com/pithdev/pith/extractor/internal/guard"
	"golang.org/x/net/html"
)

// Native fuzz targets. Run one with, for example,
//
//	go test ./extractor -run '^$' -fuzz '^FuzzExtract$' -fuzztime 5m -parallel 1
//
// or all of them for a short time with .ci/fuzz.sh. Without -fuzz, go test runs the seeds and
// the crashers saved under testdata/fuzz as regression tests.

// maxFuzzInput caps the pages the fuzz targets try: big enough for real article pages (the
// seeds from testdata/pages are 40 kB at most), small enough to keep each run quick.
const maxFuzzInput = 64 << 10

// fuzzTimeout is the time budget a fuzzed page must be extracted in; running past it is a failure.
const fuzzTimeout = 10 * time.Second

// addSeeds adds the seed pages.
func addSeeds(f *testing.F) {
	for _, page := range seedPages(f) {
		f.Add(page)
	}
}

// seedPages returns the test pages, the hostile corpus and a few generated hostile pages.
func seedPages(f *testing.F) [][]byte {
	var pages [][]byte
	for _, glob := range []string{"../testdata/pages/*/input.html", "../testdata/hostile/*"} {
		files, err := filepath.Glob(glob)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			if len(b) <= maxFuzzInput {
				pages = append(pages, b)
			}
		}
	}
	para := "<p>The river rose four metres overnight and by morning the lower town was under water.</p>"
	for _, s := range []string{
		strings.Repeat("<div>", 600) + para,
		strings.Repeat("<b><i><u>", 200) + para,
		strings.Repeat("<table><tr><td>", 150) + para,
		"<p>" + strings.Repeat(`<font color="red">`, 40) + "</p>" + strings.Repeat(para, 20),
		"<svg><foreignObject><p>x</p><title>y</title></foreignObject></svg><math><mi><b>z</b></mi></math>" + para,
		"<table><caption><p>a<td>b</caption><col><tr><th>c</table><select><option>d<optgroup>e</select>" + para,
		"<frameset><frame src=a><noframes><p>x</p></noframes></frameset>",
		"<template><article>" + para + "</article></template><noscript>" + para + "</noscript>",
	} {
		pages = append(pages, []byte("<!DOCTYPE html><title>Flood</title><body>"+s))
	}
	return pages
}

// FuzzExtract extracts arbitrary pages. It checks that extraction does not panic, returns only
// the documented errors, runs within its time budget, returns valid UTF-8, invents no word (every
// word of the result is in the text of the parsed page) and gives the same result twice.
func FuzzExtract(f *testing.F) {
	addSeeds(f)
	ex, err := New(Options{Timeout: fuzzTimeout})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		if len(page) > maxFuzzInput {
			return
		}
		res, err := ex.Extract(context.Background(), page, Source{URL: "https://fuzz.example/a/b"})
		checkError(t, err)
		if errors.Is(err, ErrNoContent) && (res == nil || len(res.Blocks) > 0) {
			t.Fatalf("ErrNoContent without a result holding no blocks: %+v", res)
		}
		if err != nil {
			return
		}
		text := res.Text()
		if !utf8.ValidString(text) {
			t.Fatalf("result is not valid UTF-8: %q", text)
		}
		checkNoInventedWords(t, page, text)

		again, err := ex.Extract(context.Background(), page, Source{URL: "https://fuzz.example/a/b"})
		if err != nil {
			t.Fatalf("second extraction failed: %v", err)
		}
		if !sameResult(res, again) {
			t.Fatalf("extraction is not deterministic:\n%+v\n%+v", res, again)
		}
	})
}

// checkError fails unless err is nil or one the documented errors.
func checkError(t *testing.T, err error) {
	t.Helper()
	var pe *ParseError
	var de *DecodeError
	switch {
	case err == nil, errors.Is(err, ErrEmpty), errors.Is(err, ErrNotHTML), errors.Is(err, ErrNoContent),
		errors.Is(err, ErrTooManyNodes), errors.As(err, &de):
	case errors.Is(err, ErrTimeout):
		t.Fatalf("extraction took longer than %v", fuzzTimeout)
	case errors.As(err, &pe):
		t.Fatalf("page with markup not parsed: %v", err)
	default:
		t.Fatalf("undocumented error: %v", err)
	}
}

// checkNoInventedWords fails if a word of text (a run of letters) is not in the page's text. The
// page is decoded and parsed as the extractor does, so entities and encodings are resolved. A
// word may span text nodes whose markup or hidden text between them the extractor dropped.
func checkNoInventedWords(t *testing.T, page []byte, text string) {
	t.Helper()
	decoded, err := decode.Text(page, "")
	if err != nil {
		t.Fatalf("decode failed after a successful extraction: %v", err)
	}
	doc, err := tree.Parse(context.Background(), decoded, math.MaxInt)
	if err != nil {
		t.Fatalf("parse failed after a successful extraction: %v", err)
	}
	w := newWordIndex(doc)
	for _, word := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !w.has(word) {
			t.Fatalf("word %q is not in the page", word)
		}
	}
}

// wordIndex holds the text of a document for checkNoInventedWords.
type wordIndex struct {
	runs   string          // every run of letters, each followed by a NUL
	wholes map[string]bool // text nodes that are all letters
	heads  map[string]bool // the run of letters a text node starts with
	tails  map[string]bool // the run of letters a text node ends with
}

func newWordIndex(doc *html.Node) *wordIndex {
	w := &wordIndex{wholes: map[string]bool{}, heads: map[string]bool{}, tails: map[string]bool{}}
	var runs strings.Builder
	var addRead, addMarks func(s string, node bool)
	add := func(s string, node bool) {
		// Text damaged by a Windows-1252 reading is given repaired ("libraryâ€™s" reads
		// "library’s"; see dom.RepairMojibake): the page's words are read both ways.
		if r := dom.RepairMojibake(s); r != s {
			addRead(r, node)
		}
		addRead(s, node)
	}
	addRead = func(s string, node bool) {
		// The title joins the letters around an invisible mark (a soft hyphen: "Assis\u00adtance"
		// reads "Assistance"; see dropInvisible), the body keeps the mark, which ends a word
		// ("A<b>AB\u00adC" reads "AAB", "C"): the page's words are read both ways.
		if d := dropInvisible(s); d != s {
			addMarks(d, node)
		}
		addMarks(s, node)
	}
	addMarks = func(s string, node bool) {
		for _, run := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
			runs.WriteString(run)
			runs.WriteByte(0)
		}
		if !node || s == "" {
			return
		}
		notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
		head := strings.IndexFunc(s, notLetter)
		if head < 0 {
			w.wholes[s] = true
			return
		}
		w.heads[s[:head]] = true
		tail := strings.LastIndexFunc(s, notLetter)
		_, size := utf8.DecodeRuneInString(s[tail:])
		w.tails[s[tail+size:]] = true
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			add(n.Data, true)
		}
		for _, a := range n.Attr {
			add(a.Val, false)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	w.runs = runs.String()
	return w
}

// has reports whether word is part of a run of letters in one text node or attribute, or is
// the end of one text node's text, whole all-letter text nodes, then the start of another.
func (w *wordIndex) has(word string) bool {
	if strings.Contains(w.runs, word) {
		return true
	}
	// reach[i]: word[:i] is a tail followed by whole nodes.
	reach := make([]bool, len(word)+1)
	for i := 1; i < len(word); i++ {
		if !utf8.RuneStart(word[i]) {
			continue
		}
		if w.tails[word[:i]] || w.wholes[word[:i]] {
			reach[i] = true
		}
		if !reach[i] {
			continue
		}
		if w.heads[word[i:]] || w.wholes[word[i:]] {
			return true
		}
		for j := i + 1; j < len(word); j++ {
			if utf8.RuneStart(word[j]) && w.wholes[word[i:j]] {
				reach[j] = true
			}
		}
	}
	return false
}

// sameResult compares two results by what they say; their blocks point into different trees.
func sameResult(a, b *Result) bool {
	if a.Title != b.Title || a.URL != b.URL || len(a.Blocks) != len(b.Blocks) || !reflect.DeepEqual(a.Metadata, b.Metadata) {
		return false
	}
	for i := range a.Blocks {
		x, y := a.Blocks[i], b.Blocks[i]
		x.node, y.node = nil, nil
		if !reflect.DeepEqual(x, y) {
			return false
		}
	}
	return true
}

// FuzzRender renders the result of arbitrary pages in every format: no panic, valid UTF-8,
// valid JSON, the same output twice. FuzzRenderHTML (render_test.go) checks that the clean
// HTML holds no script, style, event handler or javascript: URL.
func FuzzRender(f *testing.F) {
	addSeeds(f)
	ex, err := New(Options{Timeout: fuzzTimeout})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		if len(page) > maxFuzzInput {
			return
		}
		res, err := ex.Extract(context.Background(), page, Source{URL: "https://fuzz.example/a/b"})
		if err != nil {
			return
		}
		for _, opts := range []RenderOptions{{}, {Links: true, Images: true}} {
			for _, format := range Formats {
				out, err := res.Render(format, opts)
				if err != nil {
					t.Fatalf("%s: %v", format, err)
				}
				if !utf8.ValidString(out) {
					t.Fatalf("%s is not valid UTF-8: %q", format, out)
				}
				if format == FormatJSON && !json.Valid([]byte(out)) {
					t.Fatalf("invalid JSON: %s", out)
				}
				if again, _ := res.Render(format, opts); again != out {
					t.Fatalf("%s is not deterministic:\n%s\n%s", format, out, again)
				}
			}
		}
	})
}

// FuzzGuard checks the guard pass (package guard) against html.Parse: with tight limits, the tree of
// the guarded page is shallow and holds the same letters as the tree of the page itself.
func FuzzGuard(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, page []byte) {
		if len(page) > maxFuzzInput || !utf8.Valid(page) {
			return
		}
		const depth, formatting = 12, 4
		g, err := guard.Run(context.Background(), page, guard.Limits{Depth: depth, Formatting: formatting, MaxNodes: math.MaxInt})
		if err != nil {
			t.Fatal(err)
		}
		in := page
		if g.Out != nil {
			in = g.Out
		}
		doc, err := tree.ParseHTML(context.Background(), in)
		if err != nil {
			t.Fatalf("guarded page not parsed: %v", err)
		}
		// The model is close, not exact: allow for what it does not follow.
		if d := treeDepth(doc); d > depth+formatting+8 {
			t.Fatalf("guarded tree is %d deep, limit %d", d, depth)
		}
		orig, err := tree.ParseHTML(context.Background(), page)
		lower := strings.ToLower(string(page))
		if err != nil || strings.Contains(lower, "<svg") || strings.Contains(lower, "<math") {
			return // foreign content changes tokenizing when its element is dropped
		}
		if a, b := letters(orig), letters(doc); a != b {
			t.Fatalf("guard changed the text:\n%q\n%q", a, b)
		}
	})
}

func treeDepth(n *html.Node) int {
	d := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		d = max(d, treeDepth(c))
	}
	if n.Type == html.ElementNode {
		d++
	}
	return d
}

// letters returns the letters and digits of the text nodes under n, sorted: the guard may move
// text (out of a table it no longer fosters, for one) but must not lose or add any.
func letters(n *html.Node) string { return lettersOf(n, false) }

func TestWordIndex(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<title>Flood | News</title><meta content="Überschwemmung">` +
		`<p>Le café<b>crème</b> coûte <i>deux</i><script>x</script>euros</p>`))
	if err != nil {
		t.Fatal(err)
	}
	w := newWordIndex(doc)
	for word, want := range map[string]bool{
		"Flood": true, "News": true, "Überschwemmung": true, "caf": true, "crème": true,
		// Across an element, and across script text the extractor drops.
		"cafécrème": true, "deuxeuros": true,
		// A space between.
		"crèmecoûte": false, "coûtedeux": false,
		"invented": false, "Floods": false,
	} {
		if got := w.has(word); got != want {
			t.Errorf("has(%q) = %v, want %v", word, got, want)
		}
	}
}
