package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/eval"
	"github.com/chronicle-news/chronicle/internal/pipeline"
)

// newEvalNERCmd is `chronicle eval ner CONLL_FILE`: the names of the
// pipeline scored against CoNLL-2003 (exact span and type, PER/ORG/LOC).
func newEvalNERCmd(e *cliEnv) *cobra.Command {
	var showErrors, asText bool
	c := &cobra.Command{
		Use:   "ner CONLL_FILE",
		Short: "Score person, organization and place names on a CoNLL-2003 file",
		Long: `Run the entity stage (what extract and graph output, after temporal
tagging) over every document of a CoNLL-2003 file, on the file's own
sentences and tokens, and score its names against the gold phrases: exact
token span and type, conlleval style. Persons, organizations and places are
compared (PER, ORG, LOC); MISC is not an entity type of Chronicle and is
left out of the gold side. Descriptions ("the prime minister") and
nationality words are not names here.

With --as-text each document's tokens are written out as plain text (a
space between tokens, a blank line between sentences) and the whole
pipeline reads it as it reads any article, with its own sentences and
tokens; a name counts when its span starts and ends on the file's token
boundaries.`,
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
			tagger := entity.TagTokenized
			if asText {
				tagger = tagAsText
			}
			gold, sys, toks := eval.TagCoNLL(docs, tagger)
			s, err := eval.ScoreNER(gold, sys)
			if err != nil {
				return err
			}
			w := bufio.NewWriter(e.stdout)
			how := "entity stage"
			if asText {
				how = "whole pipeline on the tokens written as text"
			}
			fmt.Fprintf(w, "%s: %d documents, %s\n", args[0], len(docs), how)
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
	c.Flags().BoolVar(&asText, "as-text", false, "write the tokens out as text and run the whole pipeline on it, as on an article")
	return c
}

// tagAsText writes a pre-tokenized document out as text, runs the whole
// pipeline on it, and returns its names as IOB2 tags over the given
// tokens: a name whose span does not start and end on token boundaries
// counts as none.
func tagAsText(id string, sentences [][]string) [][]string {
	type at struct{ s, t int }
	var b strings.Builder
	starts, ends := map[int]at{}, map[int]at{}
	out := make([][]string, len(sentences))
	for si, s := range sentences {
		out[si] = make([]string, len(s))
		for ti, w := range s {
			out[si][ti] = "O"
			if ti > 0 {
				b.WriteByte(' ')
			}
			starts[b.Len()] = at{si, ti}
			b.WriteString(w)
			ends[b.Len()] = at{si, ti}
		}
		b.WriteString("\n\n")
	}
	docs, err := document.ReadReader(id+".txt", strings.NewReader(b.String()), document.Options{})
	if err != nil || len(docs) != 1 {
		return out
	}
	for _, m := range nameMentions(pipeline.Process(docs[0])) {
		a, ok1 := starts[m.Start]
		z, ok2 := ends[m.End]
		if !ok1 || !ok2 || a.s != z.s || z.t < a.t {
			continue
		}
		out[a.s][a.t] = "B-" + m.typ
		for k := a.t + 1; k <= z.t; k++ {
			out[a.s][k] = "I-" + m.typ
		}
	}
	return out
}

// nameMention is a mention of a person, organization or place that is a
// name (not a description, pronoun or nationality word), with its
// CoNLL-2003 type.
type nameMention struct {
	entity.Mention
	typ string // PER, ORG, LOC
}

// nameMentions returns the names of r's persons, organizations and
// places: what `eval ner --as-text` and `eval names` score.
func nameMentions(r *pipeline.Result) []nameMention {
	types := map[string]string{entity.Person: "PER", entity.Organization: "ORG", entity.Location: "LOC"}
	var out []nameMention
	for _, e := range r.Entities {
		typ, ok := types[e.Type]
		if !ok {
			continue
		}
		for _, m := range e.Mentions {
			switch m.Kind {
			case "", "name", "alias", "acronym", "dateline":
				out = append(out, nameMention{m, typ})
			}
		}
	}
	return out
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
