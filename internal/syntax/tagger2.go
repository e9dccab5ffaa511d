package syntax

import (
	"math"
	"strconv"

	"github.com/chronicle-news/chronicle/internal/learn"
)

// The tagger's second pass. A greedy left-to-right tagger decides each
// word before it knows the tags of the words after it. When its choice was
// close (the margin between the best and the second best candidate tags
// below a threshold), the word is decided again: its first-pass scores
// plus a small model (the residual templates below, in the tagger's own
// weight table) that reads the tags the first pass gave the next two
// words. The residual model learns from jackknifed first-pass scores of
// the training sentences (trainSecond), so that it sees the first pass's
// real mistakes.

// Residual template numbers start at 100, away from the first pass's.
const (
	rBias = iota + 100
	rN1
	rN12
	rP1N1
	rN1Word
	rN1Suf3
	rN1Amb
	rN12Amb
	rP1N1Amb
	rN1Case
	rN1NextWord
	rN1WN
	rFirstAmb
	rN2Word
	rN1Aux
)

// metaSecondMargin is the tagger's meta key for the second pass's margin
// threshold; a tagger without it has no second pass.
const metaSecondMargin = "second-pass-margin"

// secondFeatures appends the residual features of word i: p1 is the final
// tag before it, t1 its first-pass tag, n1 and n2 the first-pass tags of
// the next two words (tag index + 1; 0 beyond the sentence).
func secondFeatures(buf []uint64, ws []wordInfo, i int, p1, t1, n1, n2 uint64) []uint64 {
	w := &ws[i]
	a := around(ws)
	var first uint64
	if i == 0 {
		first = 1
	}
	return append(buf,
		k1(rBias, 1),
		k1(rN1, n1),
		k2(rN12, n1, n2),
		k2(rP1N1, p1, n1),
		k2(rN1Word, n1, w.lowH),
		k2(rN1Suf3, n1, w.suf[2]),
		k2(rN1Amb, n1, w.amb),
		k3(rN12Amb, n1, n2, w.amb),
		k3(rP1N1Amb, p1, n1, w.amb),
		k3(rN1Case, n1, w.cas, first),
		k2(rN1NextWord, n1, a.low(i+1)),
		k2(rN1WN, n1, w.wn),
		k2(rFirstAmb, t1, w.amb),
		k2(rN2Word, n2, w.lowH),
		k2(rN1Aux, n1, w.aux),
	)
}

// pass2 is a sentence's first-pass record: for each word decided with
// scores, its margin and its scores (nTags of them from at[i]).
type pass2 struct {
	at     []int32
	margin []float32
	s      []float32
	first  []int
}

// reset prepares p for n words.
func (p *pass2) reset(n int) {
	p.at = grow32(p.at, n)
	p.margin = growF(p.margin, n)
	for i := range p.at {
		p.at[i] = -1
	}
	p.s = p.s[:0]
}

func grow32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

func growF(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	return s[:n]
}

// keep records word i's first-pass scores, of its candidates in order
// (of every tag when cands is nil), when its margin is below theta.
func (p *pass2) keep(i int, scores []float32, cands []int16, nTags int, theta float32) {
	m := marginOf(scores[:nTags], cands)
	if !(m < theta) {
		return
	}
	p.margin[i] = m
	p.at[i] = int32(len(p.s))
	if cands == nil {
		p.s = append(p.s, scores[:nTags]...)
		return
	}
	for _, c := range cands {
		p.s = append(p.s, scores[c])
	}
}

// marginOf is the best score less the second best among cands (every
// label when nil); +Inf with fewer than two.
func marginOf(scores []float32, cands []int16) float32 {
	b1, b2 := float32(math.Inf(-1)), float32(math.Inf(-1))
	see := func(v float32) {
		if v > b1 {
			b1, b2 = v, b1
		} else if v > b2 {
			b2 = v
		}
	}
	if cands == nil {
		for _, v := range scores {
			see(v)
		}
	} else {
		for _, c := range cands {
			see(scores[c])
		}
	}
	if math.IsInf(float64(b2), -1) {
		return float32(math.Inf(1))
	}
	return b1 - b2
}

// secondPass decides again the words from..len(ws)-1 that p kept, reading
// the first-pass tags of the words after them (tags holds the first pass's
// tags on entry).
func secondPass(m scorer, nTags int, ws []wordInfo, tags []int, p *pass2, from int, buf []uint64, scores []float32) {
	p.first = append(p.first[:0], tags...)
	tagAt := func(j int) uint64 {
		if j < 0 || j >= len(tags) {
			return 0
		}
		return uint64(p.first[j]) + 1
	}
	for i := from; i < len(ws); i++ {
		at := p.at[i]
		if at < 0 {
			continue
		}
		var p1 uint64
		if i > 0 {
			p1 = uint64(tags[i-1]) + 1
		}
		buf = secondFeatures(buf[:0], ws, i, p1, tagAt(i), tagAt(i+1), tagAt(i+2))
		cands := ws[i].cands
		if cs, ok := m.(candScorer); ok && cands != nil {
			cs.ScoresOf(buf, cands, scores)
		} else {
			m.Scores(buf, scores)
		}
		if cands == nil {
			for k, v := range p.s[at : int(at)+nTags] {
				scores[k] += v
			}
		} else {
			for j, c := range cands {
				scores[c] += p.s[int(at)+j]
			}
		}
		tags[i] = bestOf(scores[:nTags], cands)
	}
}

// secondMargin is the second pass's margin threshold of a tagger, 0 when
// it has none.
func secondMargin(m scorer) float32 {
	sp, ok := m.(*learn.Sparse)
	if !ok {
		return 0
	}
	v := sp.MetaValues(metaSecondMargin)
	if len(v) != 1 {
		return 0
	}
	f, err := strconv.ParseFloat(v[0], 32)
	if err != nil {
		return 0
	}
	return float32(f)
}
