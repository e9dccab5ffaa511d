package output

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/timeline"
)

// BriefingSource is one article a briefing rests on.
type BriefingSource struct {
	ID        string // document ID (file name)
	Title     string
	Publisher string
	Date      string // document creation time, YYYY-MM-DD; "" when unknown
}

// Briefing is what WriteBriefingHTML puts on the page.
type Briefing struct {
	Title   string
	Sources []BriefingSource
	Entries []timeline.Entry // dated first, in timeline order; undated after
	Graph   *graph.Graph     // the knowledge graph; nil for none
	// GraphSVG is the graph diagram, as WriteSVG renders it; nil leaves the
	// diagram out (the entity table and timeline still come).
	GraphSVG []byte
}

// WriteBriefingHTML writes one self-contained HTML page that opens with the
// overview: title and span, the main events, the timeline diagram and the
// graph diagram; then, for a corpus (more than one source), a section for
// each main actor or place with its events; a table of the people,
// organizations and places; the sources by date and title (file names
// last); and every event with the sentence that reports it, quoted. Nothing is loaded from the network when it is viewed; the
// stylesheet is inline and prints on A4 or Letter (diagrams scale to the
// page, events do not break across pages). Every string from the articles
// is escaped by html/template; the two diagrams are inlined SVG produced by
// this package with their own escaping. The same input gives the same bytes.
func WriteBriefingHTML(w io.Writer, b Briefing) error {
	var tl bytes.Buffer
	if err := WriteTimelineSVG(&tl, b.Entries, TimelineSVGOptions{}); err != nil {
		return err
	}
	page := briefingPage{
		Title:       timeline.Clean(b.Title),
		TimelineSVG: template.HTML(tl.String()), // built by WriteTimelineSVG, labels escaped there
	}
	if page.Title == "" {
		page.Title = "Briefing"
	}
	if len(b.GraphSVG) > 0 {
		page.GraphSVG = template.HTML(readableSVG(inlineSVG(b.GraphSVG))) // Graphviz output of our escaped DOT
	}
	// Sources by date, then title, then file: a reader scans a corpus by
	// when and what; the file name is only for finding it again.
	srcs := append([]BriefingSource(nil), b.Sources...)
	sort.SliceStable(srcs, func(i, j int) bool {
		a, c := srcs[i], srcs[j]
		if a.Date != c.Date {
			return a.Date < c.Date
		}
		if ta, tc := timeline.Clean(a.Title), timeline.Clean(c.Title); ta != tc {
			return ta < tc
		}
		return a.ID < c.ID
	})
	for _, s := range srcs {
		page.Sources = append(page.Sources, briefingSourceRow{
			ID: timeline.Clean(s.ID), Title: timeline.Clean(s.Title), Publisher: timeline.Clean(s.Publisher), Date: timeline.Clean(s.Date),
		})
	}
	for _, e := range timeline.MainEvents(b.Entries, timeline.MainCount(len(b.Sources))) {
		page.Main = append(page.Main, briefingEvent{
			Date:     timeline.Clean(timeline.DateLabel(&e)),
			Summary:  timeline.Clean(e.Summary),
			Status:   modalityClass(e.Modality),
			Citation: Citation(e.Source),
		})
	}
	for i := range b.Entries {
		e := &b.Entries[i]
		page.Events = append(page.Events, briefingEvent{
			Date:     timeline.Clean(timeline.DateLabel(e)),
			Value:    timeline.Clean(e.Date),
			Summary:  timeline.Clean(e.Summary),
			Kind:     timeline.Clean(e.Class),
			Actors:   joinClean(e.Actors),
			Places:   joinClean(e.Places),
			Status:   modalityClass(e.Modality),
			Quote:    timeline.Clean(e.Source.Sentence),
			Citation: Citation(e.Source),
		})
	}
	if b.Graph != nil {
		for _, n := range b.Graph.Nodes() {
			switch n.Kind {
			case graph.Person, graph.Organization, graph.Place:
			default:
				continue
			}
			kind := string(n.Kind)
			if n.Subtype != "" {
				kind += " (" + strings.ReplaceAll(n.Subtype, "_", " ") + ")"
			}
			page.Entities = append(page.Entities, briefingEntity{
				Name:     timeline.Clean(n.Name),
				Kind:     timeline.Clean(kind),
				Aliases:  joinClean(n.Aliases),
				Mentions: n.Mentions,
				Sources:  len(n.Sources),
			})
		}
	}
	if len(b.Sources) > 1 && b.Graph != nil {
		page.Sections = entitySections(b.Graph, b.Entries)
	}
	page.From, page.To = span(b.Entries)
	var buf bytes.Buffer
	if err := briefingTemplate.Execute(&buf, page); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

type briefingPage struct {
	Title       string
	Sources     []briefingSourceRow
	TimelineSVG template.HTML
	GraphSVG    template.HTML
	Entities    []briefingEntity
	Events      []briefingEvent
	Main        []briefingEvent // the main events (timeline.MainEvents)
	Sections    []entitySection // a corpus: the main actors and places, each with its events
	From, To    string          // the dates the timeline spans
}

// entitySection is one main actor or place of a corpus briefing: its
// events in timeline order, at most sectionEvents of them.
type entitySection struct {
	Anchor, Name, Kind, Aliases string
	Sources, Total, More        int
	Events                      []briefingEvent
}

// How many entity sections a corpus briefing has, how many events each
// lists, and how many events an entity needs to get one.
const (
	maxSections   = 8
	sectionEvents = 10
	sectionMin    = 2
)

// entitySections picks the people, organizations and places that most
// dated events name (as actor or place; by name or alias), the most
// mentioned first on a tie, and lists their events.
func entitySections(g *graph.Graph, entries []timeline.Entry) []entitySection {
	type cand struct {
		n      *graph.Node
		events []int
	}
	var cands []cand
	for _, n := range g.Nodes() {
		switch n.Kind {
		case graph.Person, graph.Organization, graph.Place:
		default:
			continue
		}
		names := map[string]bool{timeline.Clean(n.Name): true}
		for _, a := range n.Aliases {
			names[timeline.Clean(a)] = true
		}
		var evs []int
		for i := range entries {
			e := &entries[i]
			if e.Undated() {
				continue
			}
			if anyName(e.Actors, names) || anyName(e.Places, names) {
				evs = append(evs, i)
			}
		}
		if len(evs) >= sectionMin {
			cands = append(cands, cand{n, evs})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if len(a.events) != len(b.events) {
			return len(a.events) > len(b.events)
		}
		return a.n.Mentions > b.n.Mentions
	})
	if len(cands) > maxSections {
		cands = cands[:maxSections]
	}
	var out []entitySection
	for _, c := range cands {
		s := entitySection{
			Anchor:  "entity-" + graph.Slug(c.n.ID),
			Name:    timeline.Clean(c.n.Name),
			Kind:    string(c.n.Kind),
			Aliases: joinClean(c.n.Aliases),
			Sources: len(c.n.Sources),
			Total:   len(c.events),
		}
		// The most salient when there are too many, shown in timeline order.
		show := c.events
		if len(show) > sectionEvents {
			sel := make([]timeline.Entry, len(show))
			for i, k := range show {
				sel[i] = entries[k]
			}
			main := timeline.MainEvents(sel, sectionEvents)
			show = show[:0:0]
			for _, m := range main {
				for _, k := range c.events {
					if entries[k].Source == m.Source && entries[k].Event == m.Event {
						show = append(show, k)
						break
					}
				}
			}
			s.More = len(c.events) - len(show)
		}
		for _, k := range show {
			e := &entries[k]
			s.Events = append(s.Events, briefingEvent{
				Date:     timeline.Clean(timeline.DateLabel(e)),
				Summary:  timeline.Clean(e.Summary),
				Status:   modalityClass(e.Modality),
				Citation: Citation(e.Source),
			})
		}
		out = append(out, s)
	}
	return out
}

func anyName(names []string, set map[string]bool) bool {
	for _, n := range names {
		if set[timeline.Clean(n)] {
			return true
		}
	}
	return false
}

// span is the first and last date of the dated entries, as labels.
func span(entries []timeline.Entry) (from, to string) {
	for i := range entries {
		e := &entries[i]
		if e.Undated() {
			continue
		}
		if from == "" {
			from = timeline.Clean(timeline.FormatValue(e.Date))
		}
		to = timeline.Clean(timeline.FormatValue(e.Date))
	}
	return from, to
}

type briefingSourceRow struct{ ID, Title, Publisher, Date string }

type briefingEntity struct {
	Name, Kind, Aliases string
	Mentions, Sources   int
}

type briefingEvent struct {
	Date, Value, Summary, Kind, Actors, Places, Status, Quote, Citation string
}

// Citation names where an entry comes from: the document and line, or
// byte offsets for formats whose lines are not the file's.
func Citation(s timeline.Source) string {
	c := timeline.Clean(s.Doc)
	if s.Line > 0 {
		c += fmt.Sprintf(", line %d", s.Line)
	} else {
		c += fmt.Sprintf(", bytes %d–%d", s.Start, s.End)
	}
	return c
}

// minScale is the least a diagram is shrunk to fit the page on screen:
// Graphviz's 11 pt node labels stay 8 pt; a wider graph scrolls.
const minScale = 0.72

var svgWidth = regexp.MustCompile(`^<svg width="([0-9.]+)pt"`)

// readableSVG keeps a wide Graphviz drawing from shrinking below minScale
// when the page scales it to its width: a min-width on the svg element,
// the figure scrolling sideways beyond it (print still fits the page).
func readableSVG(svg string) string {
	m := svgWidth.FindStringSubmatch(svg)
	if m == nil {
		return svg
	}
	w, err := strconv.ParseFloat(m[1], 64)
	if err != nil || w <= 0 {
		return svg
	}
	return fmt.Sprintf(`<svg style="min-width:%.0fpt" width="%spt"`, w*minScale, m[1]) + svg[len(m[0]):]
}

var (
	xmlProlog = regexp.MustCompile(`(?s)^\s*<\?xml.*?\?>\s*`)
	doctype   = regexp.MustCompile(`(?s)^\s*<!DOCTYPE.*?>\s*`)
	comments  = regexp.MustCompile(`(?s)<!--.*?-->\s*`)
)

// inlineSVG makes a standalone SVG document fit inside HTML: no XML prolog,
// no DOCTYPE, no comments (Graphviz writes the graph's name in one, and
// "--" in a name could end it early in HTML's eyes).
func inlineSVG(svg []byte) string {
	s := xmlProlog.ReplaceAllString(string(svg), "")
	s = doctype.ReplaceAllString(s, "")
	s = comments.ReplaceAllString(s, "")
	return strings.TrimSpace(s)
}

var briefingTemplate = template.Must(template.New("briefing").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Chronicle">
<title>{{.Title}}</title>
<style>
:root{--ink:#1a202c;--muted:#4a5568;--rule:#e2e8f0;--accent:#2b6cb0}
*{box-sizing:border-box}
body{font-family:Helvetica,Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:1040px;padding:24px 32px;line-height:1.45;font-size:15px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:19px;margin:32px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--rule)}
.sub{color:var(--muted);margin:0 0 16px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--rule);vertical-align:top}
th{color:var(--muted);font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:0}
figure svg{max-width:100%;height:auto;display:block}
figure.graph{overflow-x:auto}
.main li{margin:4px 0}.main .when{font-weight:700}.main .cite{color:var(--muted);font-size:12.5px}
.events{list-style:none;padding:0;margin:0}
.event{padding:10px 0;border-bottom:1px solid var(--rule);break-inside:avoid;page-break-inside:avoid}
.event .when{font-weight:700}
.event .what{margin-left:6px}
.event .meta{color:var(--muted);font-size:13.5px}
.event blockquote{margin:6px 0 0;padding:4px 12px;border-left:3px solid var(--rule);color:#2d3748;font-style:italic}
.event cite{display:block;color:var(--muted);font-size:12.5px;font-style:normal;margin-top:2px}
.status{display:inline-block;font-size:12px;padding:0 6px;border-radius:8px;margin-left:6px;border:1px solid var(--muted);color:var(--muted)}
.status-planned{border-style:dashed}.status-possible{border-style:dotted}.status-negated{color:#c53030;border-color:#c53030}
.empty{color:var(--muted);font-style:italic}
h3{font-size:16px;margin:18px 0 4px}h3 .kind{color:var(--muted);font-weight:400;font-size:13.5px}
.more{color:var(--muted);font-size:13.5px;margin:2px 0 0}
.entity{break-inside:avoid;page-break-inside:avoid}
table.sources td.date{white-space:nowrap}
table.sources td.file{color:var(--muted);font-size:12.5px;word-break:break-all;max-width:14em}
footer{margin-top:32px;color:var(--muted);font-size:12.5px}
@media print{
 body{max-width:none;padding:0;font-size:11pt}
 h2{break-after:avoid;page-break-after:avoid}
 figure{break-inside:avoid;page-break-inside:avoid}
 figure.graph{overflow:visible}figure svg{min-width:0!important}
 a{color:inherit;text-decoration:none}
 @page{margin:16mm 14mm}
}
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p class="sub">{{len .Events}} events from {{len .Sources}} {{if eq (len .Sources) 1}}source{{else}}sources{{end}}{{if .From}}, {{.From}}{{if ne .From .To}} to {{.To}}{{end}}{{end}}</p>
</header>
{{if .Main}}<section id="main">
<h2>Main events</h2>
<ul class="main">
{{range .Main}}<li><span class="when">{{.Date}}</span> {{.Summary}}{{if ne .Status "actual"}} <span class="status status-{{.Status}}">{{.Status}}</span>{{end}} <span class="cite">{{.Citation}}</span></li>
{{end}}</ul>
</section>{{end}}
<section id="timeline">
<h2>Timeline</h2>
<figure>{{.TimelineSVG}}</figure>
</section>
<section id="graph">
<h2>Who, what, where</h2>
{{if .GraphSVG}}<figure class="graph">{{.GraphSVG}}</figure>{{else}}<p class="empty">No graph diagram.</p>{{end}}
</section>
{{if .Sections}}<section id="actors">
<h2>Main actors and places</h2>
{{range .Sections}}<div class="entity" id="{{.Anchor}}">
<h3>{{.Name}} <span class="kind">{{.Kind}}{{with .Aliases}}; also {{.}}{{end}}; {{.Total}} dated events in {{.Sources}} {{if eq .Sources 1}}source{{else}}sources{{end}}</span></h3>
<ul class="main">
{{range .Events}}<li><span class="when">{{.Date}}</span> {{.Summary}}{{if ne .Status "actual"}} <span class="status status-{{.Status}}">{{.Status}}</span>{{end}} <span class="cite">{{.Citation}}</span></li>
{{end}}</ul>{{if .More}}<p class="more">and {{.More}} more in the event list below</p>{{end}}
</div>
{{end}}</section>
{{end}}<section id="entities">
<h2>People, organizations and places</h2>
{{if .Entities}}<table>
<thead><tr><th>Name</th><th>Kind</th><th>Also called</th><th class="num">Mentions</th><th class="num">Sources</th></tr></thead>
<tbody>
{{range .Entities}}<tr><td>{{.Name}}</td><td>{{.Kind}}</td><td>{{.Aliases}}</td><td class="num">{{.Mentions}}</td><td class="num">{{.Sources}}</td></tr>
{{end}}</tbody>
</table>{{else}}<p class="empty">No names found.</p>{{end}}
</section>
<section id="sources">
<h2>Sources</h2>
{{if .Sources}}<table class="sources">
<thead><tr><th>Title</th><th>Dated</th><th>Publisher</th><th>File</th></tr></thead>
<tbody>
{{range .Sources}}<tr><td>{{.Title}}</td><td class="date">{{.Date}}</td><td>{{.Publisher}}</td><td class="file">{{.ID}}</td></tr>
{{end}}</tbody>
</table>{{else}}<p class="empty">No sources.</p>{{end}}
</section>
<section id="events">
<h2>Events and their sources</h2>
{{if .Events}}<ol class="events">
{{range .Events}}<li class="event"><span class="when">{{.Date}}</span><span class="what">{{.Summary}}</span>{{if ne .Status "actual"}}<span class="status status-{{.Status}}">{{.Status}}</span>{{end}}
<div class="meta">{{with .Kind}}{{.}}{{end}}{{with .Actors}} · {{.}}{{end}}{{with .Places}} · in {{.}}{{end}}{{with .Value}} · <code>{{.}}</code>{{end}}</div>
{{with .Quote}}<blockquote>{{.}}</blockquote>{{end}}<cite>{{.Citation}}</cite></li>
{{end}}</ol>{{else}}<p class="empty">No events found.</p>{{end}}
</section>
<footer>Made by Chronicle from the sources above. Dates are TIMEX3 values normalized against each article's date; every event quotes the sentence it comes from.</footer>
</body>
</html>
`))
