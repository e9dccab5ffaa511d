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

// labelFeatures appends the features for naming the arc into d.
func (c *labelCtx) labelFeatures(buf []uint64, ws []pword, heads []int, rels []int, d int) []uint64 {
	h := heads[d]
	dw, hw := &ws[d], &ws[h]
	var dir uint64
	if d < h {
		dir = 1
	}
	ds := dist(d, h)
	hrel := uint64(0)
	var gt uint64
	if h > 0 {
		hrel = uint64(rels[h]) + 1
		gt = ws[heads[h]].t
	} else {
		hrel = 1 << 20
	}
	var prevT, nextT uint64
	if d > 1 {
		prevT = ws[d-1].t
	}
	if d+1 < len(ws) {
		nextT = ws[d+1].t
	}
	sib := c.kids[h]
	var pos uint64
	if len(sib) > 0 && sib[0] == d {
		pos |= 1
	}
	if len(sib) > 0 && sib[len(sib)-1] == d {
		pos |= 2
	}
	between := uint64(0)
	for _, s := range sib {
		if (s > d && s < h) || (s < d && s > h) {
			between++
		}
	}
	if between > 3 {
		between = 3
	}
	nk := uint64(len(c.kids[d]))
	if nk > 3 {
		nk = 3
	}
	buf = append(buf,
		k1(lBias, 1),
		k1(lDw, dw.w), k1(lDt, dw.t), k1(lDu, dw.u),
		k1(lHw, hw.w), k1(lHt, hw.t),
		k2(lDtHt, dw.t, hw.t),
		k2(lDwHt, dw.w, hw.t),
		k2(lDtHw, dw.t, hw.w),
		k2(lDwHw, dw.w, hw.w),
		k3(lDirDtHt, dir, dw.t, hw.t),
		k4(lDirDistDtHt, dir, ds, dw.t, hw.t),
		k1(lHrel, hrel),
		k2(lHrelDt, hrel, dw.t),
		k3(lHrelDtHt, hrel, dw.t, hw.t),
		k1(lGt, gt),
		k3(lGtHtDt, gt, hw.t, dw.t),
		k3(lFirstLast, pos, dir, dw.t),
		k1(lPrevT, prevT), k1(lNextT, nextT),
		k2(lPrevTDt, prevT, dw.t), k2(lNextTDt, nextT, dw.t),
		k2(lDwDir, dw.w, dir),
		k2(lDnKids, nk, dw.t),
		k3(lBetween, between, dir, dw.t),
		k3(lDistDt, ds, dir, dw.u),
	)
	for _, k := range c.kids[d] {
		var side uint64
		if k < d {
			side = 1
		}
		v := wordOrTag(&ws[k], c.upos)
		buf = append(buf, k2(lDchild, v, side), k3(lDchildDt, v, side, dw.t))
	}
	for _, s := range sib {
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
			buf = c.labelFeatures(buf[:0], ws, heads, rels, d)
			m.Scores(buf, scores)
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
