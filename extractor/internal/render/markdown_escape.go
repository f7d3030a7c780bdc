package render

import "strings"

// mdEscaper backslash-escapes the characters that are markup anywhere in a line.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`, "|", `\|`)

// escapeMarkdown escapes text so that Markdown shows it as it is. Pipes are escaped too,
// so the same text is safe in a table cell. atStart also escapes what is markup only at
// the start of a line.
func escapeMarkdown(s string, atStart bool) string {
	s = mdEscaper.Replace(s)
	s = escapeEntities(s)
	if atStart {
		s = escapeLineStart(s)
	}
	return s
}

// escapeEntities escapes an "&" that would start a character reference ("&amp;", "&#39;").
func escapeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '&' && isEntityAt(s[i+1:]) {
			sb.WriteString(`\&`)
			continue
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// isEntityAt reports whether s starts like the rest of a character reference: "amp;", "#39;".
func isEntityAt(s string) bool {
	for i := 0; i < len(s) && i < 32; i++ {
		c := s[i]
		switch {
		case c == ';':
			return i > 0
		case c == '#' && i == 0, 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		default:
			return false
		}
	}
	return false
}

// escapeLineStart escapes what would open a block if the line started with it: a heading
// "#", a list marker "-", "+", "1." or "1)", a quote ">", a thematic break, a setext "=".
func escapeLineStart(s string) string {
	switch {
	case s == "":
		return s
	case strings.ContainsRune("#>+=-~", rune(s[0])):
		return `\` + s
	}
	i := 0
	for i < len(s) && i < 9 && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// escapeClosingHashes escapes a "#" that ends a heading's text: "## Issue #" would
// otherwise lose it as an optional closing sequence.
func escapeClosingHashes(s string) string {
	if strings.HasSuffix(s, "#") && !strings.HasSuffix(s, `\#`) {
		return s[:len(s)-1] + `\#`
	}
	return s
}

// mdCodeSpan writes inline code with a backtick fence longer than any run inside it.
func mdCodeSpan(t string) string {
	fence := strings.Repeat("`", longestRun(t, '`')+1)
	if strings.HasPrefix(t, "`") || strings.HasSuffix(t, "`") || strings.HasPrefix(t, " ") && strings.HasSuffix(t, " ") {
		t = " " + t + " "
	}
	return fence + t + fence
}

// longestRun returns the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// mdTable renders a table block's text (rows on lines, cells split by tabs) as a GitHub
// pipe table. The first row is the header; short rows are padded.
func mdTable(text string) string {
	var rows [][]string
	cols := 0
	for line := range strings.SplitSeq(text, "\n") {
		cells := strings.Split(line, "\t")
		cols = max(cols, len(cells))
		rows = append(rows, cells)
	}
	var sb strings.Builder
	for i, row := range rows {
		sb.WriteString("|")
		for c := range cols {
			cell := ""
			if c < len(row) {
				cell = escapeMarkdown(strings.TrimSpace(row[c]), false)
			}
			sb.WriteString(" " + cell + " |")
		}
		sb.WriteString("\n")
		if i == 0 {
			sb.WriteString("|" + strings.Repeat(" --- |", cols) + "\n")
		}
	}
	return strings.TrimSuffix(sb.String(), "\n")
}

// mdURLEscaper percent-encodes what would end a Markdown link destination early.
var mdURLEscaper = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E")

// mdURL writes a URL as a Markdown link destination: spaces, parentheses and angle
// brackets percent-encoded so that the destination ends where it should.
func mdURL(u string) string { return mdURLEscaper.Replace(u) }
