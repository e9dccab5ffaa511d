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
	"fmt"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

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
// nodes of its neighbourhood are kept. Past about 40 labelled nodes the
// graph, fitted into the page, shrinks its labels below readable size;
// every event stays in the list under the graph.
const MaxGraphNodes = 40

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
	mux.Handle("GET /static/", http.StripPrefix("/static/", noListing(static, http.FileServerFS(static))))
	return secure(mux)
}

// noListing answers 404 for a folder of the static files (and for what
// would be its index page): the files are served, never listed.
func noListing(fsys fs.FS, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name == "" {
			name = "."
		}
		st, err := fs.Stat(fsys, name)
		if r.URL.Path == "" || strings.HasSuffix(r.URL.Path, "/") || err != nil || st.IsDir() || path.Base(name) == "index.html" {
			http.NotFound(w, r)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// Server timeouts: a client that sends its request slowly, reads the answer
// slowly or keeps an idle connection open does not hold a connection
// forever. The largest answer (an entity's JSON, capped) takes well under
// WriteTimeout on loopback.
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 10 * time.Second
	WriteTimeout      = 30 * time.Second
	IdleTimeout       = 60 * time.Second
)

// NewServer returns the http.Server for handler h listening on listen (the
// listener's address, HOST:PORT), with the timeouts above and the Host
// check of CheckHost; flagHost is the host --addr names ("" or a wildcard
// for all interfaces).
func NewServer(h http.Handler, listen, flagHost string) (*http.Server, error) {
	ch, err := CheckHost(h, listen, flagHost)
	if err != nil {
		return nil, err
	}
	return &http.Server{
		Handler:           ch,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    64 << 10,
	}, nil
}

// CheckHost wraps h so that only requests whose Host header names this
// server are answered; others get 421 Misdirected Request. Without it a web
// page on any site could point its own domain name at 127.0.0.1 (DNS
// rebinding) and read the corpus from the user's browser. Accepted:
// localhost, 127.0.0.1 and [::1], and flagHost when it names another host,
// each with the listening port (or none when the port is 80). When flagHost
// is a wildcard (0.0.0.0, ::, empty), any IP address and this machine's
// host name are accepted too: an IP address in Host cannot be rebound.
func CheckHost(h http.Handler, listen, flagHost string) (http.Handler, error) {
	_, port, err := net.SplitHostPort(listen)
	if err != nil {
		return nil, fmt.Errorf("listening address %s: %w", listen, err)
	}
	names := map[string]bool{"localhost": true, "127.0.0.1": true, "::1": true}
	anyIP := false
	switch fh := strings.ToLower(strings.Trim(flagHost, "[]")); fh {
	case "", "0.0.0.0", "::":
		anyIP = true
		if hn, err := os.Hostname(); err == nil && hn != "" {
			names[strings.ToLower(hn)] = true
		}
	default:
		names[fh] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, p, err := net.SplitHostPort(r.Host)
		if err != nil { // no port
			host, p = r.Host, "80"
		}
		host = strings.ToLower(strings.TrimSuffix(strings.Trim(host, "[]"), "."))
		ok := p == port && (names[host] || (anyIP && net.ParseIP(host) != nil))
		if !ok {
			http.Error(w, "421 misdirected request: this server answers only for its own address (Host "+strconv.Quote(r.Host)+")", http.StatusMisdirectedRequest)
			return
		}
		h.ServeHTTP(w, r)
	}), nil
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
	Page                  *pageInfo // search results only
}

// pageInfo says which part of the search results a page shows.
type pageInfo struct {
	First, Last, Total int    // 1-based, inclusive
	Prev, Next         string // links, "" when none
}

// Search pages: SearchLimit results by default (the limit parameter), at
// most MaxSearchLimit, from offset.
const (
	SearchLimit    = 50
	MaxSearchLimit = 200
)

// intParam reads a non-negative integer parameter; def when absent.
func intParam(r *http.Request, name string, def int) (int, bool) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, true
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, false
	}
	return n, true
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
	limit, ok1 := intParam(r, "limit", SearchLimit)
	offset, ok2 := intParam(r, "offset", 0)
	if !ok1 || !ok2 || limit == 0 {
		http.Error(w, "limit and offset must be whole numbers (limit at least 1)", http.StatusBadRequest)
		return
	}
	limit = min(limit, MaxSearchLimit)
	p.Heading = "Matches"
	if len(found) == 0 {
		p.Empty = "Nothing in this corpus is called that."
		render(w, http.StatusOK, "list", p)
		return
	}
	offset = min(offset, len(found))
	end := min(offset+limit, len(found))
	for _, n := range found[offset:end] {
		p.Entities = append(p.Entities, link(n))
	}
	pg := &pageInfo{First: offset + 1, Last: end, Total: len(found)}
	page := func(off int) string {
		v := url.Values{"q": {q}, "offset": {strconv.Itoa(off)}}
		if limit != SearchLimit {
			v.Set("limit", strconv.Itoa(limit))
		}
		return "/search?" + v.Encode()
	}
	if offset > 0 {
		pg.Prev = page(max(0, offset-limit))
	}
	if end < len(found) {
		pg.Next = page(end)
	}
	if len(p.Entities) == 0 {
		p.Empty = fmt.Sprintf("No matches past the %d found.", len(found))
	}
	p.Page = pg
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
{{with .Page}}<p class="sub pages">{{if le .First .Last}}{{.First}}–{{.Last}} of {{end}}{{.Total}} found{{with .Prev}} · <a rel="prev" href="{{.}}">previous</a>{{end}}{{with .Next}} · <a rel="next" href="{{.}}">next</a>{{end}}</p>{{end}}
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
