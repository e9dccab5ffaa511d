// Package corpus reads TimeML gold documents (TBAQ-cleaned) into training
// sentences for the event detector and scores detectors on them with the
// TempEval-3 event scorer of internal/eval. It is used by the training
// command and the detector's tests; the product does not import it.
package corpus

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/eval"
	"github.com/chronicle-news/chronicle/internal/event/detect"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timeml"
)

// Doc is one gold document with its segmentation and token labels.
type Doc struct {
	Name  string
	Gold  *timeml.Doc
	Doc   *document.Document
	Sents []text.Sentence
	// Labels[i][j] is the gold label of token j of sentence i.
	Labels [][]string
	// Unaligned counts gold events that cover no word token.
	Unaligned int
	// Multi counts gold events that cover more than one word token (only
	// the first is labelled).
	Multi int
}

// LoadDir reads every .tml file of dir, sorted by name.
func LoadDir(dir string) ([]Doc, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(strings.ToLower(e.Name()), ".tml") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var out []Doc
	for _, n := range names {
		raw, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		g, err := timeml.Parse(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		out = append(out, FromGold(n, g))
	}
	return out, nil
}

// FromGold segments a gold document and labels its tokens.
func FromGold(name string, g *timeml.Doc) Doc {
	d := Doc{Name: name, Gold: g, Doc: &document.Document{ID: name, Text: g.Text, Format: "timeml"}}
	d.Sents = text.Segment(d.Doc)
	d.Labels = make([][]string, len(d.Sents))
	type loc struct{ s, t int }
	var all []loc
	for si, s := range d.Sents {
		d.Labels[si] = make([]string, len(s.Tokens))
		for ti := range s.Tokens {
			d.Labels[si][ti] = "O"
			all = append(all, loc{si, ti})
		}
	}
	for _, ev := range g.Events() {
		// first word token overlapping the event
		k := sort.Search(len(all), func(k int) bool {
			return d.Sents[all[k].s].Tokens[all[k].t].End > ev.Trigger.Start
		})
		n := 0
		for ; k < len(all); k++ {
			t := d.Sents[all[k].s].Tokens[all[k].t]
			if t.Start >= ev.Trigger.End {
				break
			}
			if t.Kind != text.Word {
				continue
			}
			if n == 0 {
				d.Labels[all[k].s][all[k].t] = ev.Class
			}
			n++
		}
		switch {
		case n == 0:
			d.Unaligned++
		case n > 1:
			d.Multi++
		}
	}
	return d
}

// Labelled returns the training sentences of docs.
func Labelled(docs []Doc) []detect.Labelled {
	var out []detect.Labelled
	for _, d := range docs {
		for i, s := range d.Sents {
			out = append(out, detect.Labelled{Tokens: s.Tokens, Labels: d.Labels[i]})
		}
	}
	return out
}

// SystemDoc turns mentions into a TimeML document over the gold text, for
// the scorer.
func SystemDoc(g *timeml.Doc, ms []detect.Mention) *timeml.Doc {
	sys := &timeml.Doc{Text: g.Text}
	for i, m := range ms {
		sys.Tags = append(sys.Tags, timeml.Tag{Name: "EVENT", Start: m.Start, End: m.End,
			Attrs: []timeml.Attr{{Name: "eid", Value: fmt.Sprintf("e%d", i+1)}, {Name: "class", Value: m.Class}}})
	}
	return sys
}

// Score runs the detector over docs and scores its events against the gold
// ones with the TempEval-3 scorer (eval.ScoreEventDocs).
func Score(det *detect.Detector, docs []Doc) eval.EventScore {
	var total eval.EventScore
	for _, d := range docs {
		ms := det.Detect(d.Doc, d.Sents)
		sc, _ := eval.ScoreEventDocs(d.Name, d.Gold, SystemDoc(d.Gold, ms))
		total.Add(sc)
	}
	return total
}

// Line formats a score as extent P/R/F1 and class F1 (percent).
func Line(s eval.EventScore) string {
	return fmt.Sprintf("extent P %5.2f R %5.2f F1 %5.2f | strict F1 %5.2f | class acc %5.2f F1 %5.2f (gold %d, sys %d)",
		100*s.RelaxedP(), 100*s.RelaxedR(), 100*s.RelaxedF1(), 100*s.StrictF1(), 100*s.ClassAccuracy(), 100*s.ClassF1(), s.Gold, s.Sys)
}

// Confusion counts, over the gold-aligned tokens of docs, gold label ->
// detector label ("O" for none).
func Confusion(det *detect.Detector, docs []Doc, into map[[2]string]int) {
	for _, d := range docs {
		ms := det.Detect(d.Doc, d.Sents)
		sys := map[int]string{}
		for _, m := range ms {
			sys[m.Start] = m.Class
		}
		for si, s := range d.Sents {
			for ti, t := range s.Tokens {
				g := d.Labels[si][ti]
				p, ok := sys[t.Start]
				if !ok {
					p = "O"
				}
				if g != "O" || p != "O" {
					into[[2]string{g, p}]++
				}
			}
		}
	}
}

// WriteConfusion prints a confusion table (rows gold, columns system).
func WriteConfusion(w io.Writer, c map[[2]string]int) {
	fmt.Fprintf(w, "%-11s", "gold\\sys")
	for _, l := range detect.Labels {
		fmt.Fprintf(w, " %6.6s", l)
	}
	fmt.Fprintln(w)
	for _, g := range detect.Labels {
		fmt.Fprintf(w, "%-11s", g)
		for _, p := range detect.Labels {
			fmt.Fprintf(w, " %6d", c[[2]string{g, p}])
		}
		fmt.Fprintln(w)
	}
}
