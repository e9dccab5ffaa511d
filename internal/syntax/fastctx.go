package syntax

import "github.com/chronicle-news/chronicle/internal/learn"

// Of the context templates tagContextFast reads, eleven read, besides the
// word itself, only the previous tag (prevTagFeatures) or only the
// sentence's capitalization profile (profileFeatures, past the first word,
// where "first" is 0). A kept word's sums of them over its candidate tags
// are the same wherever it meets that tag or that profile, so a worker
// keeps them too: per word and profile (memoWord.profAt), and per word and
// previous tag (fastCache.prevAt, bounded like its other caches). The
// word is then scored from those sums and the other context look-ups
// (tagContextRest). Raw weights add exactly, so the tags are the same
// (TestFastSame).

// nProfiles is the number of capitalization profiles (withProfile).
const nProfiles = 5

// prevTagFeatures appends the features of word w that read the previous
// tag p1 and w alone.
func prevTagFeatures(buf []uint64, w *wordInfo, p1 uint64) []uint64 {
	return append(buf,
		k1(tPrevTag, p1),
		k2(tPrevTagWord, p1, w.lowH),
		k2(tPrevTagAmb, p1, w.amb),
		k2(tPrevTagSuf3, p1, w.suf[2]),
		k2(tPrevTagAux, p1, w.aux),
		k2(tPrevTagWN, p1, w.wn),
	)
}

// profileFeatures appends the features of word w, not the sentence's
// first, that read the sentence's profile or w alone.
func profileFeatures(buf []uint64, w *wordInfo) []uint64 {
	const first = 0
	return append(buf,
		k2(tFirstCase, first, w.cas),
		k3(tProfileCase, w.prof, first, w.cas),
		k2(tProfileWord, w.prof, w.lowH),
		k3(tAuxCase, w.aux, w.cas, first),
		k3(tWNCase, w.wn, w.cas, first),
	)
}

// tagContextRest appends the features of tagContextFast but those of
// prevTagFeatures and profileFeatures, for a word that is not the first.
func tagContextRest(buf []uint64, ws []wordInfo, i int, p1, p2 uint64, have *[len(nbOffsets)]bool) []uint64 {
	const first = 0
	w := &ws[i]
	a := around(ws)
	prevCase, nextCase := a.cases(i)
	buf = append(buf,
		k2(tPrevTags, p1, p2),
		k2(tWordNext, w.lowH, a.low(i+1)),
		k2(tPrevWordWord, a.low(i-1), w.lowH),
		k2(tAmbNextAmb, w.amb, a.amb(i+1)),
		k2(tNextWordAmb, a.low(i+1), w.amb),
		k2(tCaseNextCase, w.cas, nextCase),
		k2(tPrevCaseCase, prevCase, w.cas),
		k2(tPrevTagNextWord, p1, a.low(i+1)),
		k4(tCaseWindow, prevCase, w.cas, nextCase, w.prof),
		k3(tPrevTagCaseNext, p1, w.cas, nextCase),
		k4(tCaseWindowWord, prevCase, w.lowH, nextCase, first),
	)
	return a.neighbours(buf, i, have)
}

// ctxSums sets c.ctx[j] to the raw sum, for candidate tag j of kept word
// k (w, not the first of its sentence), of its prevTagFeatures with p1 and
// its profileFeatures, from the caches or computed (and kept when there
// is room). scores is working memory.
func (c *fastCache) ctxSums(sp *learn.Sparse, memo *wordMemo, k int32, w *wordInfo, p1 uint64, scores []float32) {
	n := len(w.cands)
	c.ctx = append(c.ctx[:0], make([]float32, n)...)
	mw := &memo.words[k]
	at := mw.profAt[w.prof] - 1
	if at < 0 {
		at = c.sumsOf(sp, profileFeatures(c.feats[:0], w), w.cands, scores)
		mw.profAt[w.prof] = at + 1
	}
	for j := range n {
		c.ctx[j] += c.tagSums[int(at)+j]
	}
	if c.prevAt == nil {
		c.prevAt = map[uint64]int32{}
	}
	key := uint64(k)<<20 | p1
	at, ok := c.prevAt[key]
	if !ok {
		at = c.sumsOf(sp, prevTagFeatures(c.feats[:0], w, p1), w.cands, scores)
		if len(c.prevAt) < maxCached {
			c.prevAt[key] = at
		} else {
			defer func() { c.tagSums = c.tagSums[:at] }() // not kept
		}
	}
	for j := range n {
		c.ctx[j] += c.tagSums[int(at)+j]
	}
}

// sumsOf appends to c.tagSums the raw sums of feats over cands and
// returns their offset.
func (c *fastCache) sumsOf(sp *learn.Sparse, feats []uint64, cands []int16, scores []float32) int32 {
	for _, k := range cands {
		scores[k] = 0
	}
	sp.AddRaw(feats, cands, scores)
	at := int32(len(c.tagSums))
	for _, k := range cands {
		c.tagSums = append(c.tagSums, scores[k])
	}
	return at
}
