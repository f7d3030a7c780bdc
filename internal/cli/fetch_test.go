package cli

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/pithdev/pith/internal/fetch/fetchtest"
)

// cyrillicHeadline and cyrillicPhrase appear in the windows-1251 test page.
const (
	cyrillicHeadline = "Смотрители маяка вернулись на Оркнейские острова"
	cyrillicPhrase   = "тупиков больше, чем я успеваю сосчитать до завтрака"
)

// cyrillicPage is a Russian article with no <meta charset>: only the HTTP header tells its encoding.
const cyrillicPage = `<!DOCTYPE html>
<html><head><title>` + cyrillicHeadline + `</title></head>
<body>
<nav><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/sport">Спорт</a></nav>
<article>
<h1>` + cyrillicHeadline + `</h1>
<p>Впервые почти за сорок лет семья смотрителей поселилась в домиках у подножия маяка Ноуп-Хед на острове Уэстрей, где огонь автоматизировали в 1964 году, а здания с тех пор пустовали.</p>
<p>Фонд, которому теперь принадлежит станция, говорит, что смотрители не будут обслуживать сам фонарь, которым управляют из Эдинбурга, но будут ухаживать за территорией, водить туристов по тропе вдоль утёсов и считать морских птиц.</p>
<p>«Люди спрашивают, не одиноко ли здесь, — говорит новый смотритель, выросший на острове. — Но паром приходит дважды в день, школа в десяти минутах, а ` + cyrillicPhrase + `».</p>
</article>
<footer>© 2026 Северная газета. Все права защищены.</footer>
</body></html>
`

// articlePage returns testdata/article.html.
func articlePage(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	require.NoError(t, err)
	return b
}

func TestFetchErrors(t *testing.T) {
	big := []byte("<html><body><p>" + strings.Repeat("too long ", 300) + "</p></body></html>")
	srv := fetchtest.Server(t, map[string]http.HandlerFunc{
		"/missing": http.NotFound,
		"/broken": func(w http.ResponseWriter, _ *http.Request) {
			http.Error(w, "oops", http.StatusInternalServerError)
		},
		"/big": fetchtest.Serve("text/html", big),
		"/big-chunked": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			for i := 0; i < 10; i++ {
				_, _ = w.Write(big[:len(big)/10])
				w.(http.Flusher).Flush() // no Content-Length: the limit is found while reading
			}
		},
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		},
		"/slow-body": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte("<html><body>"))
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		},
		"/loop": fetchtest.Redirect("/loop"),
		"/junk": fetchtest.Serve("image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")),
		"/empty": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html")
		},
	})
	tests := []struct {
		path    string
		flags   []string
		wantMsg string
	}{
		{"/missing", nil, "HTTP 404 Not Found"},
		{"/broken", nil, "HTTP 500 Internal Server Error"},
		{"/big", []string{"--max-bytes", "1000"}, fmt.Sprintf("response too large: %d bytes, limit 1000", len(big))},
		{"/big-chunked", []string{"--max-bytes", "1000"}, "response too large: more than 1000 bytes"},
		{"/slow", []string{"--fetch-timeout", "200ms"}, "fetch timed out after 200ms"},
		{"/slow-body", []string{"--fetch-timeout", "200ms"}, "fetch timed out after 200ms"},
		{"/loop", nil, "stopped after 10 redirects"},
		{"/junk", nil, "input is not html: looks like a PNG image"},
		{"/empty", nil, "empty input"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			u := srv.URL + tt.path
			start := time.Now()
			got := run(t, "", append(tt.flags, u)...)
			assert.Less(t, time.Since(start), 5*time.Second)
			assert.Equal(t, ExitFailure, got.code)
			assert.Empty(t, got.stdout)
			assert.Equal(t, "pith: "+u+": "+tt.wantMsg+"\n", got.stderr)
		})
	}
}

func TestFetchConnectionRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL + "/gone"
	srv.Close() // nothing listens on the port any more
	got := run(t, "", u, "testdata/missing.html")
	assert.Equal(t, ExitFailure, got.code)
	errs := lines(got.stderr)
	require.Len(t, errs, 2, got.stderr)
	assert.True(t, strings.HasPrefix(errs[0], "pith: "+u+": "), errs[0])
	assert.NotContains(t, errs[0], `Get "`, "the URL is not repeated")
	assert.Equal(t, "pith: testdata/missing.html: no such file or directory", errs[1])
}

func TestFetchInvalidURL(t *testing.T) {
	got := run(t, "", "http://bad host/")
	assert.Equal(t, ExitFailure, got.code)
	require.Len(t, lines(got.stderr), 1, got.stderr)
	assert.True(t, strings.HasPrefix(got.stderr, "pith: http://bad host/: "), got.stderr)
}

func TestFetchWindows1251(t *testing.T) {
	encoded, err := charmap.Windows1251.NewEncoder().String(cyrillicPage)
	require.NoError(t, err)
	require.NotContains(t, encoded, cyrillicHeadline, "the page bytes are not UTF-8")
	srv := fetchtest.Server(t, map[string]http.HandlerFunc{
		"/ru": fetchtest.Serve("text/html; charset=windows-1251", []byte(encoded)),
	})

	got := run(t, "", srv.URL+"/ru")
	require.Equal(t, ExitOK, got.code, got.stderr)
	assert.Empty(t, got.stderr)
	assert.Contains(t, got.stdout, cyrillicHeadline)
	assert.Contains(t, got.stdout, cyrillicPhrase)

	// The same bytes from a file need the charset from --content-type.
	path := filepath.Join(t.TempDir(), "ru.html")
	require.NoError(t, os.WriteFile(path, []byte(encoded), 0o644))
	got = run(t, "", "--content-type", "text/html; charset=windows-1251", path)
	require.Equal(t, ExitOK, got.code, got.stderr)
	assert.Contains(t, got.stdout, cyrillicHeadline)
	assert.Contains(t, got.stdout, cyrillicPhrase)
}

func TestFetchRedirectFinalURLInJSON(t *testing.T) {
	srv := fetchtest.Server(t, map[string]http.HandlerFunc{
		"/short/orkney":     fetchtest.Redirect("/2026/03/orkney"),
		"/2026/03/orkney":   fetchtest.Redirect("/news/2026/03/lighthouse-keepers-return-to-orkney"),
		"/news/2026/03/{a}": fetchtest.Serve("text/html; charset=utf-8", articlePage(t)),
	})
	start := srv.URL + "/short/orkney"
	got := run(t, "", "--format", "json", "--url", "https://ignored.example/", start)
	require.Equal(t, ExitOK, got.code, got.stderr)
	require.Len(t, lines(got.stdout), 1)

	var v jsonResult
	require.NoError(t, json.Unmarshal([]byte(got.stdout), &v))
	assert.Equal(t, start, v.Source, "source names the argument")
	assert.Equal(t, srv.URL+"/news/2026/03/lighthouse-keepers-return-to-orkney", v.URL, "url is the final URL")
	assert.Contains(t, v.Title, headline)
}

func TestFetchMixedWithFiles(t *testing.T) {
	srv := fetchtest.Server(t, map[string]http.HandlerFunc{
		"/page":    fetchtest.Serve("text/html", articlePage(t)),
		"/missing": http.NotFound,
	})
	got := run(t, "", "--format=json", srv.URL+"/missing", "testdata/article.html", srv.URL+"/page")
	assert.Equal(t, ExitFailure, got.code)
	assert.Equal(t, []string{"pith: " + srv.URL + "/missing: HTTP 404 Not Found"}, lines(got.stderr))
	objs := lines(got.stdout)
	require.Len(t, objs, 2)
	var sources []string
	for _, line := range objs {
		var v jsonResult
		require.NoError(t, json.Unmarshal([]byte(line), &v))
		sources = append(sources, v.Source)
	}
	assert.Equal(t, []string{"testdata/article.html", srv.URL + "/page"}, sources)
}
