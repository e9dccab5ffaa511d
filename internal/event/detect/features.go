package detect

import (
	"github.com/chronicle-news/chronicle/internal/ner"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle/internal/learn"
	"github.com/chronicle-news/chronicle/internal/text"
)

// featureVersion names the feature set; a model trained on another set is
// refused (its weights would be read against the wrong keys).
const featureVersion = "detect-features-3"

// Closed word classes: the context cues a POS tagger would otherwise give.
const (
	ccNone uint8 = iota
	ccBe
	ccHave
	ccDo
	ccModal
	ccTo
	ccDet
	ccPrep
	ccPron
	ccPoss
	ccConj
	ccNeg
	ccWh
	ccQuant
	ccThat
	ccPunct
	ccNumber
	ccBoundary
)

var closedClass = map[string]uint8{}

func init() {
	add := func(c uint8, ws string) {
		for _, w := range strings.Fields(ws) {
			closedClass[w] = c
		}
	}
	add(ccBe, "be is are was were been being am 's 're 'm")
	add(ccHave, "have has had having 've 'd")
	add(ccDo, "do does did doing done")
	add(ccModal, "will would shall should can could may might must 'll ought")
	add(ccTo, "to")
	add(ccDet, "the a an this these those each every another no")
	add(ccPrep, "of in on at by for with from into onto over under after before during since until against among between through about around across without within toward towards upon amid despite including following via per than")
	add(ccPron, "i you he she it we they me him her us them himself herself itself themselves myself ourselves yourself")
	add(ccPoss, "his its their our my your whose")
	add(ccConj, "and or but nor yet so")
	add(ccNeg, "not n't never no-one neither")
	add(ccWh, "who whom which what when where why how while if whether because although though as")
	add(ccQuant, "some any all both many much more most few several other such")
	add(ccThat, "that")
}

// Feature templates.
var (
	tBias    = learn.Hash("bias")
	tWord    = learn.Hash("w")
	tStem    = learn.Hash("stem")
	tSuf     = [5]uint64{0, learn.Hash("s1"), learn.Hash("s2"), learn.Hash("s3"), learn.Hash("s4")}
	tPre     = [4]uint64{0, 0, learn.Hash("p2"), learn.Hash("p3")}
	tShape   = learn.Hash("shape")
	tCap     = learn.Hash("cap")
	tFirst   = learn.Hash("first")
	tLen     = learn.Hash("len")
	tCC      = learn.Hash("cc")
	tCtxW    = [5]uint64{learn.Hash("w-2"), learn.Hash("w-1"), 0, learn.Hash("w+1"), learn.Hash("w+2")}
	tCtxS3   = [5]uint64{learn.Hash("s3-2"), learn.Hash("s3-1"), 0, learn.Hash("s3+1"), learn.Hash("s3+2")}
	tCtxCC   = [5]uint64{learn.Hash("cc-2"), learn.Hash("cc-1"), 0, learn.Hash("cc+1"), learn.Hash("cc+2")}
	tCtxCl   = [5]uint64{0, learn.Hash("cl512-1"), 0, learn.Hash("cl512+1"), 0}
	tClass   = [3]uint64{learn.Hash("cl128"), learn.Hash("cl512"), learn.Hash("cl2048")}
	tBiL     = learn.Hash("w-1|w")
	tBiR     = learn.Hash("w|w+1")
	tCCSuf   = learn.Hash("cc-1|s3")
	tCCSuf2  = learn.Hash("cc-1|s2")
	tCCStem  = learn.Hash("cc-1|stem")
	tCC2Suf  = learn.Hash("cc-2|cc-1|s2")
	tStemR   = learn.Hash("stem|cc+1")
	tSufR    = learn.Hash("s3|cc+1")
	tHyphen  = learn.Hash("hyphen")
	tPrevCap = learn.Hash("cap-1|cap")
	tWNPos   = learn.Hash("wn.pos")
	tWNNoun  = learn.Hash("wn.noun")
	tWNNEvt  = learn.Hash("wn.nevent")
	tWNVerb  = learn.Hash("wn.verb")
	tWNSense = learn.Hash("wn.senses")
	tWNPosCC = learn.Hash("cc-1|wn.pos")
	tWNPosL  = learn.Hash("wn.pos-1")
	tWNPosR  = learn.Hash("wn.pos+1")
	tWNVS2   = learn.Hash("wn.verb|s2")
	tWNNV    = learn.Hash("wn.noun|wn.verb")
	tVLemma  = learn.Hash("wn.vlemma")
	tNLemma  = learn.Hash("wn.nlemma")
	tVLemmaR = learn.Hash("wn.vlemma|cc+1")
	tStemNP  = learn.Hash("stem|wn.pos+1")
)

var (
	lexOnce sync.Once
	lex     *lexicon
)

// theLexicon returns the embedded WordNet lexicon (nil if it cannot be read,
// which the package tests catch).
func theLexicon() *lexicon {
	lexOnce.Do(func() { lex, _ = loadLexicon(wordnetFile) })
	return lex
}

// tokInfo is what the features of a token and of its neighbours read,
// computed once per token.
type tokInfo struct {
	word  uint64 // lower-case form
	stem  uint64
	s2    uint64
	s3    uint64
	cc    uint64 // closed class key
	cap   uint64
	ccID  uint8
	isCap bool
	wnPos uint64 // wnInfo.pos + 1 (0 for closed-class words and non-words)
	wn    wnInfo
	// cl are the word's classes learned from unlabeled text
	// (ner.WordClasses: 128, 512, 2048 classes; 0 unseen).
	cl [3]uint16
}

var boundary = tokInfo{word: learn.Hash("<s>"), stem: learn.Hash("<s>"), s2: learn.Hash("<s>"), s3: learn.Hash("<s>"), cc: uint64(ccBoundary) + 1, cap: 99, ccID: ccBoundary}

func capClass(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	c := s[0]
	if c < 'A' || c > 'Z' {
		if c >= 'a' && c <= 'z' {
			return 1, false
		}
		if c >= '0' && c <= '9' {
			return 2, false
		}
		return 3, false
	}
	for i := 1; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return 4, true // Title
		}
	}
	return 5, true // ALL CAPS
}

func info(t *text.Token, lx *lexicon) tokInfo {
	var ti tokInfo
	lw := t.Lower
	ti.word = learn.Hash(lw)
	ti.stem = learn.Hash(stem(lw))
	ti.s2 = learn.Hash(suffix(lw, 2))
	ti.s3 = learn.Hash(suffix(lw, 3))
	switch t.Kind {
	case text.Punct:
		ti.ccID = ccPunct
	case text.Number:
		ti.ccID = ccNumber
	default:
		ti.ccID = closedClass[lw]
	}
	ti.cc = uint64(ti.ccID) + 1
	ti.cap, ti.isCap = capClass(t.Text)
	if ti.ccID == ccNone && t.Kind == text.Word {
		ti.wn = lx.look(lw)
		ti.wnPos = ti.wn.pos + 1
	}
	if t.Kind == text.Word {
		if ti.cl = ner.WordClasses(t.Text); ti.cl[0] == 0 && t.Text != lw {
			ti.cl = ner.WordClasses(lw)
		}
	}
	return ti
}

// suffix returns the last n bytes of s (all of s when shorter), widened to
// a rune boundary.
func suffix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[i:]
}

func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n < len(s) && s[n]&0xC0 == 0x80 {
		n++
	}
	return s[:n]
}

// stem strips common inflections and the nominalizing -ion: a crude
// lemma that groups "acquire", "acquired", "acquires", "acquiring".
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "’s")
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ied"):
		return w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "ions"):
		return undouble(w[:n-4])
	case n > 5 && strings.HasSuffix(w, "ion"):
		return undouble(w[:n-3])
	case n > 5 && strings.HasSuffix(w, "ing"):
		return undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed"):
		return undouble(w[:n-2])
	case n > 4 && strings.HasSuffix(w, "es") && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes")):
		return w[:n-2]
	case n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i':
		return w[:n-1]
	}
	return w
}

func undouble(w string) string {
	n := len(w)
	if n > 3 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' && w[n-1] != 'e' && w[n-1] != 'o' {
		return w[:n-1]
	}
	// "created" -> "creat", "creating" -> "creat": drop a final e so that
	// both forms meet.
	if n > 3 && w[n-1] == 'e' {
		return w[:n-1]
	}
	return w
}

// shapeKey hashes the collapsed shape of s (Xx, x, X.X., d-d ...).
func shapeKey(s string) uint64 {
	h := uint64(14695981039346656037)
	var last byte
	n := 0
	for i := 0; i < len(s) && n < 8; i++ {
		c := s[i]
		var k byte
		switch {
		case c >= 'a' && c <= 'z':
			k = 'x'
		case c >= 'A' && c <= 'Z':
			k = 'X'
		case c >= '0' && c <= '9':
			k = 'd'
		case c >= 0x80:
			k = 'u'
		default:
			k = c
		}
		if k == last {
			continue
		}
		last = k
		n++
		h ^= uint64(k)
		h *= 1099511628211
	}
	return learn.Mix(tShape, h)
}

// features appends the feature keys of token i of toks to dst. infos
// holds info() of every token, with two boundary entries on each side
// (infos[i+2] is token i). It is the training-time definition; Detect adds
// the same weights from per-word caches (wordFeatures, contextFeatures)
// and looks up only pairFeatures per token.
func features(dst []uint64, toks []text.Token, infos []tokInfo, i int) []uint64 {
	dst = wordFeatures(dst, &toks[i], &infos[i+2])
	if i == 0 {
		dst = append(dst, tFirst)
	}
	for d := -2; d <= 2; d++ {
		if d != 0 {
			dst = contextFeatures(dst, &infos[i+2+d], d)
		}
	}
	return pairFeatures(dst, &infos[i+2], &infos[i], &infos[i+1], &infos[i+3])
}

// wordFeatures are the features of a token that depend on it alone.
func wordFeatures(dst []uint64, t *text.Token, me *tokInfo) []uint64 {
	lw := t.Lower
	mix := learn.Mix
	dst = append(dst, tBias,
		mix(tWord, me.word),
		mix(tStem, me.stem),
		mix(tSuf[2], me.s2),
		mix(tSuf[3], me.s3),
		mix(tSuf[1], learn.Hash(suffix(lw, 1))),
		mix(tSuf[4], learn.Hash(suffix(lw, 4))),
		mix(tPre[2], learn.Hash(prefix(lw, 2))),
		mix(tPre[3], learn.Hash(prefix(lw, 3))),
		shapeKey(t.Text),
		mix(tCap, me.cap),
		mix(tCC, me.cc),
		mix(tLen, uint64(min(len(lw), 12))),
		mix(tWNPos, me.wnPos),
	)
	if strings.IndexByte(lw, '-') > 0 {
		dst = append(dst, tHyphen)
	}
	for k, c := range me.cl {
		if c != 0 {
			dst = append(dst, mix(tClass[k], uint64(c)))
		}
	}
	wn := &me.wn
	if wn.noun.known() {
		dst = append(dst, mix(tWNNoun, uint64(wn.noun.noun())))
		if wn.noun.nevent() {
			dst = append(dst, tWNNEvt)
		}
	}
	if wn.vlemma != 0 {
		dst = append(dst, mix(tVLemma, wn.vlemma))
	}
	if wn.nlemma != 0 {
		dst = append(dst, mix(tNLemma, wn.nlemma))
	}
	if wn.verb.known() {
		dst = append(dst, mix(tWNVerb, uint64(wn.verb.verb())), mix(tWNVS2, mix(uint64(wn.verb.verb()), me.s2)))
	}
	if wn.noun.known() || wn.verb.known() {
		dst = append(dst,
			mix(tWNSense, uint64(min(wn.noun.nsense(), 3)*4+min(wn.verb.vsense(), 3))),
			mix(tWNNV, uint64(wn.noun.noun())<<8|uint64(wn.verb.verb())))
	}
	return dst
}

// contextFeatures are the features a token o gives the token d places
// before it (d < 0: o is on the left).
func contextFeatures(dst []uint64, o *tokInfo, d int) []uint64 {
	mix := learn.Mix
	dst = append(dst,
		mix(tCtxW[d+2], o.word),
		mix(tCtxS3[d+2], o.s3),
		mix(tCtxCC[d+2], o.cc),
	)
	if o.cl[1] != 0 && (d == -1 || d == 1) {
		dst = append(dst, mix(tCtxCl[d+2], uint64(o.cl[1])))
	}
	return dst
}

// pairFeatures are the conjunctions of a token (me) with its neighbours
// (p2, p on the left, n on the right). Detect sums them by group: the word
// bigrams per token, the left and right groups memoized per word and
// neighbour signature, the small-alphabet pairs from dense tables.
func pairFeatures(dst []uint64, me, p2, p, n *tokInfo) []uint64 {
	dst = tokenPairFeatures(dst, me, p2, p, n)
	dst = leftFeatures(dst, me, p)
	dst = rightFeatures(dst, me, n)
	dst = append(dst, capPairKey(p.cap, me.cap), posLKey(p.wnPos, me.wnPos), posRKey(me.wnPos, n.wnPos))
	return dst
}

// tokenPairFeatures are the pairs Detect looks up token by token.
func tokenPairFeatures(dst []uint64, me, p2, p, n *tokInfo) []uint64 {
	mix := learn.Mix
	return append(dst,
		mix(tBiL, mix(p.word, me.word)),
		mix(tBiR, mix(me.word, n.word)),
		mix(tCC2Suf, mix(mix(p2.cc, p.cc), me.s2)),
		mix(tStemNP, mix(me.stem, n.wnPos)))
}

// leftFeatures depend on the token and the closed class of the previous
// one (Detect memoizes them per word by p.cc).
func leftFeatures(dst []uint64, me, p *tokInfo) []uint64 {
	mix := learn.Mix
	return append(dst,
		mix(tCCSuf, mix(p.cc, me.s3)),
		mix(tCCSuf2, mix(p.cc, me.s2)),
		mix(tCCStem, mix(p.cc, me.stem)),
		mix(tWNPosCC, mix(p.cc, me.wnPos)))
}

// rightFeatures depend on the token and the closed class of the next one
// (memoized by n.cc).
func rightFeatures(dst []uint64, me, n *tokInfo) []uint64 {
	mix := learn.Mix
	dst = append(dst,
		mix(tStemR, mix(me.stem, n.cc)),
		mix(tSufR, mix(me.s3, n.cc)))
	if me.wn.vlemma != 0 {
		dst = append(dst, mix(tVLemmaR, mix(me.wn.vlemma, n.cc)))
	}
	return dst
}

func capPairKey(a, b uint64) uint64 { return learn.Mix(tPrevCap, learn.Mix(a, b)) }
func posLKey(a, b uint64) uint64    { return learn.Mix(tWNPosL, learn.Mix(a, b)) }
func posRKey(a, b uint64) uint64    { return learn.Mix(tWNPosR, learn.Mix(a, b)) }

// capValues are the values of tokInfo.cap (capClass and the boundary's).
var capValues = [7]uint64{0, 1, 2, 3, 4, 5, 99}

// capIndex is the index of c in capValues.
func capIndex(c uint64) int {
	if c > 5 {
		return 6
	}
	return int(c)
}

// sentenceInfos fills buf with the infos of toks and the boundary padding.
func sentenceInfos(buf []tokInfo, toks []text.Token) []tokInfo {
	buf = append(buf[:0], boundary, boundary)
	lx := theLexicon()
	for i := range toks {
		buf = append(buf, info(&toks[i], lx))
	}
	return append(buf, boundary, boundary)
}
