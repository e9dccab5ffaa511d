package syntax

import (
	"github.com/chronicle-news/chronicle/internal/learn"
)

// The tagger's run-time scorer. Of its 55 feature templates, 20 read the
// word alone as written (tagStatic: the word, its affixes, shape, case,
// what the lexicons say of it). Their sum over the word's candidate tags
// is the same in every sentence, so a worker adds it up the first time it
// meets the word and keeps it (fastCache); the word is then scored from
// that sum and 35 look-ups instead of 55. Raw weights are integers that
// add exactly, so the tags are the same as tagFeatures gives (TestFastSame).

// tagFast is tagSentence with the cached sums; idx is each word's index
// in memo.words (-1: not kept), where the sums of its static features are
// kept.
func (m *Model) tagFast(c *fastCache, memo *wordMemo, idx []int32, ws []wordInfo, tags []int, buf []uint64, scores []float32) {
	sp := m.tagger.(*learn.Sparse)
	nTags := len(m.Lex.Tags)
	scale := sp.Scale()
	var p1, p2 uint64
	p := &c.p2
	if m.second > 0 {
		p.reset(len(ws))
	}
	for i := range ws {
		w := &ws[i]
		t := int(w.fixed)
		if t < 0 && w.cands == nil {
			buf = tagFeatures(buf[:0], ws, i, p1, p2)
			sp.Scores(buf, scores)
			t = bestOf(scores[:nTags], nil)
			if m.second > 0 {
				p.keep(i, scores, nil, nTags, m.second)
			}
		} else if t < 0 && len(w.cands) == 1 {
			t = int(w.cands[0]) // what bestOf would choose, whatever the scores
		} else if t < 0 {
			split := i > 0 && idx[i] >= 0 && w.prof < nProfiles
			if split {
				c.ctxSums(sp, memo, idx[i], w, p1, scores)
			}
			at := int32(-1)
			if k := idx[i]; k >= 0 {
				at = memo.words[k].tagAt
			}
			ok := at >= 0
			if !ok {
				buf = tagStatic(buf[:0], w)
				for _, k := range w.cands {
					scores[k] = 0
				}
				sp.AddRaw(buf, w.cands, scores)
				at = int32(len(c.tagSums))
				for _, k := range w.cands {
					c.tagSums = append(c.tagSums, scores[k])
				}
			}
			part := c.tagSums[at : int(at)+len(w.cands)]
			if !ok {
				if k := idx[i]; k >= 0 {
					memo.words[k].tagAt = at
				} else {
					c.tagSums = c.tagSums[:at] // not kept: part stays readable until the next append
				}
			}
			var have [len(nbOffsets)]bool
			var nbs [len(nbOffsets)][]uint32
			buf = buf[:0]
			for j, off := range nbOffsets {
				if n := i + off; n >= 0 && n < len(ws) && idx[n] >= 0 {
					have[j] = true
					var dense []uint64
					nbs[j], dense = c.neighbour(sp, memo, idx[n], j)
					buf = append(buf, dense...)
				}
			}
			if split {
				buf = tagContextRest(buf, ws, i, p1, p2, &have)
			} else {
				buf = tagContextFast(buf, ws, i, p1, p2, &have)
			}
			for _, k := range w.cands {
				scores[k] = 0
			}
			sp.AddRaw(buf, w.cands, scores)
			for _, e := range nbs {
				learn.AddEntries(e, scores)
			}
			if split {
				for j, k := range w.cands {
					scores[k] += c.ctx[j]
				}
			}
			for j, k := range w.cands {
				scores[k] = (scores[k] + part[j]) * scale
			}
			t = bestOf(scores[:nTags], w.cands)
			if m.second > 0 {
				p.keep(i, scores, w.cands, nTags, m.second)
			}
		}
		tags[i] = t
		p2, p1 = p1, uint64(t)+1
	}
	if m.second > 0 {
		secondPass(sp, nTags, ws, tags, p, 0, buf, scores)
	}
}

// Of the tagger's 35 context templates, 13 read one neighbour alone (its
// word, suffix, tag set, shape, news-list and WordNet classes) at an offset
// of -2 to 2. What such a neighbour adds to a word's scores is the same
// wherever the two meet, so a worker keeps, for each word of its memory
// and each offset, those rows' raw weights (learn.Sparse.AppendRows), read
// from one short list instead of up to six look-ups in the tables. Raw
// weights add exactly, so the scores are those of tagContext
// (TestFastSame).

// nbOffsets are the offsets of the neighbours, from the word tagged.
var nbOffsets = [4]int{-2, -1, 1, 2}

// neighbourFeatures appends the features that read x alone as the
// neighbour at offset off (nbOffsets) of the word tagged.
func neighbourFeatures(buf []uint64, x *wordInfo, off int) []uint64 {
	switch off {
	case -2:
		return append(buf, k1(tPrev2Word, x.lowH))
	case -1:
		return append(buf, k1(tPrevWord, x.lowH), k1(tPrevSuf3, x.suf[2]), k1(tPrevAmb, x.amb), k1(tPrevAux, x.aux))
	case 1:
		return append(buf, k1(tNextWord, x.lowH), k1(tNextSuf3, x.suf[2]), k1(tNextAmb, x.amb),
			k1(tNextShape, x.shape), k1(tNextAux, x.aux), k1(tNextWN, x.wn))
	case 2:
		return append(buf, k1(tNext2Word, x.lowH), k1(tNext2Amb, x.amb))
	}
	return buf
}

// neighbour returns the raw weights memory word k adds as the neighbour
// at nbOffsets[j] (of its sparse rows) and the features of its dense rows,
// computing its lists on first use. The dense rows (a tenth of a percent
// of the tagger's, but those of the frequent values, two thirds of the
// lists) are looked up as before: the cache holds them, and a list of
// their entries would be of every tag, not the word's candidates.
func (c *fastCache) neighbour(sp *learn.Sparse, memo *wordMemo, k int32, j int) ([]uint32, []uint64) {
	mw := &memo.words[k]
	if !mw.nbOK {
		for o, off := range nbOffsets {
			mw.nb[o], mw.nbd[o] = int32(len(c.nb)), int32(len(c.nbDense))
			c.feats = neighbourFeatures(c.feats[:0], &mw.info, off)
			c.nb, c.nbDense = sp.AppendRows(c.feats, c.nb, c.nbDense)
		}
		mw.nb[len(nbOffsets)], mw.nbd[len(nbOffsets)] = int32(len(c.nb)), int32(len(c.nbDense))
		mw.nbOK = true
	}
	return c.nb[mw.nb[j]:mw.nb[j+1]], c.nbDense[mw.nbd[j]:mw.nbd[j+1]]
}

// tagContextFast appends the features of tagContext but those of the
// neighbours at the offsets have marks (nbOffsets), which the caller adds
// from the lists of neighbour. The order differs from tagContext's, which
// changes no sum.
func tagContextFast(buf []uint64, ws []wordInfo, i int, p1, p2 uint64, have *[len(nbOffsets)]bool) []uint64 {
	w := &ws[i]
	a := around(ws)
	var first uint64
	if i == 0 {
		first = 1
	}
	prevCase, nextCase := a.cases(i)
	buf = append(buf,
		k1(tPrevTag, p1),
		k2(tPrevTags, p1, p2),
		k2(tPrevTagWord, p1, w.lowH),
		k2(tWordNext, w.lowH, a.low(i+1)),
		k2(tPrevWordWord, a.low(i-1), w.lowH),
		k2(tPrevTagAmb, p1, w.amb),
		k2(tFirstCase, first, w.cas),
		k2(tAmbNextAmb, w.amb, a.amb(i+1)),
		k2(tNextWordAmb, a.low(i+1), w.amb),
		k2(tPrevTagSuf3, p1, w.suf[2]),
		k2(tCaseNextCase, w.cas, nextCase),
		k2(tPrevCaseCase, prevCase, w.cas),
		k3(tProfileCase, w.prof, first, w.cas),
		k2(tPrevTagNextWord, p1, a.low(i+1)),
		k2(tProfileWord, w.prof, w.lowH),
		k2(tPrevTagAux, p1, w.aux),
		k3(tAuxCase, w.aux, w.cas, first),
		k3(tWNCase, w.wn, w.cas, first),
		k2(tPrevTagWN, p1, w.wn),
		k4(tCaseWindow, prevCase, w.cas, nextCase, w.prof),
		k3(tPrevTagCaseNext, p1, w.cas, nextCase),
		k4(tCaseWindowWord, prevCase, w.lowH, nextCase, first),
	)
	return a.neighbours(buf, i, have)
}

// cases returns the case classes of the words before and after word i (9
// beyond the sentence).
func (a around) cases(i int) (prev, next uint64) {
	prev, next = 9, 9
	if n := a.at(i + 1); n != nil {
		next = n.cas
	}
	if p := a.at(i - 1); p != nil {
		prev = p.cas
	}
	return prev, next
}

// neighbours appends the features of word i's neighbours at the offsets
// have does not mark (nbOffsets); beyond the sentence every template
// reads the padding.
func (a around) neighbours(buf []uint64, i int, have *[len(nbOffsets)]bool) []uint64 {
	for k, off := range nbOffsets {
		if have[k] {
			continue
		}
		x := a.at(i + off)
		if x == nil {
			// Beyond the sentence: every template reads the padding.
			pad := uint64(padEnd)
			if off < 0 {
				pad = padStart
			}
			x = &wordInfo{lowH: pad, amb: pad, aux: pad, wn: pad, shape: pad}
			x.suf[2] = pad
		}
		buf = neighbourFeatures(buf, x, off)
	}
	return buf
}
