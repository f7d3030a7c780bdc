package extractor_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pithdev/pith/extractor"
)

func TestBodySource(t *testing.T) {
	for _, tt := range []struct {
		file string
		want string
	}{
		{"jsonld-article-body.html", extractor.BodySourceJSONLD},
		{"opinion-small-container.html", ""},
	} {
		t.Run(tt.file, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join(rulesDir, tt.file))
			require.NoError(t, err)
			res, err := extractor.Extract(page, extractor.Source{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, res.BodySource)
			x, err := extractor.New(extractor.Options{})
			require.NoError(t, err)
			ex, err := x.Explain(context.Background(), page, extractor.Source{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, ex.BodySource)
		})
	}
}

// favorPage has a story (the container), a link-heavy line inside it, and a paragraph of
// prose beside the container in a box named like chrome.
const favorPage = `<html><head><title>Bridge closes for repairs | Town Post</title></head><body>
<h1>Bridge closes for repairs</h1>
<article>
<p>The old stone bridge over the Lenne closes on Monday for six weeks of repairs to its arches, the town said on Friday.</p>
<p>Drivers will be sent over the northern ring road, which adds about ten minutes to a crossing at the busiest hours.</p>
<p>The town has published a notice for residents of both banks with <a href="/c">the works timetable</a> in it.</p>
<p>Cyclists and walkers may still cross on a temporary footbridge set up beside the eastern arch for the whole of the works, which the town expects to finish before the summer market opens.</p>
</article>
<div class="promo"><p>The bridge was last repaired in 1987, when a spring flood loosened two of the arches and the masons of the town reset the stones one by one over a long and wet autumn that year.</p></div>
</body></html>`

func TestFavor(t *testing.T) {
	text := func(f extractor.Favor) string {
		x, err := extractor.New(extractor.Options{Favor: f})
		require.NoError(t, err)
		res, err := x.Extract(context.Background(), []byte(favorPage), extractor.Source{})
		require.NoError(t, err)
		return res.BodyText()
	}
	balanced, precision, recall := text(extractor.Balanced), text(extractor.Precision), text(extractor.Recall)
	for _, s := range []string{balanced, precision, recall} {
		assert.Contains(t, s, "The old stone bridge over the Lenne closes on Monday")
		assert.Contains(t, s, "Cyclists and walkers may still cross")
	}
	assert.Contains(t, balanced, "the works timetable")
	assert.NotContains(t, precision, "the works timetable", "precision drops the link line")
	assert.NotContains(t, balanced, "last repaired in 1987")
	assert.Contains(t, recall, "last repaired in 1987", "recall adds the prose next to the content")

	_, err := extractor.New(extractor.Options{Favor: extractor.Recall + 1})
	assert.Error(t, err)
	for _, f := range []extractor.Favor{extractor.Balanced, extractor.Precision, extractor.Recall} {
		got, err := extractor.ParseFavor(f.String())
		require.NoError(t, err)
		assert.Equal(t, f, got)
	}
	_, err = extractor.ParseFavor("most")
	assert.True(t, err != nil && strings.Contains(err.Error(), "balanced, precision or recall"))
}
