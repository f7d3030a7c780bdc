package extractor

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/htmlindex"
)

var updateEncodings = flag.Bool("update-encodings", false,
	"rewrite testdata/encodings/*.html from testdata/encodings/src, encoding each in the encoding it is named after")

// TestLegacyEncodings reads pages of our own in legacy encodings, none of which declares its
// encoding (no BOM, no Content-Type charset, no <meta>): each must decode to its UTF-8 source
// exactly, in the encoding it is written in, and extract with its sentences intact.
func TestLegacyEncodings(t *testing.T) {
	srcs, err := filepath.Glob("../testdata/encodings/src/*.html")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(srcs), 10)
	for _, src := range srcs {
		name := strings.TrimSuffix(filepath.Base(src), ".html")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(src)
			require.NoError(t, err)
			enc, err := htmlindex.Get(name)
			require.NoError(t, err)
			path := filepath.Join("../testdata/encodings", name+".html")
			if *updateEncodings {
				out, err := enc.NewEncoder().Bytes(want)
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(path, out, 0o644))
			}
			page, err := os.ReadFile(path)
			require.NoError(t, err)
			require.NotEqual(t, string(want), string(page), "the test page must not be UTF-8")

			d, err := decodePage(page, "")
			require.NoError(t, err)
			assert.Equal(t, name, d.encoding)
			assert.Equal(t, EncodingSourceDetected, d.source)
			assert.Equal(t, string(want), string(d.text))

			res, err := Extract(page, Source{URL: "https://example.org/" + name})
			require.NoError(t, err)
			assert.Equal(t, name, res.Encoding)
			assert.Equal(t, EncodingSourceDetected, res.EncodingSource)
			text := res.Text()
			for _, p := range strings.Split(string(want), "<p>")[1:] {
				sentence := p[:strings.Index(p, "</p>")]
				assert.Contains(t, text, sentence)
			}
		})
	}
}
