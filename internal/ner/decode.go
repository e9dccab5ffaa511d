package ner

import "math/bits"

// scratch is reusable decoding memory.
type scratch struct {
	keys   []uint64
	scores [][nLabels]float32
	back   [][nLabels]int8
	labels []int
	// words caches, per word, its analysis and the summed weights of its
	// wordFeatures at offsets -2..2; it is emptied when it grows past
	// maxCached words.
	words map[string]*wordEntry
	toks  []token
	index map[string]int32
	stats docStats
	// forward-backward memory
	post [][nLabels]float64
	fb   fbBuf
}

type wordScores [5][nLabels]float32

type wordEntry struct {
	tok token
	ws  wordScores
}

const maxCached = 1 << 14

// cached returns the cache entry of word w.
func (m *model) cached(sc *scratch, w string) *wordEntry {
	if e := sc.words[w]; e != nil {
		return e
	}
	if sc.words == nil || len(sc.words) >= maxCached {
		sc.words = make(map[string]*wordEntry, 1024)
	}
	e := &wordEntry{tok: m.analyze(w)}
	for o := -2; o <= 2; o++ {
		sc.keys = wordFeatures(sc.keys[:0], &e.tok, o)
		for _, k := range sc.keys {
			m.add(k, &e.ws[o+2])
		}
	}
	sc.words[w] = e
	return e
}

// add adds the weights of feature key k to s.
func (m *model) add(k uint64, s *[nLabels]float32) {
	if m.packed != nil {
		w := m.packed.get(k)
		if w == nil {
			return
		}
		mask := w.meta & labelMask
		if bits.OnesCount32(mask) <= maxInline {
			for j := 0; mask != 0; j++ {
				s[bits.TrailingZeros32(mask)] += float32(w.v[j&(maxInline-1)])
				mask &= mask - 1
			}
			return
		}
		start := uint32(uint16(w.v[0])) | uint32(uint16(w.v[1]))<<16
		for _, e := range m.ent[start : start+uint32(bits.OnesCount32(mask))] {
			s[e.label] += float32(e.v)
		}
		return
	}
	r := m.index.get(k)
	if r < 0 {
		return
	}
	row := (*[nLabels]float32)(m.w[int(r)*nLabels:])
	for l := range s {
		s[l] += row[l]
	}
}

// viterbi finds the best label sequence for the emission scores under the
// transition weights and the BILOU constraints; it writes it to out.
func (m *model) viterbi(scores [][nLabels]float32, back [][nLabels]int8, out []int) {
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

// allowedTab[a][b]: b may follow a (a == nLabels: start of sentence).
var allowedTab [nLabels + 1][nLabels]bool

// allowedEnd[a]: a sentence may end with a.
var allowedEnd [nLabels]bool

// openers are the labels that may follow the end of a phrase (O, B-X,
// U-X); closers the labels that end one or are outside (O, L-X, U-X).
var openers, closers [1 + 2*nTypes]int8

func init() {
	for t := 0; t < nTypes; t++ {
		openers[1+2*t], openers[2+2*t] = int8(label(t, posB)), int8(label(t, posU))
		closers[1+2*t], closers[2+2*t] = int8(label(t, posL)), int8(label(t, posU))
	}
	for a := -1; a < nLabels; a++ {
		row := a
		if a == -1 {
			row = nLabels
		}
		for b := 0; b < nLabels; b++ {
			allowedTab[row][b] = allowed(a, b)
		}
		if a >= 0 {
			allowedEnd[a] = allowed(a, -1)
		}
	}
}

// docInput is a document prepared for tagging.
type docInput struct {
	sents [][]string
	toks  [][]token
	head  []bool
	stats docStats
}

// prepare analyzes the tokens of a document. With a scratch, it takes the
// analysis of known words from its cache and reuses its memory (the result
// is valid until the scratch is used again).
func (m *model) prepare(sents [][]string, sc *scratch) *docInput {
	d := &docInput{sents: sents, toks: make([][]token, len(sents)), head: make([]bool, len(sents))}
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	var flat []token
	index := map[string]int32{}
	var buf docStats
	if sc != nil {
		if cap(sc.toks) < n {
			sc.toks = make([]token, n)
		}
		flat = sc.toks[:n]
		if sc.index == nil {
			sc.index = map[string]int32{}
		}
		index, buf = sc.index, sc.stats
	} else {
		flat = make([]token, n)
	}
	for i, s := range sents {
		ts := flat[:len(s):len(s)]
		flat = flat[len(s):]
		for j, w := range s {
			if sc != nil {
				ts[j] = m.cached(sc, w).tok
			} else {
				ts[j] = m.analyze(w)
			}
		}
		d.toks[i] = ts
		d.head[i] = headline(ts)
	}
	d.stats = newDocStats(sents, d.toks, d.head, index, buf)
	if sc != nil {
		sc.stats = d.stats
	}
	return d
}

func (sc *scratch) grow(n int) {
	if cap(sc.scores) < n {
		sc.scores = make([][nLabels]float32, n)
		sc.back = make([][nLabels]int8, n)
		sc.labels = make([]int, n)
	}
	sc.scores = sc.scores[:n]
	sc.back = sc.back[:n]
	sc.labels = sc.labels[:n]
}

// tagDoc labels every sentence of a document, left to right, feeding each
// sentence's labels into the history features of the next ones.
//
// visit, when not nil, is called for each sentence with its emission
// scores and chosen labels, before the next sentence is scored.
func (m *model) tagDoc(d *docInput, sc *scratch, visit func(si int, scores [][nLabels]float32, labels []int)) [][]int {
	out := make([][]int, len(d.sents))
	for si, ts := range d.toks {
		n := len(ts)
		sc.grow(n)
		clear(sc.scores)
		for j := range ts {
			// word j is at offset o of token j-o
			ws := &m.cached(sc, d.sents[si][j]).ws
			for o := -2; o <= 2; o++ {
				if i := j - o; i >= 0 && i < n {
					s, v := &sc.scores[i], &ws[o+2]
					for l := range s {
						s[l] += v[l]
					}
				}
			}
		}
		for i := range ts {
			sc.keys = contextFeatures(sc.keys[:0], ts, i, d.head[si])
			sc.keys = dynamicFeatures(sc.keys, ts, i)
			s := &sc.scores[i]
			for _, k := range sc.keys {
				m.add(k, s)
			}
		}
		m.viterbi(sc.scores, sc.back, sc.labels)
		labels := append([]int(nil), sc.labels...)
		if visit != nil {
			visit(si, sc.scores, labels)
		}
		record(ts, labels)
		out[si] = labels
	}
	return out
}

// analyze is analyze with the model's lexicon.
func (m *model) analyze(w string) token {
	t := analyze(w)
	t.common = m.lex.has(t.lower)
	return t
}

// lexicon is a set of hashed lower-case forms.
type lexicon map[uint64]struct{}

func (l lexicon) has(h uint64) bool {
	_, ok := l[h]
	return ok
}
