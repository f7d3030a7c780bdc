package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
	"github.com/pithdev/pith/internal/fetch"
)

// headline is the title of testdata/article.html.
const headline = "Lighthouse keepers return to Orkney"

// result is what one in-process run of the CLI gave.
type result struct {
	code   int
	stdout string
	stderr string
}

// run runs the CLI in-process with args and stdin.
func run(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Run(args, strings.NewReader(stdin), &stdout, &stderr)
	return result{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

// lines splits s into its lines, without the final newline.
func lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// cliCase is one row of testdata/cli.json.
type cliCase struct {
	Name        string   `json:"name"`
	Args        []string `json:"args"`
	Stdin       string   `json:"stdin"`
	StdinFile   string   `json:"stdin_file"`
	Stdout      []string `json:"stdout"`
	StdoutNot   []string `json:"stdout_not"`
	StdoutEmpty bool     `json:"stdout_empty"`
	Stderr      []string `json:"stderr"`
	StderrNot   []string `json:"stderr_not"`
	StderrLines *int     `json:"stderr_lines"`
	Exit        int      `json:"exit"`
}

func TestCLITable(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "cli.json"))
	require.NoError(t, err)
	var cases []cliCase
	require.NoError(t, json.Unmarshal(data, &cases))
	require.NotEmpty(t, cases)
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			stdin := tc.Stdin
			if tc.StdinFile != "" {
				b, err := os.ReadFile(tc.StdinFile)
				require.NoError(t, err)
				stdin = string(b)
			}
			got := run(t, stdin, tc.Args...)
			assert.Equal(t, tc.Exit, got.code, "exit code; stderr:\n%s", got.stderr)
			for _, want := range tc.Stdout {
				assert.Contains(t, got.stdout, want)
			}
			for _, not := range tc.StdoutNot {
				assert.NotContains(t, got.stdout, not)
			}
			if tc.StdoutEmpty {
				assert.Empty(t, got.stdout)
			}
			for _, want := range tc.Stderr {
				assert.Contains(t, got.stderr, want)
			}
			for _, bad := range tc.StderrNot {
				assert.NotContains(t, got.stderr, bad)
			}
			if tc.StderrLines != nil {
				assert.Len(t, lines(got.stderr), *tc.StderrLines, "stderr:\n%s", got.stderr)
			}
		})
	}
}

func TestExitCodes(t *testing.T) {
	assert.Equal(t, 0, ExitOK)
	assert.Equal(t, 1, ExitFailure)
	assert.Equal(t, 2, ExitUsage)
}

func TestHelpGoesToStdout(t *testing.T) {
	for _, arg := range []string{"-h", "--help", "-help"} {
		t.Run(arg, func(t *testing.T) {
			got := run(t, "", arg)
			assert.Equal(t, ExitOK, got.code)
			assert.Empty(t, got.stderr)
			assert.True(t, strings.HasPrefix(got.stdout, "Usage: pith "), got.stdout)
			assert.True(t, strings.HasSuffix(got.stdout, "\n"))
		})
	}
}

func TestUnknownFlagUsageGoesToStderr(t *testing.T) {
	got := run(t, "", "--no-such-flag", "page.html")
	assert.Equal(t, ExitUsage, got.code)
	assert.Empty(t, got.stdout)
	first, _, _ := strings.Cut(got.stderr, "\n")
	assert.Equal(t, "pith: unknown flag --no-such-flag", first)
	assert.Contains(t, got.stderr, "Usage: pith ")
}

func TestVersion(t *testing.T) {
	got := run(t, "", "--version")
	assert.Equal(t, ExitOK, got.code)
	assert.Equal(t, "pith "+Version+"\n", got.stdout)
	assert.Contains(t, fetch.UserAgent, "pith/"+Version+" (+https://github.com/pithdev/pith)")
}

func TestEmptyStdin(t *testing.T) {
	for _, args := range [][]string{nil, {"-"}} {
		got := run(t, "", args...)
		assert.Equal(t, ExitFailure, got.code)
		assert.Empty(t, got.stdout)
		assert.Equal(t, "pith: <stdin>: empty input\n", got.stderr)
	}
}

func TestNilStdinIsEmpty(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := Run(nil, nil, &stdout, &stderr)
	assert.Equal(t, ExitFailure, code)
	assert.Equal(t, "pith: <stdin>: empty input\n", stderr.String())
}

func TestBinaryJunk(t *testing.T) {
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(i*7919 + i/3)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"noise", junk, "input is not html"},
		{"png", append([]byte("\x89PNG\r\n\x1a\n"), junk...), "input is not html"},
		// gzip is read as batch reads it: a broken stream says so.
		{"gzip", append([]byte("\x1f\x8b\x08\x00"), junk...), "gzip: "},
		{"nul bytes", bytes.Repeat([]byte{0, 1, 2, 3}, 512), "input is not html"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, string(tt.data))
			assert.Equal(t, ExitFailure, got.code)
			assert.Empty(t, got.stdout)
			require.Len(t, lines(got.stderr), 1, got.stderr)
			assert.True(t, strings.HasPrefix(got.stderr, "pith: <stdin>: "+tt.want), got.stderr)

			path := filepath.Join(dir, tt.name+".html")
			require.NoError(t, os.WriteFile(path, tt.data, 0o644))
			got = run(t, "", path)
			assert.Equal(t, ExitFailure, got.code)
			require.Len(t, lines(got.stderr), 1, got.stderr)
			assert.True(t, strings.HasPrefix(got.stderr, "pith: "+path+": "+tt.want), got.stderr)
		})
	}
}

func TestMissingFileDoesNotStopTheRun(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.html")
	require.NoError(t, os.WriteFile(junk, []byte("%PDF-1.4\n"), 0o644))
	missing := filepath.Join(dir, "missing.html")

	// Independent of the extraction algorithm: both inputs fail, both are reported, in order.
	got := run(t, "", missing, junk)
	assert.Equal(t, ExitFailure, got.code)
	assert.Equal(t, []string{
		"pith: " + missing + ": no such file or directory",
		"pith: " + junk + ": input is not html: looks like a PDF document",
	}, lines(got.stderr))

	// With a real page after the missing one: the page is still printed.
	got = run(t, "", missing, filepath.Join("testdata", "article.html"))
	assert.Equal(t, ExitFailure, got.code)
	assert.Equal(t, []string{"pith: " + missing + ": no such file or directory"}, lines(got.stderr))
	assert.Contains(t, got.stdout, headline)
}

func TestTextOutput(t *testing.T) {
	page := filepath.Join("testdata", "article.html")
	one := run(t, "", page)
	require.Equal(t, ExitOK, one.code, one.stderr)
	assert.True(t, strings.HasPrefix(one.stdout, headline), one.stdout)
	assert.True(t, strings.HasSuffix(one.stdout, "\n"))
	assert.False(t, strings.HasSuffix(one.stdout, "\n\n"))

	// Several inputs: each result after a "==> NAME <==" line, as head(1) prints them,
	// and a blank line before every header but the first.
	two := run(t, "", page, "testdata/missing.html", "-")
	require.Equal(t, ExitFailure, two.code, two.stderr)
	assert.Equal(t, "==> "+page+" <==\n"+one.stdout, two.stdout, "a failed input prints no header")

	two = run(t, mustRead(t, page), page, "-")
	require.Equal(t, ExitOK, two.code, two.stderr)
	assert.Equal(t, "==> "+page+" <==\n"+one.stdout+"\n==> <stdin> <==\n"+one.stdout, two.stdout)
}

// mustRead returns the contents of the file at path.
func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

func TestJSONOutput(t *testing.T) {
	page := filepath.Join("testdata", "article.html")
	got := run(t, "", "--format", "json", "--url", "https://news.example/orkney", page, "testdata/missing.html", page)
	assert.Equal(t, ExitFailure, got.code)
	assert.Equal(t, []string{"pith: testdata/missing.html: no such file or directory"}, lines(got.stderr))

	objs := lines(got.stdout)
	require.Len(t, objs, 2, "one JSON object per successful input, one per line")
	for _, line := range objs {
		require.True(t, json.Valid([]byte(line)), line)
		var fields map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(line), &fields))
		for _, k := range []string{"source", "title", "url", "blocks", "text"} {
			assert.Contains(t, fields, k)
		}
		var v jsonResult // a block kind that is not a name fails to decode
		require.NoError(t, json.Unmarshal([]byte(line), &v))
		assert.Equal(t, page, v.Source)
		assert.Equal(t, "https://news.example/orkney", v.URL)
		assert.Contains(t, v.Title, headline)
		require.NotEmpty(t, v.Blocks)
		assert.True(t, strings.HasPrefix(v.Text, v.Title), "text starts with the title")
		var raw struct {
			Blocks []struct{ Kind string }
		}
		require.NoError(t, json.Unmarshal([]byte(line), &raw))
		for _, b := range raw.Blocks {
			assert.NotEmpty(t, b.Kind)
			assert.NotContains(t, b.Kind, "kind-")
		}
	}
}

// TestJSONOutputNoBody: a page with no body still has a title and metadata; JSON output
// prints them, with no blocks and the title as the text, and the exit status says it failed.
func TestJSONOutputNoBody(t *testing.T) {
	page := filepath.Join("testdata", "no-body.html")
	got := run(t, "", "--format", "json", "--url", "https://ferry.example/webcam", page)
	assert.Equal(t, ExitFailure, got.code)
	assert.Equal(t, []string{"pith: testdata/no-body.html: no main content found"}, lines(got.stderr))
	objs := lines(got.stdout)
	require.Len(t, objs, 1, "the no-body page's object")
	var v jsonResult
	require.NoError(t, json.Unmarshal([]byte(objs[0]), &v))
	assert.Equal(t, "Live harbour webcam", v.Title)
	assert.Equal(t, v.Title, v.Text, "the text is the title only")
	assert.Empty(t, v.Blocks)
	assert.Equal(t, "https://ferry.example/webcam", v.URL)
	assert.Equal(t, []string{"Morag Flett"}, v.Metadata.Authors)
	assert.Equal(t, "Island Ferries", v.Metadata.SiteName)

	// Text output has nothing to print for it.
	got = run(t, "", page)
	assert.Equal(t, ExitFailure, got.code)
	assert.Empty(t, got.stdout)
}

func TestMarshalJSON(t *testing.T) {
	res := &extractor.Result{
		Title: "A <b> & c",
		URL:   "https://example.org/a?b=1&c=2",
		Blocks: []extractor.Block{
			{Kind: extractor.KindHeading, Text: "Part one", Level: 2},
			{Kind: extractor.KindListItem, Text: "first", Ordered: true},
			{Kind: extractor.KindParagraph, Text: "Body."},
			{Kind: extractor.Kind(99), Text: "future"},
		},
	}
	b, err := marshalJSON("page.html", res)
	require.NoError(t, err)
	assert.Equal(t, `{"source":"page.html","title":"A <b> & c","url":"https://example.org/a?b=1&c=2",`+
		`"blocks":[{"kind":"heading","text":"Part one","level":2},{"kind":"list-item","text":"first","ordered":true},`+
		`{"kind":"paragraph","text":"Body."},{"kind":"kind-99","text":"future"}],`+
		`"text":"A <b> & c\n\nPart one\n\nfirst\n\nBody.\n\nfuture","confidence":0}`+"\n", string(b))

	b, err = marshalJSON("-", &extractor.Result{})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"blocks":[]`, "no blocks is an empty array, not null")
}

func TestKindNames(t *testing.T) {
	kinds := []extractor.Kind{
		extractor.KindParagraph, extractor.KindHeading, extractor.KindListItem, extractor.KindQuote,
		extractor.KindTable, extractor.KindCode, extractor.KindNote, extractor.KindCaption,
	}
	seen := map[string]bool{}
	for _, k := range kinds {
		n := k.String()
		assert.NotContains(t, n, "kind-")
		assert.False(t, seen[n], "duplicate name %q", n)
		seen[n] = true
	}
}

// failWriter fails every write with err.
type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

// shortWriter accepts one byte of every write.
type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return min(len(p), 1), nil }

func TestStdoutWriteErrors(t *testing.T) {
	page := filepath.Join("testdata", "article.html")
	tests := []struct {
		name       string
		args       []string
		stdout     interface{ Write([]byte) (int, error) }
		wantStderr string
	}{
		{"closed pipe on help", []string{"--help"}, failWriter{syscall.EPIPE}, ""},
		{"closed pipe on version", []string{"--version"}, failWriter{syscall.EPIPE}, ""},
		{"closed pipe stops the run", []string{page, page, "testdata/missing.html"}, failWriter{syscall.EPIPE}, ""},
		{"closed pipe in json", []string{"--format=json", page}, failWriter{&os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}}, ""},
		{"disk full is reported", []string{page}, failWriter{syscall.ENOSPC}, "pith: <stdout>: no space left on device\n"},
		{"short write is reported", []string{page}, shortWriter{}, "pith: <stdout>: short write\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			code := Run(tt.args, strings.NewReader(""), tt.stdout, &stderr)
			assert.Equal(t, ExitFailure, code)
			assert.Equal(t, tt.wantStderr, stderr.String())
		})
	}
}

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		inputs []string
		check  func(t *testing.T, c *config)
	}{
		{"no args reads stdin", nil, []string{"-"}, func(t *testing.T, c *config) {
			assert.Equal(t, formatText, c.format)
			assert.Equal(t, limits{
				maxBytes: extractor.DefaultMaxInputBytes, maxNodes: extractor.DefaultMaxNodes,
				timeout: extractor.DefaultTimeout, fetchTimeout: fetch.DefaultTimeout,
			}, c.limits)
			assert.False(t, c.keepComments)
		}},
		{"dash is stdin", []string{"-"}, []string{"-"}, nil},
		{"inputs in order", []string{"a.html", "https://x.example/", "-", "b.html"}, []string{"a.html", "https://x.example/", "-", "b.html"}, nil},
		{"flags between inputs", []string{"a.html", "--format", "json", "b.html", "--timeout=5s", "--fetch-timeout=7s", "--max-nodes=99"}, []string{"a.html", "b.html"}, func(t *testing.T, c *config) {
			assert.Equal(t, formatJSON, c.format)
			assert.Equal(t, 5*time.Second, c.limits.timeout)
			assert.Equal(t, 7*time.Second, c.limits.fetchTimeout)
			assert.Equal(t, 99, c.limits.maxNodes)
		}},
		{"double dash ends flags", []string{"--format=json", "--", "--version", "-"}, []string{"--version", "-"}, func(t *testing.T, c *config) {
			assert.False(t, c.version)
			assert.Equal(t, formatJSON, c.format)
		}},
		{"single dash flags work too", []string{"-format", "json", "-url", "https://u.example/", "-content-type", "text/html; charset=koi8-r"}, []string{"-"}, func(t *testing.T, c *config) {
			assert.Equal(t, formatJSON, c.format)
			assert.Equal(t, extractor.Source{URL: "https://u.example/", ContentType: "text/html; charset=koi8-r"}, c.source())
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := parseArgs(tt.args)
			require.NoError(t, err)
			assert.Equal(t, tt.inputs, c.inputs)
			if tt.check != nil {
				tt.check(t, c)
			}
		})
	}
}

func TestParseArgsErrors(t *testing.T) {
	tests := []struct {
		args    []string
		wantMsg string
	}{
		{[]string{"--nope"}, "unknown flag --nope"},
		{[]string{"--format", "yaml"}, `invalid value "yaml" for flag --format: must be text, markdown, html or json`},
		{[]string{"--timeout", "-2s"}, "--timeout must be positive, got -2s"},
		{[]string{"--timeout", "0"}, "--timeout must be positive, got 0s"},
		{[]string{"--fetch-timeout", "0"}, "--fetch-timeout must be positive, got 0s"},
		{[]string{"--max-nodes", "0"}, "--max-nodes must be positive, got 0"},
		{[]string{"--max-bytes", "-1"}, "--max-bytes must be positive, got -1"},
		{[]string{"a.html", "--content-type"}, "flag needs an argument: --content-type"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			_, err := parseArgs(tt.args)
			var ue *usageError
			require.True(t, errors.As(err, &ue), "want a usage error, got %v", err)
			assert.Equal(t, tt.wantMsg, ue.Error())
		})
	}
}

func TestOptions(t *testing.T) {
	c, err := parseArgs([]string{"--max-bytes", "1000", "--keep-comments", "--favor", "recall"})
	require.NoError(t, err)
	assert.Equal(t, extractor.Options{MaxInputBytes: 1000, MaxNodes: extractor.DefaultMaxNodes, Timeout: extractor.DefaultTimeout, KeepComments: true, Favor: extractor.Recall}, c.options())

	_, err = parseArgs([]string{"--favor", "most"})
	var ue *usageError
	require.ErrorAs(t, err, &ue)
	assert.Contains(t, ue.Error(), "must be balanced, precision or recall")

	c, err = parseArgs(nil)
	require.NoError(t, err)
	assert.Equal(t, extractor.Options{MaxInputBytes: extractor.DefaultMaxInputBytes, MaxNodes: extractor.DefaultMaxNodes, Timeout: extractor.DefaultTimeout}, c.options())
	_, err = extractor.New(c.options())
	assert.NoError(t, err)
}

func TestDescribe(t *testing.T) {
	_, err := os.Open(filepath.Join(t.TempDir(), "nope"))
	assert.Equal(t, "no such file or directory", describe(err))
	assert.Equal(t, "empty input", describe(extractor.ErrEmpty))
	assert.Equal(t, "a b c", describe(errors.New("a\nb\n\tc")))
}
