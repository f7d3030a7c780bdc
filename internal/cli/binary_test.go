package cli

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// buildPith builds cmd/pith into a temporary directory and returns the binary's path.
func buildPith(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	// go test puts the go command that runs it first on the PATH.
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build the binary")
	}
	bin := filepath.Join(t.TempDir(), "pith")
	cmd := exec.Command(goTool, "build", "-o", bin, "github.com/pithdev/pith/cmd/pith")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return bin
}

func TestBinary(t *testing.T) {
	bin := buildPith(t)
	page, err := filepath.Abs(filepath.Join("testdata", "article.html"))
	require.NoError(t, err)

	t.Run("exit codes", func(t *testing.T) {
		tests := []struct {
			args  []string
			stdin string
			code  int
		}{
			{[]string{"--help"}, "", ExitOK},
			{[]string{"--bogus"}, "", ExitUsage},
			{nil, "", ExitFailure},
			{[]string{page}, "", ExitOK},
		}
		for _, tt := range tests {
			cmd := exec.Command(bin, tt.args...)
			cmd.Stdin = strings.NewReader(tt.stdin)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.code, code, "%v: stderr %s", tt.args, stderr.String())
		}
	})

	t.Run("closed stdout pipe", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("needs a POSIX shell")
		}
		sh, err := exec.LookPath("sh")
		if err != nil {
			t.Skip("no sh")
		}
		// Far more output than a pipe buffer holds, read by a consumer that stops after the
		// first input's header line and headline.
		args := make([]string, 300)
		for i := range args {
			args[i] = page
		}
		dir := t.TempDir()
		errFile, codeFile := filepath.Join(dir, "stderr"), filepath.Join(dir, "code")
		script := `{ "$0" "$@" 2>"$PITH_STDERR"; echo $? >"$PITH_CODE"; } | head -n 2`
		cmd := exec.Command(sh, append([]string{"-c", script, bin}, args...)...)
		cmd.Env = append(os.Environ(), "PITH_STDERR="+errFile, "PITH_CODE="+codeFile)
		out, err := cmd.Output()
		require.NoError(t, err)
		assert.Contains(t, string(out), headline)
		stderr, err := os.ReadFile(errFile)
		require.NoError(t, err)
		assert.Empty(t, string(stderr), "no panic, stack trace or message on a closed pipe")
		code, err := os.ReadFile(codeFile)
		require.NoError(t, err)
		assert.NotEqual(t, "0", strings.TrimSpace(string(code)), "a cut-short run does not exit 0")
	})
}
