package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/eval"
	"github.com/chronicle-news/chronicle/internal/pipeline"
)

// newEvalNamesCmd is `chronicle eval names FILE|DIR...`: the pipeline's
// names scored against articles annotated inline.
func newEvalNamesCmd(e *cliEnv) *cobra.Command {
	var showErrors bool
	c := &cobra.Command{
		Use:   "names FILE.ann.txt|DIR ...",
		Short: "Score person, organization and place names on articles annotated inline",
		Long: `Read articles whose names are marked in the text, "[[PER|Sergio Marchionne]]
said [[ORG|Fiat]] would ...", with the types PER, ORG, LOC and GPE (a
country or capital standing for its government: LOC and ORG both count).
A folder is searched for files ending in .ann.txt. Each article's text
without the marks goes through the whole pipeline as an article would,
and its names (the mentions of persons, organizations and places that
are names, aliases, acronyms or datelines: not descriptions, pronouns or
nationality words) are compared with the marks by characters: exact span
and type, exact span whatever the type, and overlapping spans of the
type. Products, events and other names are no entities of Chronicle and
are left unmarked.

A file that cannot be read or whose marks are malformed is reported with
its name and skipped; the others are scored.`,
		Example: `  chronicle eval names testdata/heldout/names/fresh41
  chronicle eval names --errors testdata/heldout/names/held17`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			files, err := annotatedFiles(args)
			if err != nil {
				return err
			}
			w := bufio.NewWriter(e.stdout)
			var total eval.NameCounts
			byType := map[string][2]int{}
			scored := 0
			for _, path := range files {
				src, err := os.ReadFile(path)
				if err != nil {
					fmt.Fprintf(e.stderr, "chronicle: %s: %v\n", path, err)
					continue
				}
				text, gold, err := eval.ParseAnnotated(string(src))
				if err != nil {
					fmt.Fprintf(e.stderr, "chronicle: %s: %v\n", path, err)
					continue
				}
				sys := systemNames(path, text)
				n, errs := eval.ScoreNames(gold, sys)
				total.Add(n)
				scored++
				for _, g := range gold {
					v := byType[g.Type]
					v[0]++
					byType[g.Type] = v
				}
				for _, x := range errs {
					if x.Kind != "false" {
						v := byType[x.Gold.Type]
						v[1]++
						byType[x.Gold.Type] = v
					}
				}
				fmt.Fprintf(w, "%-44s gold %3d  system %3d  exact %3d  F1 %6.2f\n", filepath.Base(path), n.Gold, n.Sys, n.Exact, 100*n.ExactF1())
				if showErrors {
					for _, x := range errs {
						switch x.Kind {
						case "missed":
							fmt.Fprintf(w, "    missed %s %q%s\n", x.Gold.Type, x.Gold.Text, overlapping(sys, x.Gold))
						case "type":
							fmt.Fprintf(w, "    type   %q gold %s, system %s\n", x.Gold.Text, x.Gold.Type, x.Sys.Type)
						case "false":
							fmt.Fprintf(w, "    false  %s %q  ...%s...\n", x.Sys.Type, x.Sys.Text, around(text, x.Sys.Start, x.Sys.End))
						}
					}
				}
			}
			fmt.Fprintf(w, "%d articles: gold %d, system %d\n", scored, total.Gold, total.Sys)
			fmt.Fprintf(w, "exact span and type  F1 %6.2f  P %6.2f  R %6.2f\n", 100*total.ExactF1(), percentOf(total.Exact, total.Sys), percentOf(total.Exact, total.Gold))
			fmt.Fprintf(w, "exact span           F1 %6.2f\n", 100*total.SpanF1())
			fmt.Fprintf(w, "overlap and type     F1 %6.2f  P %6.2f  R %6.2f\n", 100*total.OverlapF1(), percentOf(total.OverSys, total.Sys), percentOf(total.OverGold, total.Gold))
			types := make([]string, 0, len(byType))
			for t := range byType {
				types = append(types, t)
			}
			sort.Strings(types)
			fmt.Fprint(w, "recall (exact) by gold type:")
			for _, t := range types {
				v := byType[t]
				fmt.Fprintf(w, "  %s %d/%d", t, v[0]-v[1], v[0])
			}
			fmt.Fprintln(w)
			if scored < len(files) {
				fmt.Fprintf(w, "%d of %d files skipped (see the messages above)\n", len(files)-scored, len(files))
			}
			return w.Flush()
		},
	}
	c.Flags().BoolVar(&showErrors, "errors", false, "list every missed, mistyped and false name")
	return c
}

func percentOf(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}

// annotatedFiles expands the arguments: files as given, folders searched
// for *.ann.txt; sorted, so that the report's order is the same each run.
func annotatedFiles(args []string) ([]string, error) { return filesEnding(args, ".ann.txt") }

// filesEnding expands the arguments: files as given, folders searched for
// files whose names end with suffix, each folder's sorted.
func filesEnding(args []string, suffix string) ([]string, error) {
	var files []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(p, suffix) {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: no %s file", a, suffix)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}

// systemNames runs the pipeline on text and returns its names.
func systemNames(path, text string) []eval.AnnotatedName {
	name := strings.TrimSuffix(filepath.Base(path), ".ann.txt") + ".txt"
	docs, err := document.ReadReader(name, strings.NewReader(text), document.Options{})
	if err != nil || len(docs) != 1 {
		return nil
	}
	var out []eval.AnnotatedName
	for _, m := range nameMentions(pipeline.Process(docs[0])) {
		out = append(out, eval.AnnotatedName{Start: m.Start, End: m.End, Type: m.typ, Text: m.Text})
	}
	return out
}

// overlapping names the system names over gold name g.
func overlapping(sys []eval.AnnotatedName, g *eval.AnnotatedName) string {
	var b strings.Builder
	for _, s := range sys {
		if s.Start < g.End && g.Start < s.End {
			fmt.Fprintf(&b, "  (system %s %q)", s.Type, s.Text)
		}
	}
	return b.String()
}

// around is the text around [start, end), on one line.
func around(text string, start, end int) string {
	a, z := max(0, start-30), min(len(text), end+20)
	for a > 0 && a < len(text) && text[a]&0xC0 == 0x80 {
		a--
	}
	for z < len(text) && text[z]&0xC0 == 0x80 {
		z++
	}
	return strings.ReplaceAll(text[a:z], "\n", " ")
}
