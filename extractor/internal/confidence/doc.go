// Package confidence estimates how good an extraction is: from a page's [Features] (what the
// extractor saw and decided), [Score] predicts the word-level F1 of the extracted text against
// a careful person's reading of the page, a number in [0, 1].
//
// The model is a small set of regression trees (gradient boosting on squared error), fitted by
// [Fit] and embedded as generated Go source (model_gen.go): no runtime dependency, no file to
// load. It is fitted on the tuning halves of the wcxb-dev and ScrapingHub benchmark sets with
// pith's own extractor; one command refits it and rewrites model_gen.go:
//
//	go generate ./extractor/internal/confidence
//
// (the recipe is in the doc comment of the program, extractor/internal/confidence/train).
//
// What it may not do: it reads numbers only, never a page or a tree, keeps no state, and
// decides nothing about the content.
package confidence

//go:generate go run -tags pithtrain ./train
