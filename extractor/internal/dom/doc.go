// Package dom holds the small helpers on golang.org/x/net/html nodes and their text that the
// extractor's packages share: attribute lookup, an element's text, whitespace collapsing,
// the tags that start a block of text (an AtomSet: a set of element names tested with one
// load from a table), and sets of class or id words.
//
// What it may not do: it only reads nodes, never modifies a tree, keeps no state, and knows
// nothing of content, metadata or scores; a helper that needs such knowledge belongs to the
// package that has it.
package dom
