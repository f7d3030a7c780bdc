// Package titlepick is a study of a learned headline chooser: from each title candidate's
// [Features] (where it came from, how long it is, how it agrees with the page's other
// titles), a [Model] of boosted regression trees scores the candidates of one page, and
// [Model.Choose] returns the one it prefers over the rules' choice.
//
// It is not part of the extraction: pith's titles are chosen by rules (extractor/title.go).
// Fitted on the tuning half of wcxb-dev (WCXB, the Web Content eXtraction Benchmark by
// Murrough Foley, CC-BY-4.0), the chooser raised wcxb-dev's checking half but lowered
// modern-dev's, whose annotators keep the <title> more often, so it was not wired in (see
// docs/titles.md). The program extractor/internal/titlepick/train, built only with the
// pithtrain tag, extracts the candidates, fits and cross-validates the model and prints
// both sets' numbers:
//
//	go run -tags pithtrain ./extractor/internal/titlepick/train
//
// What it may not do: it reads numbers only, never a page or a tree, and keeps no state.
package titlepick
