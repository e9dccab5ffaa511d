package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/chronicle-news/chronicle/internal/syntax"
)

// evaluate scores a written model on gold sentences and prints the most
// frequent tag and relation confusions (for tuning; the CLI's `eval parse`
// is the user-facing scorer).
func evaluate(dir string, gold []syntax.Sentence, top int) error {
	m, err := syntax.LoadDir(func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, name)) })
	if err != nil {
		return err
	}
	var n, upos, xpos, uas, las, lemma int
	conf := map[string]int{}
	relConf := map[string]int{}
	for _, s := range gold {
		ws := make([]syntax.Word, len(s.Words))
		for i, w := range s.Words {
			ws[i] = syntax.Word{Form: w.Form}
		}
		m.Annotate(ws)
		for i, w := range s.Words {
			p := ws[i]
			n++
			if p.UPOS == w.UPOS {
				upos++
			} else {
				conf[w.UPOS+">"+p.UPOS]++
				if os.Getenv("SYNTAX_DEBUG") == "3" && w.UPOS == "PROPN" && p.UPOS == "NOUN" {
					fmt.Fprintln(os.Stderr, "PN", w.Form)
				}
			}
			if p.XPOS == w.XPOS {
				xpos++
			}
			if p.Lemma == w.Lemma {
				lemma++
			}
			if p.Head == w.Head {
				uas++
				if syntax.Universal(p.Rel) == syntax.Universal(w.Rel) {
					las++
				} else {
					relConf[syntax.Universal(w.Rel)+">"+syntax.Universal(p.Rel)]++
				}
			}
		}
	}
	pct := func(a int) float64 { return 100 * float64(a) / float64(n) }
	fmt.Printf("words %d  UPOS %.2f  XPOS %.2f  lemma %.2f  UAS %.2f  LAS %.2f\n", n, pct(upos), pct(xpos), pct(lemma), pct(uas), pct(las))
	for _, c := range []map[string]int{conf, relConf} {
		var ks []string
		for k := range c {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(i, j int) bool { return c[ks[i]] > c[ks[j]] || c[ks[i]] == c[ks[j]] && ks[i] < ks[j] })
		for i, k := range ks {
			if i >= top {
				break
			}
			fmt.Printf("  %-22s %d\n", k, c[k])
		}
	}
	return nil
}
