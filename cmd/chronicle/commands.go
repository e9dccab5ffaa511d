package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/output"
	"github.com/chronicle-news/chronicle/timeline"
)

func checkFormat(format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return usagef("--format %q: choose one of %s", format, strings.Join(allowed, ", "))
}

// finish closes the output and turns failed inputs into exit code 1.
func finish(out *outFile, failed bool, err error) error {
	if failed && err == nil && out.e != nil && out.e.docs.Load() == 0 {
		// Every input failed: an existing -o file keeps its contents
		// rather than being replaced by an empty result.
		out.close(false)
		if out.f != nil {
			fmt.Fprintf(out.e.stderr, "chronicle: %s: not written: no input could be processed\n", out.path)
		}
		return errFailedInputs
	}
	if cerr := out.close(err == nil); err == nil {
		err = cerr
	}
	if err == nil && failed {
		return errFailedInputs
	}
	return err
}

func newTimelineCmd(e *cliEnv) *cobra.Command {
	var in inputFlags
	var format, outPath, entityName string
	var undated, givenEvents bool
	var maxHeight int
	var dbq dbQuery
	c := &cobra.Command{
		Use:   "timeline [flags] FILE|FOLDER|- ...",
		Short: "Print the chronological timeline of the events in the articles",
		Long: `Print the events the articles report, in chronological order, each with its
normalized date (TIMEX3), kind, actors, places, status (happened, planned,
possible, negated, conditional) and the sentence that says so.

Entries sort by the start of the interval their date covers; on equal
starts the coarser date comes first ("Nov 2017" before "10 Nov 2017"),
then by document and position in the text.`,
		Example: `  chronicle timeline examples/abe-putin-danang-2017.txt
  chronicle timeline --format json -o timeline.json articles/
  cat article.txt | chronicle timeline --dct 2017-11-10 -`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json", "markdown", "svg", "html", "semeval2015"); err != nil {
				return err
			}
			if format == "semeval2015" {
				return e.semevalTimeline(args, entityName, outPath, givenEvents)
			}
			win, err := parseWindow(dbq.from, dbq.to)
			if err != nil {
				return err
			}
			q := graph.Query{Entity: entityName, Place: dbq.place, From: win.Start, To: win.End}
			ctx := context.Background()
			layer := undated && dbq.db == ""
			in.keepMentions = layer
			corpus, failed, done, err := e.openCorpus(ctx, "timeline", dbq.db, args, &in)
			if err != nil {
				return err
			}
			defer done()
			// The reports of one event in several articles are one item;
			// --all on articles lists the whole layer, report by report.
			var items, rest []timeline.Item
			if layer {
				items, rest, err = layerItems(corpus.(*graph.Files), q)
			} else {
				items, rest, err = corpus.Timeline(ctx, q)
			}
			if err != nil {
				return err
			}
			docs, err := corpus.Documents(ctx)
			if err != nil {
				return err
			}
			out, err := e.openOut(outPath)
			if err != nil {
				return err
			}
			if undated {
				items = append(items, rest...)
			}
			entries := timeline.Entries(items)
			switch format {
			case "text":
				err = writeItemsText(out.w, items, timeline.TextOptions{Color: e.color(out)})
			case "json":
				err = writeItemsJSON(out.w, items)
			case "svg":
				err = output.WriteTimelineSVG(out.w, entries, output.TimelineSVGOptions{Title: graph.Title(docs), MaxHeight: maxHeight})
			case "html":
				if !undated {
					entries = append(entries, timeline.Entries(rest)...) // the event list shows them all
				}
				err = e.writeBriefing(ctx, out.w, corpus, entries)
			case "markdown":
				var g *graph.Graph
				if g, err = corpus.Graph(ctx); err == nil {
					err = output.WriteMarkdown(out.w, entries, g, output.MarkdownOptions{Docs: len(docs)})
				}
			}
			return finish(out, failed, err)
		},
	}
	in.register(c)
	c.Flags().StringVarP(&format, "format", "f", "text", "output format: text, json, markdown, svg (a diagram), html (a briefing page), semeval2015 (with --entity, over that task's TimeML files)")
	c.Flags().StringVar(&entityName, "entity", "", "only the events of this entity (`NAME` or alias; semeval2015: the entity whose timeline to write)")
	c.Flags().StringVarP(&outPath, "output", "o", "", "write to `FILE` instead of standard output")
	c.Flags().BoolVar(&undated, "all", false, "list every event of the layer (the briefing events and every other event mention found), dated ones first, then those without a date")
	c.Flags().IntVar(&maxHeight, "max-height", 0, "svg: the tallest drawing in `PX` before it becomes an overview by period (default 4000)")
	c.Flags().BoolVar(&givenEvents, "given-events", false, "semeval2015: take the events from the files' EVENT elements (the task's track B) instead of finding them in the text")
	dbq.register(c)
	return c
}

func newGraphCmd(e *cliEnv) *cobra.Command {
	var in inputFlags
	var format, outPath, entity, from, to, view, db string
	var path []string
	var depth, maxNodes int
	c := &cobra.Command{
		Use:   "graph [flags] FILE|FOLDER|- ...",
		Short: "Export the knowledge graph of actors, places and events",
		Long: `Export the knowledge graph: people, organizations, places, events and
times as nodes; took-part-in, happened-at, happened-on, located-in and
before edges, each citing its source sentence.

Formats: dot (Graphviz, Gephi), svg (a diagram, laid out by Graphviz
compiled to WebAssembly; no Graphviz install needed), json, graphml.

Focus (applied in this order): --from/--to keep the events whose time
overlaps the window, with their actors, places and times; --view relations
keeps who did what where (the SVG default: a picture does not need the time
nodes and "before" chains a timeline shows better); --entity keeps
what lies within --depth links of one entity; --path A --path B keeps a
shortest chain of links between two entities.`,
		Example: `  chronicle graph --format svg -o graph.svg examples/abe-putin-danang-2017.txt
  chronicle graph --format dot --entity Putin --depth 2 articles/ | dot -Tpng -o putin.png
  chronicle graph --from 2017-11 --to 2017-11 --format json articles/
  chronicle graph --path Trump --path Putin articles/`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkFormat(format, "dot", "svg", "json", "graphml"); err != nil {
				return err
			}
			win, err := parseWindow(from, to)
			if err != nil {
				return err
			}
			switch view {
			case "":
				view = "full"
				if format == "svg" {
					view = "relations" // a picture: who did what where
				}
			case "full", "relations":
			default:
				return usagef("--view %q: choose full or relations", view)
			}
			if len(path) != 0 && len(path) != 2 {
				return usageError{fmt.Errorf("--path needs two entities (--path A --path B), got %d", len(path))}
			}
			ctx := context.Background()
			corpus, failed, done, err := e.openCorpus(ctx, "graph", db, args, &in)
			if err != nil {
				return err
			}
			defer done()
			g, err := corpus.Graph(ctx)
			if err != nil {
				return err
			}
			if from != "" || to != "" {
				g = g.Window(win.Start, win.End)
			}
			if view == "relations" {
				g = g.Relations()
			}
			if entity != "" {
				id, err := pickEntity(g, entity)
				if err != nil {
					return err
				}
				g = g.Ego(id, depth)
			}
			if len(path) == 2 {
				a, err := pickEntity(g, path[0])
				if err != nil {
					return err
				}
				b, err := pickEntity(g, path[1])
				if err != nil {
					return err
				}
				ids, err := g.ShortestPath(a, b)
				if err != nil {
					return fmt.Errorf("--path %q %q: %w", path[0], path[1], err)
				}
				g = g.Subgraph(ids)
			}
			out, err := e.openOut(outPath)
			if err != nil {
				return err
			}
			switch format {
			case "dot":
				err = output.WriteDOT(out.w, g, output.DOTOptions{})
			case "svg":
				err = output.WriteSVG(out.w, g, output.SVGOptions{MaxNodes: maxNodes, Warn: e.warn})
			case "json":
				err = output.WriteGraphJSON(out.w, g)
			case "graphml":
				err = output.WriteGraphML(out.w, g)
			}
			return finish(out, failed, err)
		},
	}
	in.register(c)
	c.Flags().StringVarP(&format, "format", "f", "dot", "output format: dot, svg, json, graphml")
	c.Flags().StringVarP(&outPath, "output", "o", "", "write to `FILE` instead of standard output")
	c.Flags().StringVar(&entity, "entity", "", "keep only the graph around this entity (`NAME` or alias)")
	c.Flags().IntVar(&depth, "depth", 2, "with --entity: how many edges away from it to keep")
	c.Flags().StringVar(&from, "from", "", "keep events from `DATE` on (YYYY, YYYY-MM or YYYY-MM-DD)")
	c.Flags().StringVar(&to, "to", "", "keep events up to the end of `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	c.Flags().StringVar(&view, "view", "", "full (every node and edge) or relations (no times, no before edges, no statements, no loose ends); default relations for svg, full otherwise")
	c.Flags().StringArrayVar(&path, "path", nil, "give twice (`NAME`): keep a shortest chain of links between the two entities")
	c.Flags().IntVar(&maxNodes, "max-nodes", 0, "svg: keep at most `N` nodes, the most connected (default 300)")
	c.Flags().StringVar(&db, "db", "", "read the graph from a corpus store (SQLite `FILE` or postgres:// URL; see ingest) instead of articles")
	return c
}

func newExtractCmd(e *cliEnv) *cobra.Command {
	var in inputFlags
	var format, outPath string
	c := &cobra.Command{
		Use:   "extract [flags] FILE|FOLDER|- ...",
		Short: "Print every annotation: temporal expressions, entities, events",
		Long: `Print all annotations of each document.

json: JSON Lines, one object per document, offsets being byte offsets into
the file's bytes: {"doc","dct","timexes":[...],"entities":[...],"events":[...]}.
timeml: each document as TimeML with TIMEX3 and EVENT tags inline. TimeML
holds one document per file (as TempEval's tools read it): with several
documents give -o FOLDER (an existing folder, or a path ending in /) to get
one FOLDER/NAME.tml per document; to standard output or one file, a second
document is a usage error and nothing is written.`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkFormat(format, "json", "timeml"); err != nil {
				return err
			}
			if format == "timeml" {
				return e.extractTimeML(args, &in, outPath)
			}
			out, err := e.openOut(outPath)
			if err != nil {
				return err
			}
			failed, err := e.collect(args, &in, func(r *pipeline.Result) error {
				return output.WriteExtractJSON(out.w, r)
			})
			return finish(out, failed, err)
		},
	}
	in.register(c)
	c.Flags().StringVarP(&format, "format", "f", "json", "output format: json, timeml")
	c.Flags().StringVarP(&outPath, "output", "o", "", "write to `FILE` instead of standard output (timeml: a FOLDER for one .tml per document)")
	return c
}

// layerItems is timeline --all on articles: every event of the layer, one
// item per report (graph.Query selects by the names the entities go by
// across the articles, and the window).
func layerItems(f *graph.Files, q graph.Query) (dated, undated []timeline.Item, err error) {
	d, u := timeline.BuildLayer(f.Results())
	var tf timeline.Filter
	if q != (graph.Query{}) {
		ents, _ := f.Entities(context.Background())
		entity, place, err := q.Keys(ents)
		if err != nil {
			return nil, nil, err
		}
		names := func(keys []string) []string {
			var out []string
			for _, e := range ents {
				if slices.Contains(keys, e.Key) {
					out = append(append(out, e.Name), e.Aliases...)
				}
			}
			return out
		}
		tf = timeline.Filter{Entity: names(entity), Place: names(place), From: q.From, To: q.To}
	}
	m := tf.Matcher()
	pick := func(es []timeline.Entry) []timeline.Item {
		var out []timeline.Item
		for _, e := range es {
			if m(&e) {
				out = append(out, timeline.Item{Entry: e, Sources: []timeline.Source{e.Source}})
			}
		}
		return out
	}
	return pick(d), pick(u), nil
}

// pickEntity finds the one node an --entity NAME means.
func pickEntity(g *graph.Graph, name string) (string, error) {
	found := g.Find(name)
	switch {
	case len(found) == 0:
		return "", fmt.Errorf("--entity %q: no person, organization, place or event of that name in the input", name)
	case len(found) > 1:
		var names []string
		for i, n := range found {
			if i == 6 {
				names = append(names, "...")
				break
			}
			names = append(names, fmt.Sprintf("%q (%s)", n.Name, n.Kind))
		}
		return "", fmt.Errorf("--entity %q matches %d nodes: %s; give the full name", name, len(found), strings.Join(names, ", "))
	}
	return found[0].ID, nil
}

// parseWindow turns --from and --to into a half-open interval: from the start
// of the from date to the end of the to date. An empty side is open (zero).
func parseWindow(from, to string) (timeline.Interval, error) {
	var w timeline.Interval
	for _, f := range []struct {
		flag, v string
		set     func(timeline.Interval)
	}{
		{"--from", from, func(iv timeline.Interval) { w.Start = iv.Start }},
		{"--to", to, func(iv timeline.Interval) { w.End = iv.End }},
	} {
		if f.v == "" {
			continue
		}
		iv, err := timeline.ParseValue(f.v)
		if err != nil || !calendarDate(f.v) {
			return w, usageError{fmt.Errorf("%s %q: want a date as YYYY, YYYY-MM or YYYY-MM-DD", f.flag, f.v)}
		}
		f.set(iv)
	}
	if !w.Start.IsZero() && !w.End.IsZero() && !w.Start.Before(w.End) {
		return w, usageError{fmt.Errorf("--from %s is after --to %s", from, to)}
	}
	return w, nil
}

// calendarDate reports whether v is YYYY, YYYY-MM or YYYY-MM-DD.
func calendarDate(v string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if _, err := time.Parse(layout, v); err == nil {
			return true
		}
	}
	return false
}
