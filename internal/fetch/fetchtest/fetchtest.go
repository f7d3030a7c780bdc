// Package fetchtest serves pages over loopback for the tests of the packages that fetch them
// (fetch, batch, cli): a test server with routes, and handlers that serve a body or redirect.
package fetchtest

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
)

// Server starts a loopback test server with these routes and closes it at the end of the test.
func Server(t testing.TB, routes map[string]http.HandlerFunc) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	for pattern, h := range routes {
		mux.HandleFunc(pattern, h)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// Serve returns a handler that writes body with the given Content-Type (none at all when it is
// "": net/http then sniffs none) and a Content-Length.
func Serve(contentType string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		if contentType != "" {
			w.Header().Set("Content-Type", contentType)
		} else {
			w.Header()["Content-Type"] = nil
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body)
	}
}

// Redirect returns a handler that redirects to target with status 302.
func Redirect(target string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, target, http.StatusFound) }
}
