package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/eval"
)

// newEvalNERCmd is `chronicle eval ner CONLL_FILE`: the names of the
// pipeline scored against CoNLL-2003 (exact span and type, PER/ORG/LOC).
func newEvalNERCmd(e *cliEnv) *cobra.Command {
	var showErrors bool
	c := &cobra.Command{
		Use:   "ner CONLL_FILE",
		Short: "Score person, organization and place names on a CoNLL-2003 file",
		Long: `Run the entity stage (what extract and graph output, after temporal
tagging) over every document of a CoNLL-2003 file, on the file's own
sentences and tokens, and score its names against the gold phrases: exact
token span and type, conlleval style. Persons, organizations and places are
compared (PER, ORG, LOC); MISC is not an entity type of Chronicle and is
left out of the gold side. Descriptions ("the prime minister") and
nationality words are not names here.`,
		Example: `  chronicle eval ner ../shared/data/conll2003/eng.testa
  chronicle eval ner --errors ../shared/data/conll2003/eng.testa | less`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			docs, err := eval.ReadCoNLL(f)
			if err != nil {
				return fmt.Errorf("%s: %v", args[0], err)
			}
			gold, sys, toks := eval.TagCoNLL(docs, entity.TagTokenized)
			s, err := eval.ScoreNER(gold, sys)
			if err != nil {
				return err
			}
			w := bufio.NewWriter(e.stdout)
			fmt.Fprintf(w, "%s: %d documents, entity stage\n", args[0], len(docs))
			if err := eval.WriteNERReport(w, s, []string{"PER", "ORG", "LOC"}); err != nil {
				return err
			}
			if showErrors {
				writeNERErrors(w, gold, sys, toks)
			}
			return w.Flush()
		},
	}
	c.Flags().BoolVar(&showErrors, "errors", false, "list every missed and spurious phrase (gold and system side by side)")
	return c
}

// writeNERErrors lists, sentence by sentence, the phrases that are not in
// both the gold and the system tags: "-" missed (gold only), "+" spurious
// (system only); a wrong type or boundary shows as one of each.
func writeNERErrors(w io.Writer, gold, sys, toks [][]string) {
	fmt.Fprintf(w, "\n=== errors: - gold only, + system only ===\n")
	for i := range gold {
		gs, ss := eval.NERSpans(gold[i]), eval.NERSpans(sys[i])
		inG, inS := map[eval.NERSpan]bool{}, map[eval.NERSpan]bool{}
		for _, g := range gs {
			inG[g] = true
		}
		for _, s := range ss {
			inS[s] = true
		}
		var lines []string
		for _, g := range gs {
			if !inS[g] {
				lines = append(lines, fmt.Sprintf("  - %-4s %s", g.Type, strings.Join(toks[i][g.Start:g.End], " ")))
			}
		}
		for _, s := range ss {
			if !inG[s] {
				lines = append(lines, fmt.Sprintf("  + %-4s %s", s.Type, strings.Join(toks[i][s.Start:s.End], " ")))
			}
		}
		if len(lines) == 0 {
			continue
		}
		fmt.Fprintf(w, "sentence %d: %s\n%s\n", i+1, strings.Join(toks[i], " "), strings.Join(lines, "\n"))
	}
}
