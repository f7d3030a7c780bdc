package dates

// Tuned numbers of the date reader, each with the reason for its value.
const (
	// minDateYear and maxDateYear bound a plausible publication year: older or far later
	// ones are typos or placeholders.
	minDateYear = 1990
	maxDateYear = 2100
	// maxDateChars: a value longer than this (twice the longest byline or date line that
	// the metadata reader reads) is prose, not a date.
	maxDateChars = 240
	// maxDateLineRunes: a line longer than this is a paragraph, not a date line, even when
	// it opens with a date word.
	maxDateLineRunes = 80
	// maxWordMatches is how many matches of each word form are candidates: as many as the
	// regular expressions that the scanner replaced tried.
	maxWordMatches = 4
	// maxMonthBytes: no month name in monthNames is longer, in any case.
	maxMonthBytes = 32
	// maxOriginalGap: the date of "originally published on 26 Sep 2019" starts within this
	// many bytes of the phrase (" on ", " am ", " le ", a comma).
	maxOriginalGap = 16
	// maxOriginalDate: the date after the phrase is read from this many bytes, so that a
	// later date in the sentence ("but updated on ...") is not.
	maxOriginalDate = 40
)
