package syntax

import (
	"github.com/chronicle-news/chronicle/internal/learn"
)

// The parser's run-time scorer. Of the 73 feature templates, 27 read one
// word alone in one place of the configuration (s0's word, b1's tag, s0's
// leftmost dependent's word...): 14 places ("roles"), each a sum over one
// to three templates of the word's (form, tag). Those sums are the same
// every time the word takes that role, so they are added up the first time
// a worker meets the (word, tag) and kept (fastCache); a move is then
// scored from 14 cached sums and 46 look-ups instead of 73 look-ups. Raw
// weights are integers that add exactly, so the scores, and the trees, are
// the same as parseFeatures gives (TestFastSame).

// Roles: a place in the configuration that one word fills.
const (
	roleS0 = iota
	roleS1
	roleS2
	roleB0
	roleB1
	roleB2
	roleS0L1
	roleS0R1
	roleB0L1
	roleS1R1
	roleS1L1
	roleS0L2
	roleS0R2
	roleB0L2
	nRoles
)

// roleTemplates lists each role's single-word templates (roleFeature
// says which value each reads).
var roleTemplates = [nRoles][]uint64{
	roleS0:   {pS0w, pS0t, pS0wt},
	roleS1:   {pS1w, pS1t, pS1wt},
	roleS2:   {pS2w, pS2t},
	roleB0:   {pB0w, pB0t, pB0wt},
	roleB1:   {pB1w, pB1t, pB1wt},
	roleB2:   {pB2w, pB2t},
	roleS0L1: {pS0l1w, pS0l1t},
	roleS0R1: {pS0r1w, pS0r1t},
	roleB0L1: {pB0l1w, pB0l1t},
	roleS1R1: {pS1r1t},
	roleS1L1: {pS1l1t},
	roleS0L2: {pS0l2t},
	roleS0R2: {pS0r2t},
	roleB0L2: {pB0l2t},
}

// roleFeature is the key of template t for a word (w, t).
func roleFeature(tpl, w, t uint64) uint64 {
	switch tpl {
	case pS0w, pS1w, pS2w, pB0w, pB1w, pB2w, pS0l1w, pS0r1w, pB0l1w:
		return k1(tpl, w)
	case pS0wt, pS1wt, pB0wt, pB1wt:
		return k2(tpl, w, t)
	}
	return k1(tpl, t)
}

// roleVec is a word's raw weights in each role.
type roleVec [nRoles][nMoves]int32

type wordTag struct{ w, t uint64 }

// maxCached bounds each cache of a worker (words, or (word, tag) pairs):
// news text reaches a few tens of thousands; past the bound, sums are
// computed for the sentence and not kept. (A variable for the test of that
// path.)
var maxCached = 1 << 16

// fastCache is one worker's memory of sums (it lives in the worker's
// scratch space, so no locking).
type fastCache struct {
	roleAt   map[wordTag]int32 // (word, tag) -> index in roleVecs
	roleVecs []roleVec
	tagSums  []float32 // per word kept in wordMemo: its sums, one per candidate tag
	nb       []uint32  // per word kept in wordMemo: its raw weights as a neighbour (memoWord.nb)
	nbDense  []uint64  // and its features with dense rows (memoWord.nbd)

	prevAt map[uint64]int32 // (word in wordMemo, previous tag) -> offset in tagSums (fastctx.go)
	ctx    []float32        // per candidate tag: the sums of ctxSums

	// per sentence
	vecs  []int32 // per word of the sentence (0 the root): index in roleVecs, or -1-k for own[k]
	own   []roleVec
	feats []uint64
	rows  [][nMoves]int32
	p2    pass2 // the tagger's first pass, for its second
}

// roles fills v with the role sums of the word (w, t).
func (c *fastCache) roles(sp *learn.Sparse, w, t uint64, v *roleVec) {
	c.feats = c.feats[:0]
	for _, ts := range roleTemplates {
		for _, tpl := range ts {
			c.feats = append(c.feats, roleFeature(tpl, w, t))
		}
	}
	if cap(c.rows) < len(c.feats) {
		c.rows = make([][nMoves]int32, len(c.feats))
	}
	c.rows = c.rows[:len(c.feats)]
	sp.InlineRows(c.feats, c.rows)
	*v = roleVec{}
	k := 0
	for r, ts := range roleTemplates {
		for range ts {
			for m := range nMoves {
				v[r][m] += c.rows[k][m]
			}
			k++
		}
	}
}

// vec returns the role sums of word i of the sentence.
func (c *fastCache) vec(i int) *roleVec {
	if k := c.vecs[i]; k >= 0 {
		return &c.roleVecs[k]
	} else {
		return &c.own[-1-k]
	}
}

// parseFast is parseSentence with role sums. memo and idx (each word's
// index in memo.words, -1 for none; nil when the words are not the
// memo's) let a word's entry keep the index of the role sums of the last
// (word, tag) it was parsed with, which most words read instead of the
// map (a read that misses the cache more often).
func (m *Model) parseFast(s *state, c *fastCache, memo *wordMemo, idx []int32, buf []uint64) {
	sp := m.parser.(*learn.Sparse)
	if c.roleAt == nil {
		c.roleAt = map[wordTag]int32{}
	}
	ws := s.words
	if len(idx) != len(ws)-1 {
		idx = nil
	}
	c.vecs = c.vecs[:0]
	c.own = c.own[:0]
	for i := range ws {
		key := wordTag{ws[i].w, ws[i].t}
		var mw *memoWord
		if i > 0 && idx != nil && idx[i-1] >= 0 {
			mw = &memo.words[idx[i-1]]
			if mw.role == key {
				c.vecs = append(c.vecs, mw.roleAt)
				continue
			}
		}
		k, ok := c.roleAt[key]
		if ok && mw != nil {
			mw.role, mw.roleAt = key, k
		}
		if !ok {
			var v roleVec
			c.roles(sp, key.w, key.t, &v)
			if len(c.roleAt) < maxCached {
				k = int32(len(c.roleVecs))
				c.roleVecs = append(c.roleVecs, v)
				c.roleAt[key] = k
				if mw != nil {
					mw.role, mw.roleAt = key, k
				}
			} else {
				k = -1 - int32(len(c.own))
				c.own = append(c.own, v)
			}
		}
		c.vecs = append(c.vecs, k)
	}
	scale := sp.Scale()
	s.init(len(ws) - 1)
	for !s.done() {
		if forced := s.forced(); forced >= 0 {
			s.apply(forced)
			continue
		}
		var acc [nMoves]int32
		p := s.places()
		m.addRoles(&p, c, &acc)
		buf = restFeatures(buf[:0], s, &p)
		sp.AddInline(buf, &acc)
		best, bv := -1, float32(0)
		for mv := 0; mv < nMoves; mv++ {
			sc := float32(acc[mv]) * scale
			if s.valid(mv) && (best < 0 || sc > bv) {
				best, bv = mv, sc
			}
		}
		s.apply(best)
	}
}

// addRoles adds the role sums of the words in each place of s.
func (m *Model) addRoles(p *[nRoles]int, c *fastCache, acc *[nMoves]int32) {
	for r, i := range p {
		v := &m.noneRoles
		if i >= 0 {
			v = c.vec(i)
		}
		for m := range nMoves {
			acc[m] += v[r][m]
		}
	}
}

// places returns the word in each role (-1: none), as parseFeatures reads
// them.
func (s *state) places() [nRoles]int {
	var p [nRoles]int
	for i := range p {
		p[i] = -1
	}
	n := len(s.stack)
	if n >= 1 {
		p[roleS0] = s.stack[n-1]
	}
	if n >= 2 {
		p[roleS1] = s.stack[n-2]
	}
	if n >= 3 {
		p[roleS2] = s.stack[n-3]
	}
	for k := range 3 {
		if s.b+k < len(s.words) {
			p[roleB0+k] = s.b + k
		}
	}
	child := func(r, c int) int {
		if p[r] < 0 || c == 0 {
			return -1
		}
		return c
	}
	ws := s.words
	if i := p[roleS0]; i >= 0 {
		p[roleS0L1], p[roleS0R1] = child(roleS0, ws[i].l1), child(roleS0, ws[i].r1)
		p[roleS0L2], p[roleS0R2] = child(roleS0, ws[i].l2), child(roleS0, ws[i].r2)
	}
	if i := p[roleB0]; i >= 0 {
		p[roleB0L1], p[roleB0L2] = child(roleB0, ws[i].l1), child(roleB0, ws[i].l2)
	}
	if i := p[roleS1]; i >= 0 {
		p[roleS1R1], p[roleS1L1] = child(roleS1, ws[i].r1), child(roleS1, ws[i].l1)
	}
	return p
}

// rootWord is the parser's word for the root.
func rootWord() pword { return pword{w: hashString("<root>"), t: 1 << 30, u: 1 << 30} }
