// Package version holds pith's version, printed by pith --version and sent in the
// User-Agent of every fetch. It imports nothing, so every command and package can use it.
package version

// Version is pith's version.
const Version = "0.1.0-dev"
