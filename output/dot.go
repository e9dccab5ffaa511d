// Package output writes Chronicle's results: the knowledge graph as DOT,
// SVG, JSON and GraphML; the timeline as JSON and Markdown; the annotations
// of one document as a JSON line. Every writer sorts what it writes (same
// input, same bytes) and escapes article text for its format.
package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/timeline"
)

// DOTOptions control WriteDOT.
type DOTOptions struct {
	Title      string // graph label at the top; "" for none
	RankDir    string // dot's rankdir: "LR" (default), "TB", ...
	NoTooltips bool   // leave out the tooltips that cite source sentences
	// Diagram makes the output for a picture rather than for a tool: short
	// edge labels (the role, "at", "on", "in", "then" instead of the edge
	// kinds) and a legend of the node kinds present.
	Diagram bool
	// Aspect, with Diagram and the default LR direction, sets the drawing's
	// width over height to aim at (16/9 for a slide): the unconnected parts
	// of the graph are set in side-by-side columns (see columns). 0 lets
	// dot stack them all in one column.
	Aspect float64
	// Spread, with Diagram, asks a force-directed layout (sfdp, fdp,
	// neato) to push overlapping nodes apart (overlap=prism) with a margin
	// around each; dot never overlaps nodes and ignores it.
	Spread bool
}

// DiagramEdgeLabel is an edge's label in a diagram: what a reader needs at
// a glance (the role, "at", "on", "in", "then"). In DOT the kind stays in
// the kind attribute.
func DiagramEdgeLabel(e *graph.Edge) string {
	l := diagramEdgeLabel(e)
	if e.Count > 1 {
		if l != "" {
			l += " "
		}
		l += fmt.Sprintf("×%d", e.Count)
	}
	return l
}

func diagramEdgeLabel(e *graph.Edge) string {
	switch e.Kind {
	case graph.TookPartIn:
		return strings.Join(e.Roles, ", ")
	case graph.HappenedAt:
		return "at"
	case graph.HappenedOn:
		return "on"
	case graph.LocatedIn:
		return "in"
	case graph.Before:
		return "then"
	}
	return string(e.Kind)
}

// legendEntries are the legend's samples, in order: node kind, label,
// style (for events: what the modality changes).
var legendEntries = []struct {
	kind         graph.Kind
	label, style string
}{
	{graph.Person, "person", "filled"},
	{graph.Organization, "organization", "filled"},
	{graph.Place, "place", "filled"},
	{graph.Event, "event", "rounded,filled"},
	{graph.Event, "planned or possible", "rounded,filled,dashed"},
	{graph.Event, "did not happen", "rounded,filled,dotted"},
	{graph.Event, groupLegend, "rounded,filled"},
	{graph.Time, "time", "filled"},
}

// groupLegend is the legend's label for group nodes (graph.Group).
const groupLegend = "events grouped"

// groupFill is a group node's fill: greyer than an event's.
const groupFill = "#f1f3f5"

// writeLegend writes a cluster with one sample node per kind in g.
func writeLegend(bw *bufio.Writer, g *graph.Graph) {
	present := map[graph.Kind]bool{}
	groups := false
	for _, n := range g.Nodes() {
		present[n.Kind] = true
		groups = groups || n.Subtype == graph.Group
	}
	var ids []string
	fmt.Fprintf(bw, "  subgraph cluster_legend {\n    label=\"legend\"; fontsize=10; style=\"rounded\"; color=\"#adb5bd\"; fontcolor=\"#6c757d\";\n")
	for i, le := range legendEntries {
		if !present[le.kind] || le.label == groupLegend && !groups {
			continue
		}
		st := nodeStyle[le.kind]
		if le.label == groupLegend {
			st[1] = groupFill
		}
		id := fmt.Sprintf("legend:%d", i)
		ids = append(ids, id)
		fmt.Fprintf(bw, "    %s [label=%s, shape=%s, style=%s, fillcolor=%s, fontsize=9, kind=\"legend\"];\n",
			dotString(id), dotString(le.label), st[0], dotString(le.style), dotString(st[1]))
	}
	for i := 1; i < len(ids); i++ {
		fmt.Fprintf(bw, "    %s -> %s [style=invis, label=\"\"];\n", dotString(ids[i-1]), dotString(ids[i]))
	}
	fmt.Fprintf(bw, "  }\n")
}

// Style of each node kind: shape and fill.
var nodeStyle = map[graph.Kind][2]string{
	graph.Person:       {"ellipse", "#cfe2ff"},
	graph.Organization: {"box", "#d1e7dd"},
	graph.Actor:        {"box", "#e2e3e5"},
	graph.Place:        {"hexagon", "#fff3cd"},
	graph.Event:        {"box", "#f8d7da"},
	graph.Time:         {"note", "#e0cffc"},
}

// labelWidth is where long labels wrap, in characters.
const labelWidth = 28

// WriteDOT writes g in the Graphviz DOT language. It does not use
// dominikbraun/graph's draw.DOT, which leaves quotes unescaped and writes
// vertices in map order. Here:
//
//   - nodes are written in Graph.Nodes order and edges in Graph.Edges order;
//   - every ID and attribute value is a quoted string with `"` and `\`
//     escaped, so that Graphviz's label escapes (\N, \E, \l ...) in article
//     text show literally; text is cleaned to one line first (no raw
//     newlines or control characters);
//   - Graphviz turns HTML entities in labels into characters and its SVG
//     writer passes entity-like text through unescaped, so "&amp;" in a name
//     would display as "&"; an invisible WORD JOINER (U+2060) is put after
//     the & of anything that looks like an entity, and "&amp;" shows as typed;
//   - a value never ends in a backslash (older Graphviz, e.g. 2.42, reads
//     `\\"` as an escaped quote): one trailing space is added instead;
//   - every node has a shape, fill and label, every edge a label (once one
//     edge has a label, Graphviz gives unlabelled ones `\E`), and no
//     weight attribute.
func WriteDOT(w io.Writer, g *graph.Graph, opt DOTOptions) error {
	bw := bufio.NewWriter(w)
	rank := opt.RankDir
	if rank == "" {
		rank = "LR"
	}
	fmt.Fprintf(bw, "digraph chronicle {\n")
	fmt.Fprintf(bw, "  graph [rankdir=%s, fontname=\"Helvetica\", fontsize=12, charset=\"UTF-8\"", dotString(rank))
	if opt.Title != "" {
		fmt.Fprintf(bw, ", label=%s, labelloc=t, fontsize=16", dotString(opt.Title))
	}
	if opt.Spread {
		fmt.Fprintf(bw, ", overlap=prism, sep=\"+8\"")
	}
	fmt.Fprintf(bw, "];\n")
	fmt.Fprintf(bw, "  node [fontname=\"Helvetica\", fontsize=11, style=\"filled\", color=\"#495057\"];\n")
	fmt.Fprintf(bw, "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#6c757d\", fontcolor=\"#495057\"];\n")
	for _, n := range g.Nodes() {
		st, ok := nodeStyle[n.Kind]
		if !ok {
			st = nodeStyle[graph.Actor]
		}
		style := "filled"
		if n.Subtype == graph.Group {
			style = "rounded,filled"
			st[1] = groupFill
		} else if n.Kind == graph.Event {
			style = "rounded,filled"
			switch n.Modality {
			case text.Planned, text.Possible, text.Conditional:
				style = "rounded,filled,dashed"
			case text.Negated:
				style = "rounded,filled,dotted"
			}
		}
		fmt.Fprintf(bw, "  %s [label=%s, shape=%s, style=%s, fillcolor=%s, kind=%s",
			dotString(n.ID), dotLabel(nodeLabel(n)), st[0], dotString(style), dotString(st[1]), dotString(string(n.Kind)))
		if !opt.NoTooltips {
			fmt.Fprintf(bw, ", tooltip=%s", dotString(nodeTooltip(n)))
		}
		fmt.Fprintf(bw, "];\n")
	}
	for _, e := range g.Edges() {
		attrs := ""
		switch e.Kind {
		case graph.Before:
			attrs = ", style=dashed, constraint=false"
		case graph.LocatedIn:
			attrs = ", style=dotted"
		}
		label := e.Label()
		if opt.Diagram {
			label = DiagramEdgeLabel(e)
		}
		fmt.Fprintf(bw, "  %s -> %s [label=%s, kind=%s%s", dotString(e.From), dotString(e.To), dotLabel(label), dotString(string(e.Kind)), attrs)
		if !opt.NoTooltips && len(e.Provenance) > 0 {
			fmt.Fprintf(bw, ", tooltip=%s", dotString(provTooltip(e.Provenance)))
		}
		fmt.Fprintf(bw, "];\n")
	}
	if opt.Diagram && opt.Aspect > 0 && rank == "LR" {
		writeColumns(bw, g, opt.Aspect)
	}
	if opt.Diagram && len(g.Nodes()) > 0 {
		writeLegend(bw, g)
	}
	fmt.Fprintf(bw, "}\n")
	return bw.Flush()
}

// nodeLabel is the text a node shows; lines are separated by "\n".
func nodeLabel(n *graph.Node) string {
	lines := wrap(n.Name, labelWidth)
	if n.Kind == graph.Event {
		var d []string
		if n.Date != "" {
			d = append(d, timeline.FormatValue(n.Date))
		}
		if m := timeline.ModalityMark(n.Modality); m != "" {
			d = append(d, m)
		}
		if len(d) > 0 {
			lines = append(lines, strings.Join(d, " "))
		}
	}
	return strings.Join(lines, "\n")
}

func nodeTooltip(n *graph.Node) string {
	s := string(n.Kind)
	if n.Subtype != "" {
		s += " (" + n.Subtype + ")"
	}
	s += ": " + n.Name
	if len(n.Aliases) > 0 {
		s += "; also " + strings.Join(n.Aliases, ", ")
	}
	if len(n.Sources) > 0 {
		s += "; in " + strings.Join(n.Sources, ", ")
	}
	return s
}

func provTooltip(ps []graph.Provenance) string {
	var parts []string
	for i, p := range ps {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("and %d more", len(ps)-3))
			break
		}
		parts = append(parts, fmt.Sprintf("%s: %s", p.Doc, p.Sentence))
	}
	return strings.Join(parts, " | ")
}

// wrap cleans s and breaks it into lines of about width characters at
// spaces; words longer than width are cut.
func wrap(s string, width int) []string {
	words := strings.Fields(timeline.Clean(s))
	var lines []string
	cur := ""
	for _, w := range words {
		for utf8.RuneCountInString(w) > width {
			r := []rune(w)
			if cur != "" {
				lines = append(lines, cur)
				cur = ""
			}
			lines = append(lines, string(r[:width]))
			w = string(r[width:])
		}
		switch {
		case cur == "":
			cur = w
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) <= width:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	if cur != "" || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// dotLabel quotes a label whose lines are separated by "\n": each line is
// escaped by dotEscape, and lines are joined with the centred-line escape.
func dotLabel(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = dotEscape(timeline.Clean(l))
	}
	return finishQuoted(strings.Join(lines, `\n`))
}

// dotString quotes any value (IDs included): cleaned to one line, escaped.
func dotString(s string) string { return finishQuoted(dotEscape(timeline.Clean(s))) }

func finishQuoted(s string) string {
	if strings.HasSuffix(s, `\`) {
		s += " "
	}
	return `"` + s + `"`
}

// dotEscape escapes backslashes and quotes, and defuses entity-like text.
func dotEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '&':
			b.WriteByte('&')
			if looksLikeEntity(s[i+1:]) {
				b.WriteString("\u2060")
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// looksLikeEntity reports whether s (the text after an &) starts like an
// HTML entity reference: a name or #digits or #xhex, then ';'. Empty ones
// ("&#;", "&;") count: Graphviz's SVG writer passes them through as
// entities too, which is not well-formed XML (found by FuzzSVGNames).
func looksLikeEntity(s string) bool {
	i := 0
	if i < len(s) && s[i] == '#' {
		i++
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			i++
		}
	}
	start := i
	for i < len(s) && i-start < 32 && isAlnum(s[i]) {
		i++
	}
	return i < len(s) && s[i] == ';'
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
