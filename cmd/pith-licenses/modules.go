package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// module is one module of a build list, as `go list -m -json` describes it.
type module struct {
	Path    string
	Version string
	Dir     string
	Main    bool
	Replace *module

	// Compiled marks a module that provides a package to a build of the main module's
	// packages or their tests; the others are in the build list only because a dependency's
	// own tests or an older version need them.
	Compiled bool `json:"-"`
}

// platforms are the GOOS values for which the compiled packages are listed, so that a
// module used on one system only is not missed.
var platforms = []string{"linux", "darwin", "windows"}

// key names m in reports and for de-duplication: path@version, or the path of a main module.
func (m module) key() string {
	if m.Version == "" {
		return m.Path
	}
	return m.Path + "@" + m.Version
}

// listModules returns the build list of the module in dir, every module with the folder
// of its source. Modules whose source is not in the module cache (only their go.mod
// was needed to compute the build list) are downloaded.
func listModules(dir string) ([]module, error) {
	out, err := goCommand(dir, nil, "list", "-m", "-json", "all")
	if err != nil {
		return nil, err
	}
	mods, err := decodeModules(out)
	if err != nil {
		return nil, err
	}
	var missing []string
	for i := range mods {
		if mods[i].Dir == "" && mods[i].Replace != nil {
			mods[i].Dir = mods[i].Replace.Dir
		}
		if mods[i].Dir == "" && !mods[i].Main {
			missing = append(missing, mods[i].key())
		}
	}
	compiled, err := compiledModules(dir)
	if err != nil {
		return nil, err
	}
	for i := range mods {
		mods[i].Compiled = mods[i].Main || compiled[mods[i].key()]
	}
	if len(missing) == 0 {
		return mods, nil
	}
	out, err = goCommand(dir, nil, append([]string{"mod", "download", "-json"}, missing...)...)
	if err != nil {
		return nil, err
	}
	got, err := decodeModules(out)
	if err != nil {
		return nil, err
	}
	dirs := make(map[string]string, len(got))
	for _, m := range got {
		dirs[m.key()] = m.Dir
	}
	for i := range mods {
		if mods[i].Dir == "" {
			mods[i].Dir = dirs[mods[i].key()]
		}
	}
	return mods, nil
}

// compiledModules returns the modules, by path@version, whose packages a build of the
// packages of the module in dir and of their tests compiles, on any of the platforms.
func compiledModules(dir string) (map[string]bool, error) {
	compiled := map[string]bool{}
	for _, goos := range platforms {
		out, err := goCommand(dir, []string{"GOOS=" + goos}, "list", "-deps", "-test", "-f", "{{with .Module}}{{.Path}}@{{.Version}}{{end}}", "./...")
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Fields(string(out)) {
			compiled[line] = true
		}
	}
	return compiled, nil
}

// decodeModules reads the stream of JSON objects that `go list -m -json` and
// `go mod download -json` print.
func decodeModules(data []byte) ([]module, error) {
	var mods []module
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		var m module
		err := dec.Decode(&m)
		if errors.Is(err, io.EOF) {
			return mods, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading the go command's output: %w", err)
		}
		mods = append(mods, m)
	}
}

// goCommand runs the go command in dir, with env added to the environment, and returns its
// standard output.
func goCommand(dir string, env []string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go %s in %s: %w: %s", strings.Join(args, " "), dir, err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// licenceFiles returns the licence files at the top of dir: LICENSE, LICENCE, COPYING and
// UNLICENSE, in any case, alone or with a suffix (LICENSE.md, LICENSE-MIT, COPYING.txt).
func licenceFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		if e.IsDir() || !isLicenceName(e.Name()) {
			continue
		}
		files = append(files, filepath.Join(dir, e.Name()))
	}
	return files, nil
}

// isLicenceName reports whether a file name is that of a licence file. A licence of the
// documentation (LICENSE.docs, LICENSE-docs: CC-BY-SA texts beside Apache-2.0 code) does not
// govern the code that is compiled, and is not one.
func isLicenceName(name string) bool {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".go") || strings.HasSuffix(lower, "docs") || strings.HasSuffix(lower, "documentation") {
		return false
	}
	for _, stem := range []string{"license", "licence", "copying", "unlicense"} {
		rest, ok := strings.CutPrefix(lower, stem)
		if ok && (rest == "" || rest[0] == '.' || rest[0] == '-' || rest[0] == '_') {
			return true
		}
	}
	return false
}
