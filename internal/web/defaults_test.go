package web_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/web"
)

// TestServerTimeouts: the server closes slow and idle connections.
func TestServerTimeouts(t *testing.T) {
	srv, err := web.NewServer(web.New(corpus(t)), "127.0.0.1:8080", "127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.WriteTimeout <= 0 || srv.IdleTimeout <= 0 {
		t.Errorf("timeouts: header %v, read %v, write %v, idle %v", srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout)
	}
}

// TestHostCheck: a request whose Host is not this server's (a rebound DNS
// name) is refused; loopback names with the port, and the --addr host, pass.
func TestHostCheck(t *testing.T) {
	for _, tc := range []struct {
		listen, flagHost, host string
		ok                     bool
	}{
		{"127.0.0.1:8080", "127.0.0.1", "127.0.0.1:8080", true},
		{"127.0.0.1:8080", "127.0.0.1", "localhost:8080", true},
		{"127.0.0.1:8080", "127.0.0.1", "LOCALHOST:8080", true},
		{"[::1]:8080", "::1", "[::1]:8080", true},
		{"127.0.0.1:8080", "127.0.0.1", "evil.example:8080", false},
		{"127.0.0.1:8080", "127.0.0.1", "localhost:9999", false},
		{"127.0.0.1:8080", "127.0.0.1", "localhost", false},
		{"127.0.0.1:80", "127.0.0.1", "localhost", true},
		{"127.0.0.1:8080", "127.0.0.1", "", false},
		{"10.1.2.3:8080", "chronicle.lan", "chronicle.lan:8080", true},
		{"10.1.2.3:8080", "chronicle.lan", "other.lan:8080", false},
		{"0.0.0.0:8080", "0.0.0.0", "10.1.2.3:8080", true},
		{"0.0.0.0:8080", "0.0.0.0", "evil.example:8080", false},
	} {
		srv, err := web.NewServer(web.New(corpus(t)), tc.listen, tc.flagHost)
		if err != nil {
			t.Fatal(err)
		}
		req := httptest.NewRequest("GET", "/", nil)
		req.Host = tc.host
		rec := httptest.NewRecorder()
		srv.Handler.ServeHTTP(rec, req)
		if got := rec.Code == http.StatusOK; got != tc.ok {
			t.Errorf("listen %s --addr host %s, Host %q: %d", tc.listen, tc.flagHost, tc.host, rec.Code)
		}
		if !tc.ok && rec.Code != http.StatusMisdirectedRequest {
			t.Errorf("Host %q refused with %d, want 421", tc.host, rec.Code)
		}
	}
}

// TestNoDirectoryListing: static folders are not listed.
func TestNoDirectoryListing(t *testing.T) {
	h := web.New(corpus(t))
	for _, p := range []string{"/static/", "/static/vendor/", "/static/vendor", "/static/index.html"} {
		r := get(t, h, p)
		b := body(t, r)
		if r.StatusCode != http.StatusNotFound || strings.Contains(b, "cytoscape.min.js") || strings.Contains(b, "app.js") {
			t.Errorf("%s: %d\n%.300s", p, r.StatusCode, b)
		}
	}
	if r := get(t, h, "/static/vendor/VERSIONS"); r.StatusCode != 200 {
		t.Errorf("a static file: %d", r.StatusCode)
	}
}

// TestSearchPaged: search answers a page of matches (50 by default, 200 at
// most) and says how many there are.
func TestSearchPaged(t *testing.T) {
	g := graph.New()
	for i := range 500 {
		g.AddNode(graph.Node{ID: fmt.Sprintf("person:smith-%03d", i), Kind: graph.Person, Name: fmt.Sprintf("Smith %03d", i), Mentions: 1})
	}
	h := web.New(web.Corpus{Graph: g, Docs: 1})
	items := regexp.MustCompile(`<li><a href="/entity/`)
	for _, tc := range []struct {
		query string
		n     int
		want  string
	}{
		{"q=smith", 50, "1–50 of 500 found"},
		{"q=smith&limit=1000", 200, "1–200 of 500 found"},
		{"q=smith&offset=480", 20, "481–500 of 500 found"},
		{"q=smith&offset=50&limit=10", 10, "51–60 of 500 found"},
		{"q=smith&offset=9999", 0, "500 found"},
	} {
		r := get(t, h, "/search?"+tc.query)
		b := body(t, r)
		if n := len(items.FindAllString(b, -1)); r.StatusCode != 200 || n != tc.n || !strings.Contains(b, tc.want) {
			t.Errorf("%s: %d, %d results, want %d and %q\n%.500s", tc.query, r.StatusCode, n, tc.n, tc.want, b)
		}
	}
	if b := body(t, get(t, h, "/search?q=smith")); !strings.Contains(b, `href="/search?offset=50&amp;q=smith"`) {
		t.Errorf("no link to the next page:\n%s", b[strings.Index(b, "<h1>"):][:400])
	}
	if r := get(t, h, "/search?q=smith&limit=-1"); r.StatusCode != http.StatusBadRequest {
		t.Errorf("limit=-1: %d", r.StatusCode)
	}
}
