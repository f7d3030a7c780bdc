package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// preText returns the text of a <pre> element with its whitespace kept, trailing space trimmed.
func preText(n *html.Node) (text string, links int) {
	var sb strings.Builder
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		switch {
		case n.Type == html.TextNode:
			sb.WriteString(n.Data)
			if inLink {
				links += utf8.RuneCountInString(n.Data)
			}
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			sb.WriteByte('\n')
		case n.Type == html.ElementNode && (skipTags[n.DataAtom] || isGutter(n) || n.DataAtom == atom.Pre && isGutterPre(n)):
			// A line-number gutter is no part of the code (see segment_code.go).
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, inLink || n.DataAtom == atom.A)
			}
		}
	}
	walk(n, false)
	return strings.TrimRightFunc(strings.TrimLeft(sb.String(), "\n"), unicode.IsSpace), links
}

// isDataTable tells a table of data (rows and cells of short text) from a layout table that
// holds the page's paragraphs. Layout tables are segmented cell by cell instead.
func isDataTable(t *html.Node) bool {
	rows, cells := 0, 0
	data := true
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && data; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Table, atom.P, atom.Div, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3, atom.Blockquote, atom.Pre, atom.Form, atom.Iframe:
				data = false
				return
			case atom.Tr:
				rows++
			case atom.Td, atom.Th:
				cells++
			}
			walk(c)
		}
	}
	walk(t)
	return data && rows >= 1 && cells >= 2
}

// tableText renders a data table as text: one line per row, cells separated by tabs.
func tableText(t *html.Node) (text string, links int) {
	var sb strings.Builder
	var cell strings.Builder
	var rowCells []string
	var inLink int
	var collect func(*html.Node)
	collect = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				cell.WriteString(c.Data)
				if inLink > 0 {
					links += utf8.RuneCountInString(strings.TrimSpace(c.Data))
				}
			case c.Type == html.ElementNode && (skipTags[c.DataAtom] || isHidden(c)):
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				cell.WriteByte(' ')
			case c.Type == html.ElementNode:
				if c.DataAtom == atom.A {
					inLink++
				}
				collect(c)
				if c.DataAtom == atom.A {
					inLink--
				}
			}
		}
	}
	var rowsWalk func(*html.Node)
	rowsWalk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipTags[c.DataAtom] || isHidden(c) {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				rowCells = rowCells[:0]
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) && !isHidden(td) {
						cell.Reset()
						collect(td)
						rowCells = append(rowCells, strings.Join(strings.Fields(cell.String()), " "))
					}
				}
				if strings.TrimSpace(strings.Join(rowCells, "")) == "" {
					continue
				}
				if sb.Len() > 0 {
					sb.WriteByte('\n')
				}
				sb.WriteString(strings.Join(rowCells, "\t"))
			case atom.Caption:
				// The caption is not a row; it is left out of the table text.
			default:
				rowsWalk(c)
			}
		}
	}
	rowsWalk(t)
	return sb.String(), links
}
