package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/pithdev/pith/internal/benchmark"
)

// maxErrorLen caps how much of an error message a table cell shows.
const maxErrorLen = 80

// writeReport prints the summary table, the table by kind of each set scored by kind, then the
// worst pages and, with -v, every page, of the half -half names.
func writeReport(w io.Writer, cfg config, reports []setReport) {
	writeSummary(w, cfg.extractor, reports)
	for _, rep := range reports {
		if rep.spec.words {
			writeKinds(w, rep)
		}
	}
	for _, rep := range reports {
		label := rep.spec.name
		if cfg.half != benchmark.All {
			label += " (" + cfg.half.String() + " half)"
		}
		if rep.spec.words {
			writeWordLists(w, cfg, rep, label)
			continue
		}
		results := benchmark.HalfResults(rep.ds, rep.results, cfg.half)
		if cfg.worst > 0 {
			n := min(cfg.worst, len(results))
			fmt.Fprintf(w, "\n### %s: %d lowest-F1 pages\n\n", label, n)
			writePages(w, worst(results, n))
		}
		if cfg.verbose {
			fmt.Fprintf(w, "\n### %s: all pages (%d; the set took %s)\n\n", label, len(results), rep.elapsed.Round(1e6))
			writePages(w, results)
		}
	}
}

// writeSummary prints three Markdown table rows per set: the whole set, its tuning half and its
// checking half, then a note for each set scored with the headline.
func writeSummary(w io.Writer, extractor string, reports []setReport) {
	fmt.Fprintf(w, "Extractor: %s\n", extractor)
	if !slices.ContainsFunc(reports, func(r setReport) bool { return !r.spec.words }) {
		return
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| set | half | pages | precision | recall | F1 | accuracy | errors |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|---:|---:|---:|")
	for _, rep := range reports {
		if rep.spec.words {
			continue
		}
		for _, h := range []benchmark.Half{benchmark.All, benchmark.Tune, benchmark.Check} {
			s := rep.summary
			if h != benchmark.All {
				s = benchmark.HalfSummary(rep.ds, rep.results, h)
			}
			fmt.Fprintf(w, "| %s | %s | %d | %.4f | %.4f | %.4f | %.4f | %d |\n",
				rep.spec.name, h, s.Pages, s.Precision, s.Recall, s.F1, s.Accuracy, s.Errors)
		}
	}
	for _, rep := range reports {
		if rep.spec.headline {
			fmt.Fprintf(w, "\n%s: scored on the title followed by the body text (its truth includes the headline).\n", rep.spec.name)
		}
	}
}

// writeKinds prints a set's table by kind: for each half (whole, tuning, checking), a row for
// every page, then one per labelled kind, with WCXB's word F1, the page-kind accuracy, the
// pages with text in their truth that came back empty and the extraction errors.
func writeKinds(w io.Writer, rep setReport) {
	fmt.Fprintf(w, "\n### %s: WCXB word F1 by kind of page\n\n", rep.spec.name)
	fmt.Fprintln(w, "Word F1: bag of lower-cased \\w+ words, per page, mean over pages (WCXB's evaluate.py). "+
		"Kind right: Result.PageType equals the labelled type. No result: the truth has words, the output none.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| kind | half | pages | word F1 | kind right | no result | errors |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|---:|---:|")
	for _, h := range []benchmark.Half{benchmark.All, benchmark.Tune, benchmark.Check} {
		for _, k := range benchmark.SummarizeByKind(rep.ds, rep.words, h) {
			kind := k.Kind
			if kind == benchmark.AllKinds {
				kind = "**all**"
			}
			fmt.Fprintf(w, "| %s | %s | %d | %.4f | %d (%.1f%%) | %d | %d |\n",
				kind, h, k.Pages, k.F1, k.KindRight, 100*k.KindAccuracy(), k.NoResult, k.Errors)
		}
	}
}

// writeWordLists prints a word-scored set's lowest-F1 pages and, with -v, all its pages, of
// -half and -kind.
func writeWordLists(w io.Writer, cfg config, rep setReport, label string) {
	results := cfg.wordPages(rep.ds, rep.words)
	if cfg.kind != "" {
		label += " (" + cfg.kind + ")"
	}
	if cfg.worst > 0 {
		sorted := slices.Clone(results)
		slices.SortStableFunc(sorted, func(a, b benchmark.WordResult) int {
			return cmp.Or(cmp.Compare(a.F1, b.F1), strings.Compare(a.ID, b.ID))
		})
		n := min(cfg.worst, len(sorted))
		fmt.Fprintf(w, "\n### %s: %d lowest word-F1 pages\n\n", label, n)
		writeWordPages(w, sorted[:n])
	}
	if cfg.verbose {
		fmt.Fprintf(w, "\n### %s: all pages (%d; the set took %s)\n\n", label, len(results), rep.elapsed.Round(1e6))
		writeWordPages(w, results)
	}
}

// writeWordPages prints a Markdown table of word-F1 page results.
func writeWordPages(w io.Writer, results []benchmark.WordResult) {
	fmt.Fprintln(w, "| id | kind | named | word F1 | error | url |")
	fmt.Fprintln(w, "|---|---|---|---:|---|---|")
	for _, r := range results {
		fmt.Fprintf(w, "| %s | %s | %s | %.3f | %s | %s |\n", r.ID, r.Type, r.Got, r.F1, errorText(r.Err), r.URL)
	}
}

// worst returns the n results with the lowest page F1, lowest first, ties by id.
func worst(results []benchmark.PageResult, n int) []benchmark.PageResult {
	sorted := slices.Clone(results)
	slices.SortStableFunc(sorted, func(a, b benchmark.PageResult) int {
		return cmp.Or(cmp.Compare(a.Score.F1(), b.Score.F1()), strings.Compare(a.ID, b.ID))
	})
	return sorted[:n]
}

// writePages prints a Markdown table of page scores.
func writePages(w io.Writer, results []benchmark.PageResult) {
	fmt.Fprintln(w, "| id | P | R | F1 | error | url |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---|---|")
	for _, r := range results {
		p, hasP := r.Score.Precision()
		rec, hasR := r.Score.Recall()
		fmt.Fprintf(w, "| %s | %s | %s | %.3f | %s | %s |\n",
			r.ID, ratio(p, hasP), ratio(rec, hasR), r.Score.F1(), errorText(r.Err), r.URL)
	}
}

// ratio formats a per-page ratio, or "-" when the page has none.
func ratio(v float64, ok bool) string {
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%.3f", v)
}

// errorText shortens an error for a table cell.
func errorText(err error) string {
	if err == nil {
		return ""
	}
	s := strings.ReplaceAll(err.Error(), "|", `\|`)
	if len(s) > maxErrorLen {
		s = s[:maxErrorLen] + "…"
	}
	return s
}
