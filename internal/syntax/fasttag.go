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
	for i := range ws {
		w := &ws[i]
		t := int(w.fixed)
		if t < 0 && w.cands == nil {
			buf = tagFeatures(buf[:0], ws, i, p1, p2)
			sp.Scores(buf, scores)
			t = bestOf(scores[:nTags], nil)
		} else if t < 0 && len(w.cands) == 1 {
			t = int(w.cands[0]) // what bestOf would choose, whatever the scores
		} else if t < 0 {
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
			buf = tagContext(buf[:0], ws, i, p1, p2)
			for _, k := range w.cands {
				scores[k] = 0
			}
			sp.AddRaw(buf, w.cands, scores)
			for j, k := range w.cands {
				scores[k] = (scores[k] + part[j]) * scale
			}
			t = bestOf(scores[:nTags], w.cands)
		}
		tags[i] = t
		p2, p1 = p1, uint64(t)+1
	}
}
