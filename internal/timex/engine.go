package timex

import (
	"bufio"
	"fmt"
	"math/bits"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/text"
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

// nextSet is what the token after a match's first token must be: one of
// the words (a bitset over word IDs) or of a class. When on is false,
// anything (or nothing) may follow.
type nextSet struct {
	on    bool
	cls   uint64
	words []uint64
}

func (n *nextSet) addWord(id int32) {
	for int(id>>6) >= len(n.words) {
		n.words = append(n.words, 0)
	}
	n.words[id>>6] |= 1 << (id & 63)
}

// ok reports whether toks[i+1] can follow toks[i] as n requires.
func (n *nextSet) ok(toks []vtok, i int) bool {
	if !n.on {
		return true
	}
	if i+1 >= len(toks) {
		return false
	}
	t := &toks[i+1]
	if t.cls&n.cls != 0 {
		return true
	}
	id := t.id
	return id != 0 && int(id>>6) < len(n.words) && n.words[id>>6]&(1<<(id&63)) != 0
}

// union returns the requirement that any of the rules rs meets: none
// when one of them has none.
func union(rules []*rule, rs []int) nextSet {
	var u nextSet
	for _, ri := range rs {
		n := &rules[ri].next
		if !n.on {
			return nextSet{}
		}
		u.cls |= n.cls
		for k, w := range n.words {
			for b := w; b != 0; b &= b - 1 {
				u.addWord(int32(k*64 + bits.TrailingZeros64(b)))
			}
		}
	}
	u.on = len(rs) > 0
	return u
}

// setNext fills r's test of the token after its first: when the first
// element is one token and the rest cannot match nothing, the next token
// must start the rest.
func (e *engine) setNext(r *rule) {
	n0 := r.nodes[0]
	if n0.opt || n0.kind != 'l' && n0.kind != 'c' || len(r.nodes) < 2 {
		return
	}
	words, bits, null := e.first(r.nodes[1:])
	if null {
		return
	}
	r.next.on, r.next.cls = true, bits
	for _, w := range words {
		r.next.addWord(e.vocab[w])
	}
}

// first returns the words and class bits a match of nodes can start with,
// and whether nodes can match nothing.
func (e *engine) first(nodes []node) (words []string, bits uint64, nullable bool) {
	for _, n := range nodes {
		var w []string
		var b uint64
		null := n.opt
		switch n.kind {
		case 'l':
			w = append(w, n.lits...)
		case 'c', 'p':
			b = n.bit
		case 'g':
			var gn bool
			w, b, gn = e.first(n.children)
			null = null || gn
		}
		words = append(words, w...)
		bits |= b
		if !null {
			sortStrings(words)
			return words, bits, false
		}
	}
	sortStrings(words)
	return words, bits, true
}

func (e *engine) compile(line string) (*rule, error) {
	head, body, ok := strings.Cut(line, ":")
	if !ok {
		return nil, fmt.Errorf("no ':'")
	}
	hf := strings.Fields(head)
	if len(hf) != 2 {
		return nil, fmt.Errorf("want NAME ACTION before ':'")
	}
	r := &rule{name: hf[0], action: hf[1], capNames: []string{"^ctx", "$ctx"}, params: map[string]string{}}
	pat, params, _ := strings.Cut(body, ";")
	for _, kv := range strings.Fields(params) {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return nil, fmt.Errorf("bad param %q", kv)
		}
		r.params[k] = v
	}
	fields := strings.Fields(pat)
	if len(fields) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	// Context elements at the edges.
	var lead, trail string
	if f := fields[0]; strings.HasPrefix(f, "[") && strings.HasSuffix(f, "]") {
		lead = f[1 : len(f)-1]
		fields = fields[1:]
	}
	if n := len(fields); n > 0 {
		if f := fields[n-1]; strings.HasPrefix(f, "[") && strings.HasSuffix(f, "]") {
			trail = f[1 : len(f)-1]
			fields = fields[:n-1]
		}
	}
	nodes, rest, err := e.parseSeq(r, fields)
	if err != nil {
		return nil, err
	}
	if len(rest) > 0 {
		return nil, fmt.Errorf("unbalanced ')'")
	}
	if lead != "" {
		n, err := e.atom(r, lead)
		if err != nil {
			return nil, err
		}
		n.capIdx = 0
		nodes = append([]node{n}, nodes...)
	}
	if trail != "" {
		n, err := e.atom(r, trail)
		if err != nil {
			return nil, err
		}
		n.capIdx = 1
		nodes = append(nodes, n)
	}
	r.nodes = nodes
	return r, nil
}

func (e *engine) parseSeq(r *rule, f []string) ([]node, []string, error) {
	var out []node
	for len(f) > 0 {
		tok := f[0]
		switch {
		case tok == "(":
			kids, rest, err := e.parseSeq(r, f[1:])
			if err != nil {
				return nil, nil, err
			}
			if len(rest) == 0 {
				return nil, nil, fmt.Errorf("unclosed '('")
			}
			g := node{kind: 'g', children: kids, capIdx: -1, opt: rest[0] == ")?"}
			out = append(out, g)
			f = rest[1:]
			continue
		case tok == ")" || tok == ")?":
			return out, f, nil
		}
		opt := false
		if len(tok) > 1 && strings.HasSuffix(tok, "?") {
			opt = true
			tok = tok[:len(tok)-1]
		}
		name := ""
		if k, v, ok := strings.Cut(tok, "="); ok && k != "" && v != "" {
			name, tok = k, v
		}
		n, err := e.atom(r, tok)
		if err != nil {
			return nil, nil, err
		}
		n.opt = opt
		if name != "" {
			n.capIdx = len(r.capNames)
			r.capNames = append(r.capNames, name)
		}
		out = append(out, n)
		f = f[1:]
	}
	return out, nil, nil
}

func (e *engine) atom(r *rule, tok string) (node, error) {
	if strings.HasPrefix(tok, "<") && strings.HasSuffix(tok, ">") {
		c := tok[1 : len(tok)-1]
		if b, ok := builtinClasses[c]; ok {
			return node{kind: 'c', bit: b, capIdx: -1}, nil
		}
		b, ok := e.secBit[c]
		if !ok {
			return node{}, fmt.Errorf("unknown class %s", tok)
		}
		if phraseSections[c] {
			return node{kind: 'p', bit: b, sec: c, capIdx: -1}, nil
		}
		return node{kind: 'c', bit: b, capIdx: -1}, nil
	}
	n := node{kind: 'l', capIdx: -1}
	for _, w := range strings.Split(tok, "|") {
		id, ok := e.vocab[w]
		if !ok {
			id = int32(len(e.vocab) + 1)
			e.vocab[w] = id
		}
		n.lits = append(n.lits, w)
		n.ids = append(n.ids, id)
	}
	return n, nil
}

// cspan is a captured run of tokens [s, e).
type cspan struct{ s, e int }

// Instructions of the backtracking matcher: a pattern is compiled to a
// small program (as for regular expressions) so that matching allocates
// nothing.
const (
	opLit    byte = iota // the token's word ID is one of ids
	opCls                // the token has class bit
	opPhrase             // the longest phrase of section sec
	opSplit              // try x, then y
	opJmp                // go to x
	opSave               // slot = position
	opMatch
)

type inst struct {
	op   byte
	ids  []int32
	bit  uint64
	sec  string
	x, y int
	slot int
}

// compileProg appends the program of nodes to prog. An optional element
// is a split that prefers matching it (greedy), as the patterns mean.
func compileProg(nodes []node, prog []inst) []inst {
	for _, n := range nodes {
		split := -1
		if n.opt {
			split = len(prog)
			prog = append(prog, inst{op: opSplit, x: split + 1})
		}
		if n.capIdx >= 0 {
			prog = append(prog, inst{op: opSave, slot: 2 * n.capIdx})
		}
		switch n.kind {
		case 'l':
			prog = append(prog, inst{op: opLit, ids: n.ids})
		case 'c':
			prog = append(prog, inst{op: opCls, bit: n.bit})
		case 'p':
			prog = append(prog, inst{op: opPhrase, sec: n.sec, bit: n.bit})
		case 'g':
			prog = compileProg(n.children, prog)
		}
		if n.capIdx >= 0 {
			prog = append(prog, inst{op: opSave, slot: 2*n.capIdx + 1})
		}
		if split >= 0 {
			prog[split].y = len(prog)
		}
	}
	return prog
}

// job is a backtracking point: resume at pc and pos, or (restore) put
// slot back to old.
type job struct {
	restore bool
	pc, pos int
	slot    int
}

// matcher runs the rules over one sentence's tokens.
type matcher struct {
	e     *engine
	toks  []vtok
	slots []int
	stack []job
	arena []cspan // captures of the sentence's matches
	// The sentence's pattern words and classes, and per rule whether it
	// can match there: 0 not known yet, 1 yes, 2 no.
	present []uint64
	cls     uint64
	viable  []uint8
}

// evalViable computes and caches whether rule ri is viable in the sentence.
func (m *matcher) evalViable(ri int) bool {
	if m.e.rules[ri].viable(m.present, m.cls) {
		m.viable[ri] = 1
		return true
	}
	m.viable[ri] = 2
	return false
}

// run matches prog at token i and returns the end of the first match (in
// the patterns' order of preference) longer than nothing; m.slots then
// holds its captures.
func (m *matcher) run(prog []inst, i int) (int, bool) {
	m.stack = append(m.stack[:0], job{pc: 0, pos: i})
	for len(m.stack) > 0 {
		j := m.stack[len(m.stack)-1]
		m.stack = m.stack[:len(m.stack)-1]
		if j.restore {
			m.slots[j.slot] = j.pos
			continue
		}
		pc, pos := j.pc, j.pos
	thread:
		for {
			in := &prog[pc]
			switch in.op {
			case opLit:
				if pos >= len(m.toks) {
					break thread
				}
				id := m.toks[pos].id
				hit := false
				for _, x := range in.ids {
					if x == id {
						hit = true
						break
					}
				}
				if !hit || id == 0 {
					break thread
				}
				pos++
				pc++
			case opCls:
				if pos >= len(m.toks) || m.toks[pos].cls&in.bit == 0 {
					break thread
				}
				pos++
				pc++
			case opPhrase:
				if pos >= len(m.toks) {
					break thread
				}
				if m.toks[pos].cls&in.bit == 0 {
					break thread // no phrase of the section starts with this word
				}
				_, l := m.e.lx.matchPhrase(in.sec, m.toks, pos)
				if l == 0 {
					break thread
				}
				pos += l
				pc++
			case opSplit:
				m.stack = append(m.stack, job{pc: in.y, pos: pos})
				pc = in.x
			case opJmp:
				pc = in.x
			case opSave:
				m.stack = append(m.stack, job{restore: true, slot: in.slot, pos: m.slots[in.slot]})
				m.slots[in.slot] = pos
				pc++
			case opMatch:
				if pos > i {
					return pos, true
				}
				break thread
			}
		}
	}
	return -1, false
}

// match is a rule's match at a position: tokens [s, e) with extent
// [es, ee) (context excluded) and the captures.
type match struct {
	r      *rule
	s, e   int
	es, ee int
	caps   []cspan
}

// try runs rule ri at token i and keeps it in best when it is longer.
func (m *matcher) try(ri, i int, best *match, ok *bool) {
	r := m.e.rules[ri]
	if !r.next.ok(m.toks, i) {
		return
	}
	if cap(m.slots) < r.nslots {
		m.slots = make([]int, r.nslots)
	}
	m.slots = m.slots[:r.nslots]
	for c := range m.slots {
		m.slots[c] = -1
	}
	end, hit := m.run(r.prog, i)
	if !hit {
		return
	}
	es, ee := i, end
	if m.slots[0] >= 0 && m.slots[1] >= 0 {
		es = m.slots[1]
	}
	if m.slots[2] >= 0 && m.slots[3] >= 0 {
		ee = m.slots[2]
	}
	if ee <= es {
		return
	}
	if !*ok || ee-es > best.ee-best.es || (ee-es == best.ee-best.es && ri < best.r.idx) {
		// The arena only grows during a sentence: a reallocation leaves
		// earlier matches their own (unchanged) arrays.
		n0 := len(m.arena)
		for c := range r.capNames {
			s, e := m.slots[2*c], m.slots[2*c+1]
			if s < 0 || e < 0 {
				s, e = -1, -1
			}
			m.arena = append(m.arena, cspan{s, e})
		}
		caps := m.arena[n0:len(m.arena):len(m.arena)]
		*best = match{r: r, s: i, e: end, es: es, ee: ee, caps: caps}
		*ok = true
	}
}

// matchAt puts the best match starting at token i in best and reports
// whether there is one (best's old content is ignored).
// Rules not viable in the sentence are skipped.
func (m *matcher) matchAt(i int, tried []int, stamp int, best *match) (ok bool) {
	t := &m.toks[i]
	if id := t.id; id != 0 && int(id) < len(m.e.byWord) && m.e.nextWord[id].ok(m.toks, i) {
		for _, ri := range m.e.byWord[id] {
			if tried[ri] == stamp || !m.e.rules[ri].next.ok(m.toks, i) {
				continue
			}
			if v := m.viable[ri]; v == 2 || v == 0 && !m.evalViable(ri) {
				continue
			}
			tried[ri] = stamp
			m.try(ri, i, best, &ok)
		}
	}
	for c := t.cls; c != 0; c &= c - 1 {
		b := bits.TrailingZeros64(c)
		if !m.e.nextBit[b].ok(m.toks, i) {
			continue
		}
		for _, ri := range m.e.byBit[b] {
			if tried[ri] == stamp || !m.e.rules[ri].next.ok(m.toks, i) {
				continue
			}
			if v := m.viable[ri]; v == 2 || v == 0 && !m.evalViable(ri) {
				continue
			}
			tried[ri] = stamp
			m.try(ri, i, best, &ok)
		}
	}
	return ok
}

// lowerTok is a token's matching form: lower case, curly apostrophes straight.
func lowerTok(s string) string {
	l := strings.ToLower(s)
	if strings.Contains(l, "’") {
		l = strings.ReplaceAll(l, "’", "'")
	}
	return l
}

// buildTokens turns a sentence's tokens into matcher tokens.
//
// It also marks the sentence's pattern words in present and returns the
// union of the tokens' classes, as sentenceWords does.
func (e *engine) buildTokens(s text.Sentence, out []vtok, present []uint64) (_ []vtok, cls uint64) {
	out = out[:0]
	for k := range s.Tokens {
		t := &s.Tokens[k]
		lower := t.Lower
		// Most words hold neither '-' nor the first byte of "’" (0xE2):
		// one cheap pass, the exact tests only when one is there.
		dash := -1
		for j := 0; j < len(lower); j++ {
			if dashOrCurly[lower[j]] {
				if strings.Contains(lower, "’") {
					lower = strings.ReplaceAll(lower, "’", "'")
				}
				dash = strings.IndexByte(lower, '-')
				break
			}
		}
		if t.Kind != text.Punct && dash > 0 && !isISODate(lower) {
			// Split the original text, not the lower-cased copy: lower
			// case can change a word's length in bytes ("Ⱦ" -> "ⱦ"), and
			// so does "’" -> "'".
			off := t.Start
			rest := t.Text
			for pi := 0; ; pi++ {
				// The parts strings.Split(t.Text, "-") would give.
				p, tail, more := strings.Cut(rest, "-")
				if pi > 0 {
					out = append(out, vtok{start: off, end: off + 1, text: "-", lower: "-", orig: k})
					off++
				}
				out = append(out, vtok{start: off, end: off + len(p), text: p, lower: lowerTok(p), orig: k, bl: pi == 0, br: !more})
				off += len(p)
				if !more {
					break
				}
				rest = tail
			}
			continue
		}
		if t.Kind == text.Word && len(lower) > 2 && strings.HasSuffix(lower, "'s") {
			// "Friday's": the possessive is a token of its own.
			suffix := len("'s")
			if strings.HasSuffix(t.Text, "’s") || strings.HasSuffix(t.Text, "’S") {
				suffix = len("’s")
			}
			if suffix < len(t.Text) {
				e1 := t.End - suffix
				head := t.Text[:len(t.Text)-suffix]
				out = append(out, vtok{start: t.Start, end: e1, text: head, lower: lowerTok(head), orig: k, bl: true, br: true},
					vtok{start: e1, end: t.End, text: t.Text[len(head):], lower: "'s", orig: k, bl: true, br: true})
				continue
			}
		}
		if t.Kind == text.Number && len(lower) > 1 && lower[len(lower)-1] == '.' {
			// "4." at a sentence end: the segmenter keeps the dot.
			e1 := t.End - 1
			out = append(out, vtok{start: t.Start, end: e1, text: t.Text[:len(t.Text)-1], lower: lower[:len(lower)-1], orig: k, bl: true, br: true},
				vtok{start: e1, end: t.End, text: ".", lower: ".", orig: k, bl: true, br: true})
			continue
		}
		out = append(out, vtok{start: t.Start, end: t.End, text: t.Text, lower: lower, orig: k, bl: true, br: true})
	}
	numWords := false
	for i := range out {
		wi := e.infoTab.get(out[i].lower)
		out[i].wi, out[i].id = wi, wi.id
		numWords = numWords || wi.isNum
	}
	if numWords {
		out = e.mergeNumbers(out) // it changes nothing without number words
	}
	// Classify from the last token back, so that the next token's classes
	// are known for the test of abbreviations: abbreviated month and
	// weekday names count only before a dot or a number ("Jan. 14",
	// "Sept 30"), not as names ("Jan Kavan"). (Removing those classes
	// does not change clsNum, which the test reads.)
	// The same pass marks the sentence's pattern words in present and
	// collects the union of its classes (see sentenceWords).
	abbr := e.abbr
	for i := len(out) - 1; i >= 0; i-- {
		t := &out[i]
		if t.wi == &noInfo && !t.hasNum && (t.lower == "" || t.lower[0] > '9' || t.lower[0] < '0') {
			continue // classify would find no class, and the word is no pattern's
		}
		e.classify(t)
		if t.cls&abbr != 0 && !t.wi.primary && !(i+1 < len(out) && (out[i+1].lower == "." || out[i+1].cls&clsNum != 0)) {
			t.cls &^= abbr
		}
		cls |= t.cls
		if id := t.id; id != 0 {
			present[id>>6] |= 1 << (id & 63)
		}
	}
	return out, cls
}

// dashOrCurly marks '-' and 0xE2, the first byte of "’".
var dashOrCurly = [256]bool{'-': true, 0xE2: true}

func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range []byte(s) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// mergeNumbers merges runs of number words into one token with a value:
// "twenty - four" 24, "one hundred" 100, "nineteen ninety - six" 1996.
func (e *engine) mergeNumbers(toks []vtok) []vtok {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		v, ok := toks[i].wi.num, toks[i].wi.isNum
		if !ok {
			if len(out) == i {
				out = out[:i+1] // in place: no copy
			} else {
				out = append(out, toks[i])
			}
			continue
		}
		total, cur := 0, 0
		add := func(v int) {
			switch {
			case v == 100:
				if cur == 0 {
					cur = 1
				}
				cur *= 100
			case v == 1000:
				if cur == 0 {
					cur = 1
				}
				total += cur * 1000
				cur = 0
			case cur >= 11 && cur <= 19 && v >= 10 && v <= 90:
				cur = cur*100 + v // nineteen ninety
			default:
				cur += v
			}
		}
		add(v)
		j := i + 1
		words := 1
		for j < len(toks) {
			w := toks[j].lower
			if w == "-" && j+1 < len(toks) && toks[j].start == toks[j-1].end {
				if v2, ok := toks[j+1].wi.num, toks[j+1].wi.isNum; ok && v2 < 10 && cur%10 == 0 && cur%100 >= 20 {
					add(v2)
					j += 2
					words++
					continue
				}
				break
			}
			v2, ok := toks[j].wi.num, toks[j].wi.isNum
			if !ok || v2 == 12 && w == "dozen" {
				break
			}
			prev := cur % 100
			if v2 < 10 && !(prev%10 == 0 && prev >= 20) && v2 != 0 {
				break // "one two" is not a number
			}
			if v2 >= 10 && v2 < 100 && cur%100 != 0 && !(cur >= 11 && cur <= 19) {
				break
			}
			add(v2)
			j++
			words++
		}
		m := toks[i]
		last := toks[j-1]
		m.end = last.end
		m.br = last.br
		m.num = total + cur
		m.hasNum = true
		if words > 1 {
			m.lower = strings.Join(lowerOf(toks[i:j]), " ")
			m.text = m.lower
			m.wi, m.id = &noInfo, 0
		}
		out = append(out, m)
		i = j - 1
	}
	return out
}

func lowerOf(ts []vtok) []string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.lower
	}
	return s
}

// classify sets the class bits of a token.
func (e *engine) classify(t *vtok) {
	w := t.lower
	if t.hasNum {
		t.cls |= clsNum
		if t.num >= 1500 && t.num <= 2099 && strings.Contains(w, " ") { // "nineteen ninety", not "twelve hundred"
			t.cls |= clsYear
		}
	} else if w != "" && w[0] >= '0' && w[0] <= '9' {
		e.classifyDigits(t)
	}
	if t.wi.tz && tzWords[t.text] {
		t.cls |= clsTz
	}
	wi := t.wi
	t.cls |= wi.bits
	if wi.capBits != 0 && isCapital(t.text) {
		t.cls |= wi.capBits
	}
	if wi.bits&clsOrd != 0 {
		t.num = wi.ord
	}
}

func (e *engine) classifyDigits(t *vtok) {
	w := t.lower
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	digits, rest := w[:n], w[n:]
	v, err := strconv.Atoi(digits)
	if err != nil || n > 9 {
		return
	}
	switch rest {
	case "":
		t.num, t.hasNum, t.digits = v, true, n
		t.cls |= clsNum
		if n == 4 && v >= 1000 && v <= 2099 {
			t.cls |= clsYear | clsYear2
		}
		if n == 2 {
			t.cls |= clsYear2
		}
		if v >= 1 && v <= 31 && n <= 2 {
			t.cls |= clsDay
		}
	case "st", "nd", "rd", "th":
		t.num = v
		t.cls |= clsOrd
		if v >= 1 && v <= 31 {
			t.cls |= clsDay
		}
	case "s", "'s":
		if (n == 4 && v%10 == 0 && v >= 1000 && v <= 2090) || (n == 2 && v%10 == 0) {
			t.num, t.digits = v, n
			t.cls |= clsDecade
		}
	default:
		if rest[0] == ':' && n <= 2 && v <= 24 && len(rest) == 3 {
			if mm, err := strconv.Atoi(rest[1:]); err == nil && mm < 60 {
				t.num = v*100 + mm
				t.cls |= clsClock
			}
		}
		if rest[0] == '/' {
			if _, _, _, ok := parseSlash(w); ok {
				t.cls |= clsSlash
			}
		}
	}
	if isISODate(w) {
		t.cls |= clsIso
	}
}

// parseSlash reads M/D/YYYY (or M/D/YY).
func parseSlash(w string) (y, m, d int, ok bool) {
	p := strings.Split(w, "/")
	if len(p) != 3 {
		return
	}
	m, e1 := strconv.Atoi(p[0])
	d, e2 := strconv.Atoi(p[1])
	y, e3 := strconv.Atoi(p[2])
	if e1 != nil || e2 != nil || e3 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	switch len(p[2]) {
	case 2:
		if y < 50 {
			y += 2000
		} else {
			y += 1900
		}
	case 4:
	default:
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// isPrimary reports whether w is the full form of a month or weekday name.
func (e *engine) isPrimary(w string) bool {
	for _, le := range e.lx.words[w] {
		if le.primary && (le.section == "month" || le.section == "weekday") {
			return true
		}
	}
	return false
}
