package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/syntax"
)

func newParseCmd(e *cliEnv) *cobra.Command {
	var in inputFlags
	var outPath string
	c := &cobra.Command{
		Use:   "parse [flags] FILE|FOLDER|- ...",
		Short: "Write the Universal Dependencies analysis of every sentence as CoNLL-U",
		Long: `Tag and parse every sentence and write CoNLL-U: universal and Penn tags,
lemma, features, head and relation for each word.

On articles (text, HTML, TimeML, JSON Lines) the words are Chronicle's own
tokens, split as the English Web Treebank splits them ("don't" -> "do"
"n't", with a multiword range line); each sentence has "# doc", "# sent_id"
(<doc>-<n>) and "# text" comments, and SpaceAfter=No in MISC where no space
follows.

With --input-format conllu the inputs are CoNLL-U files with gold words:
the output keeps their sentences, comments, IDs, forms, multiword ranges and
empty nodes, and fills UPOS, XPOS, LEMMA, FEATS, HEAD and DEPREL.`,
		Example: `  chronicle parse examples/abe-putin-danang-2017.txt
  chronicle parse --input-format conllu en_ewt-ud-dev.conllu -o predicted.conllu`,
		RunE: func(c *cobra.Command, args []string) error {
			m, err := syntax.Default()
			if err != nil {
				return err
			}
			out, err := e.openOut(outPath)
			if err != nil {
				return err
			}
			if in.format == "conllu" {
				failed, err := e.parseCoNLLU(m, args, out.w)
				return finish(out, failed, err)
			}
			in.keepSyntax = true
			failed, err := e.collect(args, &in, func(r *pipeline.Result) error {
				return syntax.WriteCoNLLU(out.w, resultSentences(r))
			})
			return finish(out, failed, err)
		},
	}
	in.register(c)
	c.Flags().Lookup("input-format").Usage = "read every input as `FORMAT` (text, html, timeml, jsonl, conllu) instead of by extension"
	c.Flags().StringVarP(&outPath, "output", "o", "", "write to `FILE` instead of standard output")
	return c
}

// parseCoNLLU annotates CoNLL-U inputs in place of their gold analysis.
func (e *cliEnv) parseCoNLLU(m *syntax.Model, args []string, w io.Writer) (failed bool, err error) {
	if len(args) == 0 {
		return false, usagef("no input: give CoNLL-U files, or - for standard input")
	}
	for _, a := range args {
		sents, rerr := readCoNLLUArg(a, e.stdin)
		if rerr != nil {
			name := a
			if a == "-" {
				name = "stdin"
			}
			fmt.Fprintf(e.stderr, "chronicle: %s\n", errWithName(name, rerr))
			failed = true
			continue
		}
		for i := range sents {
			annotateGold(m, &sents[i])
		}
		if err := syntax.WriteCoNLLU(w, sents); err != nil {
			return failed, err
		}
	}
	return failed, nil
}

func readCoNLLUArg(a string, stdin io.Reader) ([]syntax.Sentence, error) {
	if a == "-" {
		return syntax.ReadCoNLLU(stdin)
	}
	f, err := os.Open(a)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return syntax.ReadCoNLLU(f)
}

// annotateGold replaces a sentence's analysis with the model's, keeping
// forms, DEPS and MISC.
func annotateGold(m *syntax.Model, s *syntax.Sentence) {
	ws := make([]syntax.Word, len(s.Words))
	for i, w := range s.Words {
		ws[i] = syntax.Word{Form: w.Form, Token: -1}
	}
	m.Annotate(ws)
	for i := range s.Words {
		g := &s.Words[i]
		p := ws[i]
		g.UPOS, g.XPOS, g.Lemma, g.Feats, g.Head, g.Rel = p.UPOS, p.XPOS, p.Lemma, p.Feats, p.Head, p.Rel
	}
}

// resultSentences turns a document's trees into CoNLL-U sentences, with a
// multiword range for every token split into several words.
func resultSentences(r *pipeline.Result) []syntax.Sentence {
	text := r.Doc.Text
	out := make([]syntax.Sentence, 0, len(r.Syntax))
	for i, tr := range r.Syntax {
		if i >= len(r.Sentences) {
			break
		}
		sn := r.Sentences[i]
		s := syntax.Sentence{Comments: []string{
			"doc = " + r.Doc.ID,
			"sent_id = " + r.Doc.ID + "-" + strconv.Itoa(i+1),
			"text = " + oneLine(text[sn.Start:sn.End]),
		}}
		for j := 0; j < len(tr.Words); {
			t := tr.Words[j].Token
			k := j
			for k < len(tr.Words) && tr.Words[k].Token == t {
				k++
			}
			// No space after: the next byte is not white space (the next
			// token, or the next sentence, touches this one).
			end := tr.Words[k-1].End
			spaceAfter := end >= len(text) || strings.ContainsRune(" \t\n\r\f\v", rune(text[end])) || text[end] >= 0x80 && isSpaceAt(text, end)
			if k-j > 1 {
				var e syntax.ExtraLine
				e.At = j
				e.Fields = [10]string{strconv.Itoa(j+1) + "-" + strconv.Itoa(k), text[tr.Words[j].Start:end], "_", "_", "_", "_", "_", "_", "_", "_"}
				if !spaceAfter {
					e.Fields[9] = "SpaceAfter=No"
				}
				s.Extra = append(s.Extra, e)
			}
			for x := j; x < k; x++ {
				w := tr.Words[x]
				if k-j == 1 && !spaceAfter {
					w.Misc = "SpaceAfter=No"
				}
				s.Words = append(s.Words, w)
			}
			j = k
		}
		out = append(out, s)
	}
	return out
}

// isSpaceAt reports whether the rune at text[i] is white space.
func isSpaceAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

// oneLine folds a sentence's line breaks and tabs into spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func newEvalParseCmd(e *cliEnv) *cobra.Command {
	var split string
	var asJSON bool
	c := &cobra.Command{
		Use:   "parse GOLD.conllu",
		Short: "Score the tagger and parser on gold CoNLL-U: UPOS, UAS, LAS, speed",
		Long: `Tag and parse the words of GOLD.conllu and print, over every word
(punctuation included, as the CoNLL 2018 shared task counts on gold tokens):
UPOS, XPOS, lemma and features accuracy, UAS, LAS on the universal relation
(the part before ':') and LAS on the full relation; then the speed of the
tagger and parser alone (words/s and MB/s of the sentences' text).

--split tune|held scores half of the file's documents (taken alternately in
order of first appearance; the document is the sent_id without its final
"-NNNN"): tuning looks at "tune", "held" is the half no choice was made on.`,
		Example: `  chronicle eval parse ../shared/data/ud-ewt/en_ewt-ud-dev.conllu
  chronicle eval parse --split held ../shared/data/ud-ewt/en_ewt-ud-dev.conllu`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			switch split {
			case "all", "tune", "held":
			default:
				return usagef("--split %q: choose all, tune or held", split)
			}
			gold, err := readCoNLLUArg(args[0], e.stdin)
			if err != nil {
				return fmt.Errorf("%s", errWithName(args[0], err))
			}
			gold = syntax.Split(gold, split)
			if len(gold) == 0 {
				return fmt.Errorf("%s: no sentences", args[0])
			}
			m, err := syntax.Default()
			if err != nil {
				return err
			}
			s := syntax.Evaluate(m, gold)
			wps := float64(s.Words) / s.Elapsed.Seconds()
			mbps := float64(s.Bytes) / 1e6 / s.Elapsed.Seconds()
			if asJSON {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(map[string]any{
					"file": args[0], "split": split, "sentences": s.Sentences, "words": s.Words,
					"upos": round2(s.Pct(s.UPOS)), "xpos": round2(s.Pct(s.XPOS)), "lemma": round2(s.Pct(s.Lemma)), "feats": round2(s.Pct(s.Feats)),
					"uas": round2(s.Pct(s.UAS)), "las": round2(s.Pct(s.LAS)), "las_full": round2(s.Pct(s.LASFull)),
					"words_per_second": int(wps), "mb_per_second": round2(mbps),
				})
			}
			fmt.Fprintf(e.stdout, "%s (%s): %d sentences, %d words\n", args[0], split, s.Sentences, s.Words)
			fmt.Fprintf(e.stdout, "UPOS   %6.2f\nXPOS   %6.2f\nlemma  %6.2f\nfeats  %6.2f\nUAS    %6.2f\nLAS    %6.2f  (universal relation)\nLAS    %6.2f  (full relation, with subtypes)\n",
				s.Pct(s.UPOS), s.Pct(s.XPOS), s.Pct(s.Lemma), s.Pct(s.Feats), s.Pct(s.UAS), s.Pct(s.LAS), s.Pct(s.LASFull))
			fmt.Fprintf(e.stdout, "speed  %.0f words/s, %.2f MB/s (tagger and parser, one goroutine)\n", wps, mbps)
			return nil
		},
	}
	c.Flags().StringVar(&split, "split", "all", "score `PART` of the file's documents: all, tune or held")
	c.Flags().BoolVar(&asJSON, "json", false, "print the figures as JSON")
	return c
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
