package syntax

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/learn"
)

// The tagger: greedy, left to right, one averaged-perceptron decision per
// word over the joint UPOS|XPOS tags, reading the two tags it chose before.
// Frequent words that the treebank gives one tag (Lexicon.Fixed) take it
// without a decision.

// wordInfo is what the tagger and parser read of a word, computed once a
// sentence.
type wordInfo struct {
	form   string
	low    string
	lowH   uint64 // hash of the lowercased form
	formH  uint64 // hash of the form as written
	shape  uint64
	cas    uint64
	suf    [4]uint64
	pre    [3]uint64
	amb    uint64 // hash of the word's tag set in the dictionary, 1 when unseen
	prof   uint64 // the sentence's capitalization profile (same for every word)
	aux    uint64 // hash of the word's Lexicon.Aux entry, 1 when none
	wn     uint64 // what WordNet says of the word (wnClass)
	fixed  int16
	cands  []int16 // tags the word may take
	known  bool
	hyphen bool
	digit  bool
}

// wordStatic is what the lexicons say of a lowercased word, the same in
// every sentence.
type wordStatic struct {
	known bool
	fixed int16
	amb   uint64
	cands []int16
	aux   uint64
	wn    uint64
}

// staticInfo looks a word up in the tag dictionary, the news word list
// (Aux) and WordNet: a dozen map reads, done once at loading for the
// words the lexicon lists (Lexicon.static) and per token for the others.
func (lx *Lexicon) staticInfo(low string) wordStatic {
	st := wordStatic{fixed: -1, amb: 1, aux: 1}
	e, ok := lx.Words[low]
	st.cands = lx.candidates(e, ok)
	if ok {
		st.known = true
		st.fixed = e.Fixed
		h := uint64(fnvOffset)
		for _, t := range e.Tags {
			h ^= uint64(t) + 1
			h *= fnvPrime
		}
		st.amb = h | 1
	}
	st.wn = lx.wnClass(low)
	if a, ok := lx.Aux[low]; ok {
		st.aux = hashString(a)
	}
	return st
}

func (lx *Lexicon) info(forms []string, out []wordInfo) []wordInfo {
	out = out[:0]
	for _, f := range forms {
		out = append(out, lx.wordOf(f))
	}
	return withProfile(out)
}

// wordOf is a word's info but for the sentence's capitalization profile.
func (lx *Lexicon) wordOf(f string) wordInfo {
	var wi wordInfo
	wi.form = f
	wi.low = lower(f)
	wi.lowH = hashString(wi.low)
	wi.formH = hashString(f)
	wi.shape = shapeHash(f)
	wi.cas = caseClass(f)
	wi.suf, wi.pre = affixes(wi.low)
	st, ok := lx.static[wi.low]
	if !ok {
		st = lx.staticInfo(wi.low)
	}
	wi.known, wi.fixed, wi.amb, wi.cands, wi.aux, wi.wn = st.known, st.fixed, st.amb, st.cands, st.aux, st.wn
	wi.hyphen = strings.IndexByte(f, '-') > 0
	for i := 0; i < len(f); i++ {
		if f[i] >= '0' && f[i] <= '9' {
			wi.digit = true
			break
		}
	}
	return wi
}

// wordMemo is one worker's memory of wordOf by form, with the tagger's
// cached sums and the last lemma of each form: one map read a word instead
// of a dozen look-ups and hashes (the lexicon's maps are large, so most of
// their reads miss the cache).
type wordMemo struct {
	at    map[string]int32 // form -> index in words
	words []memoWord
}

type memoWord struct {
	info  wordInfo // form and low not the document's text
	tagAt int32    // offset in fastCache.tagSums, -1 until computed
	// profAt: 1 + the offset in fastCache.tagSums of the sums of its
	// profileFeatures, by profile (0 until computed; fastctx.go).
	profAt [nProfiles]int32
	// lemTag is the joint tag lemma and feats were found for, -1 for none.
	lemTag       int32
	lemma, feats string
	// nb: the raw weights the word adds to the tagger's scores of the
	// word at each of nbOffsets from it (fastCache.nb[nb[k]:nb[k+1]]),
	// and the features of dense rows to look up (fastCache.nbDense
	// [nbd[k]:nbd[k+1]]), when nbOK.
	nbOK bool
	nb   [len(nbOffsets) + 1]int32
	nbd  [len(nbOffsets) + 1]int32
	// role: the (word, tag) the word was last parsed with (zero for
	// none: a tag is never 0), whose role sums are fastCache.roleVecs
	// [roleAt].
	role   wordTag
	roleAt int32
}

// infoMemo is info with the worker's memory: idx gets each word's index
// in memo.words, -1 for a word not kept (the memory is full).
func (lx *Lexicon) infoMemo(forms []string, out []wordInfo, memo *wordMemo, idx []int32) ([]wordInfo, []int32) {
	if memo.at == nil {
		memo.at = map[string]int32{}
	}
	out, idx = out[:0], idx[:0]
	for _, f := range forms {
		if k, ok := memo.at[f]; ok {
			out = append(out, memo.words[k].info)
			out[len(out)-1].form = f
			idx = append(idx, k)
			continue
		}
		wi := lx.wordOf(f)
		out = append(out, wi)
		if len(memo.at) >= maxCached {
			idx = append(idx, -1)
			continue
		}
		// Keep no reference to the document's text.
		form := strings.Clone(f)
		if wi.low == f {
			wi.low = form
		}
		wi.form = form
		k := int32(len(memo.words))
		memo.words = append(memo.words, memoWord{info: wi, tagAt: -1, lemTag: -1})
		memo.at[form] = k
		idx = append(idx, k)
	}
	return withProfile(out), idx
}

// withProfile sets every word's capitalization profile.
func withProfile(out []wordInfo) []wordInfo {
	// Capitalization profile: web text is often all lower case or all
	// capitals, which changes what a capital letter says.
	var title, caps, low int
	for i := 1; i < len(out); i++ {
		switch out[i].cas {
		case 0:
			low++
		case 1:
			title++
		case 2:
			caps++
		}
	}
	var prof uint64
	switch total := title + caps + low; {
	case total == 0:
		prof = 0
	case caps*2 > total:
		prof = 1
	case title*2 > total:
		prof = 2
	case title == 0 && caps == 0:
		prof = 3
	default:
		prof = 4
	}
	for i := range out {
		out[i].prof = prof
	}
	return out
}

// lower is strings.ToLower without the allocation for words already lower.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// Tagger feature templates.
const (
	tBias = iota + 1
	tWord
	tForm
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape
	tCase
	tPrevWord
	tNextWord
	tPrev2Word
	tNext2Word
	tPrevTag
	tPrevTags
	tPrevTagWord
	tPrevSuf3
	tNextSuf3
	tAmb
	tNextAmb
	tNext2Amb
	tPrevAmb
	tWordNext
	tPrevWordWord
	tPrevTagAmb
	tFirstCase
	tNextShape
	tAmbNextAmb
	tHyphenDigit
	tNextWordAmb
	tPrevTagSuf3
	tCaseNextCase
	tPrevCaseCase
	tProfileCase
	tSuf3Case
	tPrevTagNextWord
	tProfileWord
	tAux
	tAuxCase
	tNextAux
	tPrevAux
	tAuxAmb
	tPrevTagAux
	tWN
	tWNCase
	tWNSuf2
	tNextWN
	tPrevTagWN
	tWNAmb
	tCaseWindow
	tPrevTagCaseNext
	tCaseWindowWord
)

var (
	padStart = hashString("<s>")
	padEnd   = hashString("</s>")
)

// tagFeatures appends the features of word i given the previous tags p1,
// p2 (tag index + 1, 0 at the start): the word's own (tagStatic), then
// those of its context (tagContext).
func tagFeatures(buf []uint64, ws []wordInfo, i int, p1, p2 uint64) []uint64 {
	return tagContext(tagStatic(buf, &ws[i]), ws, i, p1, p2)
}

// around is a sentence's word information as the context templates read
// it: a neighbour's, or the padding beyond the sentence's ends.
type around []wordInfo

func (ws around) at(j int) *wordInfo {
	if j < 0 || j >= len(ws) {
		return nil
	}
	return &ws[j]
}

func (ws around) pad(j int) uint64 {
	if j < 0 {
		return padStart
	}
	return padEnd
}

func (ws around) low(j int) uint64 {
	if x := ws.at(j); x != nil {
		return x.lowH
	}
	return ws.pad(j)
}

func (ws around) amb(j int) uint64 {
	if x := ws.at(j); x != nil {
		return x.amb
	}
	return ws.pad(j)
}

// tagContext appends the features of word i that read its neighbours, the
// previous tags or the sentence.
func tagContext(buf []uint64, ws []wordInfo, i int, p1, p2 uint64) []uint64 {
	w := &ws[i]
	a := around(ws)
	auxAt := func(j int) uint64 {
		if x := a.at(j); x != nil {
			return x.aux
		}
		return a.low(j)
	}
	wnAt := func(j int) uint64 {
		if x := a.at(j); x != nil {
			return x.wn
		}
		return a.low(j)
	}
	suf3At := func(j int) uint64 {
		if x := a.at(j); x != nil {
			return x.suf[2]
		}
		return a.low(j)
	}
	var first uint64
	if i == 0 {
		first = 1
	}
	next := a.at(i + 1)
	var nextShape uint64 = padEnd
	var nextCase, prevCase uint64 = 9, 9
	if next != nil {
		nextShape = next.shape
		nextCase = next.cas
	}
	if p := a.at(i - 1); p != nil {
		prevCase = p.cas
	}
	return append(buf,
		k1(tPrevWord, a.low(i-1)),
		k1(tNextWord, a.low(i+1)),
		k1(tPrev2Word, a.low(i-2)),
		k1(tNext2Word, a.low(i+2)),
		k1(tPrevTag, p1),
		k2(tPrevTags, p1, p2),
		k2(tPrevTagWord, p1, w.lowH),
		k1(tPrevSuf3, suf3At(i-1)),
		k1(tNextSuf3, suf3At(i+1)),
		k1(tNextAmb, a.amb(i+1)),
		k1(tNext2Amb, a.amb(i+2)),
		k1(tPrevAmb, a.amb(i-1)),
		k2(tWordNext, w.lowH, a.low(i+1)),
		k2(tPrevWordWord, a.low(i-1), w.lowH),
		k2(tPrevTagAmb, p1, w.amb),
		k2(tFirstCase, first, w.cas),
		k1(tNextShape, nextShape),
		k2(tAmbNextAmb, w.amb, a.amb(i+1)),
		k2(tNextWordAmb, a.low(i+1), w.amb),
		k2(tPrevTagSuf3, p1, w.suf[2]),
		k2(tCaseNextCase, w.cas, nextCase),
		k2(tPrevCaseCase, prevCase, w.cas),
		k3(tProfileCase, w.prof, first, w.cas),
		k2(tPrevTagNextWord, p1, a.low(i+1)),
		k2(tProfileWord, w.prof, w.lowH),
		k1(tNextAux, auxAt(i+1)),
		k1(tPrevAux, auxAt(i-1)),
		k2(tPrevTagAux, p1, w.aux),
		k3(tAuxCase, w.aux, w.cas, first),
		k3(tWNCase, w.wn, w.cas, first),
		k1(tNextWN, wnAt(i+1)),
		k2(tPrevTagWN, p1, w.wn),
		k4(tCaseWindow, prevCase, w.cas, nextCase, w.prof),
		k3(tPrevTagCaseNext, p1, w.cas, nextCase),
		k4(tCaseWindowWord, prevCase, w.lowH, nextCase, first),
	)
}

// tagStatic appends the features that read the word alone, as written:
// the same in every sentence, so the run-time tagger adds them up once a
// word (fasttag.go).
func tagStatic(buf []uint64, w *wordInfo) []uint64 {
	var hd uint64
	if w.hyphen {
		hd |= 1
	}
	if w.digit {
		hd |= 2
	}
	return append(buf,
		k1(tBias, 1),
		k1(tWord, w.lowH),
		k1(tForm, w.formH),
		k1(tSuf1, w.suf[0]),
		k1(tSuf2, w.suf[1]),
		k1(tSuf3, w.suf[2]),
		k1(tSuf4, w.suf[3]),
		k1(tPre1, w.pre[0]),
		k1(tPre2, w.pre[1]),
		k1(tPre3, w.pre[2]),
		k1(tShape, w.shape),
		k1(tCase, w.cas),
		k1(tAmb, w.amb),
		k2(tHyphenDigit, hd, w.cas),
		k2(tSuf3Case, w.suf[2], w.cas),
		k1(tAux, w.aux),
		k2(tAuxAmb, w.aux, w.amb),
		k1(tWN, w.wn),
		k2(tWNSuf2, w.wn, w.suf[1]),
		k2(tWNAmb, w.wn, w.amb),
	)
}

// scorer is the part of a model the tagger reads: the averaged model at
// run time, the learner's live weights while training.
type scorer interface {
	Scores(feats []uint64, out []float32)
}

// candScorer is a scorer that can score just a word's candidate tags
// (learn.Sparse, at run time).
type candScorer interface {
	ScoresOf(feats []uint64, cands []int16, out []float32)
}

// bestOf returns the best-scoring tag among cands (all tags when nil;
// the first on ties).
func bestOf(scores []float32, cands []int16) int {
	if len(cands) == 0 {
		t, _ := learn.Argmax(scores)
		return t
	}
	best := int(cands[0])
	for _, c := range cands[1:] {
		if scores[c] > scores[best] || scores[c] == scores[best] && int(c) < best {
			best = int(c)
		}
	}
	return best
}

// tagSentence fills tags (indices into lx.Tags) for the words.
func tagSentence(m scorer, nTags int, ws []wordInfo, tags []int, buf []uint64, scores []float32) {
	tagFrom(m, nTags, ws, tags, buf, scores, 0)
}

// tagFrom tags words from..len(ws)-1 as tagSentence does, reading the
// tags before from as given (a repair changed one of them).
func tagFrom(m scorer, nTags int, ws []wordInfo, tags []int, buf []uint64, scores []float32, from int) {
	theta := secondMargin(m)
	if theta <= 0 {
		tagFirst(m, nTags, ws, tags, buf, scores, from, nil, 0)
		return
	}
	var p pass2
	p.reset(len(ws))
	tagFirst(m, nTags, ws, tags, buf, scores, from, &p, theta)
	secondPass(m, nTags, ws, tags, &p, from, buf, scores)
}

// tagFirst is tagFrom's first pass; with p, it keeps the scores of the
// words decided with a margin below theta (pass2.keep).
func tagFirst(m scorer, nTags int, ws []wordInfo, tags []int, buf []uint64, scores []float32, from int, p *pass2, theta float32) {
	var p1, p2 uint64
	if from > 0 {
		p1 = uint64(tags[from-1]) + 1
	}
	if from > 1 {
		p2 = uint64(tags[from-2]) + 1
	}
	for i := from; i < len(ws); i++ {
		t := int(ws[i].fixed)
		if t < 0 {
			buf = tagFeatures(buf[:0], ws, i, p1, p2)
			if cs, ok := m.(candScorer); ok && ws[i].cands != nil {
				cs.ScoresOf(buf, ws[i].cands, scores)
			} else {
				m.Scores(buf, scores)
			}
			t = bestOf(scores[:nTags], ws[i].cands)
			if p != nil {
				p.keep(i, scores, ws[i].cands, nTags, theta)
			}
		}
		tags[i] = t
		p2, p1 = p1, uint64(t)+1
	}
}
