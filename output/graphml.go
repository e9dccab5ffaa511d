package output

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/timeline"
)

// GraphML attribute keys: id, for, name, type.
var graphMLKeys = [][4]string{
	{"n_kind", "node", "kind", "string"},
	{"n_subtype", "node", "subtype", "string"},
	{"n_name", "node", "name", "string"},
	{"n_aliases", "node", "aliases", "string"},
	{"n_sources", "node", "sources", "string"},
	{"n_mentions", "node", "mentions", "int"},
	{"n_date", "node", "date", "string"},
	{"n_start", "node", "start", "string"},
	{"n_end", "node", "end", "string"},
	{"n_modality", "node", "modality", "string"},
	{"e_kind", "edge", "kind", "string"},
	{"e_roles", "edge", "roles", "string"},
	{"e_label", "edge", "label", "string"},
	{"e_sources", "edge", "sources", "string"},
	{"e_sentence", "edge", "sentence", "string"},
}

// WriteGraphML writes g as GraphML (http://graphml.graphdrawing.org/), with
// a <key> declaration for every attribute, for Gephi, yEd, Cytoscape and
// NetworkX. Nodes and edges come in Graph order; list values (aliases,
// sources) are joined with "; "; an edge's sources are "doc:start-end" byte
// spans and its sentence is the first one cited. All text is XML-escaped, and
// characters XML 1.0 forbids become U+FFFD.
func WriteGraphML(w io.Writer, g *graph.Graph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphMLKeys {
		fmt.Fprintf(bw, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k[0], k[1], k[2], k[3])
	}
	bw.WriteString(`  <graph id="chronicle" edgedefault="directed">` + "\n")
	for _, n := range g.Nodes() {
		bw.WriteString(`    <node id="` + xmlAttr(n.ID) + "\">\n")
		data(bw, "n_kind", string(n.Kind))
		data(bw, "n_subtype", n.Subtype)
		data(bw, "n_name", n.Name)
		data(bw, "n_aliases", strings.Join(n.Aliases, "; "))
		data(bw, "n_sources", strings.Join(n.Sources, "; "))
		data(bw, "n_mentions", strconv.Itoa(n.Mentions))
		data(bw, "n_date", n.Date)
		if n.Interval != nil {
			data(bw, "n_start", n.Interval.Start.Format(isoDate))
			data(bw, "n_end", n.Interval.LastDay().Format(isoDate))
		}
		data(bw, "n_modality", n.Modality)
		bw.WriteString("    </node>\n")
	}
	for i, e := range g.Edges() {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i+1, xmlAttr(e.From), xmlAttr(e.To))
		data(bw, "e_kind", string(e.Kind))
		data(bw, "e_roles", strings.Join(e.Roles, "; "))
		data(bw, "e_label", e.Label())
		var src []string
		for _, p := range e.Provenance {
			src = append(src, fmt.Sprintf("%s:%d-%d", p.Doc, p.Start, p.End))
		}
		data(bw, "e_sources", strings.Join(src, "; "))
		if len(e.Provenance) > 0 {
			data(bw, "e_sentence", e.Provenance[0].Sentence)
		}
		bw.WriteString("    </edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

func data(bw *bufio.Writer, key, v string) {
	if v == "" {
		return
	}
	bw.WriteString(`      <data key="` + key + `">`)
	xml.EscapeText(bw, []byte(timeline.Clean(v)))
	bw.WriteString("</data>\n")
}

// xmlAttr escapes s for a double-quoted attribute (xml.EscapeText escapes
// quotes, and tabs and newlines as character references).
func xmlAttr(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
