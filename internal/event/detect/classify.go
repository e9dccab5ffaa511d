package detect

import (
	"github.com/chronicle-news/chronicle/internal/learn"
	"github.com/chronicle-news/chronicle/internal/text"
	"math/bits"
)

// The second stage: once a token is known to be an event, a separate
// multiclass perceptron over the seven TimeML classes chooses its class
// from features aimed at what separates them: the lemma, its WordNet
// lexicographer files, and the shape of its complement (a that-clause, "to"
// and a verb, a gerund, a wh-clause, an object noun phrase), which
// separates REPORTING, I_ACTION, I_STATE and ASPECTUAL uses of a verb from
// plain occurrences.

// ClassLabels are the second stage's labels (Labels without O).
var ClassLabels = Labels[1:]

const classFeatureVersion = "detect-class-features-1"

// Complement shapes: what follows the token, skipping adverbs and
// negation, up to the end of the clause.
const (
	compNone uint64 = iota + 1
	compTo          // to + a word that can be a verb
	compToNP        // to + anything else
	compThat
	compWh // if, whether, who, what, how ...
	compIng
	compDet  // an object noun phrase
	compPron // a pronoun object
	compPrep
	compVerb // a verb-looking word right away (inflected)
	compPunct
	compNoun
	compBe
)

var (
	cBias     = learn.Hash("c.bias")
	cWord     = learn.Hash("c.w")
	cLemma    = learn.Hash("c.lemma")
	cStem     = learn.Hash("c.stem")
	cSuf3     = learn.Hash("c.s3")
	cSuf4     = learn.Hash("c.s4")
	cWNPos    = learn.Hash("c.wnpos")
	cVLex     = learn.Hash("c.vlex")
	cNLex     = learn.Hash("c.nlex")
	cNEvt     = learn.Hash("c.nevt")
	cComp     = learn.Hash("c.comp")
	cLemComp  = learn.Hash("c.lemma|comp")
	cVLexComp = learn.Hash("c.vlex|comp")
	cPrevCC   = learn.Hash("c.cc-1")
	cPrev2CC  = learn.Hash("c.cc-2|cc-1")
	cPrevW    = learn.Hash("c.w-1")
	cNextW    = learn.Hash("c.w+1")
	cNext2W   = learn.Hash("c.w+2")
	cNextCC   = learn.Hash("c.cc+1")
	cLemNextW = learn.Hash("c.lemma|w+1")
	cLemPrev  = learn.Hash("c.lemma|cc-1")
	cPosComp  = learn.Hash("c.wnpos|comp")
	cSufComp  = learn.Hash("c.s3|comp")
	cNLexPrev = learn.Hash("c.nlex|cc-1")
	cVLexPrev = learn.Hash("c.vlex|cc-1")
	cEvR      = learn.Hash("c.evR")
	cEvL      = learn.Hash("c.evL")
	cEvRComp  = learn.Hash("c.evR|comp")
	cEvLComp  = learn.Hash("c.evL|cc-1")
	cLemEvR   = learn.Hash("c.lemma|evR")
	cPredEvR  = learn.Hash("c.pred|evR")
	cFrame    = learn.Hash("c.frame")
	cFrameCmp = learn.Hash("c.frame|comp")
	cPred     = learn.Hash("c.pred")
	cPredLex  = learn.Hash("c.predlex")
	cPredFr   = learn.Hash("c.predframe")
	cPredComp = learn.Hash("c.pred|comp")
)

// complement returns the shape of what follows token i.
func complement(toks []text.Token, infos []tokInfo, i int) uint64 {
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		o := &infos[j+2]
		switch o.ccID {
		case ccNeg:
			continue
		case ccTo:
			if j+1 < len(toks) {
				n := &infos[j+3]
				if n.ccID == ccNone && n.wn.verb.known() || n.ccID == ccBe || n.ccID == ccHave || n.ccID == ccDo {
					return compTo
				}
			}
			return compToNP
		case ccThat:
			return compThat
		case ccWh:
			return compWh
		case ccDet, ccPoss, ccQuant:
			return compDet
		case ccPron:
			return compPron
		case ccPrep:
			return compPrep
		case ccPunct, ccConj, ccBoundary:
			return compPunct
		case ccBe, ccHave, ccDo, ccModal:
			return compBe
		case ccNumber:
			return compDet
		}
		lw := toks[j].Lower
		if o.wn.exact.adv() && !o.wn.exact.isNoun() && !o.wn.exact.isVerb() {
			continue // an adverb: look past it
		}
		if len(lw) > 4 && lw[len(lw)-3:] == "ing" {
			return compIng
		}
		if o.wn.pos&16 != 0 && !o.wn.exact.isNoun() {
			return compVerb
		}
		return compNoun
	}
	return compNone
}

// lemmaKey is the token's lemma: its verb lemma, else noun lemma, else
// crude stem.
func lemmaKey(me *tokInfo) uint64 {
	switch {
	case me.wn.vlemma != 0:
		return me.wn.vlemma
	case me.wn.nlemma != 0:
		return me.wn.nlemma
	}
	return me.stem
}

// classFeatures appends the second stage's feature keys of token i; ev
// tells which tokens of the sentence are events. Detect caches the
// classWordFeatures part per word and looks up classContextFeatures.
func classFeatures(dst []uint64, toks []text.Token, infos []tokInfo, ev []bool, i int) []uint64 {
	dst = classWordFeatures(dst, toks[i].Lower, &infos[i+2])
	return classContextFeatures(dst, toks, infos, ev, i)
}

// classWordFeatures are the second stage's features of the word alone.
func classWordFeatures(dst []uint64, lw string, me *tokInfo) []uint64 {
	mix := learn.Mix
	vlex, nlex := uint64(me.wn.verb.verb()), uint64(me.wn.noun.noun())
	dst = append(dst, cBias,
		mix(cWord, me.word),
		mix(cLemma, lemmaKey(me)),
		mix(cStem, me.stem),
		mix(cSuf3, me.s3),
		mix(cSuf4, learn.Hash(suffix(lw, 4))),
		mix(cWNPos, me.wnPos),
		mix(cVLex, vlex),
		mix(cNLex, nlex))
	if me.wn.noun.nevent() {
		dst = append(dst, cNEvt)
	}
	for fr := me.wn.verb.frames(); fr != 0; fr &= fr - 1 {
		dst = append(dst, mix(cFrame, uint64(bits.TrailingZeros32(fr))))
	}
	return dst
}

// classContextFeatures are the second stage's features of token i in its
// sentence.
func classContextFeatures(dst []uint64, toks []text.Token, infos []tokInfo, ev []bool, i int) []uint64 {
	me := &infos[i+2]
	mix := learn.Mix
	lem := lemmaKey(me)
	comp := complement(toks, infos, i)
	vlex, nlex := uint64(me.wn.verb.verb()), uint64(me.wn.noun.noun())
	p, p2, n, n2 := &infos[i+1], &infos[i], &infos[i+3], &infos[i+4]
	dst = append(dst,
		mix(cComp, comp),
		mix(cLemComp, mix(lem, comp)),
		mix(cVLexComp, mix(vlex, comp)),
		mix(cPrevCC, p.cc),
		mix(cPrev2CC, mix(p2.cc, p.cc)),
		mix(cPrevW, p.word),
		mix(cNextW, n.word),
		mix(cNext2W, n2.word),
		mix(cNextCC, n.cc),
		mix(cLemNextW, mix(lem, n.word)),
		mix(cLemPrev, mix(lem, p.cc)),
		mix(cPosComp, mix(me.wnPos, comp)),
		mix(cSufComp, mix(me.s3, comp)),
		mix(cNLexPrev, mix(nlex, p.cc)),
		mix(cVLexPrev, mix(vlex, p.cc)),
	)
	// The verb frames of the verb the token is (or of the verb its noun
	// reading derives from: "decision" from "decide"), and that verb as a
	// predicate key shared by the verb and its nominalizations.
	pred, pe := me.wn.vlemma, me.wn.verb
	if me.wn.nlemma != 0 && (pred == 0 || p.ccID == ccDet || p.ccID == ccPoss) {
		if lx := theLexicon(); lx != nil {
			if v, ok := lx.dverb[me.wn.nlemma]; ok {
				pred, pe = v, lx.lemma[v]
			}
		}
	}
	if pred != 0 {
		dst = append(dst, mix(cPred, pred), mix(cPredLex, uint64(pe.verb())), mix(cPredComp, mix(pred, comp)))
		for fr := pe.frames(); fr != 0; fr &= fr - 1 {
			b := uint64(bits.TrailingZeros32(fr))
			dst = append(dst, mix(cPredFr, b))
		}
	}
	for fr := me.wn.verb.frames(); fr != 0; fr &= fr - 1 {
		b := uint64(bits.TrailingZeros32(fr))
		dst = append(dst, mix(cFrameCmp, mix(b, comp)))
	}
	{
		// The nearest other events of the clause: an I_ACTION, I_STATE,
		// ASPECTUAL or REPORTING event governs one.
		right, left := uint64(0), uint64(0)
		for j := i + 1; j < len(toks) && j <= i+6; j++ {
			if c := infos[j+2].ccID; c == ccPunct || c == ccConj {
				break
			}
			if j < len(ev) && ev[j] {
				right = uint64(j - i)
				break
			}
		}
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if c := infos[j+2].ccID; c == ccPunct || c == ccConj {
				break
			}
			if j < len(ev) && ev[j] {
				left = uint64(i - j)
				break
			}
		}
		dst = append(dst, mix(cEvR, right), mix(cEvL, left), mix(cEvRComp, mix(right, comp)), mix(cLemEvR, mix(lem, min(right, 1))), mix(cEvLComp, mix(left, p.cc)))
		if pred != 0 {
			dst = append(dst, mix(cPredEvR, mix(pred, min(right, 1))))
		}
	}
	return dst
}

// TrainClassModel trains the second stage on the gold events of the
// labelled sentences (tokens labelled O are not used).
func TrainClassModel(data []Labelled, opt learn.Options) *learn.Model {
	label := map[string]int{}
	for i, l := range ClassLabels {
		label[l] = i
	}
	var exs []learn.Example
	var infos []tokInfo
	var ev []bool
	for _, s := range data {
		infos = sentenceInfos(infos, s.Tokens)
		ev = ev[:0]
		for _, l := range s.Labels {
			ev = append(ev, l != "O")
		}
		for i := range s.Tokens {
			l, ok := label[s.Labels[i]]
			if !ok {
				continue
			}
			f := classFeatures(nil, s.Tokens, infos, ev, i)
			exs = append(exs, learn.Example{Features: f, Label: l})
		}
	}
	opt.Meta = []learn.Meta{{Key: metaVersion, Values: []string{classFeatureVersion}}}
	return learn.Train(ClassLabels, exs, opt)
}
