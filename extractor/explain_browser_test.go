package extractor_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// explainShot, when set, also writes the seed page's screenshot cropped for the README:
//
//	go test ./extractor -run TestExplainBrowser -explain-shot=../docs/explain-seed.png
var explainShot = flag.String("explain-shot", "", "write the seed report's screenshot, cropped for the README, to this PNG path")

// chromiumInstall is how CI and developers get the browser the report is tested in.
const chromiumInstall = "apt-get update && apt-get install -y chromium"

// The test renders a tall window; the README shows its top part, as a PNG small enough to commit.
const (
	shotWidth, shotHeight = 1280, 2000
	readmeHeight          = 1600
	readmeMaxBytes        = 300 << 10
	readmeColours         = 256
	// minColouredPixels: the kept blocks fill far more than this with their background.
	minColouredPixels = 20_000
	chromiumTimeout   = 2 * time.Minute
)

// consoleLine matches the lines Chromium logs for console messages, errors included:
// "[...:INFO:CONSOLE:0] "msg", source: ..." (older builds: "CONSOLE(12)"). The level is
// always INFO, whatever the message's.
var consoleLine = regexp.MustCompile(`:CONSOLE[:(]`)

// chromium returns the browser's path, skipping the test when it is not installed.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium is not installed; install it with: " + chromiumInstall)
	return ""
}

// renderPage opens file in headless Chromium, writes a screenshot to shot and returns the
// DOM after load and Chromium's log (stderr).
func renderPage(t *testing.T, browser, file, shot string) (dom, log string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), chromiumTimeout)
	defer cancel()
	profile := t.TempDir()
	cmd := exec.CommandContext(ctx, browser,
		"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+profile, "--enable-logging=stderr", "--v=0",
		"--hide-scrollbars", "--dump-dom", "--screenshot="+shot,
		"--window-size="+strconv.Itoa(shotWidth)+","+strconv.Itoa(shotHeight),
		"file://"+file)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	require.NoError(t, err, "chromium failed: %s", tail(stderr.String(), 2000))
	return stdout.String(), stderr.String()
}

// consoleMessages returns the console lines of a Chromium log.
func consoleMessages(log string) []string {
	var out []string
	for line := range strings.Lines(log) {
		if consoleLine.MatchString(line) {
			out = append(out, strings.TrimSpace(line))
		}
	}
	return out
}

// TestExplainBrowser renders the seed page's report in headless Chromium: it must load with
// no console message at all (the report has no script, so any message is an error such as a
// blocked load), show the summary and the blocks, and paint the kept and note colours.
func TestExplainBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser; runs in the full (non -short) pass")
	}
	browser := chromium(t)
	dir := shotDir(t)

	t.Run("console messages are seen", func(t *testing.T) {
		// A control page whose image the CSP blocks: proves the log scan is not blind.
		ctl := filepath.Join(dir, "control.html")
		require.NoError(t, os.WriteFile(ctl, []byte(`<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>control</p><img src="https://example.invalid/x.png"></body></html>`), 0o644), "write control page")
		_, log := renderPage(t, browser, ctl, filepath.Join(dir, "control.png"))
		assert.NotEmpty(t, consoleMessages(log), "a CSP-blocked load is logged as a console message; log:\n%s", tail(log, 2000))
	})

	x := explainSeed(t)
	report := filepath.Join(dir, "explain-seed.html")
	f, err := os.Create(report)
	require.NoError(t, err, "create report")
	require.NoError(t, x.WriteHTML(f), "write report")
	require.NoError(t, f.Close(), "close report")

	shot := filepath.Join(dir, "explain-seed.png")
	dom, log := renderPage(t, browser, report, shot)
	t.Logf("report: %s", report)
	t.Logf("screenshot: %s", shot)
	assert.Empty(t, consoleMessages(log), "console messages while loading the report")
	assert.Contains(t, dom, "<h1>"+x.Title+"</h1>", "the report loaded: summary title in the DOM")
	assert.Contains(t, dom, fmt.Sprintf(`<section class="block note k-note" id="b%d">`, noteIndex(t, x)), "the note block is in the DOM")
	assert.Equal(t, x.Dropped, strings.Count(dom, "<details "), "every dropped block folded")

	img := readPNG(t, shot)
	require.Equal(t, image.Pt(shotWidth, shotHeight), img.Bounds().Size(), "screenshot size")
	kept := countColour(img, color.RGBA{0xed, 0xf7, 0xee, 0xff})
	note := countColour(img, color.RGBA{0xff, 0xf5, 0xe0, 0xff})
	assert.Greater(t, kept, minColouredPixels, "kept blocks painted green")
	assert.Greater(t, note, minColouredPixels/4, "the note painted amber")

	if *explainShot != "" {
		writeReadmeShot(t, img, *explainShot)
	}
}

// shotDir is where the report and screenshots go: $PITH_EXPLAIN_SHOTS, or a new temporary
// folder that outlives the test, so that the printed paths can be opened afterwards.
func shotDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("PITH_EXPLAIN_SHOTS"); d != "" {
		require.NoError(t, os.MkdirAll(d, 0o755), "create $PITH_EXPLAIN_SHOTS")
		abs, err := filepath.Abs(d)
		require.NoError(t, err, "absolute path of $PITH_EXPLAIN_SHOTS")
		return abs
	}
	d, err := os.MkdirTemp("", "pith-explain-")
	require.NoError(t, err, "create screenshot folder")
	return d
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err, "open screenshot")
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err, "decode screenshot")
	return img
}

// countColour counts the pixels of img that are exactly c.
func countColour(img image.Image, c color.RGBA) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if color.RGBAModel.Convert(img.At(x, y)) == c {
				n++
			}
		}
	}
	return n
}

// writeReadmeShot crops the screenshot to the README's size and writes it as a paletted PNG
// of the most common colours, small enough to commit.
func writeReadmeShot(t *testing.T, img image.Image, path string) {
	t.Helper()
	crop := image.Rect(0, 0, shotWidth, readmeHeight).Add(img.Bounds().Min)
	pal := quantize(img, crop, readmeColours)
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	require.NoError(t, enc.Encode(&buf, pal), "encode README screenshot")
	require.LessOrEqual(t, buf.Len(), readmeMaxBytes, "README screenshot too big")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644), "write README screenshot")
	t.Logf("README screenshot: %s (%d bytes)", path, buf.Len())
}

// quantize maps the pixels of img inside r to a palette of its n most common colours,
// each pixel to the nearest one. The report is flat colours and anti-aliased text, which
// this keeps sharp where dithering would blur it.
func quantize(img image.Image, r image.Rectangle, n int) *image.Paletted {
	counts := map[color.RGBA]int{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			counts[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)]++
		}
	}
	cols := make([]color.RGBA, 0, len(counts))
	for c := range counts {
		cols = append(cols, c)
	}
	sort.Slice(cols, func(i, j int) bool {
		if counts[cols[i]] != counts[cols[j]] {
			return counts[cols[i]] > counts[cols[j]]
		}
		return rgbaKey(cols[i]) < rgbaKey(cols[j])
	})
	pal := make(color.Palette, 0, n)
	for _, c := range cols[:min(n, len(cols))] {
		pal = append(pal, c)
	}
	out := image.NewPaletted(image.Rect(0, 0, r.Dx(), r.Dy()), pal)
	index := map[color.RGBA]uint8{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			i, ok := index[c]
			if !ok {
				i = uint8(pal.Index(c))
				index[c] = i
			}
			out.SetColorIndex(x-r.Min.X, y-r.Min.Y, i)
		}
	}
	return out
}

func rgbaKey(c color.RGBA) uint32 {
	return uint32(c.R)<<24 | uint32(c.G)<<16 | uint32(c.B)<<8 | uint32(c.A)
}

// tail returns the last n bytes of s.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "..." + s[len(s)-n:]
}
