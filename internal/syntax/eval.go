package syntax

import (
	"time"
)

// Scores compares a parse with gold sentences word by word, punctuation
// included (as the CoNLL 2018 shared task's evaluation does on gold
// tokens).
type Scores struct {
	Sentences, Words         int
	UPOS, XPOS, Lemma, Feats int // words right
	UAS, LAS, LASFull        int // heads right; and the universal relation; and the full relation
	Bytes                    int // text of the sentences (forms and one space each)
	Elapsed                  time.Duration
}

// Pct returns n as a percentage of the words.
func (s Scores) Pct(n int) float64 {
	if s.Words == 0 {
		return 0
	}
	return 100 * float64(n) / float64(s.Words)
}

// Evaluate parses the gold sentences' forms with m and scores the result;
// Elapsed times the tagging and parsing alone.
func Evaluate(m *Model, gold []Sentence) Scores {
	var sc Scores
	for _, g := range gold {
		ws := make([]Word, len(g.Words))
		for i, w := range g.Words {
			ws[i] = Word{Form: w.Form, Token: -1}
			sc.Bytes += len(w.Form) + 1
		}
		start := time.Now()
		m.Annotate(ws)
		sc.Elapsed += time.Since(start)
		sc.Sentences++
		for i, w := range g.Words {
			p := ws[i]
			sc.Words++
			if p.UPOS == w.UPOS {
				sc.UPOS++
			}
			if p.XPOS == w.XPOS {
				sc.XPOS++
			}
			if p.Lemma == w.Lemma {
				sc.Lemma++
			}
			if p.Feats == w.Feats || p.Feats == "_" && w.Feats == "" || p.Feats == "" && w.Feats == "_" {
				sc.Feats++
			}
			if p.Head == w.Head {
				sc.UAS++
				if Universal(p.Rel) == Universal(w.Rel) {
					sc.LAS++
				}
				if p.Rel == w.Rel {
					sc.LASFull++
				}
			}
		}
	}
	return sc
}
