package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/store"
	"github.com/chronicle-news/chronicle/output"
	"github.com/chronicle-news/chronicle/timeline"
)

// openCorpus gives the corpus a command reads: the store --db names, or
// the articles of args (graph.Files). failed reports inputs that could not
// be read; done closes the store. The commands read both through
// graph.Corpus alone, so files and a store answer alike.
func (e *cliEnv) openCorpus(ctx context.Context, cmd, db string, args []string, in *inputFlags) (c graph.Corpus, failed bool, done func(), err error) {
	if db != "" {
		if len(args) > 0 {
			return nil, false, nil, usagef("%s --db reads the store: give no files (%s)", cmd, strings.Join(args, " "))
		}
		st, err := store.OpenReadOnly(ctx, db)
		if err != nil {
			return nil, false, nil, err
		}
		return st.Corpus(), false, func() { st.Close() }, nil
	}
	results, failed, err := e.collectAll(args, in)
	if err != nil {
		return nil, failed, nil, err
	}
	return graph.NewFiles(results), failed, func() {}, nil
}

// writeBriefing writes the HTML briefing of a corpus: the timeline
// entries given, the relations diagram (when Graphviz can lay it out in
// time; otherwise a warning and the page without it), the entity table
// and the sources.
func (e *cliEnv) writeBriefing(ctx context.Context, w io.Writer, c graph.Corpus, entries []timeline.Entry) error {
	g, err := c.Graph(ctx)
	if err != nil {
		return err
	}
	docs, err := c.Documents(ctx)
	if err != nil {
		return err
	}
	b := output.Briefing{Title: graph.Title(docs), Entries: entries, Graph: g}
	for _, d := range docs {
		b.Sources = append(b.Sources, output.BriefingSource{ID: d.Name, Title: d.Title, Publisher: d.Source, Date: d.DCT})
	}
	if rel := b.Graph.Relations(); len(rel.Nodes()) > 0 {
		var svg strings.Builder
		if err := output.WriteSVG(&svg, rel, output.SVGOptions{Warn: e.warn}); err != nil {
			fmt.Fprintf(e.stderr, "chronicle: warning: graph diagram left out of the briefing: %v\n", err)
		} else {
			b.GraphSVG = []byte(svg.String())
		}
	}
	return output.WriteBriefingHTML(w, b)
}
