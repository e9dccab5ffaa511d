package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/timeline"
)

// MarkdownOptions control WriteMarkdown.
type MarkdownOptions struct {
	Title string // top heading; "Timeline" when empty
	// Docs is the number of documents, which sets how many main events
	// head the page (timeline.MainCount).
	Docs int
}

// WriteMarkdown writes the main events (timeline.MainEvents: the
// headline's and the lead's first), then the timeline as a GitHub-flavoured
// Markdown table (date, event, who, where, source) and, when g is not nil, a table of the
// graph's people, organizations and places with their aliases, mention
// counts and documents. Cell text is cleaned to one line and Markdown
// punctuation that could break the table or turn into markup or HTML
// (| \ ` * _ [ ] < > & ~) is backslash-escaped, so "<script>" shows as
// text and "&amp;" as typed.
func WriteMarkdown(w io.Writer, entries []timeline.Entry, g *graph.Graph, opt MarkdownOptions) error {
	bw := bufio.NewWriter(w)
	title := opt.Title
	if title == "" {
		title = "Timeline"
	}
	fmt.Fprintf(bw, "# %s\n\n", mdEscape(title))
	if len(entries) == 0 {
		bw.WriteString("No dated events.\n")
	} else {
		if main := timeline.MainEvents(entries, timeline.MainCount(opt.Docs)); len(main) > 0 {
			bw.WriteString("## Main events\n\n")
			for i := range main {
				e := &main[i]
				line := mdEscape(timeline.DateLabel(e)) + ": " + mdEscape(e.Summary)
				if m := timeline.ModalityMark(e.Modality); m != "" {
					line = mdEscape(timeline.DateLabel(e)) + ": *" + mdEscape(m) + "* " + mdEscape(e.Summary)
				}
				fmt.Fprintf(bw, "- %s (%s)\n", line, mdEscape(timeline.SourceRef(e.Source)))
			}
			bw.WriteString("\n## Timeline\n\n")
		}
		bw.WriteString("| Date | Event | Who | Where | Source |\n|---|---|---|---|---|\n")
		for i := range entries {
			e := &entries[i]
			ev := mdEscape(e.Summary)
			if m := timeline.ModalityMark(e.Modality); m != "" {
				ev = "*" + mdEscape(m) + "* " + ev
			}
			fmt.Fprintf(bw, "| %s | %s | %s | %s | %s |\n", mdEscape(timeline.DateLabel(e)), ev,
				mdEscape(strings.Join(e.Actors, ", ")), mdEscape(strings.Join(e.Places, ", ")), mdEscape(timeline.SourceRef(e.Source)))
		}
	}
	if g != nil {
		var rows []*graph.Node
		for _, n := range g.Nodes() {
			switch n.Kind {
			case graph.Person, graph.Organization, graph.Place, graph.Actor:
				rows = append(rows, n)
			}
		}
		if len(rows) > 0 {
			bw.WriteString("\n## Entities\n\n| Name | Kind | Also called | Mentions | Documents |\n|---|---|---|---:|---|\n")
			for _, n := range rows {
				kind := string(n.Kind)
				if n.Subtype != "" {
					kind += " (" + n.Subtype + ")"
				}
				fmt.Fprintf(bw, "| %s | %s | %s | %d | %s |\n", mdEscape(n.Name), mdEscape(kind),
					mdEscape(strings.Join(n.Aliases, ", ")), n.Mentions, mdEscape(strings.Join(n.Sources, ", ")))
			}
		}
	}
	return bw.Flush()
}

func mdEscape(s string) string {
	s = timeline.Clean(s)
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("|\\`*_[]<>&~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
