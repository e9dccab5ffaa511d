package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/semeval"
)

// semevalTimeline writes the SemEval-2015 TimeLine of one entity over the
// task's TimeML inputs (files or folders of .tml), with the events the
// pipeline finds in the text (track A), or the files' own EVENT elements
// (given, track B). A file that cannot be read is reported and skipped.
func (e *cliEnv) semevalTimeline(args []string, entityName, outPath string, given bool) error {
	if entityName == "" {
		return usagef("--format semeval2015 needs --entity NAME (the entity whose timeline to write)")
	}
	var paths []string
	for _, a := range args {
		if a == "-" {
			return usagef("--format semeval2015 reads the task's TimeML files, not standard input")
		}
		if err := document.Walk(a, []string{".tml"}, func(p string) error {
			paths = append(paths, p)
			return nil
		}); err != nil {
			return err
		}
	}
	sort.Strings(paths)
	failed := false
	var docs []*semeval.Doc
	for _, p := range paths {
		read := semeval.Read
		if given {
			read = semeval.ReadGivenEvents
		}
		d, err := read(p)
		if err != nil {
			fmt.Fprintf(e.stderr, "chronicle: %s\n", errWithName(p, err))
			failed = true
			continue
		}
		docs = append(docs, d)
	}
	out, err := e.openOut(outPath)
	if err != nil {
		return err
	}
	err = semeval.Build(entityName, docs, semeval.Options{}).Write(out.w)
	return finish(out, failed, err)
}

func newEvalTimelineCmd(e *cliEnv) *cobra.Command {
	return &cobra.Command{
		Use:   "timeline GOLD_DIR SYS_DIR",
		Short: "Score SemEval-2015 TimeLine files (temporal awareness after closure)",
		Long: `Score the timelines of SYS_DIR against those of GOLD_DIR (files paired by
name; a gold timeline with no system file counts as empty). Each timeline
becomes a graph of temporal relations: events of one rank SIMULTANEOUS
(rank 0, the unplaced events, relates nothing), every event of a rank
BEFORE every event of the next rank, and each dated event IS_INCLUDED in
its date. Precision is the share of the system's relations that the
closure of the gold graph holds, recall the share of the gold relations
that the closure of the system graph holds (TempEval-3's temporal
awareness); the micro average sums the counts over all timelines.`,
		Args: cobra.ExactArgs(2),
		RunE: func(c *cobra.Command, args []string) error {
			gold, err := filepath.Glob(filepath.Join(args[0], "*.txt"))
			if err != nil || len(gold) == 0 {
				return fmt.Errorf("%s: no timeline files (*.txt)", args[0])
			}
			sort.Strings(gold)
			tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "timeline\tentity\tP\tR\tF1")
			var all semeval.Counts
			for _, gp := range gold {
				g, err := readTimelineFile(gp)
				if err != nil {
					return err
				}
				sys := semeval.Timeline{Entity: g.Entity}
				sp := filepath.Join(args[1], filepath.Base(gp))
				if _, err := os.Stat(sp); err == nil {
					if sys, err = readTimelineFile(sp); err != nil {
						return err
					}
				}
				cnt := semeval.Score(g, sys)
				all.Add(cnt)
				p, r, f := cnt.PRF()
				fmt.Fprintf(tw, "%s\t%s\t%.2f\t%.2f\t%.2f\n", filepath.Base(gp), g.Entity, p, r, f)
			}
			p, r, f := all.PRF()
			fmt.Fprintf(tw, "micro\t\t%.2f\t%.2f\t%.2f\n", p, r, f)
			return tw.Flush()
		},
	}
}

func readTimelineFile(p string) (semeval.Timeline, error) {
	f, err := os.Open(p)
	if err != nil {
		return semeval.Timeline{}, err
	}
	defer f.Close()
	t, err := semeval.ReadTimeline(f)
	if err != nil {
		return t, fmt.Errorf("%s: %w", p, err)
	}
	return t, nil
}
