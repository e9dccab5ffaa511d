package ner

import (
	"bytes"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// randomFree marks about half the tokens of a sentence free, in runs.
func randomFree(rng *rand.Rand, n int) []bool {
	free := make([]bool, n)
	for i := range free {
		free[i] = rng.IntN(3) > 0
		if i > 0 && rng.IntN(2) == 0 {
			free[i] = free[i-1]
		}
	}
	return free
}

// fixO returns scores with every label but O forbidden at the fixed
// tokens: whole-sentence decoding of these is what the segments must
// reproduce.
func fixO(scores [][nLabels]float32, free []bool) [][nLabels]float32 {
	out := slices.Clone(scores)
	for i, f := range free {
		if !f {
			for l := 1; l < nLabels; l++ {
				out[i][l] = negInf
			}
		}
	}
	return out
}

// segments calls f for each run [a, b) of free tokens.
func segments(free []bool, f func(a, b int)) {
	for a := 0; a < len(free); {
		if !free[a] {
			a++
			continue
		}
		b := a + 1
		for b < len(free) && free[b] {
			b++
		}
		f(a, b)
		a = b
	}
}

func randomScores(rng *rand.Rand, n int, ties bool) [][nLabels]float32 {
	scores := make([][nLabels]float32, n)
	for i := range scores {
		for l := range scores[i] {
			if ties {
				scores[i][l] = float32(rng.IntN(3))
			} else {
				scores[i][l] = float32(math.Round(rng.NormFloat64() * 20000))
			}
		}
	}
	return scores
}

// TestSegmentViterbi: decoding the free segments apart, entered from and
// left to O, gives the labels of whole-sentence Viterbi with the fixed
// tokens allowed only O. With ties, the weights are integers, so that
// the sums do not round differently in the two.
func TestSegmentViterbi(t *testing.T) {
	tg := tagger(t)
	rng := rand.New(rand.NewPCG(9, 10))
	tied := &model{}
	for a := range tied.trans {
		for b := range tied.trans[a] {
			tied.trans[a][b] = float32(math.Round(float64(tg.m.trans[a][b]) / 1000))
		}
	}
	for trial := 0; trial < 2000; trial++ {
		n := 1 + rng.IntN(30)
		m := tg.m
		if trial%2 == 0 {
			m = tied
		}
		vt := m.tables()
		scores := randomScores(rng, n, m == tied)
		free := randomFree(rng, n)
		want := make([]int, n)
		m.viterbiRef(fixO(scores, free), make([][nLabels]int8, n), want)
		got := make([]int, n)
		delta := make([][nLabels]float32, n)
		segments(free, func(a, b int) {
			vt.viterbi(scores[a:b], delta[a:b], got[a:b], a == 0, b == n)
		})
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d (free %v): %v, want %v", trial, free, got, want)
		}
	}
}

// TestSegmentMarginals: posteriors computed on a free segment alone are
// those of the whole sentence with the fixed tokens allowed only O.
func TestSegmentMarginals(t *testing.T) {
	tg := tagger(t)
	rng := rand.New(rand.NewPCG(11, 12))
	var fb fbBuf
	for trial := 0; trial < 300; trial++ {
		n := 1 + rng.IntN(40)
		scores := randomScores(rng, n, false)
		free := randomFree(rng, n)
		temp := []float64{float64(tg.m.temp), 1.0 / 256, 0.5}[trial%3]
		want := make([][nLabels]float64, n)
		tg.m.marginalsRef(fixO(scores, free), temp, want)
		e := tg.m.exps(temp * tg.m.unit())
		segments(free, func(a, b int) {
			got := make([][nLabels]float64, b-a)
			tg.m.marginalsExp(scores[a:b], e, 0, b-a, a == 0, b == n, got, &fb)
			for i := a; i < b; i++ {
				for l := range got[i-a] {
					if d := math.Abs(got[i-a][l] - want[i][l]); d > 1e-9 {
						t.Fatalf("trial %d (free %v): token %d label %d: %g, want %g", trial, free, i, l, got[i-a][l], want[i][l])
					}
				}
			}
		})
	}
}

func TestPruneDict(t *testing.T) {
	sent := func(s string, spans ...Span) TrainSentence {
		return TrainSentence{Tokens: strings.Fields(s), Spans: spans}
	}
	var doc []TrainSentence
	for i := 0; i < 30; i++ {
		doc = append(doc, sent("the bank said , on 1999 figures ."))
	}
	doc = append(doc,
		sent("Bank of Japan said .", Span{Start: 0, End: 3, Type: "ORG"}),
		sent("Goldman , Sachs said so .", Span{Start: 0, End: 3, Type: "ORG"}),
		sent("Dar es Salaam is hot .", Span{Start: 0, End: 3, Type: "LOC"}),
	)
	d := pruneDictOf([][]TrainSentence{doc}, 1, 0.05)
	kind := func(w string) uint8 { return d.kind(hashString(w)) }
	for _, c := range []struct {
		w    string
		want uint8
	}{
		{"the", pruneAlways}, {"bank", pruneAlways}, {".", pruneAlways}, {"1999", pruneAlways}, {"said", pruneAlways},
		{",", pruneRare},                     // 1 of 31 in a name
		{"of", pruneFree}, {"es", pruneFree}, // always in names
		{"unseen", pruneRare}, // not in the training text
	} {
		if got := kind(c.w); got != c.want {
			t.Errorf("%q: kind %d, want %d", c.w, got, c.want)
		}
	}
	// In a sentence: a rare form is scored next to a capitalized token.
	m := &model{outside: d}
	toks := func(s string) []token {
		var ts []token
		for _, w := range strings.Fields(s) {
			t, _ := m.analyze(w)
			ts = append(ts, t)
		}
		return ts
	}
	for _, c := range []struct {
		s     string
		fixed string // 1: fixed to O
	}{
		{"the bank said , on 1999 figures .", "11111111"},
		{"Goldman , Sachs said so .", "000111"},
		{"Goldman , said", "001"},
		{"he said , Paris", "1100"},
		{"Osama bin Laden", "000"}, // unknown, next to a capital
		{", Paris", "00"},
		{"es of unseen", "001"},
	} {
		ts := toks(c.s)
		for i := range ts {
			if got, want := outsideOnly(ts, i), c.fixed[i] == '1'; got != want {
				t.Errorf("%q token %d: fixed %v, want %v", c.s, i, got, want)
			}
		}
	}
}

// The tag dictionary survives writing and loading, and tags as before.
func TestPruneDictWriteLoad(t *testing.T) {
	var b bytes.Buffer
	if _, err := tagger(t).Write(&b, 0); err != nil {
		t.Fatal(err)
	}
	tg, err := Load(&b)
	if err != nil {
		t.Fatal(err)
	}
	orig := tagger(t).m.outside
	if len(orig) == 0 || len(tg.m.outside) != len(orig) {
		t.Fatalf("dictionary of %d forms after a round trip, want %d", len(tg.m.outside), len(orig))
	}
	for k, v := range orig {
		if tg.m.outside[k] != v {
			t.Fatalf("form %x: kind %d, want %d", k, tg.m.outside[k], v)
		}
	}
	doc := [][]string{strings.Fields(benchText)}
	if a, b := tagger(t).TagDocumentScored(doc), tg.TagDocumentScored(doc); !slices.EqualFunc(a, b, slices.Equal) {
		t.Errorf("tags differ after a round trip: %v vs %v", a, b)
	}
}
