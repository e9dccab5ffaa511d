package timex

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

// vtok is a token as the matcher sees it: the segmenter's tokens with
// hyphenated words split ("15-minute" -> 15 - minute) and runs of number
// words merged ("twenty four" -> 24).
type vtok struct {
	start, end int
	text       string
	lower      string
	orig       int // index of the segmenter token it comes from
	num        int // numeric value when hasNum
	digits     int // length of a pure digit string, 0 otherwise
	cls        uint64
	wi         *wordInfo // what the lexicon and the patterns know of lower (never nil; shared, read-only)
	bl, br     bool      // begins / ends a segmenter token
	hasNum     bool
	id         int32 // wi.id, read by the matcher for every token
}

// Built-in classes; lexicon sections get the bits after these.
const (
	clsNum uint64 = 1 << iota
	clsYear
	clsYear2
	clsDay
	clsOrd
	clsDecade
	clsClock
	clsAmpm
	clsIso
	clsSlash
	clsTz
	clsBuiltinEnd
)

var builtinClasses = map[string]uint64{
	"num": clsNum, "year": clsYear, "year2": clsYear2, "day": clsDay, "ord": clsOrd,
	"decade": clsDecade, "clock": clsClock, "ampm": clsAmpm, "iso": clsIso, "slash": clsSlash, "tz": clsTz,
}

var ampmWords = map[string]bool{"a.m.": true, "p.m.": true, "a.m": true, "p.m": true, "am": true, "pm": true}
var tzWords = map[string]bool{"EST": true, "EDT": true, "CST": true, "CDT": true, "MST": true, "MDT": true,
	"PST": true, "PDT": true, "GMT": true, "UTC": true, "ET": true, "BST": true, "CET": true, "JST": true}

// node is one element of a compiled pattern.
type node struct {
	kind     byte // 'l' literal, 'c' class, 'p' phrase class, 'g' group
	lits     []string
	ids      []int32 // word IDs of lits
	bit      uint64
	sec      string
	children []node
	opt      bool
	capIdx   int // -1 when not captured
}

// rule is one compiled line of rules/patterns.txt.
type rule struct {
	name     string
	action   string
	nodes    []node
	capNames []string // index 0 and 1: leading and trailing context
	params   map[string]string
	idx      int
	prog     []inst // the nodes compiled for the backtracking matcher
	nslots   int    // 2 per capture
	needs    []need // elements every match contains: a sentence without one is skipped
	// needs split for the per-sentence test: the classes (each need is
	// one bit) and the word alternatives.
	needCls   uint64
	needWords [][]int32
	// When the first element is one token and the rest cannot match
	// nothing, the token after the first must be one of these words
	// (a bitset over word IDs) or have one of these classes.
	next nextSet
}

// need is a required element of a rule: one of the word IDs, or a token
// of class bit.
type need struct {
	ids []int32
	bit uint64
}

// requiredNodes lists the elements that every match of nodes contains.
func requiredNodes(nodes []node, out []need) []need {
	for _, n := range nodes {
		if n.opt {
			continue
		}
		switch n.kind {
		case 'l':
			out = append(out, need{ids: n.ids})
		case 'c', 'p':
			out = append(out, need{bit: n.bit})
		case 'g':
			out = requiredNodes(n.children, out)
		}
	}
	return out
}

// sentenceWords marks the pattern words of toks in present and returns
// the union of their classes.
func sentenceWords(toks []vtok, present []uint64) (cls uint64) {
	for i := range toks {
		cls |= toks[i].cls
		if id := toks[i].id; id != 0 {
			present[id>>6] |= 1 << (id & 63)
		}
	}
	return cls
}

// viable reports whether every required element of r occurs in the
// sentence (its words in present, its classes in cls).
func (r *rule) viable(present []uint64, cls uint64) bool {
	if cls&r.needCls != r.needCls {
		return false
	}
	for _, ids := range r.needWords {
		hit := false
		for _, id := range ids {
			if present[id>>6]&(1<<(id&63)) != 0 {
				hit = true
				break
			}
		}
		if !hit {
			return false
		}
	}
	return true
}

func (r *rule) capIndex(name string) int {
	for i, n := range r.capNames {
		if n == name {
			return i
		}
	}
	return -1
}

// engine holds the compiled rules and the index from a token's word or
// class to the rules that can start there.
type engine struct {
	lx      *lexicon
	info    map[string]wordInfo // per word: class bits and number value
	infoTab *infoTable          // info, for the per-token look-up
	abbr    uint64              // the class bits of month and weekday names
	dmodBit uint64              // the class of the first words of dmod phrases
	qmodBit uint64              // and of qmod phrases
	rules   []*rule
	vocab   map[string]int32 // pattern literals: word -> ID (from 1)
	byWord  [][]int          // word ID -> rules that can start with it
	byBit   [64][]int
	// What the token after must be for any rule of byWord[id] / byBit[b]
	// to match: a test that skips the whole list.
	nextWord []nextSet
	nextBit  [64]nextSet
	secBit   map[string]uint64
	secByBt  [64]string
}

func newEngine(lexSrc, patSrc string) (*engine, error) {
	lx, err := parseLexicon(lexSrc)
	if err != nil {
		return nil, err
	}
	e := &engine{lx: lx, vocab: map[string]int32{}, secBit: map[string]uint64{}}
	bit := clsBuiltinEnd
	secs := make([]string, 0, len(lx.class))
	for s := range lx.class {
		secs = append(secs, s)
	}
	sortStrings(secs)
	for _, s := range secs {
		if bit == 0 {
			return nil, fmt.Errorf("too many lexicon sections")
		}
		e.secBit[s] = bit
		e.secByBt[bitIndex(bit)] = s
		bit <<= 1
	}
	sc := bufio.NewScanner(strings.NewReader(patSrc))
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		r, err := e.compile(line)
		if err != nil {
			return nil, fmt.Errorf("patterns line %d: %v", ln, err)
		}
		r.idx = len(e.rules)
		r.prog = compileProg(r.nodes, nil)
		r.prog = append(r.prog, inst{op: opMatch})
		r.nslots = 2 * len(r.capNames)
		r.needs = requiredNodes(r.nodes, nil)
		for k, nd := range r.needs {
			if k == 0 && !r.nodes[0].opt && r.nodes[0].kind == 'l' {
				// The rule is tried only at a token that is one of
				// these words: the sentence has it.
				continue
			}
			if nd.bit != 0 {
				r.needCls |= nd.bit
			} else {
				r.needWords = append(r.needWords, nd.ids)
			}
		}
		e.setNext(r)
		e.rules = append(e.rules, r)
		words, bits, _ := e.first(r.nodes)
		for _, w := range words {
			id := e.vocab[w]
			for int(id) >= len(e.byWord) {
				e.byWord = append(e.byWord, nil)
			}
			e.byWord[id] = appendUnique(e.byWord[id], r.idx)
		}
		for b := 0; b < 64; b++ {
			if bits&(1<<uint(b)) != 0 {
				e.byBit[b] = appendUnique(e.byBit[b], r.idx)
			}
		}
	}
	e.nextWord = make([]nextSet, len(e.byWord))
	for id, rs := range e.byWord {
		e.nextWord[id] = union(e.rules, rs)
	}
	for b, rs := range e.byBit {
		e.nextBit[b] = union(e.rules, rs)
	}
	e.buildInfo()
	return e, sc.Err()
}

// wordInfo is what the lexicon says about one word, precomputed so that
// classifying a token costs one map lookup.
type wordInfo struct {
	id      int32  // pattern-literal ID, 0 if no pattern names the word
	primary bool   // the full form of a month or weekday name
	tz      bool   // a time zone when upper case (tzWords)
	bits    uint64 // classes whatever the case
	capBits uint64 // classes only when capitalized
	ord     int    // ordinal value
	num     int    // number word value
	isNum   bool
}

func (e *engine) buildInfo() {
	e.info = map[string]wordInfo{}
	for w, les := range e.lx.words {
		wi := e.info[w]
		for _, le := range les {
			b := e.secBit[le.section]
			if le.capital {
				wi.capBits |= b
			} else {
				wi.bits |= b
			}
			if le.section == "ordinal" {
				wi.bits |= clsOrd
				wi.ord, _ = strconv.Atoi(le.value)
			}
			if le.section == "number" {
				wi.num, _ = strconv.Atoi(le.value)
				wi.isNum = true
			}
		}
		e.info[w] = wi
	}
	for sec, m := range e.lx.phrases {
		for w := range m {
			wi := e.info[w]
			wi.bits |= e.secBit[sec]
			e.info[w] = wi
		}
	}
	for w := range ampmWords {
		wi := e.info[w]
		wi.bits |= clsAmpm
		e.info[w] = wi
	}
	for w := range tzWords {
		l := strings.ToLower(w)
		wi := e.info[l]
		wi.tz = true
		e.info[l] = wi
	}
	for w, id := range e.vocab {
		wi := e.info[w]
		wi.id = id
		e.info[w] = wi
	}
	for w := range e.info {
		if e.isPrimary(w) {
			wi := e.info[w]
			wi.primary = true
			e.info[w] = wi
		}
	}
	e.infoTab = newInfoTable(e.info)
	e.abbr = e.secBit["month"] | e.secBit["weekday"]
	e.dmodBit, e.qmodBit = e.secBit["dmod"], e.secBit["qmod"]
}

func appendUnique(s []int, v int) []int {
	if len(s) > 0 && s[len(s)-1] == v {
		return s
	}
	return append(s, v)
}

func bitIndex(b uint64) int {
	for i := 0; i < 64; i++ {
		if b == 1<<uint(i) {
			return i
		}
	}
	return -1
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
