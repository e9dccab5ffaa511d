package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/eval"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/timeml"
	"github.com/chronicle-news/chronicle/internal/timex"
)

func newTempevalCmd(e *cliEnv) *cobra.Command {
	var in inputFlags
	c := &cobra.Command{
		Use:   "tempeval IN_DIR OUT_DIR",
		Short: "Annotate TempEval-3 input files with TIMEX3 and EVENT tags",
		Long: `For every TempEval-3 input in IN_DIR (X.tml.TE3input or X.tml: TimeML text
plus the DCT), write OUT_DIR/X.tml with TIMEX3 and EVENT tags added inline,
the DCT and the rest of the file left byte-identical, as the TempEval-3
scorer expects. Tags already present in the input's TEXT are replaced, so a
gold folder can be given as input.`,
		Example: `  chronicle tempeval ../shared/data/tempeval3/TBAQ-cleaned/TimeBank /tmp/sys
  chronicle eval timex ../shared/data/tempeval3/TBAQ-cleaned/TimeBank /tmp/sys`,
		Args: cobra.ExactArgs(2),
		RunE: func(c *cobra.Command, args []string) error {
			inDir, outDir := args[0], args[1]
			files, err := tempevalInputs(inDir)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(outDir, 0o755); err != nil {
				return fmt.Errorf("%s: %v", outDir, err)
			}
			opt, err := e.options(&in)
			if err != nil {
				return err
			}
			var srcs []pipeline.Source
			for _, f := range files {
				srcs = append(srcs, fileSource(f, opt))
			}
			failed := false
			// Outputs come one per document, then one with Done per
			// source: a source's file is written when it is done.
			var cur []*pipeline.Result
			curFailed := false
			report := func(o pipeline.Output) {
				failed = true
				fmt.Fprintf(e.stderr, "chronicle: %s\n", errWithName(o.Source, o.Err))
			}
			budget, err := e.memoryBudget(&in)
			if err != nil {
				return err
			}
			err = pipeline.RunWith(srcs, pipeline.Options{Workers: in.workers, MaxMemory: budget}, func(o pipeline.Output) error {
				if !o.Done {
					if o.Err != nil {
						curFailed = true
						report(o)
					} else {
						cur = append(cur, o.Results...)
					}
					return nil
				}
				if o.Err == nil && !curFailed {
					o.Err = writeTempeval(pipeline.Output{Source: o.Source, Results: cur}, outDir)
				}
				if o.Err != nil {
					report(o)
				}
				cur, curFailed = nil, false
				return nil
			})
			if err == nil && failed {
				return errFailedInputs
			}
			return err
		},
	}
	in.register(c)
	return c
}

// tempevalInputs lists the X.tml and X.tml.TE3input files of dir, sorted;
// when both exist for one X, the TE3input (what the task gives) wins.
func tempevalInputs(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, usagef("%s: %v", dir, err)
	}
	byBase := map[string]string{}
	for _, e := range ents {
		n := e.Name()
		switch {
		case strings.HasSuffix(n, ".tml.TE3input"):
			byBase[strings.TrimSuffix(n, ".TE3input")] = n
		case strings.HasSuffix(n, ".tml"):
			if _, ok := byBase[n]; !ok {
				byBase[n] = n
			}
		}
	}
	if len(byBase) == 0 {
		return nil, usagef("%s: no .tml or .tml.TE3input files", dir)
	}
	var out []string
	for _, n := range byBase {
		out = append(out, filepath.Join(dir, n))
	}
	sort.Strings(out)
	return out, nil
}

// writeTempeval writes OUT_DIR/X.tml for one processed input. The file is
// parsed once more as TimeML to insert the tags at the source offsets; the
// text the stages saw must be the text of that parse.
func writeTempeval(o pipeline.Output, outDir string) error {
	if len(o.Results) != 1 {
		return fmt.Errorf("want one TimeML document, read %d", len(o.Results))
	}
	r := o.Results[0]
	raw, err := os.ReadFile(o.Source)
	if err != nil {
		return err
	}
	td, err := timeml.Parse(raw)
	if err != nil {
		return err
	}
	if td.Text != r.Doc.Text {
		return fmt.Errorf("not read as TimeML (use a .tml or .tml.TE3input file)")
	}
	out, err := timeml.Annotate(td, timex.SplitRanges(r.Doc.Text, r.Timexes), event.TimeMLEvents(r.Doc, r.Sentences, r.Events))
	if err != nil {
		return err
	}
	name := strings.TrimSuffix(filepath.Base(o.Source), ".TE3input")
	return os.WriteFile(filepath.Join(outDir, name), out, 0o644)
}

func newEvalCmd(e *cliEnv) *cobra.Command {
	c := &cobra.Command{
		Use:   "eval",
		Short: "Score annotations against gold data",
	}
	var showErrors bool
	timexCmd := &cobra.Command{
		Use:   "timex GOLD_DIR SYS_DIR",
		Short: "Score TIMEX3 tags with the TempEval-3 definitions",
		Long: `Score the TIMEX3 tags of SYS_DIR against GOLD_DIR (files paired by name):
strict (same extent) and relaxed (overlapping extent) precision, recall and
F1, and value and type F1 (attribute accuracy among relaxed matches times
relaxed F1), as TempEval-3 defines them.`,
		Args: cobra.ExactArgs(2),
		RunE: func(c *cobra.Command, args []string) error {
			s, errs, err := eval.ScoreTimexDirs(args[0], args[1])
			if err != nil {
				return err
			}
			return eval.WriteTimexReport(e.stdout, s, errs, showErrors)
		},
	}
	eventsCmd := &cobra.Command{
		Use:   "events GOLD_DIR SYS_DIR",
		Short: "Score EVENT tags: extent and class",
		Args:  cobra.ExactArgs(2),
		RunE: func(c *cobra.Command, args []string) error {
			s, errs, err := eval.ScoreEventDirs(args[0], args[1])
			if err != nil {
				return err
			}
			return eval.WriteEventReport(e.stdout, s, errs, showErrors)
		},
	}
	for _, sub := range []*cobra.Command{timexCmd, eventsCmd} {
		sub.Flags().BoolVar(&showErrors, "errors", false, "list every error: text, gold and system values")
		c.AddCommand(sub)
	}
	c.AddCommand(newEvalNERCmd(e))
	c.AddCommand(newEvalNamesCmd(e))
	c.AddCommand(newEvalBriefingCmd(e))
	c.AddCommand(newEvalParseCmd(e))
	c.AddCommand(newEvalMeantimeCmd(e))
	c.AddCommand(newEvalAnchorsCmd(e))
	c.AddCommand(newEvalTimelineCmd(e))
	c.AddCommand(newEvalDiagramCmd(e))
	return c
}
