// Command pith-beam-sample writes sample WARC archives to try pith-beam on: the repository's
// golden pages as HTTP responses over two .warc.gz files, and a third whose middle record is
// corrupt and whose last record is truncated (both become error records). From the beam module:
//
//	go run ./cmd/pith-beam-sample -o /tmp/warc
//	go run ./cmd/pith-beam --input '/tmp/warc/*.warc.gz' --output /tmp/out/pages
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/pithdev/pith/beam/sample"
)

func main() {
	out := flag.String("o", "sample-warc", "`folder` to write the archives into")
	pages := flag.String("pages", filepath.Join("..", "testdata", "pages"), "`folder` of the golden pages (run from the beam module)")
	flag.Parse()
	paths, err := sample.Write(*out, *pages)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pith-beam-sample:", err)
		os.Exit(1)
	}
	for _, p := range paths {
		fmt.Println(p)
	}
}
