package extractor

import (
	"github.com/pithdev/pith/extractor/internal/block"
	"github.com/pithdev/pith/extractor/internal/dates"
	"github.com/pithdev/pith/extractor/internal/meta"
)

// isDatedLine reports whether a short line is the article's date line, which the metadata
// reads as its date and which is not body: a date and nothing else ("Dec 28 Sat 2013 00:28"),
// or a line with a date that opens with a date word or a byline's lead-in ("Published March
// 3, 2023", "Posted by Dana Kim · 3 March 2024"). Lines that end a sentence are text.
func isDatedLine(text string) bool {
	if !looksLikeDateLine(text) && dates.Index(text) < 0 {
		return false
	}
	if block.EndsSentence(text) {
		return false
	}
	return dates.IsDateOnly(text) || dates.StartsWithWord(text) && dates.Index(text) >= 0 || meta.OpensByline(text) && dates.Index(text) >= 0
}
