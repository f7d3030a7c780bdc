// Package version holds pith's version, printed by pith --version and sent in the
// User-Agent of every fetch. It imports nothing and may import nothing of pith, so that
// every command and package can use it.
package version
