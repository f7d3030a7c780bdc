// Package dates reads publication dates as pages write them and normalises them to ISO 8601
// at the precision the page gives: "2023-03-03" when only the day is known,
// "2023-03-03T14:05:00+01:00" (RFC 3339) when the time and its offset are, and
// "2023-03-03T14:05:00" for a time without an offset. A time.Time would invent a midnight
// and a time zone the page never stated.
//
// It reads machine-readable values (ISO 8601, RFC 1123 and the like from JSON-LD and meta
// tags), human-written dates in the languages of its word tables (words.go: month names,
// the words that open a date line or an update line), numeric and CJK forms, and the date
// in a permalink's path.
//
// What it may not do: it sees strings only, never the page's tree, and it does not decide
// which of a page's dates is the publication date; the metadata reader does that.
package dates
