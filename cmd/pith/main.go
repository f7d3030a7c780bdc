// Command pith extracts the main content of web pages: the article text without
// navigation, ads and other boilerplate. Run "pith --help" for usage.
package main

import (
	"os"

	"github.com/pithdev/pith/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
