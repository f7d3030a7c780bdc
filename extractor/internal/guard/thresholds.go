package guard

// maxBreaks is the most <br> in a row a Textless pass keeps: two end a paragraph, and the
// extractor reads any longer run as the same break.
const maxBreaks = 2

// maxRefLen is longer than any character reference: the longest name,
// &CounterClockwiseContourIntegral;, has 33 bytes.
const maxRefLen = 40
