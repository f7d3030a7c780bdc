// Command pith-licenses lists the licence of every module in the build list of pith's
// modules and fails when one is not allowed.
//
// Usage, from the repository root:
//
//	go run ./cmd/pith-licenses [MODULE_DIR...]
//
// With no argument it checks the module in the current folder. For each module of the
// build list (`go list -m -json all`, every module whose go.mod took part, tests and tools
// included) it reads the licence files at the top of the module's source (LICENSE,
// LICENCE, COPYING, UNLICENSE, with any suffix), identifies them with
// github.com/google/licensecheck and prints one line: module, version, licences, and
// "ok" or why not. A main module without a licence file of its own is covered by the
// nearest one above it (bench/ by the repository's LICENSE).
//
// Policy: MIT, MIT-0, BSD (2- and 3-clause), Apache-2.0, ISC, 0BSD, zlib, BSL-1.0, CC0,
// Unlicense and MPL-2.0 are allowed. Anything else fails the run: GPL, LGPL, AGPL, SSPL,
// another licence, a licence file that is mostly text of its own, or no licence file.
// The exit status is 0 when every module is allowed, 1 when one is not or a module
// could not be listed, 2 for a usage error.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// report is the outcome for one module.
type report struct {
	mod      module
	licences []string
	// problem says why the module is not allowed; empty when it is.
	problem string
}

// run checks the modules in the folders named by args and prints a line per module.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("pith-licenses", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: pith-licenses [MODULE_DIR...]  (default: the current folder)")
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	dirs := fs.Args()
	if len(dirs) == 0 {
		dirs = []string{"."}
	}
	var reports []report
	seen := map[string]int{} // index in reports by module key
	for _, dir := range dirs {
		mods, err := listModules(dir)
		if err != nil {
			fmt.Fprintf(stderr, "pith-licenses: %v\n", err)
			return 1
		}
		for _, m := range mods {
			if i, ok := seen[m.key()]; ok {
				reports[i].mod.Compiled = reports[i].mod.Compiled || m.Compiled
				continue
			}
			seen[m.key()] = len(reports)
			reports = append(reports, check(m))
		}
	}
	return writeReport(reports, stdout, stderr)
}

// check reads and classifies the licence files of one module.
func check(m module) report {
	r := report{mod: m}
	if m.Dir == "" {
		r.problem = "source not found"
		return r
	}
	files, err := licenceFiles(m.Dir)
	for dir := m.Dir; m.Main && err == nil && len(files) == 0; {
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
		files, err = licenceFiles(dir)
	}
	if err != nil {
		r.problem = err.Error()
		return r
	}
	for _, f := range files {
		ids, problem, empty := classifyFile(f)
		if empty {
			continue
		}
		r.licences = append(r.licences, ids...)
		if problem != "" && r.problem == "" {
			r.problem = filepath.Base(f) + ": " + problem
		}
	}
	if len(r.licences) == 0 && r.problem == "" {
		r.problem = "no licence file"
	}
	return r
}

// classifyFile reads and classifies one licence file. An empty file states no terms and
// is left out (empty is true); the module's other licence files decide.
func classifyFile(path string) (ids []string, problem string, empty bool) {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err.Error(), false
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, "", true
	}
	ids, problem = classify(text)
	return ids, problem, false
}

// writeReport writes the table of reports to stdout and each refused module to stderr, and
// returns the exit status.
func writeReport(reports []report, stdout, stderr io.Writer) int {
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "MODULE\tVERSION\tLICENCE\tVERDICT")
	refused := 0
	for _, r := range reports {
		version, verdict := r.mod.Version, "ok"
		if r.mod.Main {
			version = "(main)"
		}
		licences := strings.Join(r.licences, ", ")
		if licences == "" {
			licences = "-"
		}
		switch {
		case r.problem != "" && !r.mod.Compiled:
			verdict = "not compiled into pith: " + r.problem
		case r.problem != "":
			verdict = "REFUSED: " + r.problem
			refused++
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.mod.Path, version, licences, verdict)
	}
	if err := tw.Flush(); err != nil {
		fmt.Fprintf(stderr, "pith-licenses: %v\n", err)
		return 1
	}
	for _, r := range reports {
		if r.problem != "" && r.mod.Compiled {
			fmt.Fprintf(stderr, "pith-licenses: %s: %s\n", r.mod.key(), r.problem)
		}
	}
	fmt.Fprintf(stderr, "pith-licenses: %d modules, %d refused\n", len(reports), refused)
	if refused > 0 {
		return 1
	}
	return 0
}
