package meta

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/pithdev/pith/extractor/internal/dom"
)

// TestBioName checks the name that opens a biography's paragraph, and the openings that are
// no name.
func TestBioName(t *testing.T) {
	for lead, want := range map[string]string{
		"Jane Doe is a travel writer and the ":  "Jane Doe",
		"Jane is the head of research at Acme":  "Jane",
		"Jana  Schulz ist Redakteurin bei der ": "Jana  Schulz",
		"Ludwig van Berg war zehn Jahre lang ":  "Ludwig van Berg",
		"This is the third part of our series":  "",
		"Es ist ein sonniger Tag in Leipzig, ":  "",
		"The Acme Vault is a password manager":  "",
		"jane is a travel writer":               "",
		"Jane Doe Marie Roe Smith is a writer":  "",
		"Jane Doe":                              "",
		"Ines explores how old structures age":  "Ines",
		"Lukas schreibt über Bauwerke und dar":  "Lukas",
		"Jane Doe first came to the city in ":   "",
		"Jana Schulz und Tom Roe haben das ":    "",
		"Acme Labs builds tools for teachers":   "Acme Labs",
	} {
		assert.Equal(t, want, bioName(lead), "%q", lead)
	}
}

// TestAuthorBioCard checks the author's card: the name line, the photo's alt text and the
// "About the author" label before the biography; a paragraph about a product (no personal
// pronoun) and cards of several people give no author.
func TestAuthorBioCard(t *testing.T) {
	pages := map[string]string{
		"Maya Lindqvist": `<div><h3>Maya Lindqvist</h3><div class="social"><a href="/x"><i></i></a></div><p>Maya is a gardener. She writes on Fridays.</p></div>`,
		"Ola Nordmann":   `<div><p><img src="o.jpg" alt="Ola Nordmann"></p><p>Ola Nordmann is a reporter in Oslo. His beat is the harbour.</p></div>`,
		"Thomas Berger":  `<aside><h3>Über den Autor</h3><p>Thomas Berger ist freier Journalist. Er schreibt über Wälder.</p></aside>`,
		"Elsa Roux":      `<div><p>Elsa Roux</p><h6>Rédactrice</h6><div class="card-body"><p>Elsa est journaliste à Lyon. Elle couvre la ville.</p></div></div>`,
		"":               `<div><h3>Acme Vault</h3><p>Acme Vault is a password manager. It keeps shared folders.</p></div>`,
		"-":              `<div><h3>Jane Doe</h3><p>Jane is a chef. She cooks.</p><h3>John Roe</h3><p>John is a baker. He bakes.</p></div>`,
	}
	for want, page := range pages {
		doc, err := html.Parse(strings.NewReader("<html><body><article><p>Story text.</p></article>" + page + "</body></html>"))
		require.NoError(t, err)
		got := strings.Join(bioAuthor(collectFacts(doc).bios), ", ")
		if want == "-" {
			want = ""
		}
		assert.Equal(t, want, got, "page %s", page)
	}
}

// TestFoldedWords checks that the words looked up with inFoldedSet fit its buffer and are
// lower-cased, as it compares them.
func TestFoldedWords(t *testing.T) {
	for _, table := range [][]string{dom.AllWords(personPronounWords), dom.AllWords(bioStopWordList)} {
		for _, w := range table {
			assert.LessOrEqual(t, len(w), maxFoldedBytes, "%q", w)
			assert.Equal(t, strings.ToLower(w), w, "%q", w)
		}
	}
	assert.True(t, inFoldedSet(personPronouns, "She"), "a capital")
}

// TestHostSpells checks the one-word names that the site's address spells (its brand), and
// the names it does not.
func TestHostSpells(t *testing.T) {
	assert.True(t, hostSpells("lumora.example", []string{"Lumora"}), "the host's name")
	assert.True(t, hostSpells("blog.lumora.example", []string{"LUMORA"}), "a label of the host, any case")
	assert.False(t, hostSpells("lumora.example", []string{"Rowan Pike"}), "a person's name")
	assert.False(t, hostSpells("lumora.example", []string{"Lumora", "Rowan Pike"}), "two names")
	assert.False(t, hostSpells("rowanpike.example", []string{"Rowan"}), "a part of a label")
	assert.False(t, hostSpells("", []string{"Lumora"}), "no host")
}

// TestNamesSeveral checks that byline lines naming several people, one each, are told from
// a page's own byline repeated.
func TestNamesSeveral(t *testing.T) {
	assert.True(t, namesSeveral([]string{"by Mara Quill", "by Tomas Lindqvist"}), "a list's by-lines")
	assert.False(t, namesSeveral([]string{"By Jane Doe", "By Jane Doe • March 12, 2025"}), "one byline twice")
	assert.False(t, namesSeveral([]string{"By Jane Doe and John Roe"}), "co-authors on one line")
	assert.False(t, namesSeveral(nil), "none")
}
