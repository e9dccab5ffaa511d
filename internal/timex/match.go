// Matching: the compiled rules run over a sentence's tokens to find timex
// candidates.

package timex

import (
	"math/bits"
)

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
