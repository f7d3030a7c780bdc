package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/internal/fetch/fetchtest"
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

// TestBatchURLResumeAfterKill kills pith batch (SIGKILL) in the middle of a list of URLs and
// runs it again with --resume: the URLs already written are not fetched again, the others are
// fetched once, and the output is the whole list.
func TestBatchURLResumeAfterKill(t *testing.T) {
	bin := buildPith(t)
	const n, done = 10, 5
	var hits [n]atomic.Int32
	release := make(chan struct{})
	srv := fetchtest.Server(t, map[string]http.HandlerFunc{
		"/p/{i}": func(w http.ResponseWriter, r *http.Request) {
			i, err := strconv.Atoi(r.PathValue("i"))
			if err != nil || i < 0 || i >= n {
				http.NotFound(w, r)
				return
			}
			hits[i].Add(1)
			if i >= done {
				select { // held until the first run is killed
				case <-release:
				case <-r.Context().Done():
					return
				}
			}
			page := strings.ReplaceAll(string(articlePage(t)), "Lighthouse keepers", fmt.Sprintf("Page %d: lighthouse keepers", i))
			fetchtest.Serve("text/html", []byte(page))(w, r)
		},
	})
	dir := t.TempDir()
	list, out := filepath.Join(dir, "urls.txt"), filepath.Join(dir, "out.jsonl")
	var urls []string
	for i := range n {
		urls = append(urls, fmt.Sprintf("%s/p/%d", srv.URL, i))
	}
	require.NoError(t, os.WriteFile(list, []byte(strings.Join(urls, "\n")+"\n"), 0o644))

	first := exec.Command(bin, "batch", "-q", "-j", "2", "--list", list, "-o", out)
	require.NoError(t, first.Start())
	deadline := time.Now().Add(30 * time.Second)
	for {
		b, _ := os.ReadFile(out + ".done")
		if bytes.Count(b, []byte("\n")) >= done {
			break
		}
		require.True(t, time.Now().Before(deadline), "the first run wrote %d inputs in 30s", bytes.Count(b, []byte("\n")))
		time.Sleep(10 * time.Millisecond)
	}
	require.NoError(t, first.Process.Kill())
	_ = first.Wait()
	// A request the killed run sent just before it died may reach the handler after Wait
	// returns: the counts are read once no request has come for a while.
	total := func() (sum int32) {
		for i := range n {
			sum += hits[i].Load()
		}
		return sum
	}
	for last, since, quiet := total(), time.Now(), time.Now().Add(5*time.Second); time.Now().Before(quiet); {
		time.Sleep(20 * time.Millisecond)
		if now := total(); now != last {
			last, since = now, time.Now()
		} else if time.Since(since) >= 250*time.Millisecond {
			break
		}
	}
	close(release)
	var before [n]int32
	for i := range n {
		before[i] = hits[i].Load()
	}
	for i := range done {
		assert.Equal(t, int32(1), before[i], "page %d fetched once by the first run", i)
	}

	second := exec.Command(bin, "batch", "-q", "-j", "2", "--resume", "--list", list, "-o", out)
	msg, err := second.CombinedOutput()
	require.NoError(t, err, "%s", msg)
	for i := range n {
		again := hits[i].Load() - before[i]
		if i < done {
			assert.Zero(t, again, "page %d was written: not fetched again", i)
		} else {
			assert.Equal(t, int32(1), again, "page %d was missing: fetched once", i)
		}
	}
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	recs := lines(string(b))
	require.Len(t, recs, n, "one line per URL, none twice")
	for i, line := range recs {
		var rec struct{ Source, Status, Title string }
		require.NoError(t, json.Unmarshal([]byte(line), &rec))
		assert.Equal(t, urls[i], rec.Source)
		assert.Equal(t, "ok", rec.Status)
		assert.Contains(t, rec.Title, fmt.Sprintf("Page %d:", i))
	}
}
