package web_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/web"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/timelinetest"
)

func corpus(t testing.TB) web.Corpus {
	rs := []*pipeline.Result{timelinetest.Awkward()}
	g, err := graph.Build(rs)
	if err != nil {
		t.Fatal(err)
	}
	dated, undated := timeline.BuildAll(rs)
	return web.Corpus{Title: "Awkward <b>corpus</b>", Graph: g, Entries: append(dated, undated...), Docs: 1}
}

func get(t *testing.T, h http.Handler, path string) *http.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec.Result()
}

func body(t *testing.T, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestRoutes(t *testing.T) {
	h := web.New(corpus(t))
	anna := "/entity/" + url.PathEscape("person:anna-script-alert-1-script-smith")
	for _, tc := range []struct {
		path, ctype string
		status      int
		want        string
	}{
		{"/", "text/html", 200, "John &#34;Jack&#34; O&#39;Neil"},
		{anna, "text/html", 200, `data-id="person:anna-script-alert-1-script-smith"`},
		{"/entity/nobody", "text/html", 404, "Not found"},
		{"/api/entity/person:john-jack-o-neil", "application/json", 200, `"name":"John \"Jack\" O'Neil"`},
		{"/static/app.js", "text/javascript", 200, "use strict"},
		{"/static/vendor/cytoscape.min.js", "text/javascript", 200, "cytoscape"},
		{"/static/vendor/vis-timeline-graph2d.min.css", "text/css", 200, ".vis-timeline"},
		{"/nope", "text/plain", 404, ""},
	} {
		r := get(t, h, tc.path)
		b := body(t, r)
		if r.StatusCode != tc.status || !strings.HasPrefix(r.Header.Get("Content-Type"), tc.ctype) || !strings.Contains(b, tc.want) {
			t.Errorf("%s: %d %s, want %d %s with %q:\n%.400s", tc.path, r.StatusCode, r.Header.Get("Content-Type"), tc.status, tc.ctype, tc.want, b)
		}
		if csp := r.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("%s: CSP %q", tc.path, csp)
		}
	}
}

func TestSearch(t *testing.T) {
	h := web.New(corpus(t))
	r := get(t, h, "/search?q=O%27Neil")
	if r.StatusCode != http.StatusSeeOther || r.Header.Get("Location") != "/entity/person:john-jack-o-neil" {
		t.Errorf("one match: %d %q", r.StatusCode, r.Header.Get("Location"))
	}
	r = get(t, h, "/search?q=zzz")
	if b := body(t, r); r.StatusCode != 200 || !strings.Contains(b, "Nothing in this corpus") {
		t.Errorf("no match: %d", r.StatusCode)
	}
}

// TestEntityJSON: the graph and the events of an entity, every string as
// JSON text (the browser sets it as text), markup escaped.
func TestEntityJSON(t *testing.T) {
	h := web.New(corpus(t))
	r := get(t, h, "/api/entity/person:anna-script-alert-1-script-smith")
	raw := body(t, r)
	if strings.Contains(raw, "<script>") {
		t.Error("raw <script> in the JSON")
	}
	var d struct {
		Name   string
		Nodes  []struct{ ID, Label, Kind, Href string }
		Edges  []struct{ Source, Target string }
		Events []struct{ Summary, Sentence, Start string }
	}
	if err := json.Unmarshal([]byte(raw), &d); err != nil {
		t.Fatal(err)
	}
	if d.Name != "Anna <script>alert(1)</script> Smith" || len(d.Nodes) < 3 || len(d.Edges) < 2 || len(d.Events) == 0 {
		t.Errorf("entity JSON: %+v", d)
	}
	for _, n := range d.Nodes {
		if n.Kind == "time" {
			t.Errorf("time node in the entity graph: %s", n.ID)
		}
	}
}

func BenchmarkEntityPage(b *testing.B) {
	h := web.New(corpus(b))
	for b.Loop() {
		for _, p := range []string{"/entity/person:john-jack-o-neil", "/api/entity/person:john-jack-o-neil"} {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		}
	}
}
