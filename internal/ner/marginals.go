package ner

import "math"

// unit is the size of one score unit in real weights.
func (m *model) unit() float64 {
	if m.off != nil {
		return float64(m.scale)
	}
	return 1
}

// nOpen is the number of labels that may follow the end of a phrase (O,
// B-X, U-X) and of labels that end one or are outside (O, L-X, U-X).
const nOpen = 1 + 2*nTypes

// expTab holds the exponentials forward-backward needs at one
// temperature: of the transition weights, and of emission score
// differences (integers in a loaded model) split into three bytes.
type expTab struct {
	t     float64 // temperature × unit
	trans [nLabels + 1][nLabels]float32
	// oc[j][k] = exp(t·trans[closers[k]][openers[j]]): the allowed moves
	// from the end of a phrase (or O) to the start of one (or O).
	oc [nOpen][nOpen]float64
	co [nOpen][nOpen]float64 // oc transposed
	// in[x][0..3] = exp(t·trans) of B→I, I→I, B→L, I→L of type x.
	in [nTypes][4]float64
	// The potentials of entering a segment at the start of the sentence
	// (start) or after an O (afterO), and of leaving it at the end of the
	// sentence (end) or before an O (beforeO); zero where BILOU forbids.
	start, afterO, end, beforeO [nLabels]float64
	// ex[b][k] = exp(-t·k·256^b)
	ex [3][256]float64
}

// exps returns the exponentials for temperature t (temp × unit), computing
// them on first use; the model keeps the last ones (for its current
// transition weights).
func (m *model) exps(t float64) *expTab {
	if e := m.expCache.Load(); e != nil && e.t == t && e.trans == m.trans {
		return e
	}
	e := &expTab{t: t, trans: m.trans}
	ex := func(v float32) float64 { return math.Exp(t * float64(v)) }
	for j, l := range openers {
		for k, p := range closers {
			e.oc[j][k] = ex(m.trans[p][l])
			e.co[k][j] = e.oc[j][k]
		}
	}
	for x := 0; x < nTypes; x++ {
		b, in, last := label(x, posB), label(x, posI), label(x, posL)
		e.in[x] = [4]float64{ex(m.trans[b][in]), ex(m.trans[in][in]), ex(m.trans[b][last]), ex(m.trans[in][last])}
	}
	for l := 0; l < nLabels; l++ {
		if allowedTab[nLabels][l] {
			e.start[l] = ex(m.trans[nLabels][l])
		}
		if allowedTab[0][l] {
			e.afterO[l] = ex(m.trans[0][l])
		}
		if allowedEnd[l] {
			e.end[l] = 1
			e.beforeO[l] = ex(m.trans[l][0])
		}
	}
	for b := range e.ex {
		for k := range e.ex[b] {
			e.ex[b][k] = math.Exp(-t * float64(k<<(8*b)))
		}
	}
	m.expCache.Store(e)
	return e
}

// fbBuf is forward-backward working memory.
type fbBuf struct {
	emit, alpha, beta [][nLabels]float64
}

func (b *fbBuf) grow(n int) {
	if cap(b.emit) < n {
		b.emit = make([][nLabels]float64, n)
		b.alpha = make([][nLabels]float64, n)
		b.beta = make([][nLabels]float64, n)
	}
	b.emit, b.alpha, b.beta = b.emit[:n], b.alpha[:n], b.beta[:n]
}

// normalize scales v to sum 1 (unless it is all zeros).
func normalize(v *[nLabels]float64) {
	// four partial sums: this is on the critical path of the recursions
	var s0, s1, s2, s3 float64
	for l := 0; l+3 < nLabels; l += 4 {
		s0 += v[l]
		s1 += v[l+1]
		s2 += v[l+2]
		s3 += v[l+3]
	}
	s := (s0 + s1) + (s2 + s3) + v[nLabels-1]
	if r := 1 / s; s > 0 && r <= math.MaxFloat64 {
		for l := range v {
			v[l] *= r
		}
	} else if s > 0 { // s is subnormal
		for l := range v {
			v[l] /= s
		}
	}
}

// marginals computes the posterior probability of every label at tokens
// [from, to) of a sentence under the distribution that gives a label
// sequence probability proportional to exp(temp × its score) (a
// linear-chain CRF with the perceptron's weights), by the scaled
// forward-backward algorithm. It writes them to post[from:to] (post has
// one entry per token); buf is working memory (nil: allocate).
func (m *model) marginals(scores [][nLabels]float32, temp float64, from, to int, post [][nLabels]float64, buf *fbBuf) {
	m.marginalsExp(scores, m.exps(temp*m.unit()), from, to, true, true, post, buf)
}

// marginalsExp is marginals with the exponentials of the temperature, for
// a segment of a sentence: first and last tell whether the segment starts
// and ends the sentence (otherwise a token fixed to O is before or after
// it).
func (m *model) marginalsExp(scores [][nLabels]float32, e *expTab, from, to int, first, last bool, post [][nLabels]float64, buf *fbBuf) {
	n := len(scores)
	from, to = max(from, 0), min(to, n)
	if from >= to {
		return
	}
	quantized := m.off != nil
	enter, leave := &e.afterO, &e.beforeO
	if first {
		enter = &e.start
	}
	if last {
		leave = &e.end
	}
	if n == 1 {
		// A token alone (a third of the segments): only O and U-X may
		// be entered and left there.
		s, p := &scores[0], &post[0]
		mx := s[0]
		for _, l := range singles {
			mx = max(mx, s[l])
		}
		*p = [nLabels]float64{}
		for _, l := range singles {
			p[l] = enter[l] * leave[l] * e.emission(mx-s[l], quantized)
		}
		normalize(p)
		return
	}
	if buf == nil {
		buf = &fbBuf{}
	}
	buf.grow(n)
	emit, alpha, beta := buf.emit, buf.alpha, buf.beta
	for i := range scores {
		s := &scores[i]
		mx := s[0]
		for _, v := range s {
			mx = max(mx, v)
		}
		em := &emit[i]
		for l, v := range s {
			em[l] = e.emission(mx-v, quantized)
		}
	}
	for l := 0; l < nLabels; l++ {
		alpha[0][l] = enter[l] * emit[0][l]
	}
	normalize(&alpha[0])
	// Only allowed transitions have weight: O, B-X, U-X follow O, L-Y,
	// U-Y; I-X, L-X follow B-X, I-X.
	for i := 1; i < to; i++ {
		a, prev, em := &alpha[i], &alpha[i-1], &emit[i]
		var pc [nOpen]float64
		for k, p := range closers {
			pc[k] = prev[p]
		}
		for j, l := range openers {
			a[l] = dot(&pc, &e.oc[j]) * em[l]
		}
		for x := 0; x < nTypes; x++ {
			b, in, last := 1+4*x, 2+4*x, 3+4*x
			w := &e.in[x]
			a[in] = (prev[b]*w[0] + prev[in]*w[1]) * em[in]
			a[last] = (prev[b]*w[2] + prev[in]*w[3]) * em[last]
		}
		normalize(a)
	}
	beta[n-1] = *leave
	for i := n - 2; i >= from; i-- {
		var eo [nOpen]float64
		next, em := &beta[i+1], &emit[i+1]
		for j, l := range openers {
			eo[j] = em[l] * next[l]
		}
		bt := &beta[i]
		for k, p := range closers {
			bt[p] = dot(&e.co[k], &eo)
		}
		for x := 0; x < nTypes; x++ {
			b, in, last := 1+4*x, 2+4*x, 3+4*x
			w := &e.in[x]
			ei, el := em[in]*next[in], em[last]*next[last]
			bt[b] = w[0]*ei + w[2]*el
			bt[in] = w[1]*ei + w[3]*el
		}
		normalize(bt)
	}
	for i := from; i < to; i++ {
		p, a, b := &post[i], &alpha[i], &beta[i]
		for l := range p {
			p[l] = a[l] * b[l]
		}
		normalize(p)
	}
}

// emission is exp(-t·d) for a score d below the best label's: for the
// integer d of a loaded model from the tables, one byte of d at a time.
func (e *expTab) emission(d float32, quantized bool) float64 {
	if quantized && d < 1<<24 && float32(uint32(d)) == d {
		k := uint32(d)
		return e.ex[0][k&255] * e.ex[1][k>>8&255] * e.ex[2][k>>16&255]
	}
	return math.Exp(-e.t * float64(d))
}

// singles are the labels a token alone between two O (or sentence edges)
// may have: O and U-X.
var singles = [1 + nTypes]int{0, 1 + posU, 5 + posU, 9 + posU, 13 + posU}

// dot is the dot product of two vectors, in three partial sums (it is on
// the critical path of the recursions).
func dot(a, b *[nOpen]float64) float64 {
	s0 := a[0]*b[0] + a[3]*b[3] + a[6]*b[6]
	s1 := a[1]*b[1] + a[4]*b[4] + a[7]*b[7]
	s2 := a[2]*b[2] + a[5]*b[5] + a[8]*b[8]
	return s0 + s1 + s2
}
