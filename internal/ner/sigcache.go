package ner

import (
	"math/bits"
)

// Most features of a token that are not about the word itself (those the
// word cache covers) take their values from small alphabets: the shapes of
// the token and its neighbours, its distance to the sentence edges, and
// the document facts and history of its word. A token's signature gathers
// those values; tokens with the same signature have the same such
// features, so a loaded model caches their summed weights by signature.
// What remains per token is the handful of word-pair features.

// signature is what the small-alphabet features of a token depend on.
type signature struct {
	sm1, short, sp1 uint64 // shapes of the previous, this and the next token (or padding)
	flags           uint64
}

// Signature flag bits.
const (
	sigM2Pad = 1 << iota // token i-2 is outside the sentence
	sigM1Pad
	sigP1Pad
	sigP2Pad
	sigFirst    // i == 0
	sigHead     // the sentence is a headline
	sigCommon   // t.common
	sigDoc      // the document features apply (capitalized or lower-case word)
	sigLowerMid // st.lowerMid
	sigCap      // t.cap
	sigCapElse  // capitalized mid-sentence elsewhere
	sigAllMid   // st.allMid > 0
	sigCapsWord // all caps, more than one rune
	sigTitle    // st.title
	sigShare    // 3 bits: 4*capMid/allMid
	_
	_
	sigHist // 3 bits: history of this word (0: none, else best+1)
	_
	_
	sigHistP1 // 3 bits: history of the next word
	_
	_
	sigHistM1 // 3 bits: history of the previous word
)

// histCode is 0 when the history of t does not apply, else best type + 1.
func histCode(t *token) uint64 {
	if b, ok := histBest(t); ok {
		return uint64(b) + 1
	}
	return 0
}

// tokenSignature computes the signature of token i of a sentence.
func tokenSignature(ts []token, i int, head bool) signature {
	t := &ts[i]
	g := signature{sm1: padBefore, short: t.short, sp1: padAfter}
	n := len(ts)
	var f uint64
	if i < 2 {
		f |= sigM2Pad
	}
	if i >= 1 {
		g.sm1 = ts[i-1].short
	} else {
		f |= sigM1Pad | sigFirst
	}
	if i+1 < n {
		g.sp1 = ts[i+1].short
	} else {
		f |= sigP1Pad
	}
	if i+2 >= n {
		f |= sigP2Pad
	}
	if head {
		f |= sigHead
	}
	if t.common {
		f |= sigCommon
	}
	if st := t.stat; st != nil && (t.cap || t.lowerWord) {
		f |= sigDoc
		if st.lowerMid {
			f |= sigLowerMid
		}
		if t.cap {
			f |= sigCap
			capElsewhere := st.capMid
			if !(i == 0 || head) {
				capElsewhere--
			}
			if capElsewhere > 0 {
				f |= sigCapElse
			}
			if st.allMid > 0 {
				f |= sigAllMid | uint64(4*st.capMid/st.allMid)*sigShare
			}
		}
		if t.capsWord {
			f |= sigCapsWord
			if st.title {
				f |= sigTitle
			}
		}
	}
	if t.cap {
		f |= sigCap
		f |= histCode(t) * sigHist
		if i+1 < n && ts[i+1].cap {
			f |= histCode(&ts[i+1]) * sigHistP1
		}
		if i > 0 && ts[i-1].cap {
			f |= histCode(&ts[i-1]) * sigHistM1
		}
	}
	g.flags = f
	return g
}

func (g *signature) hash() uint64 {
	return mix(g.sm1*0x9e3779b97f4a7c15 ^ g.short*0xbf58476d1ce4e5b9 ^ g.sp1*0x94d049bb133111eb ^ g.flags)
}

// pairFeatures appends the features of token i that pair its word with a
// neighbour's (or two neighbours' words): those contextFeatures has that
// smallFeatures does not.
func pairFeatures(dst []uint64, ts []token, i int) []uint64 {
	t := &ts[i]
	lowerAt := func(k int) uint64 {
		if k >= 0 && k < len(ts) {
			return ts[k].lower
		}
		if k < 0 {
			return padBefore
		}
		return padAfter
	}
	lm1, lm2, lp1, lp2 := lowerAt(i-1), lowerAt(i-2), lowerAt(i+1), lowerAt(i+2)
	return append(dst,
		feat2(tBiM1, lm1, t.lower), feat2(tBiP1, t.lower, lp1),
		feat2(tLowerM2M1, lm2, lm1), feat2(tLowerP1P2, lp1, lp2),
		feat2(tLowerM1Short, lm1, t.short), feat2(tShortLowerP1, t.short, lp1),
	)
}

// smallFeatures appends the features of token i that depend only on its
// signature: contextFeatures without the pair features, and
// dynamicFeatures.
func smallFeatures(dst []uint64, ts []token, i int, head bool) []uint64 {
	t := &ts[i]
	for _, o := range [4]int{-2, -1, 1, 2} {
		if k := i + o; k < 0 || k >= len(ts) {
			pad := padBefore
			if k >= len(ts) {
				pad = padAfter
			}
			switch o {
			case -2:
				dst = append(dst, feat(tLowerM2, pad), feat(tShortM2, pad))
			case -1:
				dst = append(dst, feat(tLowerM1, pad), feat(tShortM1, pad))
			case 1:
				dst = append(dst, feat(tLowerP1, pad), feat(tShortP1, pad))
			case 2:
				dst = append(dst, feat(tLowerP2, pad), feat(tShortP2, pad))
			}
		}
	}
	sm1, sp1 := padBefore, padAfter
	if i > 0 {
		sm1 = ts[i-1].short
	}
	if i+1 < len(ts) {
		sp1 = ts[i+1].short
	}
	dst = append(dst,
		feat(tShort3, mix(sm1)*31*31+t.short*31+sp1),
		feat2(tShortBiM1, sm1, t.short), feat2(tShortBiP1, t.short, sp1),
	)
	dst = positionFeatures(dst, t, i, head)
	return dynamicFeatures(dst, ts, i)
}

// sigEntry is one entry of the signature cache.
type sigEntry struct {
	sig signature
	ok  bool
	sum [nLabels]float32
}

// sigCacheSize is the number of entries of the (direct-mapped) signature
// cache.
const sigCacheSize = 1 << 13

// addContext adds the weights of the context and dynamic features of
// token i to s. With a loaded model (integer weights, so that the order of
// the sums does not matter) it adds only the small-alphabet ones, from the
// signature cache of sc; addPairs adds the others.
func (m *model) addContext(sc *scratch, ts []token, i int, head bool, s *[nLabels]float32) {
	if m.packed == nil {
		sc.keys = contextFeatures(sc.keys[:0], ts, i, head)
		sc.keys = dynamicFeatures(sc.keys, ts, i)
		for _, k := range sc.keys {
			m.add(k, s)
		}
		return
	}
	if sc.sigs == nil {
		sc.sigs = make([]sigEntry, sigCacheSize)
	}
	g := tokenSignature(ts, i, head)
	e := &sc.sigs[g.hash()&(sigCacheSize-1)]
	if !e.ok || e.sig != g {
		e.sig, e.ok, e.sum = g, true, [nLabels]float32{}
		sc.keys = smallFeatures(sc.keys[:0], ts, i, head)
		for _, k := range sc.keys {
			m.add(k, &e.sum)
		}
	}
	for l := range s {
		s[l] += e.sum[l]
	}
}

// addPairs adds the weights of the pair features of the free tokens of a
// sentence to scores, for a loaded model. The lookups are done in
// batches: first the keys, then the seen filter without branches (most
// keys are unknown pairs, and mispredicted branches would stall the
// memory accesses in flight), then the slots of the keys that pass.
func (m *model) addPairs(sc *scratch, ts []token, free []bool, scores [][nLabels]float32) {
	sc.keys, sc.pos = sc.keys[:0], sc.pos[:0]
	for i := range ts {
		if free[i] {
			sc.keys = pairFeatures(sc.keys, ts, i)
			sc.pos = append(sc.pos, int32(i))
		}
	}
	const per = 6 // pair features per token
	keys := sc.keys
	if cap(sc.pass) < len(keys) {
		sc.pass = make([]int32, len(keys))
	}
	pass := sc.pass[:len(keys)]
	t := m.packed
	n := 0
	for j, k := range keys {
		b := (k >> 40) & t.seenMask
		pass[n] = int32(j)
		n += int(t.seen[b/64] >> (b % 64) & 1)
	}
	for _, j := range pass[:n] {
		w := t.get(keys[j])
		if w == nil {
			continue
		}
		s := &scores[sc.pos[int(j)/per]]
		mask := w.meta & labelMask
		if bits.OnesCount32(mask) <= maxInline {
			for q := 0; mask != 0; q++ {
				s[bits.TrailingZeros32(mask)] += float32(w.v[q&(maxInline-1)])
				mask &= mask - 1
			}
			continue
		}
		row := &t.dense[uint32(uint16(w.v[0]))|uint32(uint16(w.v[1]))<<16]
		for l := range s {
			s[l] += float32(row[l])
		}
	}
}
