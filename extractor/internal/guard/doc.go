// Package guard is a token pass run before html.Parse on pages that would make it fail or blow up.
// golang.org/x/net/html refuses a document once its stack of open elements passes 512 (a few
// hundred unclosed <b> or <font>, a table nested a thousand deep), and it re-creates every
// unclosed formatting element (<b>, <font>, ...) in front of each new run of text, so a page of
// 500 distinct unclosed <b class=N> followed by many short paragraphs builds millions of nodes
// from a few hundred kilobytes. The guard follows the parts of the HTML tree-construction
// algorithm that decide those numbers (the stack of open elements, implied end tags, the list of
// active formatting elements with its markers and Noah's Ark clause) closely enough to estimate
// the depth and element count of the tree html.Parse will build. It drops start tags that would
// go past the depth limit, and formatting start tags past the formatting limit, together with
// their end tags; all text is kept. It is a model, not the parser: the extractor re-checks the tree it
// gets and retries with tighter limits when html.Parse still fails.
//
// A page can also pass the element limit with elements that hold no text: a million <br>, an
// SVG chart of half a million paths, empty icon spans. A pass with [Limits].Textless drops those
// (the content of <svg> and <math>, <br> past two in a row, <wbr>, inline elements closed right
// after they open), so they neither reach the tree nor count toward [Limits].MaxNodes.
//
// [Scan] is the quick byte scan that tells the caller whether a page needs the guard at all, and
// whether it is such a flood; [ScanParts] counts the same in Elide's scan, so that a page that
// needs no guard (nearly all) is read once before the parser.
//
// [Elide] is a byte scan run on every page: it leaves out the bodies of scripts (but JSON-LD)
// and style sheets, more than half of a page of today and a quarter of the parser's time, and
// the attributes a page's scripts read (data-*, aria-*), which no stage reads; [CountElided] is the check of the tree that tells the caller whether the
// scan and the tokenizer agreed. [ElideParts] gives the same text as pieces of the page and
// the marker, which [PartsReader] reads in turn, so that the page is not copied to be parsed.
//
// What it may not do: it never drops text the extractor reads, only tags (and, in a Textless
// pass, what is inside SVG and MathML, which the extractor skips; in Elide, the text of
// scripts and style sheets and the attributes no stage reads), and it is a model of the tree builder and the tokenizer, not a
// parser: the caller parses what it returns and checks the tree it gets.
package guard
