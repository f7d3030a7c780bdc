// Package meta reads what a page says about itself: authors, publication and modification
// dates, site name, language, canonical URL, description, main image, tags and categories.
//
// One walk of the tree (walk.go) gathers the facts: meta tags (OpenGraph, article:*,
// Twitter, Dublin Core, Parse.ly), JSON-LD (jsonld.go), microdata, <time> elements,
// rel=author/tag/category links, links to author pages and to the home page (site.go), and
// short visible bylines (read by byline.go) and date lines. Then each field takes the best source present (meta.go); the language is checked
// against the script of the text (lang.go). Dates are read by package dates. When the
// page's sources give several days, the date model (datechoice.go, weights generated into
// datemodel_gen.go by datetrain/ with `go generate`) may choose another than the rules' order.
//
// What it may not do: it never decides what is content. The extractor gives it the chosen
// title and the kept text, and keeps the correction notes itself. It only reads the tree,
// never modifies it, and keeps no state between pages.
package meta
