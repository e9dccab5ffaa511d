package ner

import "math/bits"

// scratch is reusable decoding memory.
type scratch struct {
	keys   []uint64
	scores [][nLabels]float32
	delta  [][nLabels]float32
	labels []int
	// words caches, per word, its analysis and the summed weights of its
	// wordFeatures at offsets -2..2; it is emptied when it grows past
	// maxCached words.
	words map[string]*wordEntry
	toks  []token
	ents  []*wordEntry
	// lowerIDs numbers the lower-case forms of the cached words;
	// lidStamp[id] == lidGen when lidSlot[id] is the form's entry in the
	// document statistics being built.
	lowerIDs map[string]int32
	lidGen   uint32
	lidStamp []uint32
	lidSlot  []int32
	stats    docStats
	// sigs caches the summed weights of small-alphabet features by
	// token signature (see addContext).
	sigs []sigEntry
	pass []int32 // keys that pass the seen filter (see addPairs)
	// forward-backward memory
	post [][nLabels]float64
	fb   fbBuf
}

type wordScores [5][nLabels]float32

type wordEntry struct {
	tok token
	ws  wordScores
	lid int32 // number of the lower-case form (see scratch.lowerIDs)
}

// resetWords empties the word cache.
func (sc *scratch) resetWords() {
	sc.words = make(map[string]*wordEntry, 1024)
	sc.lowerIDs = make(map[string]int32, 1024)
	sc.lidGen, sc.lidStamp, sc.lidSlot = 0, nil, nil
}

const maxCached = 1 << 14

// cached returns the cache entry of word w.
func (m *model) cached(sc *scratch, w string) *wordEntry {
	if e := sc.words[w]; e != nil {
		return e
	}
	if sc.words == nil {
		sc.resetWords()
	}
	e := &wordEntry{tok: m.analyze(w)}
	lid, ok := sc.lowerIDs[e.tok.lowerStr]
	if !ok {
		lid = int32(len(sc.lowerIDs))
		sc.lowerIDs[e.tok.lowerStr] = lid
	}
	e.lid = lid
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
		row := &m.packed.dense[uint32(uint16(w.v[0]))|uint32(uint16(w.v[1]))<<16]
		for l := range s {
			s[l] += float32(row[l])
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
// transition weights and the BILOU constraints; it writes it to out. delta
// is working memory (the best score of a path ending in each label at each
// token).
//
// The forward pass takes maxima without branches (which predecessor wins
// is hard to predict); the backtrace then finds the winners along the
// chosen path only, with the same sums, ties going to the first
// candidate.
func (m *model) viterbi(scores, delta [][nLabels]float32, out []int) {
	n := len(scores)
	if n == 0 {
		return
	}
	// The transitions the loop needs, gathered: oc[j][k] from closers[k]
	// to openers[j]; in[x] B→I, I→I, B→L, I→L of type x.
	var oc [nOpen][nOpen]float32
	var in [nTypes][4]float32
	for j, l := range openers {
		for k, p := range closers {
			oc[j][k] = m.trans[p][l]
		}
	}
	for x := range in {
		b, i, l := label(x, posB), label(x, posI), label(x, posL)
		in[x] = [4]float32{m.trans[b][i], m.trans[i][i], m.trans[b][l], m.trans[i][l]}
	}
	cur := &delta[0]
	for l := 0; l < nLabels; l++ {
		if allowedTab[nLabels][l] {
			cur[l] = scores[0][l] + m.trans[nLabels][l]
		} else {
			cur[l] = negInf
		}
	}
	for i := 1; i < n; i++ {
		sc, next := &scores[i], &delta[i]
		var pc [nOpen]float32
		for k, p := range closers {
			pc[k] = cur[p]
		}
		// O, B-X and U-X follow O, L-Y or U-Y.
		for j, l := range openers {
			r := &oc[j]
			best := fmax(fmax(fmax(fmax(pc[0]+r[0], pc[1]+r[1]), fmax(pc[2]+r[2], pc[3]+r[3])),
				fmax(fmax(pc[4]+r[4], pc[5]+r[5]), fmax(pc[6]+r[6], pc[7]+r[7]))), fmax(pc[8]+r[8], negInf))
			next[l] = best + sc[l]
		}
		// I-X and L-X follow B-X or I-X.
		for x := 0; x < nTypes; x++ {
			b, i, l := 1+4*x+posB, 1+4*x+posI, 1+4*x+posL
			w := &in[x]
			cb, ci := cur[b], cur[i]
			next[i] = fmax(cb+w[0], ci+w[1]) + sc[i]
			next[l] = fmax(cb+w[2], ci+w[3]) + sc[l]
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
		prev, l := &delta[i-1], out[i]
		if j := openerIndex[l]; j >= 0 {
			r := &oc[j]
			best, arg := negInf, int8(0)
			for k, p := range closers {
				if v := prev[p] + r[k]; v > best {
					best, arg = v, p
				}
			}
			out[i-1] = int(arg)
			continue
		}
		x := labelType(l)
		b, in, w := 1+4*x+posB, 1+4*x+posI, &in[x]
		vb, vi := prev[b]+w[0], prev[in]+w[1]
		if labelPos(l) == posL {
			vb, vi = prev[b]+w[2], prev[in]+w[3]
		}
		if vb >= vi {
			out[i-1] = b
		} else {
			out[i-1] = in
		}
	}
}

// openerIndex[l] is the index of l in openers, or -1.
var openerIndex [nLabels]int

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
	for l := range openerIndex {
		openerIndex[l] = -1
	}
	for j, l := range openers {
		openerIndex[l] = j
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
	// ents are the word cache entries of the tokens (with a scratch).
	ents [][]*wordEntry
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
	var ents []*wordEntry
	index := map[string]int32{}
	var buf docStats
	if sc != nil {
		// The cache is emptied between documents only, so that the
		// form numbers of a document's words all come from one cache.
		if sc.words == nil || len(sc.words) >= maxCached {
			sc.resetWords()
		}
		if cap(sc.toks) < n {
			sc.toks = make([]token, n)
		}
		flat = sc.toks[:n]
		if cap(sc.ents) < n {
			sc.ents = make([]*wordEntry, n)
		}
		ents = sc.ents[:n]
		d.ents = make([][]*wordEntry, len(sents))
		buf = sc.stats
	} else {
		flat = make([]token, n)
	}
	for i, s := range sents {
		ts := flat[:len(s):len(s)]
		flat = flat[len(s):]
		var es []*wordEntry
		if sc != nil {
			es, ents = ents[:len(s):len(s)], ents[len(s):]
			d.ents[i] = es
		}
		for j, w := range s {
			if sc != nil {
				es[j] = m.cached(sc, w)
				ts[j] = es[j].tok
			} else {
				ts[j] = m.analyze(w)
			}
		}
		d.toks[i] = ts
		d.head[i] = headline(ts)
	}
	if sc != nil {
		d.stats = sc.docStats(d, buf)
		sc.stats = d.stats
	} else {
		d.stats = newDocStats(sents, d.toks, d.head, index, buf)
	}
	return d
}

func (sc *scratch) grow(n int) {
	if cap(sc.scores) < n {
		sc.scores = make([][nLabels]float32, n)
		sc.delta = make([][nLabels]float32, n)
		sc.labels = make([]int, n)
	}
	sc.scores = sc.scores[:n]
	sc.delta = sc.delta[:n]
	sc.labels = sc.labels[:n]
}

// tagDoc labels every sentence of a document, left to right, feeding each
// sentence's labels into the history features of the next ones.
//
// visit, when not nil, is called for each sentence with its emission
// scores and chosen labels, before the next sentence is scored.
func (m *model) tagDoc(d *docInput, sc *scratch, visit func(si int, scores [][nLabels]float32, labels []int)) [][]int {
	out := make([][]int, len(d.sents))
	total := 0
	for _, ts := range d.toks {
		total += len(ts)
	}
	flat := make([]int, total)
	for si, ts := range d.toks {
		n := len(ts)
		sc.grow(n)
		clear(sc.scores)
		for j := range ts {
			// word j is at offset o of token j-o
			var ws *wordScores
			if d.ents != nil {
				ws = &d.ents[si][j].ws
			} else {
				ws = &m.cached(sc, d.sents[si][j]).ws
			}
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
			m.addContext(sc, ts, i, d.head[si], &sc.scores[i])
		}
		if m.packed != nil {
			m.addPairs(sc, ts, sc.scores)
		}
		m.viterbi(sc.scores, sc.delta, sc.labels)
		labels := flat[:n:n]
		flat = flat[n:]
		copy(labels, sc.labels)
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

// fmax is max for numbers (no NaN): a compare and a move, where the
// builtin max also orders zeros and propagates NaNs.
func fmax(a, b float32) float32 {
	if a > b {
		return a
	}
	return b
}
