package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/eval"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/timeml"
)

func newEvalAnchorsCmd(e *cliEnv) *cobra.Command {
	var showErrors bool
	var split string
	c := &cobra.Command{
		Use:   "anchors DIR|FILE.tml ...",
		Short: "Score event dates against the TLINKs of TimeML files (TempEval-3 TBAQ)",
		Long: `Read each TimeML file as raw text (its tags are not given to the pipeline),
run the whole pipeline with the file's DCT, and compare the date of every
event the pipeline finds with the gold: an EVENT that a TLINK (IS_INCLUDED,
INCLUDES, SIMULTANEOUS or DURING) anchors to a DATE or TIME expression,
whose value is the gold date (the most specific one when several are). A
system event matches when its trigger overlaps the gold extent; it is right
when its date (from a time expression, or the document date for the news
lead) has exactly the gold value. Figures are given for all anchored
events, and apart for those anchored to a time of the text and to the
document date.

--split tune keeps the files at even positions (in name order), --split
held the others: tuning looks at "tune", "held" is the half no choice was
made on.`,
		Example: `  chronicle eval anchors ../shared/data/tempeval3/TBAQ-cleaned
  chronicle eval anchors --split held --errors ../shared/data/tempeval3/TBAQ-cleaned/TimeBank`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			switch split {
			case "all", "tune", "held":
			default:
				return usagef("--split %q: want all, tune or held", split)
			}
			var files []string
			for _, a := range args {
				fs, err := tmlFiles(a)
				if err != nil {
					return err
				}
				files = append(files, fs...)
			}
			sort.Strings(files)
			var s eval.AnchorScore
			for i, f := range files {
				if split == "tune" && i%2 == 1 || split == "held" && i%2 == 0 {
					continue
				}
				gold, sys, err := anchorDoc(f)
				if err != nil {
					fmt.Fprintf(e.stderr, "chronicle: %v\n", err)
					continue
				}
				s.Add(filepath.Base(f), gold, sys)
			}
			fmt.Fprintf(e.stdout, "%d TimeML files (split %s)\n", len(files), split)
			return eval.WriteAnchorReport(e.stdout, s, showErrors)
		},
	}
	c.Flags().BoolVar(&showErrors, "errors", false, "list every gold event not dated with the gold value")
	c.Flags().StringVar(&split, "split", "all", "score `all` files, or the tune or held half")
	return c
}

func tmlFiles(a string) ([]string, error) {
	st, err := os.Stat(a)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{a}, nil
	}
	var out []string
	err = filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".tml") {
			out = append(out, p)
		}
		return err
	})
	return out, err
}

// anchorDoc runs the pipeline over a TimeML file's text and returns the
// gold anchored events and the dates of the system's events.
func anchorDoc(path string) ([]eval.AnchorEvent, []eval.SystemDate, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	td, err := timeml.Parse(raw)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	doc := &document.Document{ID: filepath.Base(path), Path: path, Format: "timeml", Title: td.Title, DocID: td.DocID, Text: td.Text}
	if len(td.DCT) >= 10 {
		if t, err := time.Parse("2006-01-02", td.DCT[:10]); err == nil {
			doc.DCT, doc.DCTSource = t, document.DCTFromTimeML
		}
	}
	doc.SetOffsets(td.Offsets)
	r := pipeline.Process(doc)
	var sys []eval.SystemDate
	for _, evs := range [][]event.Event{r.Events, r.Mentions} {
		for _, e := range evs {
			sys = append(sys, eval.SystemDate{Span: e.Trigger, Value: e.Value})
		}
	}
	return eval.GoldAnchors(td), sys, nil
}
