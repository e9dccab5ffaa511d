package syntax

import (
	"github.com/chronicle-news/chronicle/internal/learn"
)

// The parser's run-time scorer. Of the 73 feature templates, 27 read one
// word alone in one place of the configuration (s0's word, b1's tag, s0's
// leftmost dependent's word...): 14 places ("roles"), each a sum over one
// to three templates of the word's (form, tag). Those sums are the same
// every time the word takes that role, so they are added up once a
// sentence, and for the words of the tag dictionary once at loading; a
// move is then scored from 14 cached sums and 46 look-ups instead of 73
// look-ups. Raw weights are integers that add exactly, so the scores, and
// the trees, are the same as parseFeatures gives (TestFastParserSame).

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

// roleTemplates lists each role's single-word templates; a template of
// one value reads the tag, unless it is a word template (wordOnly).
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

// nRoleFeatures is the number of single-word templates.
var nRoleFeatures = func() int {
	n := 0
	for _, ts := range roleTemplates {
		n += len(ts)
	}
	return n
}()

type wordTag struct{ w, t uint64 }

// fastParser scores parser moves with role sums.
type fastParser struct {
	sp    *learn.Sparse
	known map[wordTag]*roleVec // the tag dictionary's (word, tag) pairs and the root
	none  roleVec              // an empty place
}

func newFastParser(sp *learn.Sparse, lx *Lexicon) *fastParser {
	if !sp.Inline() {
		return nil
	}
	f := &fastParser{sp: sp, known: map[wordTag]*roleVec{}}
	var feats []uint64
	var rows [][nMoves]int32
	f.roles(0, 0, &f.none, feats, rows)
	root := rootWord()
	pairs := []wordTag{{root.w, root.t}}
	for low, e := range lx.Words {
		h := hashString(low)
		for _, t := range e.Tags {
			pairs = append(pairs, wordTag{h, uint64(t) + 1})
		}
	}
	vecs := make([]roleVec, len(pairs))
	for i, p := range pairs {
		feats, rows = f.roles(p.w, p.t, &vecs[i], feats, rows)
		f.known[p] = &vecs[i]
	}
	return f
}

// roles fills v with the role sums of the word (w, t), using feats and
// rows as scratch space.
func (f *fastParser) roles(w, t uint64, v *roleVec, feats []uint64, rows [][nMoves]int32) ([]uint64, [][nMoves]int32) {
	feats = feats[:0]
	for _, ts := range roleTemplates {
		for _, tpl := range ts {
			feats = append(feats, roleFeature(tpl, w, t))
		}
	}
	if cap(rows) < len(feats) {
		rows = make([][nMoves]int32, len(feats))
	}
	rows = rows[:len(feats)]
	f.sp.InlineRows(feats, rows)
	*v = roleVec{}
	k := 0
	for r, ts := range roleTemplates {
		for range ts {
			for m := range nMoves {
				v[r][m] += rows[k][m]
			}
			k++
		}
	}
	return feats, rows
}

// rootWord is the parser's word for the root.
func rootWord() pword { return pword{w: hashString("<root>"), t: 1 << 30, u: 1 << 30} }

// fastWork is the scratch space of one parse.
type fastWork struct {
	vecs  []*roleVec // per word of the sentence (0 the root)
	own   []roleVec  // sums of words not in f.known
	feats []uint64
	rows  [][nMoves]int32
}

// parse is parseSentence with role sums.
func (f *fastParser) parse(s *state, fw *fastWork, buf []uint64, scores []float32) {
	ws := s.words
	fw.vecs = fw.vecs[:0]
	fw.own = fw.own[:0]
	for i := range ws {
		if v, ok := f.known[wordTag{ws[i].w, ws[i].t}]; ok {
			fw.vecs = append(fw.vecs, v)
			continue
		}
		fw.own = append(fw.own, roleVec{})
		fw.vecs = append(fw.vecs, nil)
	}
	// Sums of unknown words, once fw.own has stopped growing.
	k := 0
	for i := range ws {
		if fw.vecs[i] != nil {
			continue
		}
		fw.feats, fw.rows = f.roles(ws[i].w, ws[i].t, &fw.own[k], fw.feats, fw.rows)
		fw.vecs[i] = &fw.own[k]
		k++
	}
	scale := f.sp.Scale()
	s.init(len(ws) - 1)
	for !s.done() {
		if forced := s.forced(); forced >= 0 {
			s.apply(forced)
			continue
		}
		var acc [nMoves]int32
		p := s.places()
		f.addRoles(&p, fw.vecs, &acc)
		buf = restFeatures(buf[:0], s, &p)
		f.sp.AddInline(buf, &acc)
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
func (f *fastParser) addRoles(p *[nRoles]int, vecs []*roleVec, acc *[nMoves]int32) {
	for r, i := range p {
		v := &f.none
		if i >= 0 {
			v = vecs[i]
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
