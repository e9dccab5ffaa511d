package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/eval"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/timeline"
)

// newEvalBriefingCmd is `chronicle eval briefing FILE|DIR...`: each
// article's briefing timeline against the lines a reader expects of it.
func newEvalBriefingCmd(e *cliEnv) *cobra.Command {
	var lines bool
	c := &cobra.Command{
		Use:   "briefing NAME.expected.md|DIR ...",
		Short: "Score briefing timelines against the lines a reader expects (held-out article sets)",
		Long: `Read articles NAME.txt with the lines a reader expects on their briefing
timeline beside them, NAME.expected.md, one line each:

  - 2002-01-22 | Kmart Corp. | filed for Chapter 11 bankruptcy protection | done

(date, actor, what happened, status). A folder is searched for
.expected.md files. Each article goes through the whole pipeline, and the
dated lines of its timeline (what "chronicle timeline NAME.txt" shows) are
paired one to one with the expected lines: a pair needs the line's event
word among the expected words (by a light stem: "filed", "files") and one
more word in common; the date agrees when one date lies inside the other
("2002-01" and "2002-01-22"). The figures are an automatic stand-in for a
reading by hand, which also judges actors, objects and statuses, and
counts true lines that no one expected as right: matched lines are about
a reader's right and partial ones together, and precision counts every
unexpected line as wrong.

For the expected lines not on the timeline it says where they are in the
event layer ("chronicle timeline --all"): dated but not chosen, undated,
or absent. --lines lists every expected line with the line it matched.

A file that cannot be read or parsed is reported with its name and
skipped; the others are scored.`,
		Example: `  chronicle eval briefing testdata/heldout/held24
  chronicle eval briefing --lines testdata/heldout/own42`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			files, err := expectedFiles(args)
			if err != nil {
				return err
			}
			w := bufio.NewWriter(e.stdout)
			type counts struct{ articles, exp, shown, matched, dated, layerDated, layerUndated, absent int }
			total := counts{}
			bySet := map[string]*counts{}
			var sets []string
			for _, path := range files {
				sc, err := scoreBriefing(path)
				if err != nil {
					fmt.Fprintf(e.stderr, "chronicle: %v\n", err)
					continue
				}
				set := filepath.Dir(path)
				k := bySet[set]
				if k == nil {
					k = &counts{}
					bySet[set] = k
					sets = append(sets, set)
				}
				for _, t := range []*counts{k, &total} {
					t.articles++
					t.exp += len(sc.exp)
					t.shown += sc.shown
					t.matched += sc.matched
					t.dated += sc.dated
					t.layerDated += sc.layerDated
					t.layerUndated += sc.layerUndated
					t.absent += sc.absent
				}
				fmt.Fprintf(w, "%-48s expected %3d  shown %3d  matched %3d  dated right %3d\n", filepath.Base(path), len(sc.exp), sc.shown, sc.matched, sc.dated)
				if lines {
					for i, x := range sc.exp {
						fmt.Fprintf(w, "    %-10s | %s | %s\n      -> %s\n", x.Date, x.Actor, x.What, sc.found[i])
					}
				}
			}
			report := func(name string, k *counts) {
				fmt.Fprintf(w, "%s: %d articles, %d expected lines, %d shown\n", name, k.articles, k.exp, k.shown)
				p, r := percentOf(k.matched, k.shown), percentOf(k.matched, k.exp)
				f := 0.0
				if p+r > 0 {
					f = 2 * p * r / (p + r)
				}
				fmt.Fprintf(w, "  matched %d (recall %.1f, precision %.1f, F1 %.1f); with the date right %d (%.1f%% of expected)\n", k.matched, r, p, f, k.dated, percentOf(k.dated, k.exp))
				fmt.Fprintf(w, "  not on the timeline: dated in the layer %d, undated in the layer %d, not in the layer %d\n", k.layerDated, k.layerUndated, k.absent)
			}
			if len(sets) > 1 {
				sort.Strings(sets)
				for _, s := range sets {
					report(s, bySet[s])
				}
			}
			if total.articles > 0 {
				report("all", &total)
			}
			if total.articles < len(files) {
				fmt.Fprintf(w, "%d of %d files skipped (see the messages above)\n", len(files)-total.articles, len(files))
			}
			return w.Flush()
		},
	}
	c.Flags().BoolVar(&lines, "lines", false, "list every expected line with the timeline line it matched")
	return c
}

// briefingScore is one article's briefing against its expected lines.
type briefingScore struct {
	exp                              []eval.ExpectedLine
	found                            []string // per expected line: the line matched, or where it is
	shown, matched, dated            int
	layerDated, layerUndated, absent int
}

// scoreBriefing reads path (NAME.expected.md) and NAME.txt beside it, runs
// the pipeline and scores the timeline.
func scoreBriefing(path string) (*briefingScore, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	exp, err := eval.ParseExpected(string(src))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	textPath := strings.TrimSuffix(path, ".expected.md") + ".txt"
	f, err := os.Open(textPath)
	if err != nil {
		return nil, err
	}
	docs, err := document.ReadReader(filepath.Base(textPath), f, document.Options{})
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", textPath, err)
	}
	if len(docs) != 1 {
		return nil, fmt.Errorf("%s: %d documents, want one", textPath, len(docs))
	}
	r := pipeline.Process(docs[0])
	triggers := make(map[string]string, len(r.Events)+len(r.Mentions)) // event ID -> its word
	for _, l := range [][]event.Event{r.Events, r.Mentions} {
		for i := range l {
			triggers[l[i].ID] = l[i].Text
		}
	}
	line := func(e *timeline.Entry) eval.BriefLine {
		return eval.BriefLine{Date: e.Date, Summary: e.Summary, Trigger: triggers[e.Event], Actors: e.Actors}
	}
	sc := &briefingScore{exp: exp, found: make([]string, len(exp))}
	dated, _ := graph.CorpusTimeline([]*pipeline.Result{r})
	shown := make([]eval.BriefLine, len(dated))
	for i := range dated {
		shown[i] = line(&dated[i].Entry)
	}
	sc.shown = len(shown)
	m := eval.AlignBriefing(exp, shown)
	ld, lu := timeline.BuildLayer([]*pipeline.Result{r})
	layer := make([]eval.BriefLine, 0, len(ld)+len(lu))
	for i := range ld {
		layer = append(layer, line(&ld[i]))
	}
	for i := range lu {
		layer = append(layer, line(&lu[i]))
	}
	ml := eval.AlignBriefing(exp, layer)
	for i := range exp {
		switch {
		case m[i] >= 0:
			sc.matched++
			l := shown[m[i]]
			mark := "date differs"
			if eval.DateAgrees(exp[i].Date, l.Date) {
				sc.dated++
				mark = "date agrees"
			}
			sc.found[i] = fmt.Sprintf("%s %s (%s)", l.Date, l.Summary, mark)
		case ml[i] >= 0 && layer[ml[i]].Date != "":
			sc.layerDated++
			sc.found[i] = "not shown; in the layer dated " + layer[ml[i]].Date + ": " + layer[ml[i]].Summary
		case ml[i] >= 0:
			sc.layerUndated++
			sc.found[i] = "not shown; in the layer undated: " + layer[ml[i]].Summary
		default:
			sc.absent++
			sc.found[i] = "not in the layer"
		}
	}
	return sc, nil
}

// expectedFiles expands the arguments: files as given, folders searched
// for *.expected.md; sorted.
func expectedFiles(args []string) ([]string, error) { return filesEnding(args, ".expected.md") }
