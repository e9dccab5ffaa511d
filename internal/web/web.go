// Package web is Chronicle's local web view: search an entity, see its
// graph (cytoscape.js) and timeline (vis-timeline), and read the sentence
// behind every event. Everything it serves is embedded in the binary: the
// pages, app.js and the front-end libraries, which vendor.sh takes from npm
// at pinned versions. Pages carry no inline script and a Content Security
// Policy that allows only this origin, and all article text reaches the
// browser as JSON or escaped HTML, set into the page as text.
package web

import (
	"embed"
	"encoding/json"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/output"
	"github.com/chronicle-news/chronicle/timeline"
)

//go:embed static
var staticFiles embed.FS

// Corpus is what the web view shows.
type Corpus struct {
	Title   string
	Graph   *graph.Graph
	Entries []timeline.Entry // dated and undated
	Docs    int              // how many documents it comes from
}

// MaxGraphNodes bounds the graph sent for one entity: the most connected
// nodes of its neighbourhood are kept.
const MaxGraphNodes = 80

type server struct {
	c        Corpus
	entities []*graph.Node // people, organizations, places: by mentions, then name
}

// New returns the web view's handler.
func New(c Corpus) http.Handler {
	if c.Graph == nil {
		c.Graph = graph.New()
	}
	// Requests run in parallel and only read: what the graph would build
	// on the first read is built now.
	c.Graph.Prepare()
	s := &server{c: c}
	for _, n := range c.Graph.Nodes() {
		switch n.Kind {
		case graph.Person, graph.Organization, graph.Place:
			s.entities = append(s.entities, n)
		}
	}
	sort.SliceStable(s.entities, func(i, j int) bool {
		a, b := s.entities[i], s.entities[j]
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.Name < b.Name
	})
	static, _ := fs.Sub(staticFiles, "static")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.index)
	mux.HandleFunc("GET /search", s.search)
	mux.HandleFunc("GET /entity/{id...}", s.entityPage)
	mux.HandleFunc("GET /api/entity/{id...}", s.entityJSON)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	return secure(mux)
}

// secure adds the headers every response gets: only this origin may
// supply scripts, styles (vis-timeline positions items with style
// attributes), images and data; no framing; no MIME sniffing.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}

type entityLink struct {
	Name, Kind, Href string
	Mentions         int
}

func link(n *graph.Node) entityLink {
	kind := string(n.Kind)
	if n.Subtype != "" {
		kind += ", " + strings.ReplaceAll(n.Subtype, "_", " ")
	}
	return entityLink{Name: timeline.Clean(n.Name), Kind: kind, Href: "/entity/" + url.PathEscape(n.ID), Mentions: n.Mentions}
}

type listPage struct {
	Title, Query, Heading string
	Docs, Events          int
	Entities              []entityLink
	Empty                 string
}

func (s *server) index(w http.ResponseWriter, r *http.Request) {
	p := listPage{Title: s.title(), Docs: s.c.Docs, Events: len(s.c.Entries), Heading: "Most mentioned"}
	for i, n := range s.entities {
		if i == 60 {
			break
		}
		p.Entities = append(p.Entities, link(n))
	}
	if len(p.Entities) == 0 {
		p.Empty = "No people, organizations or places in this corpus."
	}
	render(w, http.StatusOK, "list", p)
}

func (s *server) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	p := listPage{Title: s.title(), Query: q, Docs: s.c.Docs, Events: len(s.c.Entries)}
	if q == "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	var found []*graph.Node
	for _, n := range s.c.Graph.Find(q) {
		switch n.Kind {
		case graph.Person, graph.Organization, graph.Place:
			found = append(found, n)
		}
	}
	if len(found) == 1 {
		http.Redirect(w, r, link(found[0]).Href, http.StatusSeeOther)
		return
	}
	p.Heading = "Matches"
	for _, n := range found {
		p.Entities = append(p.Entities, link(n))
	}
	if len(found) == 0 {
		p.Empty = "Nothing in this corpus is called that."
	}
	render(w, http.StatusOK, "list", p)
}

type entityPage struct {
	Title, Query string
	ID, Name     string
	Kind         string
	Aliases      string
	Sources      string
}

func (s *server) entityPage(w http.ResponseWriter, r *http.Request) {
	n := s.c.Graph.Node(r.PathValue("id"))
	if n == nil || n.Kind == graph.Event || n.Kind == graph.Time {
		render(w, http.StatusNotFound, "list", listPage{Title: s.title(), Heading: "Not found", Empty: "No person, organization or place has that identifier."})
		return
	}
	l := link(n)
	render(w, http.StatusOK, "entity", entityPage{
		Title: s.title(), ID: n.ID, Name: l.Name, Kind: l.Kind,
		Aliases: strings.Join(n.Aliases, ", "), Sources: strings.Join(n.Sources, ", "),
	})
}

// The JSON of an entity: its node, its neighbourhood for cytoscape, and
// its events for vis-timeline and the source list.
type entityJSON struct {
	ID        string      `json:"id"`
	Name      string      `json:"name"`
	Kind      string      `json:"kind"`
	Aliases   []string    `json:"aliases"`
	Sources   []string    `json:"sources"`
	Nodes     []nodeJSON  `json:"nodes"`
	Edges     []edgeJSON  `json:"edges"`
	Events    []eventJSON `json:"events"`
	Truncated bool        `json:"truncated"`
}

type nodeJSON struct {
	ID       string `json:"id"`
	Label    string `json:"label"`
	Kind     string `json:"kind"`
	Modality string `json:"modality,omitempty"`
	Href     string `json:"href,omitempty"` // entity pages only
	Event    int    `json:"event"`          // index into events + 1; 0 when none
}

type edgeJSON struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Target string `json:"target"`
	Label  string `json:"label"`
}

type eventJSON struct {
	Date     string   `json:"date"`  // the human date
	Value    string   `json:"value"` // TIMEX3
	Start    string   `json:"start,omitempty"`
	End      string   `json:"end,omitempty"`
	Range    bool     `json:"range"` // drawn as a span, not a point
	Summary  string   `json:"summary"`
	Kind     string   `json:"kind"`
	Modality string   `json:"modality"`
	Actors   []string `json:"actors"`
	Places   []string `json:"places"`
	Sentence string   `json:"sentence"`
	Citation string   `json:"citation"`
	NodeID   string   `json:"node,omitempty"`
}

func (s *server) entityJSON(w http.ResponseWriter, r *http.Request) {
	n := s.c.Graph.Node(r.PathValue("id"))
	if n == nil {
		http.Error(w, `{"error":"no such entity"}`, http.StatusNotFound)
		return
	}
	out := entityJSON{ID: n.ID, Name: timeline.Clean(n.Name), Kind: string(n.Kind), Aliases: nonNil(n.Aliases), Sources: nonNil(n.Sources)}
	names := map[string]bool{n.Name: true}
	for _, a := range n.Aliases {
		names[a] = true
	}
	// Events: the timeline entries that name the entity as actor or place.
	eventIndex := map[string]int{} // event node ID -> index+1
	for _, e := range s.c.Entries {
		if !mentions(e, names) {
			continue
		}
		ev := eventJSON{
			Date: timeline.DateLabel(&e), Value: e.Date, Summary: timeline.Clean(e.Summary), Kind: e.Class,
			Modality: e.Modality, Actors: nonNil(e.Actors), Places: nonNil(e.Places),
			Sentence: timeline.Clean(e.Source.Sentence), Citation: output.Citation(e.Source),
			NodeID: graph.EventID(e.Source.Doc, e.Event),
		}
		if !e.Undated() {
			ev.Start = e.Interval.Start.Format("2006-01-02T15:04:05Z")
			ev.End = e.Interval.End.Format("2006-01-02T15:04:05Z")
			ev.Range = e.Interval.Gran >= timeline.GranDay
		}
		out.Events = append(out.Events, ev)
		eventIndex[ev.NodeID] = len(out.Events)
	}
	g := s.c.Graph.Ego(n.ID, 2).Relations()
	if total, _ := g.Len(); total > MaxGraphNodes {
		g = output.MostConnected(g, MaxGraphNodes)
		if g.Node(n.ID) == nil { // keep the entity itself in view
			g = s.c.Graph.Ego(n.ID, 1).Relations()
		}
		out.Truncated = true
	}
	for _, m := range g.Nodes() {
		nj := nodeJSON{ID: m.ID, Label: timeline.Clean(m.Name), Kind: string(m.Kind), Modality: m.Modality, Event: eventIndex[m.ID]}
		switch m.Kind {
		case graph.Person, graph.Organization, graph.Place:
			nj.Href = link(m).Href
		}
		out.Nodes = append(out.Nodes, nj)
	}
	for i, e := range g.Edges() {
		out.Edges = append(out.Edges, edgeJSON{ID: "e" + itoa(i), Source: e.From, Target: e.To, Label: output.DiagramEdgeLabel(e)})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(out)
}

func mentions(e timeline.Entry, names map[string]bool) bool {
	for _, a := range e.Actors {
		if names[a] {
			return true
		}
	}
	for _, p := range e.Places {
		if names[p] {
			return true
		}
	}
	return false
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (s *server) title() string {
	if t := timeline.Clean(s.c.Title); t != "" {
		return t
	}
	return "Chronicle"
}

func render(w http.ResponseWriter, status int, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_ = pages.ExecuteTemplate(w, name, data)
}

var pages = template.Must(template.New("").Parse(`
{{define "head"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.}}</title>
<link rel="stylesheet" href="/static/vendor/vis-timeline-graph2d.min.css">
<link rel="stylesheet" href="/static/app.css">
</head>{{end}}
{{define "top"}}<header class="top"><a class="home" href="/">{{.Title}}</a>
<form class="search" action="/search" method="get" role="search"><input type="search" name="q" value="{{.Query}}" placeholder="Search a person, organization or place" aria-label="Search an entity" autofocus><button type="submit">Search</button></form></header>{{end}}
{{define "list"}}{{template "head" .Title}}
<body>
{{template "top" .}}
<main>
{{if .Docs}}<p class="sub">{{.Docs}} documents · {{.Events}} events</p>{{end}}
<h1>{{.Heading}}</h1>
{{if .Entities}}<ul class="entities">
{{range .Entities}}<li><a href="{{.Href}}">{{.Name}}</a> <span class="kind">{{.Kind}}</span> <span class="count">{{.Mentions}} mentions</span></li>
{{end}}</ul>{{else}}<p class="empty">{{.Empty}}</p>{{end}}
</main>
</body>
</html>{{end}}
{{define "entity"}}{{template "head" .Name}}
<body>
{{template "top" .}}
<main id="entity" data-id="{{.ID}}">
<h1>{{.Name}}</h1>
<p class="sub"><span class="kind">{{.Kind}}</span>{{with .Aliases}} · also {{.}}{{end}}{{with .Sources}} · in {{.}}{{end}}</p>
<section><h2>Timeline</h2><div id="timeline" class="panel"></div></section>
<section><h2>Links</h2><div id="graph" class="panel"></div><p class="hint">Click a person, organization or place to open it; click an event to read its source.</p></section>
<section><h2>Events and their sources</h2><ol id="events" class="events"></ol></section>
<p id="status" class="empty" hidden></p>
</main>
<script src="/static/vendor/cytoscape.min.js"></script>
<script src="/static/vendor/vis-timeline-graph2d.min.js"></script>
<script src="/static/app.js"></script>
</body>
</html>{{end}}
`))
