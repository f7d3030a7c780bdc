package block

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pithdev/pith/extractor/internal/dom"
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
		case n.Type == html.ElementNode && (SkipTags.Has(n.DataAtom) || isGutter(n) || n.DataAtom == atom.Pre && isGutterPre(n)):
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

// isDataTable tells a table of data (rows of two or more cells of short text) from a layout
// table that holds the page's paragraphs, or lays things out in one column. Layout tables
// are segmented cell by cell instead: their content is written as content, not as a grid.
func isDataTable(t *html.Node) bool {
	rows, cells, wide := 0, 0, false
	row := (*html.Node)(nil) // the row whose cells are being counted
	rowCells := 0
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
				row, rowCells = c, 0
			case atom.Td, atom.Th:
				cells++
				if c.Parent == row {
					if rowCells++; rowCells >= 2 {
						wide = true
					}
				}
			}
			walk(c)
		}
	}
	walk(t)
	return data && rows >= 1 && cells >= 2 && wide
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
				cell.WriteString(dom.RepairMojibake(c.Data)) // as addTextSlow
				if inLink > 0 {
					links += utf8.RuneCountInString(strings.TrimSpace(c.Data))
				}
			case c.Type == html.ElementNode && (SkipTags.Has(c.DataAtom) || IsHidden(c)):
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
	// pending[c] is how many more rows a cell of an earlier row spans down column c: those
	// rows get an empty cell there, so that every cell stays in its column.
	var pending []int
	var rowsWalk func(*html.Node)
	rowsWalk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || SkipTags.Has(c.DataAtom) || IsHidden(c) {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				rowCells = rowCells[:0]
				spanned := func() {
					for len(rowCells) < len(pending) && pending[len(rowCells)] > 0 {
						pending[len(rowCells)]--
						rowCells = append(rowCells, "")
					}
				}
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) && !IsHidden(td) {
						spanned()
						cell.Reset()
						collect(td)
						rowCells = append(rowCells, strings.Join(strings.Fields(cell.String()), " "))
						cols, rows := cellSpan(td)
						cols = min(cols, max(1, maxTableColumns-len(rowCells)+1))
						for k := range cols {
							col := len(rowCells) - 1
							if k > 0 {
								rowCells = append(rowCells, "")
								col++
							}
							for len(pending) <= col {
								pending = append(pending, 0)
							}
							pending[col] = max(pending[col], rows-1)
						}
					}
				}
				spanned()
				for k := len(rowCells); k < len(pending); k++ {
					if pending[k] > 0 {
						pending[k]--
						for len(rowCells) < k {
							rowCells = append(rowCells, "")
						}
						rowCells = append(rowCells, "")
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

// maxCellSpan bounds the colspan and rowspan a cell is read with: a page's colspan=1000 does
// not make a thousand empty cells.
const maxCellSpan = 64

// maxTableColumns bounds the columns that spans fill a row out to: a row of many cells
// that each span many columns does not multiply the table's text.
const maxTableColumns = 256

// cellSpan returns the columns and rows a table cell spans (its colspan and rowspan, 1 when
// missing or not a number, at most maxCellSpan).
func cellSpan(td *html.Node) (cols, rows int) {
	return spanAttr(td, "colspan"), spanAttr(td, "rowspan")
}

// spanAttr reads a colspan or rowspan attribute as browsers do: 1 when missing or not a
// positive number, at most maxCellSpan; rowspan=0 (to the end of the table) is read as 1.
func spanAttr(td *html.Node, key string) int {
	v, err := strconv.Atoi(strings.TrimSpace(dom.Attr(td, key)))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, maxCellSpan)
}
