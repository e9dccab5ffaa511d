package ner

import "math/bits"

// scratch is reusable decoding memory.
type scratch struct {
	keys   []uint64
	scores [][nLabels]float32
	delta  [][nLabels]float32
	labels []int
	// docLabels and docRows hold tagDoc's result (valid until the scratch
	// is used again).
	docLabels []int
	docRows   [][]int
	free      []bool // tokens not fixed to O by the tag dictionary
	// words caches, per word, its analysis and the summed weights of its
	// wordFeatures at offsets -2..2; it is emptied when it grows past
	// maxCached words.
	words *wordCache
	toks  []token
	ents  []int32
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
	pos  []int32 // token of each group of pair keys (see addPairs)
	// forward-backward memory
	post [][nLabels]float64
	fb   fbBuf
}

// resetWords empties the word cache.
func (sc *scratch) resetWords() {
	sc.words = newWordCache()
	sc.lowerIDs = make(map[string]int32, 1024)
	sc.lidGen, sc.lidStamp, sc.lidSlot = 0, nil, nil
}

const maxCached = 1 << 14

// cached returns the cache entry of word w and its number.
func (m *model) cached(sc *scratch, w string) (*wordEntry, int32) {
	if sc.words == nil {
		sc.resetWords()
	}
	e, k, h, slot := sc.words.lookup(w)
	if e != nil {
		return e, k
	}
	e, k = sc.words.add(w, h, slot)
	var x wordInfo
	e.tok, x = m.analyze(e.word)
	lid, ok := sc.lowerIDs[x.lowerStr]
	if !ok {
		lid = int32(len(sc.lowerIDs))
		sc.lowerIDs[x.lowerStr] = lid
	}
	e.lid = lid
	ws := sc.words.scores(k)
	for o := -2; o <= 2; o++ {
		sc.keys = wordFeatures(sc.keys[:0], &e.tok, &x, o)
		for _, key := range sc.keys {
			m.add(key, &ws[o+2])
		}
	}
	return e, k
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

// vtab holds the transition weights as the decoder reads them.
type vtab struct {
	// oc[j][k] is the weight from closers[k] to openers[j]; in[x] those
	// of B→I, I→I, B→L, I→L of type x.
	oc [nOpen][nOpen]float32
	in [nTypes][4]float32
	// The weights of entering a segment of free tokens at the start of
	// the sentence (start) or after a token fixed to O (afterO), and of
	// leaving it at the end of the sentence (end) or before an O
	// (beforeO); negInf where BILOU forbids.
	start, afterO, end, beforeO [nLabels]float32
}

// vtabOf gathers the decoder's tables from the transition weights.
func (m *model) vtabOf() *vtab {
	vt := &vtab{}
	for j, l := range openers {
		for k, p := range closers {
			vt.oc[j][k] = m.trans[p][l]
		}
	}
	for x := range vt.in {
		b, i, l := label(x, posB), label(x, posI), label(x, posL)
		vt.in[x] = [4]float32{m.trans[b][i], m.trans[i][i], m.trans[b][l], m.trans[i][l]}
	}
	for l := 0; l < nLabels; l++ {
		vt.start[l], vt.afterO[l], vt.end[l], vt.beforeO[l] = negInf, negInf, negInf, negInf
		if allowedTab[nLabels][l] {
			vt.start[l] = m.trans[nLabels][l]
		}
		if allowedTab[0][l] {
			vt.afterO[l] = m.trans[0][l]
		}
		if allowedEnd[l] {
			vt.end[l] = 0
			vt.beforeO[l] = m.trans[l][0]
		}
	}
	return vt
}

// tables returns the decoder's tables: those of a loaded model, or
// gathered anew while training changes the weights.
func (m *model) tables() *vtab {
	if m.vt != nil {
		return m.vt
	}
	return m.vtabOf()
}

// viterbi finds the best label sequence of a whole sentence.
func (m *model) viterbi(scores, delta [][nLabels]float32, out []int) {
	m.tables().viterbi(scores, delta, out, true, true)
}

// viterbi finds the best label sequence for the emission scores of a
// segment of a sentence under the transition weights and the BILOU
// constraints; it writes it to out. first and last tell whether the
// segment starts and ends the sentence (otherwise an O is before or
// after it). delta is working memory (the best score of a path ending in
// each label at each token).
//
// The forward pass takes maxima without branches (which predecessor wins
// is hard to predict); the backtrace then finds the winners along the
// chosen path only, with the same sums, ties going to the first
// candidate.
func (vt *vtab) viterbi(scores, delta [][nLabels]float32, out []int, first, last bool) {
	n := len(scores)
	if n == 0 {
		return
	}
	enter, leave := &vt.afterO, &vt.beforeO
	if first {
		enter = &vt.start
	}
	if last {
		leave = &vt.end
	}
	oc, in := &vt.oc, &vt.in
	cur := &delta[0]
	for l := 0; l < nLabels; l++ {
		cur[l] = scores[0][l] + enter[l]
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
		if v := cur[l] + leave[l]; leave[l] > negInf && v > best {
			best, arg = v, l
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
	// ents are the numbers of the tokens' word cache entries (with a
	// scratch); infos the word values of the tokens (without).
	ents  [][]int32
	infos [][]wordInfo
}

// prepare analyzes the tokens of a document. With a scratch, it takes the
// analysis of known words from its cache and reuses its memory (the result
// is valid until the scratch is used again).
func (m *model) prepare(sents [][]string, sc *scratch) *docInput {
	if sc != nil {
		return m.prepareCached(sents, sc)
	}
	d := &docInput{sents: sents, toks: make([][]token, len(sents)), head: make([]bool, len(sents))}
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	flat := make([]token, n)
	flatX := make([]wordInfo, n)
	d.infos = make([][]wordInfo, len(sents))
	for i, s := range sents {
		ts, xs := flat[:len(s):len(s)], flatX[:len(s):len(s)]
		flat, flatX = flat[len(s):], flatX[len(s):]
		for j, w := range s {
			ts[j], xs[j] = m.analyze(w)
		}
		d.toks[i], d.infos[i] = ts, xs
		d.head[i] = headline(ts)
	}
	d.stats = newDocStats(sents, d.toks, d.infos, d.head, map[string]int32{}, nil)
	return d
}

// prepareCached is prepare with the word cache of sc, in one pass: each
// token's entry, analysis and document statistics entry.
func (m *model) prepareCached(sents [][]string, sc *scratch) *docInput {
	d := &docInput{sents: sents, toks: make([][]token, len(sents)), head: make([]bool, len(sents))}
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	// The cache is emptied between documents only, so that the form
	// numbers of a document's words all come from one cache.
	if sc.words == nil || sc.words.n >= maxCached {
		sc.resetWords()
	}
	if cap(sc.toks) < n {
		sc.toks = make([]token, n)
		sc.ents = make([]int32, n)
	}
	flat, ents := sc.toks[:n], sc.ents[:n]
	d.ents = make([][]int32, len(sents))
	// Document statistics: one entry per lower-case form, found by its
	// number (lidSlot[lid], valid when lidStamp[lid] == lidGen); st never
	// grows past n, so the pointers into it stay valid.
	st := statsBuf(sents, sc.stats)
	sc.lidGen++
	if sc.lidGen == 0 {
		clear(sc.lidStamp)
		sc.lidGen = 1
	}
	for i, s := range sents {
		ts := flat[:len(s):len(s)]
		flat = flat[len(s):]
		es := ents[:len(s):len(s)]
		ents = ents[len(s):]
		d.ents[i] = es
		for j, w := range s {
			e, k := m.cached(sc, w)
			es[j] = k
			ts[j] = e.tok
			lid := e.lid
			if int(lid) >= len(sc.lidStamp) {
				k := max(2*len(sc.lidStamp), int(lid)+1, 1024)
				sc.lidStamp = append(sc.lidStamp, make([]uint32, k-len(sc.lidStamp))...)
				sc.lidSlot = append(sc.lidSlot, make([]int32, k-len(sc.lidSlot))...)
			}
			if sc.lidStamp[lid] != sc.lidGen {
				sc.lidStamp[lid] = sc.lidGen
				sc.lidSlot[lid] = int32(len(st))
				st = append(st, wordStat{})
			}
			ts[j].stat = &st[sc.lidSlot[lid]]
		}
		d.toks[i] = ts
		d.head[i] = headline(ts)
		gatherSentence(ts, d.head[i])
	}
	d.stats, sc.stats = st, st
	return d
}

func (sc *scratch) grow(n int) {
	if cap(sc.scores) < n {
		sc.scores = make([][nLabels]float32, n)
		sc.delta = make([][nLabels]float32, n)
		sc.labels = make([]int, n)
		sc.free = make([]bool, n)
	}
	sc.scores = sc.scores[:n]
	sc.delta = sc.delta[:n]
	sc.labels = sc.labels[:n]
	sc.free = sc.free[:n]
}

// tagDoc labels every sentence of a document, left to right, feeding each
// sentence's labels into the history features of the next ones. Tokens
// the tag dictionary fixes to O are labeled O without being scored; the
// others (free) are decoded segment by segment.
//
// visit, when not nil, is called for each sentence with its emission
// scores (valid at the free tokens), chosen labels and free tokens, before
// the next sentence is scored.
func (m *model) tagDoc(d *docInput, sc *scratch, visit func(si int, scores [][nLabels]float32, labels []int, free []bool)) [][]int {
	vt := m.tables()
	if cap(sc.docRows) < len(d.sents) {
		sc.docRows = make([][]int, len(d.sents))
	}
	out := sc.docRows[:len(d.sents)]
	total := 0
	for _, ts := range d.toks {
		total += len(ts)
	}
	if cap(sc.docLabels) < total {
		sc.docLabels = make([]int, total)
	}
	flat := sc.docLabels[:total]
	clear(flat)
	for si, ts := range d.toks {
		n := len(ts)
		sc.grow(n)
		free := sc.free
		for i := range ts {
			free[i] = !outsideOnly(ts, i)
		}
		for i := range ts {
			if !free[i] {
				continue
			}
			s := &sc.scores[i]
			*s = [nLabels]float32{}
			// word j = i+o gives token i its features at offset o
			for o := max(-2, -i); o <= 2 && i+o < n; o++ {
				var ws *wordScores
				if d.ents != nil {
					ws = sc.words.scores(d.ents[si][i+o])
				} else {
					_, k := m.cached(sc, d.sents[si][i+o])
					ws = sc.words.scores(k)
				}
				addLabels(s, &ws[o+2])
			}
			m.addContext(sc, ts, i, d.head[si], s)
		}
		if m.packed != nil {
			m.addPairs(sc, ts, free, sc.scores)
		}
		labels := flat[:n:n]
		flat = flat[n:]
		for a := 0; a < n; {
			if !free[a] {
				labels[a] = 0
				a++
				continue
			}
			b := a + 1
			for b < n && free[b] {
				b++
			}
			vt.viterbi(sc.scores[a:b], sc.delta[a:b], labels[a:b], a == 0, b == n)
			a = b
		}
		if visit != nil {
			visit(si, sc.scores, labels, free)
		}
		record(ts, labels)
		out[si] = labels
	}
	return out
}

// analyze is analyze with the model's lexicon.
func (m *model) analyze(w string) (token, wordInfo) {
	t, x := analyze(w)
	t.common = m.lex.has(t.lower)
	if m.outside != nil && noUpper(w) {
		t.prune = m.outside.kind(x.word)
	}
	return t, x
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

// addLabels adds v into s, written out: the loop's own counting was a
// quarter of the additions' time.
func addLabels(s, v *[nLabels]float32) {
	s[0] += v[0]
	s[1] += v[1]
	s[2] += v[2]
	s[3] += v[3]
	s[4] += v[4]
	s[5] += v[5]
	s[6] += v[6]
	s[7] += v[7]
	s[8] += v[8]
	s[9] += v[9]
	s[10] += v[10]
	s[11] += v[11]
	s[12] += v[12]
	s[13] += v[13]
	s[14] += v[14]
	s[15] += v[15]
	s[16] += v[16]
}
