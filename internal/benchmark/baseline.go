package benchmark

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// AllText is the "all page text" baseline as an [ExtractFunc]: the text of every text node
// outside script, style, noscript, template and head, with a line break around each element
// that is not inline. It is what an extractor that keeps everything would score.
func AllText(page []byte, _ string) (string, error) {
	decoded, err := decodeHTML(page)
	if err != nil {
		return "", err
	}
	doc, err := html.Parse(bytes.NewReader(decoded))
	if err != nil {
		return "", fmt.Errorf("benchmark: parse html: %w", err)
	}
	var sb strings.Builder
	writeVisibleText(&sb, doc)
	return sb.String(), nil
}

// decodeHTML converts page to UTF-8. A byte order mark decides; otherwise a page that is valid
// UTF-8 is taken as UTF-8, whatever its first 1024 bytes declare or lack, and anything else is
// decoded as its <meta> charset says, or as windows-1252.
func decodeHTML(page []byte) ([]byte, error) {
	enc, name, certain := charset.DetermineEncoding(page, "")
	if !certain && utf8.Valid(page) {
		return page, nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), page)
	if err != nil {
		return nil, fmt.Errorf("benchmark: decode %s: %w", name, err)
	}
	return out, nil
}

// hiddenElements hold no text a reader sees.
var hiddenElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
}

// inlineElements are rendered within a line of text, so their text joins its neighbours'.
var inlineElements = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Cite: true,
	atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true,
	atom.Kbd: true, atom.Label: true, atom.Mark: true, atom.Q: true, atom.S: true, atom.Samp: true,
	atom.Small: true, atom.Span: true, atom.Strike: true, atom.Strong: true, atom.Sub: true,
	atom.Sup: true, atom.Time: true, atom.Tt: true, atom.U: true, atom.Var: true, atom.Wbr: true,
}

// writeVisibleText appends the visible text under n to sb.
func writeVisibleText(sb *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		sb.WriteString(n.Data)
		return
	case html.ElementNode:
		if hiddenElements[n.DataAtom] {
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && !inlineElements[n.DataAtom]
	if block {
		sb.WriteByte('\n')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeVisibleText(sb, c)
	}
	if block {
		sb.WriteByte('\n')
	}
}
