package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// marginals computes the posterior probability of every label at every
// token of a sentence under the distribution that gives a label sequence
// probability proportional to exp(temp × its score) (a linear-chain CRF
// with the perceptron's weights), by the scaled forward-backward
// algorithm. It writes them to post.
func (m *model) marginalsRef(scores [][nLabels]float32, temp float64, post [][nLabels]float64) {
	n := len(scores)
	if n == 0 {
		return
	}
	t := temp * m.unit()
	var et [nLabels + 1][nLabels]float64
	for a := range et {
		for b := range et[a] {
			if allowedTab[a][b] {
				et[a][b] = math.Exp(t * float64(m.trans[a][b]))
			}
		}
	}
	emit := make([][nLabels]float64, n)
	for i := range scores {
		mx := scores[i][0]
		for _, v := range scores[i] {
			mx = max(mx, v)
		}
		for l, v := range scores[i] {
			emit[i][l] = math.Exp(t * float64(v-mx))
		}
	}
	alpha := post // reuse: alpha, then beta in a separate slice
	beta := make([][nLabels]float64, n)
	norm := func(v *[nLabels]float64) {
		s := 0.0
		for _, x := range v {
			s += x
		}
		if s > 0 {
			for l := range v {
				v[l] /= s
			}
		}
	}
	for l := 0; l < nLabels; l++ {
		alpha[0][l] = et[nLabels][l] * emit[0][l]
	}
	norm(&alpha[0])
	// Only allowed transitions have weight: O, B-X, U-X follow O, L-Y,
	// U-Y; I-X, L-X follow B-X, I-X.
	for i := 1; i < n; i++ {
		a, prev := &alpha[i], &alpha[i-1]
		for _, l := range openers {
			s := 0.0
			for _, p := range closers {
				s += prev[p] * et[p][l]
			}
			a[l] = s * emit[i][l]
		}
		for t := 0; t < nTypes; t++ {
			b, in := 1+4*t+posB, 1+4*t+posI
			for _, l := range [2]int{in, 1 + 4*t + posL} {
				a[l] = (prev[b]*et[b][l] + prev[in]*et[in][l]) * emit[i][l]
			}
		}
		norm(a)
	}
	for l := 0; l < nLabels; l++ {
		if allowedEnd[l] {
			beta[n-1][l] = 1
		}
	}
	var eb [nLabels]float64
	for i := n - 2; i >= 0; i-- {
		for l := range eb {
			eb[l] = emit[i+1][l] * beta[i+1][l]
		}
		bt := &beta[i]
		for _, p := range closers {
			s := 0.0
			for _, l := range openers {
				s += et[p][l] * eb[l]
			}
			bt[p] = s
		}
		for t := 0; t < nTypes; t++ {
			b, in, last := 1+4*t+posB, 1+4*t+posI, 1+4*t+posL
			for _, p := range [2]int{b, in} {
				bt[p] = et[p][in]*eb[in] + et[p][last]*eb[last]
			}
		}
		norm(bt)
	}
	for i := 0; i < n; i++ {
		for l := 0; l < nLabels; l++ {
			post[i][l] = alpha[i][l] * beta[i][l]
		}
		norm(&post[i])
	}
}

// TestMarginalsMatchReference checks the optimized forward-backward (cached
// exponentials, posteriors of a token range only) against the plain
// implementation above, on random integer (quantized) and real scores.
func TestMarginalsMatchReference(t *testing.T) {
	tg := tagger(t)
	rng := rand.New(rand.NewPCG(1, 2))
	var fb fbBuf
	for trial := 0; trial < 300; trial++ {
		n := 1 + rng.IntN(60)
		scores := make([][nLabels]float32, n)
		for i := range scores {
			for l := range scores[i] {
				v := rng.NormFloat64() * 20000
				if trial%3 == 0 {
					v *= 50 // far apart: most labels underflow
				}
				if trial%5 != 4 {
					v = math.Round(v)
				}
				scores[i][l] = float32(v)
			}
		}
		temp := []float64{float64(tg.m.temp), 1.0 / 256, 0.5, 4}[trial%4]
		want := make([][nLabels]float64, n)
		tg.m.marginalsRef(scores, temp, want)
		from := rng.IntN(n)
		to := from + 1 + rng.IntN(n-from)
		if trial%2 == 0 {
			from, to = 0, n
		}
		got := make([][nLabels]float64, n)
		tg.m.marginals(scores, temp, from, to, got, &fb)
		for i := from; i < to; i++ {
			for l := range got[i] {
				if d := math.Abs(got[i][l] - want[i][l]); d > 1e-12 {
					t.Fatalf("trial %d (n=%d, temp %g, [%d,%d)): token %d label %d: %g, want %g", trial, n, temp, from, to, i, l, got[i][l], want[i][l])
				}
			}
		}
	}
}

// viterbi finds the best label sequence for the emission scores under the
// transition weights and the BILOU constraints; it writes it to out.
func (m *model) viterbiRef(scores [][nLabels]float32, back [][nLabels]int8, out []int) {
	n := len(scores)
	if n == 0 {
		return
	}
	var cur, next [nLabels]float32
	for l := 0; l < nLabels; l++ {
		if allowedTab[nLabels][l] {
			cur[l] = scores[0][l] + m.trans[nLabels][l]
		} else {
			cur[l] = negInf
		}
	}
	tr := &m.trans
	for i := 1; i < n; i++ {
		sc, bk := &scores[i], &back[i]
		// O, B-X and U-X follow O, L-Y or U-Y.
		for _, l := range openers {
			best, arg := negInf, int8(0)
			for _, p := range closers {
				if v := cur[p] + tr[p][l]; v > best {
					best, arg = v, p
				}
			}
			next[l] = best + sc[l]
			bk[l] = arg
		}
		// I-X and L-X follow B-X or I-X.
		for t := 0; t < nTypes; t++ {
			b, in := 1+4*t+posB, 1+4*t+posI
			for _, l := range [2]int{in, 1 + 4*t + posL} {
				vb, vi := cur[b]+tr[b][l], cur[in]+tr[in][l]
				if vb >= vi {
					next[l], bk[l] = vb+sc[l], int8(b)
				} else {
					next[l], bk[l] = vi+sc[l], int8(in)
				}
			}
		}
		cur = next
	}
	best, arg := negInf, 0
	for l := 0; l < nLabels; l++ {
		if allowedEnd[l] && cur[l] > best {
			best, arg = cur[l], l
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i][out[i]])
	}
}

// TestViterbiMatchReference checks the branch-free Viterbi against the
// plain one above on random scores, many of them tied.
func TestViterbiMatchReference(t *testing.T) {
	tg := tagger(t)
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 2000; trial++ {
		n := 1 + rng.IntN(40)
		scores := make([][nLabels]float32, n)
		for i := range scores {
			for l := range scores[i] {
				if trial%2 == 0 {
					scores[i][l] = float32(rng.IntN(3)) // ties
				} else {
					scores[i][l] = float32(math.Round(rng.NormFloat64() * 20000))
				}
			}
		}
		m := tg.m
		if trial%4 == 0 {
			m = &model{} // no transition weights: ties everywhere
		}
		want, got := make([]int, n), make([]int, n)
		m.viterbiRef(scores, make([][nLabels]int8, n), want)
		m.viterbi(scores, make([][nLabels]float32, n), got)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: %v, want %v", trial, got, want)
		}
	}
}
