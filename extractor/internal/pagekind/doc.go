// Package pagekind names the kind of a web page: article, forum, product, collection,
// listing, documentation or service (WCXB's seven kinds).
//
// [Measure] reads a page's features: what it declares (JSON-LD and microdata types,
// og:type), its URL path, and what one light walk of the tree counts (repeated sibling
// cards with a link and an image, heading or price; the share of text in code, in links and
// in paragraphs; class words of forum software, shops, documentation themes and landing
// pages). [Classify] weighs them with a multinomial logistic regression whose weights are
// embedded (model_gen.go, written by the training program in ./train from the tuning half
// of WCXB's development split, CC-BY-4.0), after a few rules on strong declarations. When
// the model is not sure, the page is an article: a wrong non-article kind changes how the
// page is assembled, which costs more than the reverse.
//
// What it may not do: it never decides what is content, and never modifies the tree. It
// keeps no state between pages, loads nothing at run time and imports nothing of pith but
// package dom.
package pagekind
