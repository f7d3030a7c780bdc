// Package block is the page as the extractor's stages see it: the segmenter's one walk of the
// parsed tree cuts it into blocks of text (a paragraph, heading, list item, table or code; see
// [SegmentPage]), each owned by an element ([Elem]) that carries the signals of its tag,
// class, id and role ([Signal], signals.go); and the readings of those blocks that more than
// one stage needs: the signals of a block's ancestors ([BlockContext], ancestry.go), the
// content scores paragraphs give their ancestors ([Score], score.go), teaser articles,
// hidden answers and copies (hidden.go), the page's grids of alike cards ([FindCardGroups],
// cards.go), its comment sections ([ReadComments], comments.go), a forum post's meta lines
// and quotes, the word tables of page text (words.go), and the tuned numbers of all of
// these (thresholds.go).
//
// What it may do: read the tree, fill blocks and elements (their Keep, Reason and Note
// fields are the verdicts the stages write), and mark blocks kept or dropped where one of its
// readings is the rule that decides (a comment list under a story, a repeated label in a grid).
// What it may not do: choose the page's container or kind, assemble a page, pick the
// headline, or write output; those are package extractor's stages and internal/assemble.
// It imports nothing of pith but internal/dom, internal/dates and internal/view (the block
// kinds).
package block
