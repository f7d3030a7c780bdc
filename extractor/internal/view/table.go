package view

import (
	"strconv"
	"strings"

	"github.com/pithdev/pith/extractor/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// CellSpan is a table cell that spans more than one row or column: its row and column in the
// table block's text (rows on lines, cells split by tabs; the cells it covers are empty
// there) and how many rows and columns it spans.
type CellSpan struct {
	Row, Col, Rows, Cols int
}

// maxCellSpan bounds the span a cell is read with, and maxTableColumns the columns spans
// fill a row out to, as the segmenter reads them.
const (
	maxCellSpan     = 64
	maxTableColumns = 256
)

// tableSpans returns the cells of a data table that span more than one row or column, at
// the grid positions the segmenter gives their text: rows are the <tr>s with some text, a
// cell goes to the first column that no cell above spans into.
func tableSpans(table *html.Node, hidden func(*html.Node) bool) []CellSpan {
	var out []CellSpan
	var pending []int // per column, the rows still spanned by a cell above
	row := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || hidden(c) {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				if readRow(c, row, &pending, &out, hidden) {
					row++
				}
			case atom.Caption:
			default:
				walk(c)
			}
		}
	}
	if table != nil {
		walk(table)
	}
	return out
}

// readRow places the cells of one row, appending those that span to out, and reports
// whether the row has text: a row without is no row of the table's text, though the cells
// above that span into it still count it.
func readRow(tr *html.Node, row int, pending *[]int, out *[]CellSpan, hidden func(*html.Node) bool) bool {
	var cells []*html.Node
	text := false
	for td := tr.FirstChild; td != nil; td = td.NextSibling {
		if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) && !hidden(td) {
			cells = append(cells, td)
			text = text || strings.TrimSpace(dom.TextOf(td)) != ""
		}
	}
	p := *pending
	col := 0
	skip := func() {
		for col < len(p) && p[col] > 0 {
			p[col]--
			col++
		}
	}
	for _, td := range cells {
		skip()
		cols, rows := cellSpanAttr(td, "colspan"), cellSpanAttr(td, "rowspan")
		cols = min(cols, max(1, maxTableColumns-col+1)) // as the segmenter bounds it
		if (cols > 1 || rows > 1) && text {
			*out = append(*out, CellSpan{Row: row, Col: col, Rows: rows, Cols: cols})
		}
		for k := range cols {
			for len(p) <= col+k {
				p = append(p, 0)
			}
			p[col+k] = max(p[col+k], rows-1)
		}
		col += cols
	}
	for ; col < len(p); col++ {
		if p[col] > 0 {
			p[col]--
		}
	}
	*pending = p
	return text
}

// cellSpanAttr reads a colspan or rowspan as the segmenter does: 1 when missing or not a
// positive number, at most maxCellSpan.
func cellSpanAttr(td *html.Node, key string) int {
	v, err := strconv.Atoi(strings.TrimSpace(dom.Attr(td, key)))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, maxCellSpan)
}
