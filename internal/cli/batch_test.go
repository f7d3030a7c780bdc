package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// batchPages writes a folder with one article page and one page without content.
func batchPages(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "pages")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	article, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.html"), article, 0o644))
	return dir
}

func TestBatchCommand(t *testing.T) {
	dir := batchPages(t)

	res := run(t, "", "batch", "--help")
	assert.Equal(t, ExitOK, res.code)
	assert.True(t, strings.HasPrefix(res.stdout, "Usage: pith batch"), "help on stdout")

	res = run(t, "", "batch")
	assert.Equal(t, ExitUsage, res.code, "no input")
	assert.Contains(t, res.stderr, "no input")

	res = run(t, "", "batch", "--jobs", "-1", dir)
	assert.Equal(t, ExitUsage, res.code)
	res = run(t, "", "batch", "--output-format", "csv", dir)
	assert.Equal(t, ExitUsage, res.code)
	res = run(t, "", "batch", "--resume", dir)
	assert.Equal(t, ExitUsage, res.code, "--resume needs an output")
	assert.Contains(t, res.stderr, "resume needs an output")

	res = run(t, "", "batch", dir)
	assert.Equal(t, ExitOK, res.code, res.stderr)
	out := lines(res.stdout)
	require.Len(t, out, 1)
	var rec map[string]any
	require.NoError(t, json.Unmarshal([]byte(out[0]), &rec))
	assert.Equal(t, "ok", rec["status"])
	assert.Equal(t, headline, rec["title"])
	assert.Regexp(t, `^pith batch: read 1, extracted 1, skipped 0, failed 0, elapsed `, res.stderr, "the summary line")

	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.html"), []byte("<html><body><nav>Home</nav></body></html>"), 0o644))
	res = run(t, "", "batch", "-q", "-j", "1", dir)
	assert.Equal(t, ExitFailure, res.code, "a record failed")
	assert.Empty(t, res.stderr, "--quiet prints no summary")
	require.Len(t, lines(res.stdout), 2, "the failed record is in the output")
	assert.Contains(t, lines(res.stdout)[1], `"error_kind":"no-content"`)

	outFile := filepath.Join(t.TempDir(), "out.jsonl")
	res = run(t, "", "batch", "-o", outFile, dir)
	assert.Equal(t, ExitFailure, res.code)
	assert.Empty(t, res.stdout, "with -o nothing goes to stdout")
	b, err := os.ReadFile(outFile)
	require.NoError(t, err)
	assert.Equal(t, 2, bytes.Count(b, []byte("\n")))
	res = run(t, "", "batch", "--resume", "-o", outFile, dir)
	assert.Contains(t, res.stderr, "1 of 1 inputs already done")
}

func TestBatchJSONLinesFromStdin(t *testing.T) {
	article, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	require.NoError(t, err)
	line, err := json.Marshal(map[string]any{"id": 7, "url": "https://example.com/a", "html": string(article)})
	require.NoError(t, err)
	res := run(t, string(line)+"\n", "batch", "-")
	assert.Equal(t, ExitOK, res.code, res.stderr)
	require.Len(t, lines(res.stdout), 1)
	assert.Contains(t, res.stdout, `"source":"<stdin>","line":1,"id":7,"status":"ok","url":"https://example.com/a"`)
}

func TestBatchBinary(t *testing.T) {
	bin := buildPith(t)
	dir := batchPages(t)
	for i := range 30 {
		article, err := os.ReadFile(filepath.Join(dir, "a.html"))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "p"+string(rune('a'+i%26))+string(rune('a'+i/26))+".html"), article, 0o644))
	}

	t.Run("closed stdout", func(t *testing.T) {
		cmd := exec.Command("sh", "-c", `"$0" batch "$1" | head -n 1`, bin, dir)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		require.NoError(t, err)
		assert.Equal(t, 1, bytes.Count(out, []byte("\n")))
		assert.NotContains(t, stderr.String(), "goroutine", "no stack trace")
		assert.NotContains(t, stderr.String(), "panic")
	})

	t.Run("interrupt", func(t *testing.T) {
		article, err := os.ReadFile(filepath.Join(dir, "a.html"))
		require.NoError(t, err)
		line, err := json.Marshal(map[string]any{"html": string(article)})
		require.NoError(t, err)
		out := filepath.Join(t.TempDir(), "out.jsonl")
		cmd := exec.Command(bin, "batch", "-o", out, "-")
		stdin, err := cmd.StdinPipe()
		require.NoError(t, err)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		require.NoError(t, cmd.Start())
		for range 5 {
			_, err := stdin.Write(append(line, '\n'))
			require.NoError(t, err)
		}
		// Wait for the five records, then interrupt while the input pipe is still open.
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			if b, _ := os.ReadFile(out); bytes.Count(b, []byte("\n")) == 5 {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err = <-done:
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
			t.Fatal("pith batch did not stop on SIGINT")
		}
		_ = stdin.Close()
		var ee *exec.ExitError
		require.True(t, errors.As(err, &ee), "exit status: %v", err)
		assert.Equal(t, ExitInterrupted, ee.ExitCode(), "stderr: %s", stderr.String())
		assert.Contains(t, stderr.String(), "interrupted")
		f, err := os.Open(out)
		require.NoError(t, err)
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 16<<20)
		n := 0
		for sc.Scan() {
			var rec map[string]any
			assert.NoError(t, json.Unmarshal(sc.Bytes(), &rec), "whole lines only")
			n++
		}
		assert.Equal(t, 5, n)
	})
}
