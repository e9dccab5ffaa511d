package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/eval"
)

func newEvalDiagramCmd(e *cliEnv) *cobra.Command {
	var list bool
	c := &cobra.Command{
		Use:   "diagram FILE.svg ...",
		Short: "Measure SVG diagrams: size, overlapping nodes, smallest label",
		Long: `Measure each SVG drawing: its width and height, the nodes Graphviz drew
and how many pairs of their boxes overlap (more than a point), and the
smallest font size as drawn at 100% zoom (after the drawing's scale).
Works on the output of graph --format svg and timeline --format svg.`,
		Example: `  chronicle graph --format svg -o g.svg articles/ && chronicle eval diagram g.svg`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			bad := false
			for _, f := range args {
				fh, err := os.Open(f)
				if err != nil {
					return err
				}
				d, err := eval.MeasureSVG(fh)
				fh.Close()
				if err != nil {
					fmt.Fprintf(e.stderr, "chronicle: %s: %v\n", f, err)
					bad = true
					continue
				}
				fmt.Fprintf(e.stdout, "%s: %s\n", f, d.Summary())
				if list {
					for _, p := range d.Overlaps {
						fmt.Fprintf(e.stdout, "  overlap: %s | %s\n", p[0], p[1])
					}
				}
			}
			if bad {
				return errFailedInputs
			}
			return nil
		},
	}
	c.Flags().BoolVar(&list, "list", false, "list the overlapping pairs")
	return c
}
