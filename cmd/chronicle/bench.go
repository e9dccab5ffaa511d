package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

func newBenchCmd(e *cliEnv) *cobra.Command {
	var in inputFlags
	var minTime time.Duration
	var fixedRuns int
	var cpuProfile, only string
	c := &cobra.Command{
		Use:   "bench [flags] FILE|FOLDER ...",
		Short: "Measure the speed of each stage on a corpus (MB/s on one core)",
		Long: `Read the inputs once, then run each stage over all of them on one goroutine,
repeating until --time has passed, and print MB/s of document text per
stage and for the whole pipeline (segmentation, time tagging, entities,
events, graph). Reading files is not timed. The last column is the CPU time
the process used per MB (garbage collection included), which other programs
running at the same time disturb less than the wall-clock figures.`,
		Example: `  chronicle bench ../shared/data/tempeval3/TBAQ-cleaned/TimeBank`,
		RunE: func(c *cobra.Command, args []string) error {
			in.quiet = true
			read, failed, err := e.collectAll(args, &in)
			if err != nil {
				return err
			}
			var docs []*document.Document
			for _, r := range read {
				docs = append(docs, r.Doc)
			}
			if len(docs) == 0 {
				return fmt.Errorf("no documents to measure")
			}
			var size int
			for _, d := range docs {
				size += len(d.Text)
			}
			// Inputs of the later stages, computed once.
			sents := make([][]text.Sentence, len(docs))
			tx := make([][]timex.Timex, len(docs))
			ents := make([][]entity.Entity, len(docs))
			results := make([]*pipeline.Result, len(docs))
			for i, d := range docs {
				sents[i] = text.Segment(d)
				tx[i] = timex.Tag(d, sents[i])
				ents[i] = entity.Recognize(d, sents[i], tx[i])
				results[i] = pipeline.Process(d)
			}
			stages := []struct {
				name string
				run  func()
			}{
				{"segment", func() {
					for _, d := range docs {
						text.Segment(d)
					}
				}},
				{"timex", func() {
					for i, d := range docs {
						timex.Tag(d, sents[i])
					}
				}},
				{"entity", func() {
					for i, d := range docs {
						entity.Recognize(d, sents[i], tx[i])
					}
				}},
				{"event", func() {
					for i, d := range docs {
						event.Extract(d, sents[i], tx[i], ents[i])
					}
				}},
				{"graph", func() { graph.Build(results) }},
				{"pipeline (all of the above)", func() {
					rs := make([]*pipeline.Result, len(docs))
					for i, d := range docs {
						rs[i] = pipeline.Process(d)
					}
					graph.Build(rs)
				}},
			}
			if cpuProfile != "" {
				f, err := os.Create(cpuProfile)
				if err != nil {
					return err
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return fmt.Errorf("--cpuprofile: %w", err)
				}
				defer pprof.StopCPUProfile()
			}
			prev := runtime.GOMAXPROCS(1)
			defer runtime.GOMAXPROCS(prev)
			fmt.Fprintf(e.stdout, "%d documents, %.2f MB of text, one core (GOMAXPROCS=1)\n", len(docs), float64(size)/1e6)
			tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(tw, "stage\tMB/s\tms per MB\truns\tCPU ms per MB\t")
			for _, s := range stages {
				if only != "" && !strings.HasPrefix(s.name, only) {
					continue
				}
				runs := 0
				start := time.Now()
				cpu0, cpuOK := cpuTime()
				for runs == 0 || fixedRuns == 0 && time.Since(start) < minTime || runs < fixedRuns {
					s.run()
					runs++
				}
				el := time.Since(start).Seconds()
				cpu1, _ := cpuTime()
				mb := float64(size) * float64(runs) / 1e6
				cpu := "-"
				if cpuOK {
					cpu = fmt.Sprintf("%.1f", 1000*(cpu1-cpu0).Seconds()/mb)
				}
				fmt.Fprintf(tw, "%s\t%.1f\t%.1f\t%d\t%s\t\n", s.name, mb/el, 1000*el/mb, runs, cpu)
			}
			tw.Flush()
			if failed {
				return errFailedInputs
			}
			return nil
		},
	}
	in.register(c)
	c.Flags().DurationVar(&minTime, "time", 2*time.Second, "minimum time to run each stage")
	c.Flags().IntVar(&fixedRuns, "runs", 0, "run each stage exactly `N` times instead of for --time (for instruction counts under valgrind)")
	c.Flags().StringVar(&only, "stage", "", "measure only the stage named `NAME` (segment, timex, entity, event, graph, pipeline)")
	c.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the measured runs to `FILE` (go tool pprof)")
	return c
}
