package syntax

import "github.com/chronicle-news/chronicle/internal/learn"

// The labeller names every arc of a finished tree. It walks the tree top
// down (a head's own relation is known before its dependents are named) and
// each head's dependents left to right (the relations of earlier siblings
// are known), so "was" beside a subject reads as a passive, "by" under an
// oblique as an agent.

// Labeller feature templates.
const (
	lBias = iota + 1
	lDw
	lDt
	lDu
	lHw
	lHt
	lDtHt
	lDwHt
	lDtHw
	lDwHw
	lDirDtHt
	lDirDistDtHt
	lHrel
	lHrelDt
	lHrelDtHt
	lDchild
	lDchildDt
	lSib
	lSibDt
	lSibRel
	lSibRelDt
	lGt
	lGtHtDt
	lFirstLast
	lPrevT
	lNextT
	lPrevTDt
	lNextTDt
	lDwDir
	lDnKids
	lBetween
	lHchildCount
	lDlemmaH
	lDistDt
)

// closed reports whether a universal tag is a closed class whose words are
// worth naming in a feature.
func closed(u uint64, upos []string) bool {
	if u == 0 || int(u) > len(upos) {
		return false
	}
	switch upos[u-1] {
	case "ADP", "AUX", "PART", "SCONJ", "DET", "PRON", "CCONJ", "PUNCT", "ADV":
		return true
	}
	return false
}

// labelTree names the arcs of a tree: heads[i] for words 1..n (words[0] is
// the root), rels[i] gets a label index. kids is scratch.
type labelCtx struct {
	upos []string // universal tag names by index (for closed())
	// punctU is the universal-tag value (index + 1) of PUNCT and punctRel
	// the index of "punct": punctuation takes it without a decision (in
	// the EWT training part 23,556 of 23,596 PUNCT words are "punct").
	punctU   uint64
	punctRel int
	kids     [][]int
	order    []int
	fast     *labelFast // the run-time scorer of a learn.Sparse model, nil for any other
}

func (c *labelCtx) prepare(n int, heads []int) {
	if cap(c.kids) < n+1 {
		c.kids = make([][]int, n+1)
	}
	c.kids = c.kids[:n+1]
	for i := range c.kids {
		c.kids[i] = c.kids[i][:0]
	}
	for d := 1; d <= n; d++ {
		if h := heads[d]; h >= 0 && h <= n {
			c.kids[h] = append(c.kids[h], d)
		}
	}
	// Top-down order: breadth first from the root.
	c.order = append(c.order[:0], 0)
	for i := 0; i < len(c.order); i++ {
		c.order = append(c.order, c.kids[c.order[i]]...)
	}
}

func wordOrTag(p *pword, upos []string) uint64 {
	if closed(p.u, upos) {
		return p.w
	}
	return p.t | 1<<40
}

func (c *labelCtx) punct(u uint64) bool { return c.punctU != 0 && u == c.punctU && c.punctRel >= 0 }

// newLabelCtx returns a labeller context for the universal tags and
// relations of a model.
func newLabelCtx(upos, rels []string) labelCtx {
	c := labelCtx{upos: upos, punctRel: -1}
	for i, u := range upos {
		if u == "PUNCT" {
			c.punctU = uint64(i) + 1
		}
	}
	for i, r := range rels {
		if r == "punct" {
			c.punctRel = i
		}
	}
	return c
}

// arcCtx is what the labeller's templates read of the arc into d.
type arcCtx struct {
	d, h   int
	dw, hw *pword
	dir    uint64 // 1: the dependent before its head
	ds     uint64 // bucketed distance
	hrel   uint64 // the head's relation + 1 (1<<20 under the root)
	gt     uint64 // the grandparent's tag (0 under the root)
	prevT  uint64 // the tags of the words before and after the dependent (0: none)
	nextT  uint64
	pos    uint64 // 1: the head's first dependent, 2: its last
	betw   uint64 // siblings between dependent and head, at most 3
	nk     uint64 // the dependent's dependents, at most 3
}

func (c *labelCtx) arc(ws []pword, heads []int, rels []int, d int) arcCtx {
	h := heads[d]
	a := arcCtx{d: d, h: h, dw: &ws[d], hw: &ws[h]}
	if d < h {
		a.dir = 1
	}
	a.ds = dist(d, h)
	if h > 0 {
		a.hrel = uint64(rels[h]) + 1
		a.gt = ws[heads[h]].t
	} else {
		a.hrel = 1 << 20
	}
	if d > 1 {
		a.prevT = ws[d-1].t
	}
	if d+1 < len(ws) {
		a.nextT = ws[d+1].t
	}
	sib := c.kids[h]
	if len(sib) > 0 && sib[0] == d {
		a.pos |= 1
	}
	if len(sib) > 0 && sib[len(sib)-1] == d {
		a.pos |= 2
	}
	for _, s := range sib {
		if (s > d && s < h) || (s < d && s > h) {
			a.betw++
		}
	}
	if a.betw > 3 {
		a.betw = 3
	}
	a.nk = uint64(len(c.kids[d]))
	if a.nk > 3 {
		a.nk = 3
	}
	return a
}

// Labeller templates in groups that read only small values: tags,
// relations, directions, counts (labelFast keeps each group's sum by those
// values).
const (
	lgDep   = iota // bias, the dependent's tags, with direction and distance: (dt, dir, ds)
	lgHead         // the head's tag, alone and with the dependent's: (dt, ht, dir)
	lgHrel         // the head's relation: (hrel, dt)
	lgGrand        // the grandparent's tag: (gt)
	lgPrev         // the tag before the dependent: (prevT, dt)
	lgNext         // the tag after it: (nextT, dt)
	lgShape        // place among siblings, siblings between, own dependents: (dt, dir, pos, betw, nk)
	nLabelGroups
)

// groupFeatures appends the features of group g of the arc.
func groupFeatures(buf []uint64, g int, a *arcCtx) []uint64 {
	dt, du, ht := a.dw.t, a.dw.u, a.hw.t
	switch g {
	case lgDep:
		return append(buf, k1(lBias, 1), k1(lDt, dt), k1(lDu, du), k3(lDistDt, a.ds, a.dir, du))
	case lgHead:
		return append(buf, k1(lHt, ht), k2(lDtHt, dt, ht), k3(lDirDtHt, a.dir, dt, ht))
	case lgHrel:
		return append(buf, k1(lHrel, a.hrel), k2(lHrelDt, a.hrel, dt))
	case lgGrand:
		return append(buf, k1(lGt, a.gt))
	case lgPrev:
		return append(buf, k1(lPrevT, a.prevT), k2(lPrevTDt, a.prevT, dt))
	case lgNext:
		return append(buf, k1(lNextT, a.nextT), k2(lNextTDt, a.nextT, dt))
	case lgShape:
		return append(buf, k3(lFirstLast, a.pos, a.dir, dt), k2(lDnKids, a.nk, dt), k3(lBetween, a.betw, a.dir, dt))
	}
	return buf
}

// labelFeatures appends the features for naming the arc into d.
func (c *labelCtx) labelFeatures(buf []uint64, ws []pword, heads []int, rels []int, d int) []uint64 {
	a := c.arc(ws, heads, rels, d)
	for g := range nLabelGroups {
		buf = groupFeatures(buf, g, &a)
	}
	return c.restFeatures(buf, ws, rels, &a)
}

// restFeatures appends the features of the arc outside the groups: those
// that read words, and the dependent's and siblings' dependents.
func (c *labelCtx) restFeatures(buf []uint64, ws []pword, rels []int, a *arcCtx) []uint64 {
	d, h, dw, hw, dir := a.d, a.h, a.dw, a.hw, a.dir
	buf = append(buf,
		k1(lDw, dw.w),
		k1(lHw, hw.w),
		k2(lDwHt, dw.w, hw.t),
		k2(lDtHw, dw.t, hw.w),
		k2(lDwHw, dw.w, hw.w),
		k4(lDirDistDtHt, dir, a.ds, dw.t, hw.t),
		k3(lHrelDtHt, a.hrel, dw.t, hw.t),
		k3(lGtHtDt, a.gt, hw.t, dw.t),
		k2(lDwDir, dw.w, dir),
	)
	for _, k := range c.kids[d] {
		var side uint64
		if k < d {
			side = 1
		}
		v := wordOrTag(&ws[k], c.upos)
		buf = append(buf, k2(lDchild, v, side), k3(lDchildDt, v, side, dw.t))
	}
	for _, s := range c.kids[h] {
		if s == d {
			continue
		}
		var side uint64
		if s < d {
			side = 1
		}
		if s < h {
			side |= 2
		}
		v := wordOrTag(&ws[s], c.upos)
		buf = append(buf, k2(lSib, v, side), k3(lSibDt, v, side, dw.t))
		if s < d {
			buf = append(buf, k2(lSibRel, uint64(rels[s])+1, side), k3(lSibRelDt, uint64(rels[s])+1, side, dw.t))
		}
	}
	return buf
}

// labelSentence names every arc; rels[d] gets a label index.
func (c *labelCtx) labelSentence(m scorer, nLabels int, ws []pword, heads, rels []int, buf []uint64, scores []float32, rootLabel int) {
	n := len(ws) - 1
	c.prepare(n, heads)
	for _, h := range c.order {
		for _, d := range c.kids[h] {
			if h == 0 && rootLabel >= 0 {
				rels[d] = rootLabel
				continue
			}
			if c.punct(ws[d].u) {
				rels[d] = c.punctRel
				continue
			}
			if c.fast != nil {
				buf = c.fast.scores(c, buf, ws, heads, rels, d, scores[:nLabels])
			} else {
				buf = c.labelFeatures(buf[:0], ws, heads, rels, d)
				m.Scores(buf, scores)
			}
			best, _ := learn.Argmax(scores[:nLabels])
			if best == rootLabel && h != 0 {
				// "root" only under the root: take the next best.
				scores[best] = -1e30
				best, _ = learn.Argmax(scores[:nLabels])
			}
			rels[d] = best
		}
	}
}

// The labeller's run-time scorer. Of an arc's features, 20 read only
// small values (tags, relations, direction, counts: the groups of
// groupFeatures) and their rows are the long ones (268 of the 515 weights
// an arc adds on EWT dev). A worker keeps each group's sum over all labels
// by the group's values, in a table indexed by them, computed the first
// time the values meet; an arc is then scored from 7 sums and the
// look-ups of its other features. Raw weights are integers that add
// exactly, so the scores are those of Scores (TestFastSame).
type labelFast struct {
	sp    *learn.Sparse
	nl    int    // labels
	nt    uint64 // tag values 0..nTags, and the root's (tagIndex)
	idx   [nLabelGroups][]int32
	vecs  []int32 // the sums, nl a vector
	own   []int32 // a sum not kept (the worker's memory is full)
	acc   []int32
	feats []uint64
	tmp   []float32
}

func newLabelFast(sp *learn.Sparse, nTags int) *labelFast {
	f := &labelFast{sp: sp, nl: len(sp.Labels), nt: uint64(nTags) + 2}
	f.acc = make([]int32, f.nl)
	f.own = make([]int32, f.nl)
	f.tmp = make([]float32, f.nl)
	return f
}

// tagIndex maps a tag value (0 none, joint tag + 1, the root's) to
// 0..nt-1; ok is false for any other.
func (f *labelFast) tagIndex(t uint64) (uint64, bool) {
	switch {
	case t < f.nt-1:
		return t, true
	case t == rootWord().t:
		return f.nt - 1, true
	}
	return 0, false
}

// key returns the index of the arc's values in group g's table and the
// table's size; ok is false when a value lies outside it.
func (f *labelFast) key(g int, a *arcCtx) (k, size uint64, ok bool) {
	nt := f.nt
	dt, ok1 := f.tagIndex(a.dw.t)
	if !ok1 {
		return 0, 0, false
	}
	switch g {
	case lgDep:
		return (dt*2+a.dir)*8 + a.ds, nt * 16, a.ds < 8
	case lgHead:
		ht, ok := f.tagIndex(a.hw.t)
		return (dt*nt+ht)*2 + a.dir, nt * nt * 2, ok
	case lgHrel:
		hr := a.hrel
		if hr == 1<<20 {
			hr = uint64(f.nl) + 1
		}
		return hr*nt + dt, (uint64(f.nl) + 2) * nt, hr <= uint64(f.nl)+1
	case lgGrand:
		gt, ok := f.tagIndex(a.gt)
		return gt, nt, ok
	case lgPrev:
		pt, ok := f.tagIndex(a.prevT)
		return pt*nt + dt, nt * nt, ok
	case lgNext:
		nx, ok := f.tagIndex(a.nextT)
		return nx*nt + dt, nt * nt, ok
	case lgShape:
		return (((dt*2+a.dir)*4+a.pos)*4+a.betw)*4 + a.nk, nt * 128, a.pos < 4 && a.betw < 4 && a.nk < 4
	}
	return 0, 0, false
}

// vec returns group g's raw sums for the arc.
func (f *labelFast) vec(g int, a *arcCtx) []int32 {
	k, size, ok := f.key(g, a)
	if ok {
		if f.idx[g] == nil {
			f.idx[g] = make([]int32, size)
		}
		if at := f.idx[g][k]; at > 0 {
			return f.vecs[int(at-1)*f.nl : int(at)*f.nl]
		}
	}
	f.feats = groupFeatures(f.feats[:0], g, a)
	clear(f.tmp)
	f.sp.AddRaw(f.feats, nil, f.tmp)
	v := f.own
	if ok && len(f.vecs)/f.nl < maxCached {
		at := len(f.vecs) / f.nl
		f.vecs = append(f.vecs, make([]int32, f.nl)...)
		v = f.vecs[at*f.nl:]
		f.idx[g][k] = int32(at + 1)
	}
	for j, x := range f.tmp {
		v[j] = int32(x)
	}
	return v
}

// scores sets out to the scores of the labels of the arc into d (as
// Scores gives them) and returns buf, used for the features.
func (f *labelFast) scores(c *labelCtx, buf []uint64, ws []pword, heads, rels []int, d int, out []float32) []uint64 {
	a := c.arc(ws, heads, rels, d)
	acc := f.acc[:len(out)]
	clear(acc)
	for g := range nLabelGroups {
		v := f.vec(g, &a)
		v = v[:len(acc)]
		for j := range acc {
			acc[j] += v[j]
		}
	}
	buf = c.restFeatures(buf[:0], ws, rels, &a)
	clear(out)
	f.sp.AddRaw(buf, nil, out)
	scale := f.sp.Scale()
	for j := range out {
		out[j] = (out[j] + float32(acc[j])) * scale
	}
	return buf
}
