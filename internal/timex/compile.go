// Rule compilation: a rule's pattern parsed and compiled into a program for
// the matcher, with the sets of words that may come next.

package timex

import (
	"fmt"
	"math/bits"
	"strings"
)

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
