package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readTestdata returns the contents of testdata/name.
func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return string(b)
}

func TestClassify(t *testing.T) {
	mit := readTestdata(t, "MIT.txt")
	tests := []struct {
		name        string
		text        string
		ids         []string
		wantProblem string // "" when the text must pass
	}{
		{"MIT", mit, []string{"MIT"}, ""},
		{"Apache-2.0 of this repository", readTestdata(t, "../../../LICENSE"), []string{"Apache-2.0"}, ""},
		{"GPL-3.0", readTestdata(t, "GPL-3.0.txt"), []string{"GPL-3.0"}, "GPL-3.0 is not allowed"},
		{"LGPL-3.0", readTestdata(t, "LGPL-3.0.txt"), []string{"LGPL-3.0"}, "LGPL-3.0 is not allowed"},
		{"MIT and GPL in one file", mit + "\n\n" + readTestdata(t, "GPL-3.0.txt"), []string{"MIT", "GPL-3.0"}, "GPL-3.0 is not allowed"},
		{"not a licence", "This project may be used by anyone who asks the author nicely.\n", nil, "not a licence text this command knows"},
		{"MIT with terms of its own", mit + strings.Repeat("\nIn addition, the Software shall not be used by any company that sells advertising, and every user shall send a postcard.", 10),
			[]string{"MIT"}, "of the text is a known licence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids, problem := classify([]byte(tt.text))
			assert.Equal(t, tt.ids, ids)
			if tt.wantProblem == "" {
				assert.Empty(t, problem)
			} else {
				assert.Contains(t, problem, tt.wantProblem)
			}
		})
	}
}

func TestCheckModuleDir(t *testing.T) {
	tests := []struct {
		name        string
		files       map[string]string
		main        bool
		licences    []string
		wantProblem string
	}{
		{"MIT licence", map[string]string{"LICENSE": "MIT.txt"}, false, []string{"MIT"}, ""},
		{"licence with a suffix", map[string]string{"LICENCE.md": "MIT.txt"}, false, []string{"MIT"}, ""},
		{"GPL in COPYING", map[string]string{"COPYING": "GPL-3.0.txt"}, false, []string{"GPL-3.0"}, "COPYING: GPL-3.0 is not allowed"},
		{"one of two files is GPL", map[string]string{"LICENSE-MIT": "MIT.txt", "LICENSE-GPL": "GPL-3.0.txt"}, false, []string{"GPL-3.0", "MIT"}, "LICENSE-GPL: GPL-3.0 is not allowed"},
		{"missing licence", map[string]string{"README.md": "MIT.txt", "license.go": "MIT.txt"}, false, nil, "no licence file"},
		{"empty licence file only", map[string]string{"LICENSE": ""}, false, nil, "no licence file"},
		{"empty file beside a licence", map[string]string{"LICENSE": "MIT.txt", "LICENSE-other.txt": ""}, false, []string{"MIT"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, src := range tt.files {
				text := ""
				if src != "" {
					text = readTestdata(t, src)
				}
				require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
			}
			r := check(module{Path: "example.com/m", Version: "v1.0.0", Dir: dir, Main: tt.main})
			assert.Equal(t, tt.licences, r.licences)
			if tt.wantProblem == "" {
				assert.Empty(t, r.problem)
			} else {
				assert.Equal(t, tt.wantProblem, r.problem)
			}
		})
	}
}

func TestMainModuleUsesTheLicenceAbove(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(root, "LICENSE"), []byte(readTestdata(t, "MIT.txt")), 0o644))
	sub := filepath.Join(root, "bench")
	require.NoError(t, os.Mkdir(sub, 0o755))

	r := check(module{Path: "example.com/m/bench", Dir: sub, Main: true})
	assert.Equal(t, []string{"MIT"}, r.licences)
	assert.Empty(t, r.problem)

	r = check(module{Path: "example.com/dep", Version: "v1.0.0", Dir: sub})
	assert.Equal(t, "no licence file", r.problem, "a dependency's licence must be in its own module")
}

func TestIsLicenceName(t *testing.T) {
	for name, want := range map[string]bool{
		"LICENSE": true, "LICENCE": true, "license.md": true, "LICENSE-APACHE": true, "LICENSE_MIT": true,
		"COPYING": true, "COPYING.txt": true, "UNLICENSE": true,
		"license.go": false, "licenses": false, "LICENSE.docs": false, "LICENSE-documentation": false, "README.md": false, "LICENSEE": false, "NOTICE": false,
	} {
		assert.Equal(t, want, isLicenceName(name), name)
	}
}

func TestPrintRefusesOnlyCompiledModules(t *testing.T) {
	reports := []report{
		{mod: module{Path: "example.com/ok", Version: "v1.0.0", Compiled: true}, licences: []string{"MIT"}},
		{mod: module{Path: "example.com/graph", Version: "v0.1.0"}, problem: "no licence file"},
	}
	var stdout, stderr strings.Builder
	assert.Equal(t, 0, writeReport(reports, &stdout, &stderr))
	assert.Contains(t, stdout.String(), "not compiled into pith: no licence file")
	assert.Contains(t, stderr.String(), "2 modules, 0 refused")

	reports = append(reports, report{mod: module{Path: "example.com/gpl", Version: "v2.0.0", Compiled: true}, licences: []string{"GPL-3.0"}, problem: "LICENSE: GPL-3.0 is not allowed"})
	stdout.Reset()
	stderr.Reset()
	assert.Equal(t, 1, writeReport(reports, &stdout, &stderr))
	assert.Contains(t, stdout.String(), "REFUSED: LICENSE: GPL-3.0 is not allowed")
	assert.Contains(t, stderr.String(), "pith-licenses: example.com/gpl@v2.0.0: LICENSE: GPL-3.0 is not allowed\n")
	assert.Contains(t, stderr.String(), "3 modules, 1 refused")
}

func TestRunOnThisModule(t *testing.T) {
	var stdout, stderr strings.Builder
	code := run([]string{filepath.Join("..", "..")}, &stdout, &stderr)
	require.Equal(t, 0, code, "stderr:\n%s", stderr.String())
	rows := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	require.Greater(t, len(rows), 10, "a row per module of the build list")
	assert.Regexp(t, `^MODULE\s+VERSION\s+LICENCE\s+VERDICT$`, rows[0])
	assert.Regexp(t, `^github\.com/pithdev/pith\s+\(main\)\s+Apache-2\.0\s+ok$`, rows[1])
	assert.Regexp(t, `(?m)^golang\.org/x/net\s+v\S+\s+BSD-3-Clause\s+ok$`, stdout.String())
	assert.Contains(t, stderr.String(), " modules, 0 refused\n")
}
