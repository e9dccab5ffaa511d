package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/output"
	"github.com/chronicle-news/chronicle/timeline"
)

func newEntitiesCmd(e *cliEnv) *cobra.Command {
	var in inputFlags
	var db, format, outPath string
	c := &cobra.Command{
		Use:   "entities [flags] FILE|FOLDER|- ... | --db FILE|postgres://...",
		Short: "List the people, organizations and places of articles or of a corpus store",
		Long: `List every entity of the articles, or of a corpus store (see ingest), with
its type, the number of its mentions and of the documents that mention it:
most documents first, then most mentions, then by name. Entities merge
across documents by the same rule in both cases ("Putin" joins "Vladimir
Putin" when no one else goes by "Putin"), so the two lists agree.

Formats: text (an aligned table), json ({"entities":[...]}).`,
		Example: `  chronicle entities examples/
  chronicle entities --db corpus.db -f json`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			if db == "" && len(args) == 0 {
				return usagef("entities needs articles (FILE, FOLDER or -) or --db FILE or --db postgres://...")
			}
			ctx := context.Background()
			corpus, failed, done, err := e.openCorpus(ctx, "entities", db, args, &in)
			if err != nil {
				return err
			}
			defer done()
			ents, err := corpus.Entities(ctx)
			if err != nil {
				return err
			}
			out, err := e.openOut(outPath)
			if err != nil {
				return err
			}
			if format == "json" {
				err = writeEntitiesJSON(out.w, ents)
			} else {
				err = writeEntitiesText(out.w, ents)
			}
			return finish(out, failed, err)
		},
	}
	in.register(c)
	c.Flags().StringVar(&db, "db", "", "read the entities of a store: a SQLite `FILE` or a postgres:// URL")
	c.Flags().StringVarP(&format, "format", "f", "text", "output format: text, json")
	c.Flags().StringVarP(&outPath, "output", "o", "", "write to `FILE` instead of standard output")
	return c
}

func writeEntitiesText(w io.Writer, ents []graph.EntityInfo) error {
	bw := bufio.NewWriter(w)
	rows := [][]string{{"NAME", "TYPE", "MENTIONS", "DOCUMENTS"}}
	for _, e := range ents {
		typ := strings.ToLower(e.Type)
		if e.Subtype != "" {
			typ += "/" + e.Subtype
		}
		rows = append(rows, []string{timeline.Clean(e.Name), timeline.Clean(typ), strconv.Itoa(e.Mentions), strconv.Itoa(e.Documents)})
	}
	width := make([]int, 4)
	for _, r := range rows {
		for i, c := range r {
			width[i] = max(width[i], len([]rune(c)))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for i, c := range r {
			pad := strings.Repeat(" ", width[i]-len([]rune(c)))
			if i >= 2 {
				b.WriteString(pad + c) // numbers right-aligned
			} else {
				b.WriteString(c + pad)
			}
			if i < len(r)-1 {
				b.WriteString("  ")
			}
		}
		bw.WriteString(strings.TrimRight(b.String(), " ") + "\n")
	}
	return bw.Flush()
}

func writeEntitiesJSON(w io.Writer, ents []graph.EntityInfo) error {
	if ents == nil {
		ents = []graph.EntityInfo{}
	}
	b, err := json.Marshal(struct {
		Entities []graph.EntityInfo `json:"entities"`
	}{ents})
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// dbQuery are the timeline's corpus flags: --db, and --place, --from and
// --to, which select from articles and from a store alike (--entity is
// the timeline's own flag, shared with --format semeval2015).
type dbQuery struct {
	db, place, from, to string
}

func (q *dbQuery) register(c *cobra.Command) {
	c.Flags().StringVar(&q.db, "db", "", "read the events from a corpus store (SQLite `FILE` or postgres:// URL; see ingest) instead of articles")
	c.Flags().StringVar(&q.place, "place", "", "only the events at this place (`NAME` or alias)")
	c.Flags().StringVar(&q.from, "from", "", "only the events from `DATE` on (YYYY, YYYY-MM or YYYY-MM-DD)")
	c.Flags().StringVar(&q.to, "to", "", "only the events up to the end of `DATE`")
}

// writeItemsText writes the text timeline, each line followed by the other
// reports of its event: "(also b.txt:12)".
func writeItemsText(w io.Writer, es []timeline.Item, opt timeline.TextOptions) error {
	var buf bytes.Buffer
	if err := timeline.WriteText(&buf, timeline.Entries(es), opt); err != nil {
		return err
	}
	lines := strings.SplitAfter(buf.String(), "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	bw := bufio.NewWriter(w)
	for i, l := range lines {
		if len(lines) == len(es) && len(es[i].Sources) > 1 {
			var refs []string
			for _, s := range es[i].Sources[1:] {
				refs = append(refs, timeline.SourceRef(s))
			}
			l = strings.TrimSuffix(l, "\n") + "  (also " + strings.Join(refs, ", ") + ")\n"
		}
		bw.WriteString(l)
	}
	return bw.Flush()
}

// itemJSON is the timeline JSON entry with every report of the event.
type itemJSON struct {
	output.TimelineEntryJSON
	Sources []timeline.Source `json:"sources"`
}

func writeItemsJSON(w io.Writer, es []timeline.Item) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`{"timeline":[`)
	for i := range es {
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n")
		srcs := make([]timeline.Source, len(es[i].Sources))
		for j, s := range es[i].Sources {
			s.Doc, s.Sentence = timeline.Clean(s.Doc), timeline.Clean(s.Sentence)
			srcs[j] = s
		}
		b, err := json.Marshal(itemJSON{output.TimelineJSON(&es[i].Entry), srcs})
		if err != nil {
			return err
		}
		bw.Write(b)
	}
	if len(es) > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}
