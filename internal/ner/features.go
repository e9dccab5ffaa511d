package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes of (template, value): no strings are built
// while tagging. A template is a small integer; values are FNV-1a hashes of
// token strings (or of derived strings: lower case, shape, affixes) and
// small codes, combined with mix.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix is the splitmix64 finalizer.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// feat is the key of template t with value v.
func feat(t tmpl, v uint64) uint64 { return mix(v*0x9e3779b97f4a7c15 ^ uint64(t)) }

// feat2 is the key of template t with the pair of values a, b.
func feat2(t tmpl, a, b uint64) uint64 { return feat(t, mix(a)*31+b) }

type tmpl uint64

// Templates. Their numbers are part of the model file: append, never
// renumber.
const (
	tBias tmpl = iota + 1
	tWord
	tLower
	tShape
	tShort
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tLowerM1
	tLowerM2
	tLowerP1
	tLowerP2
	tWordM1
	tWordP1
	tShortM1
	tShortM2
	tShortP1
	tShortP2
	tBiM1
	tBiP1
	tShort3
	tShortBiM1
	tShortBiP1
	tInitShort
	tLowerM1Short
	tShortLowerP1
	tLen
	tDocLowerElsewhere // the lower-case form occurs mid-sentence in lower case elsewhere in the document
	tDocCapElsewhere   // the capitalized form occurs mid-sentence elsewhere in the document
	tDocTitleOfCaps    // an all-caps token whose title-case form occurs in the document
	tHist              // type most often given to this word earlier in the document
	tHistShort
	tInitDocLower
	tLowerM2M1
	tLowerP1P2
	tHeadline // the sentence is mostly upper case
	tHistP1   // history of the next word
	tHistM1
	tDocCapMajority // share of the word's occurrences in the document that are capitalized mid-sentence
	tCommon         // the lower-case form is a common lower-case word (model lexicon)
	tInitCommon     // the same, at the start of a sentence or in a headline
	tClus           // class of the word in clustering k (tClus+k, k < maxClusterings)
	_
	_
	tClusM1 // class of the previous word (tClusM1+k)
	_
	_
	tClusP1 // class of the next word (tClusP1+k)
	_
	_
)

// token holds the per-token values the features of a token and its
// neighbours are built from (32 bytes: the decoder copies one per token of
// a document); wordInfo the values only the word's own features need.
type token struct {
	lower, short            uint64
	stat                    *wordStat // set by newDocStats
	cap, allCaps, lowerWord bool
	capsWord                bool  // allCaps, with more than one rune in the lower-case form
	title                   bool  // isTitle
	common                  bool  // lower-case form in the model's lexicon
	prune                   uint8 // kind of the form in the tag dictionary (pruneFree, ...)
}

// wordInfo holds the values of a word that only its word features (see
// wordFeatures) need.
type wordInfo struct {
	word, shape uint64
	lowerStr    string
	length      uint8 // rune count, at most 12
	clus        clusterIDs
}

// analyze computes the values of one token.
func analyze(w string) (token, wordInfo) {
	var t token
	x := wordInfo{word: hashString(w)}
	lower := strings.ToLower(w)
	x.lowerStr = lower
	t.lower = hashString(lower)
	var shape, short [48]byte
	ns, nsh := 0, 0
	var last byte
	run := 0
	letters, uppers := 0, 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			letters++
			uppers++
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			run++
		} else {
			run = 1
		}
		if run <= 4 && ns < len(shape) {
			shape[ns] = c
			ns++
		}
		if run == 1 && nsh < len(short) {
			short[nsh] = c
			nsh++
		}
		last = c
	}
	x.shape = hashBytes(shape[:ns])
	t.short = hashBytes(short[:nsh])
	first, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(first)
	t.allCaps = letters > 0 && uppers == letters
	t.lowerWord = letters > 0 && uppers == 0
	t.capsWord = t.allCaps && utf8.RuneCountInString(lower) > 1
	t.title = isTitle(w)
	x.length = uint8(min(utf8.RuneCountInString(w), 12))
	x.clus = clustersOf(w)
	return t, x
}

// affixes appends the features of the prefixes and suffixes of 1-4 runes
// of a lower-case form (as many as it has runes), prefix and suffix of
// each length in turn.
func affixes(dst []uint64, lower string) []uint64 {
	n := min(utf8.RuneCountInString(lower), 4)
	i, j := 0, len(lower)
	for k := 0; k < n; k++ {
		_, sz := utf8.DecodeRuneInString(lower[i:])
		i += sz
		_, sz = utf8.DecodeLastRuneInString(lower[:j])
		j -= sz
		dst = append(dst, feat(tPre1+tmpl(k), hashString(lower[:i])), feat(tSuf1+tmpl(k), hashString(lower[j:])))
	}
	return dst
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// Padding values for positions outside the sentence.
var (
	padBefore = hashString("<s>")
	padAfter  = hashString("</s>")
)

// wordStat holds the document-level facts about one lower-case form.
type wordStat struct {
	lowerMid bool  // seen in lower case not at the start of a sentence
	capMid   int32 // mid-sentence occurrences that are capitalized
	allMid   int32 // all mid-sentence occurrences (of words with letters)
	title    bool  // seen in title case (Xxxx) anywhere
	hist     [nTypes + 1]int32
	histSeen bool
}

// docStats are the document-level facts about words, one per lower-case
// form.
type docStats []wordStat

func isTitle(w string) bool {
	r, sz := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	rest := w[sz:]
	hasLower := false
	for _, r := range rest {
		if unicode.IsUpper(r) {
			return false
		}
		if unicode.IsLower(r) {
			hasLower = true
		}
	}
	return hasLower
}

func headline(ts []token) bool {
	caps, words := 0, 0
	for i := range ts {
		if ts[i].allCaps || ts[i].lowerWord || ts[i].cap {
			words++
			if ts[i].allCaps {
				caps++
			}
		}
	}
	return words >= 2 && 2*caps > words
}

// newDocStats gathers the document-level facts and points each token at
// the facts of its lower-case form. index is working memory (cleared here).
func newDocStats(sents [][]string, toks [][]token, infos [][]wordInfo, head []bool, index map[string]int32, buf docStats) docStats {
	clear(index)
	d := statsBuf(sents, buf)
	// First assign every token its entry (d never grows past n, so the
	// pointers stay valid).
	for si := range sents {
		for i := range sents[si] {
			t, lower := &toks[si][i], infos[si][i].lowerStr
			k, ok := index[lower]
			if !ok {
				k = int32(len(d))
				index[lower] = k
				d = append(d, wordStat{})
			}
			t.stat = &d[k]
		}
	}
	gatherStats(sents, toks, head)
	return d
}

// statsBuf returns buf emptied, with room for an entry per token.
func statsBuf(sents [][]string, buf docStats) docStats {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	if cap(buf) < n {
		buf = make(docStats, 0, n)
	}
	return buf[:0]
}

// gatherStats fills in the facts about the words of a document whose
// tokens point at their entries.
func gatherStats(sents [][]string, toks [][]token, head []bool) {
	for si := range sents {
		gatherSentence(toks[si], head[si])
	}
}

// gatherSentence adds the facts of one sentence's tokens to their entries.
func gatherSentence(ts []token, head bool) {
	for i := range ts {
		t := &ts[i]
		st := t.stat
		if t.title {
			st.title = true
		}
		if i == 0 || head {
			continue
		}
		if t.lowerWord {
			st.lowerMid = true
		}
		if t.lowerWord || t.cap {
			st.allMid++
			if t.cap {
				st.capMid++
			}
		}
	}
}

func boolCode(b bool) uint64 {
	if b {
		return 2
	}
	return 1
}

// wordFeatures appends the features a word contributes to the token at
// offset -o from it: with o == 0 its own features, with o == -1 those it
// gives as the previous word of the next token, and so on (o in -2..2).
// They depend on the word alone, so a tagger may cache their weights.
func wordFeatures(dst []uint64, t *token, x *wordInfo, o int) []uint64 {
	switch o {
	case 0:
		dst = append(dst,
			feat(tBias, 0),
			feat(tWord, x.word),
			feat(tLower, t.lower),
			feat(tShape, x.shape),
			feat(tShort, t.short),
			feat(tLen, uint64(x.length)),
			feat2(tCommon, boolCode(t.common), t.short),
		)
		dst = affixes(dst, x.lowerStr)
		dst = clusterFeatures(dst, x, tClus, cfeatWord)
	case -1:
		dst = append(dst, feat(tLowerM1, t.lower), feat(tShortM1, t.short), feat(tWordM1, x.word))
		dst = clusterFeatures(dst, x, tClusM1, cfeatNeigh)
	case -2:
		dst = append(dst, feat(tLowerM2, t.lower), feat(tShortM2, t.short))
	case 1:
		dst = append(dst, feat(tLowerP1, t.lower), feat(tShortP1, t.short), feat(tWordP1, x.word))
		dst = clusterFeatures(dst, x, tClusP1, cfeatNeigh)
	case 2:
		dst = append(dst, feat(tLowerP2, t.lower), feat(tShortP2, t.short))
	}
	return dst
}

// clusterFeatures appends the features of the word's classes in the
// clusterings of mask (bit k: clustering k) under templates base+k.
func clusterFeatures(dst []uint64, x *wordInfo, base tmpl, mask uint8) []uint64 {
	for k, c := range x.clus {
		if c != 0 && mask&(1<<k) != 0 {
			dst = append(dst, feat(base+tmpl(k), uint64(c)))
		}
	}
	return dst
}

// contextFeatures appends the features of token i that depend on more than
// one word: padding at the sentence edges, word pairs, shape n-grams,
// sentence position and the document-level facts.
func contextFeatures(dst []uint64, ts []token, i int, head bool) []uint64 {
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
	shortAt := func(k int) uint64 {
		if k >= 0 && k < len(ts) {
			return ts[k].short
		}
		if k < 0 {
			return padBefore
		}
		return padAfter
	}
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
	lm1, lm2, lp1, lp2 := lowerAt(i-1), lowerAt(i-2), lowerAt(i+1), lowerAt(i+2)
	sm1, sp1 := shortAt(i-1), shortAt(i+1)
	dst = append(dst,
		feat2(tBiM1, lm1, t.lower), feat2(tBiP1, t.lower, lp1),
		feat2(tLowerM2M1, lm2, lm1), feat2(tLowerP1P2, lp1, lp2),
		feat(tShort3, mix(sm1)*31*31+t.short*31+sp1),
		feat2(tShortBiM1, sm1, t.short), feat2(tShortBiP1, t.short, sp1),
		feat2(tLowerM1Short, lm1, t.short), feat2(tShortLowerP1, t.short, lp1),
	)
	dst = positionFeatures(dst, t, i, head)
	return dst
}

// staticFeatures appends all features of token i of a sentence that do not
// depend on earlier decisions.
// positionFeatures are the features of token t at position i that depend
// on where it stands (sentence start, headline) and on the document's other
// uses of the word; the training features and the runtime signature cache
// both add them.
func positionFeatures(dst []uint64, t *token, i int, head bool) []uint64 {
	if i == 0 {
		dst = append(dst, feat(tInitShort, t.short))
	}
	if i == 0 || head {
		dst = append(dst, feat2(tInitCommon, boolCode(t.common), t.short))
	}
	if head {
		dst = append(dst, feat(tHeadline, t.short))
	}
	if st := t.stat; st != nil && (t.cap || t.lowerWord) {
		initial := i == 0 || head
		lowerElsewhere := st.lowerMid
		dst = append(dst, feat2(tDocLowerElsewhere, boolCode(lowerElsewhere), t.short))
		if initial {
			dst = append(dst, feat2(tInitDocLower, boolCode(lowerElsewhere), t.short))
		}
		if t.cap {
			capElsewhere := st.capMid
			if !initial {
				capElsewhere-- // not counting this occurrence
			}
			dst = append(dst, feat2(tDocCapElsewhere, boolCode(capElsewhere > 0), boolCode(initial)))
			if all := st.allMid; all > 0 {
				share := uint64(4 * st.capMid / all)
				dst = append(dst, feat2(tDocCapMajority, share, t.short))
			}
		}
		if t.capsWord {
			dst = append(dst, feat(tDocTitleOfCaps, boolCode(st.title)))
		}
	}
	return dst
}

func staticFeatures(dst []uint64, ts []token, xs []wordInfo, i int, head bool) []uint64 {
	for o := -2; o <= 2; o++ {
		if k := i + o; k >= 0 && k < len(ts) {
			dst = wordFeatures(dst, &ts[k], &xs[k], o)
		}
	}
	return contextFeatures(dst, ts, i, head)
}

// histBest is the type (0: none, k: Types[k-1]) most often given to the
// word of t earlier in the document, if it was seen capitalized before.
func histBest(t *token) (int, bool) {
	st := t.stat
	if st == nil || !st.histSeen {
		return 0, false
	}
	best := 0
	for k := 1; k <= nTypes; k++ {
		if st.hist[k] > st.hist[best] {
			best = k
		}
	}
	return best, true
}

// dynamicFeatures appends the features of token i that depend on the labels
// given earlier in the document.
func dynamicFeatures(dst []uint64, ts []token, i int) []uint64 {
	t := &ts[i]
	if !t.cap {
		return dst
	}
	if b, ok := histBest(t); ok {
		dst = append(dst, feat(tHist, uint64(b)+1), feat2(tHistShort, uint64(b)+1, t.short))
	}
	if i+1 < len(ts) && ts[i+1].cap {
		if b, ok := histBest(&ts[i+1]); ok {
			dst = append(dst, feat(tHistP1, uint64(b)+1))
		}
	}
	if i > 0 && ts[i-1].cap {
		if b, ok := histBest(&ts[i-1]); ok {
			dst = append(dst, feat(tHistM1, uint64(b)+1))
		}
	}
	return dst
}

// record adds the labels of a decoded sentence to the history of its
// capitalized words.
func record(ts []token, labels []int) {
	for i := range ts {
		if st := ts[i].stat; st != nil && ts[i].cap {
			st.hist[labelType(labels[i])+1]++
			st.histSeen = true
		}
	}
}

// resetHistory forgets the labels recorded in d.
func (d docStats) resetHistory() {
	for i := range d {
		d[i].hist = [nTypes + 1]int32{}
		d[i].histSeen = false
	}
}
