package syntax

// The parser: arc-hybrid transitions (Kuhlmann, Gómez-Rodríguez and Satta
// 2011) over words 1..n with the root 0 at the bottom of the stack.
//
//	SHIFT  push the first buffer word
//	LEFT   the first buffer word becomes the head of the stack's top, popped
//	RIGHT  the word under the top becomes the head of the top, popped
//
// RIGHT onto the root is allowed only when the buffer is empty, so every
// tree has exactly one root word. Arcs are unlabelled; the labeller names
// them once the tree is done.

const (
	shift = iota
	left
	right
	nMoves
)

var moveNames = []string{"SHIFT", "LEFT", "RIGHT"}

// pword is a word as the parser sees it.
type pword struct {
	w    uint64 // hash of the lowercased form (0: no word)
	t    uint64 // joint tag + 1
	u    uint64 // UPOS + 1
	head int
	l1   int // leftmost dependent, then the second leftmost (0: none)
	l2   int
	r1   int // rightmost dependent, then the second rightmost
	r2   int
	nl   uint64
	nr   uint64
}

type state struct {
	words []pword // index 0 is the root
	stack []int
	b     int // first buffer word; len(words) when empty
	// root, when not 0, is the word the tree must hang on the root
	// (finiteRoot): it is shifted only onto the bare root, never takes
	// another head, and no other word takes the root.
	root int
}

func (s *state) init(n int) {
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	for i := range s.words[:n+1] {
		s.words[i].head = -1
		s.words[i].l1, s.words[i].l2, s.words[i].r1, s.words[i].r2 = 0, 0, 0, 0
		s.words[i].nl, s.words[i].nr = 0, 0
	}
}

func (s *state) done() bool { return s.b >= len(s.words) && len(s.stack) == 1 }

func (s *state) valid(m int) bool {
	n := len(s.stack)
	switch m {
	case shift:
		return s.b < len(s.words) && (s.root == 0 || s.b != s.root || n == 1)
	case left:
		return n >= 2 && s.b < len(s.words) && (s.root == 0 || s.stack[n-1] != s.root)
	case right:
		if n < 2 {
			return false
		}
		if n == 2 {
			return s.b >= len(s.words) && (s.root == 0 || s.stack[1] == s.root)
		}
		return s.root == 0 || s.stack[n-1] != s.root
	}
	return false
}

// forced returns the only valid move, or -1 when there is a choice.
func (s *state) forced() int {
	only := -1
	for m := 0; m < nMoves; m++ {
		if s.valid(m) {
			if only >= 0 {
				return -1
			}
			only = m
		}
	}
	return only
}

func (s *state) apply(m int) {
	n := len(s.stack)
	switch m {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case left:
		d := s.stack[n-1]
		s.stack = s.stack[:n-1]
		s.attach(s.b, d)
	case right:
		d := s.stack[n-1]
		s.stack = s.stack[:n-1]
		s.attach(s.stack[n-2], d)
	}
}

func (s *state) attach(h, d int) {
	s.words[d].head = h
	hw := &s.words[h]
	if d < h {
		hw.l2, hw.l1 = hw.l1, d
		hw.nl++
	} else {
		hw.r2, hw.r1 = hw.r1, d
		hw.nr++
	}
}

// costs returns, for each move, how many gold arcs it makes unreachable
// (Goldberg and Nivre's dynamic oracle for arc-hybrid); gold[i] is the
// gold head of word i, and the gold tree must be projective.
func (s *state) costs(gold []int, out *[nMoves]int) {
	n := len(s.stack)
	nw := len(s.words)
	for m := range out {
		out[m] = -1
	}
	inBuf := func(k int) bool { return k >= s.b && k < nw }
	if s.valid(shift) {
		b := s.b
		c := 0
		for i, k := range s.stack {
			if gold[b] == k && i != n-1 {
				c++
			}
			if gold[k] == b && k != 0 {
				c++
			}
		}
		out[shift] = c
	}
	if n >= 2 {
		s0 := s.stack[n-1]
		deps := 0
		for k := s.b; k < nw; k++ {
			if gold[k] == s0 {
				deps++
			}
		}
		if s.valid(left) {
			c := deps
			g := gold[s0]
			if g != s.b && (g == s.stack[n-2] || inBuf(g)) {
				c++
			}
			out[left] = c
		}
		if s.valid(right) {
			c := deps
			if inBuf(gold[s0]) {
				c++
			}
			out[right] = c
		}
	}
}

// Parser feature templates.
const (
	pS0w = iota + 1
	pS0t
	pS0wt
	pS1w
	pS1t
	pS1wt
	pS2w
	pS2t
	pB0w
	pB0t
	pB0wt
	pB1w
	pB1t
	pB1wt
	pB2w
	pB2t
	pS0l1w
	pS0l1t
	pS0r1w
	pS0r1t
	pB0l1w
	pB0l1t
	pS1r1t
	pS1l1t
	pS0l2t
	pS0r2t
	pB0l2t
	pS0wtB0wt
	pS0wtB0w
	pS0wB0wt
	pS0wtB0t
	pS0tB0wt
	pS0wB0w
	pS0tB0t
	pB0tB1t
	pS1wS0w
	pS1tS0t
	pS1wtS0t
	pS1tS0wt
	pS1wtS0wt
	pB0b1b2
	pS0b0b1
	pS1s0b0
	pS0s0l1b0
	pS0s0r1b0
	pS0b0b0l1
	pS1s0s0l1
	pS1s0s0r1
	pS1s1r1s0
	pS0l1l2
	pS0r1r2
	pB0l1l2
	pS2s1s0
	pDistS0w
	pDistS0t
	pDistB0w
	pDistB0t
	pDistS0tB0t
	pDist10t
	pS0vl
	pS0vr
	pB0vl
	pS1vr
	pS0wvl
	pS0wvr
	pB0wvl
	pS1vl
	pS0uB0u
	pS1uS0u
	pS0wB1t
	pB0wB1w
	pS1tS0tB0tB1t
	pS0uS1uB0uB1u
)

// dist buckets the distance between two words.
func dist(a, b int) uint64 {
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

// parseFeatures appends the features of a parser state: the single-word
// templates of each role (fastparse.go), then the others.
func parseFeatures(buf []uint64, s *state) []uint64 {
	p := s.places()
	for r, ts := range roleTemplates {
		var w, t uint64
		if i := p[r]; i >= 0 {
			w, t = s.words[i].w, s.words[i].t
		}
		for _, tpl := range ts {
			buf = append(buf, roleFeature(tpl, w, t))
		}
	}
	return restFeatures(buf, s, &p)
}

// restFeatures appends the features of a parser state that read more than
// one word, or a word with its distance or valency: those that read words
// (wordFeatures), then those that read only tags, distances and valencies
// (tagFeatures).
func restFeatures(buf []uint64, s *state, p *[nRoles]int) []uint64 {
	buf = wordFeatures(buf, s, p)
	return tagOnlyFeatures(buf, s, p)
}

// at returns the word at index i, or an empty word for -1.
func (s *state) at(i int) *pword {
	if i < 0 {
		return &noWord
	}
	return &s.words[i]
}

var noWord pword

// distances returns the bucketed distances between s0 and b0 and between
// s1 and s0, plus one (0: no such pair).
func distances(p *[nRoles]int) (d01, d10 uint64) {
	i0, i1, bi0 := p[roleS0], p[roleS1], p[roleB0]
	if i0 >= 0 && bi0 >= 0 {
		d01 = dist(i0, bi0) + 1
	}
	if i0 >= 0 && i1 >= 0 {
		d10 = dist(i1, i0) + 1
	}
	return
}

func wordFeatures(buf []uint64, s *state, p *[nRoles]int) []uint64 {
	s0, s1 := s.at(p[roleS0]), s.at(p[roleS1])
	b0, b1 := s.at(p[roleB0]), s.at(p[roleB1])
	d01, _ := distances(p)
	return append(buf,
		k4(pS0wtB0wt, s0.w, s0.t, b0.w, b0.t),
		k3(pS0wtB0w, s0.w, s0.t, b0.w),
		k3(pS0wB0wt, s0.w, b0.w, b0.t),
		k3(pS0wtB0t, s0.w, s0.t, b0.t),
		k3(pS0tB0wt, s0.t, b0.w, b0.t),
		k2(pS0wB0w, s0.w, b0.w),
		k2(pS1wS0w, s1.w, s0.w),
		k3(pS1wtS0t, s1.w, s1.t, s0.t),
		k3(pS1tS0wt, s1.t, s0.w, s0.t),
		k4(pS1wtS0wt, s1.w, s1.t, s0.w, s0.t),
		k2(pDistS0w, d01, s0.w),
		k2(pDistB0w, d01, b0.w),
		k2(pS0wvl, s0.w, s0.nl), k2(pS0wvr, s0.w, s0.nr), k2(pB0wvl, b0.w, b0.nl),
		k2(pS0wB1t, s0.w, b1.t),
		k2(pB0wB1w, b0.w, b1.w),
	)
}

func tagOnlyFeatures(buf []uint64, s *state, p *[nRoles]int) []uint64 {
	s0, s1, s2 := s.at(p[roleS0]), s.at(p[roleS1]), s.at(p[roleS2])
	b0, b1, b2 := s.at(p[roleB0]), s.at(p[roleB1]), s.at(p[roleB2])
	s0l1, s0l2, s0r1, s0r2 := s.at(p[roleS0L1]), s.at(p[roleS0L2]), s.at(p[roleS0R1]), s.at(p[roleS0R2])
	b0l1, b0l2 := s.at(p[roleB0L1]), s.at(p[roleB0L2])
	s1r1 := s.at(p[roleS1R1])
	d01, d10 := distances(p)
	return append(buf,
		k2(pS0tB0t, s0.t, b0.t),
		k2(pB0tB1t, b0.t, b1.t),
		k2(pS1tS0t, s1.t, s0.t),
		k3(pB0b1b2, b0.t, b1.t, b2.t),
		k3(pS0b0b1, s0.t, b0.t, b1.t),
		k3(pS1s0b0, s1.t, s0.t, b0.t),
		k3(pS0s0l1b0, s0.t, s0l1.t, b0.t),
		k3(pS0s0r1b0, s0.t, s0r1.t, b0.t),
		k3(pS0b0b0l1, s0.t, b0.t, b0l1.t),
		k3(pS1s0s0l1, s1.t, s0.t, s0l1.t),
		k3(pS1s0s0r1, s1.t, s0.t, s0r1.t),
		k3(pS1s1r1s0, s1.t, s1r1.t, s0.t),
		k3(pS0l1l2, s0.t, s0l1.t, s0l2.t),
		k3(pS0r1r2, s0.t, s0r1.t, s0r2.t),
		k3(pB0l1l2, b0.t, b0l1.t, b0l2.t),
		k3(pS2s1s0, s2.t, s1.t, s0.t),
		k2(pDistS0t, d01, s0.t),
		k2(pDistB0t, d01, b0.t),
		k3(pDistS0tB0t, d01, s0.t, b0.t),
		k3(pDist10t, d10, s1.t, s0.t),
		k2(pS0vl, s0.t, s0.nl), k2(pS0vr, s0.t, s0.nr), k2(pB0vl, b0.t, b0.nl), k2(pS1vr, s1.t, s1.nr), k2(pS1vl, s1.t, s1.nl),
		k2(pS0uB0u, s0.u, b0.u), k2(pS1uS0u, s1.u, s0.u),
		k4(pS1tS0tB0tB1t, s1.t, s0.t, b0.t, b1.t),
		k4(pS0uS1uB0uB1u, s0.u, s1.u, b0.u, b1.u),
	)
}

// parseSentence parses with a trained model; heads[i] (1-based words) is
// filled, heads[0] untouched.
func parseSentence(m scorer, s *state, buf []uint64, scores []float32) {
	s.init(len(s.words) - 1)
	for !s.done() {
		// A forced move (only SHIFT from the bare root, only RIGHT once
		// the buffer is empty) needs no scoring.
		if forced := s.forced(); forced >= 0 {
			s.apply(forced)
			continue
		}
		buf = parseFeatures(buf[:0], s)
		m.Scores(buf, scores)
		best, bv := -1, float32(0)
		for mv := 0; mv < nMoves; mv++ {
			if s.valid(mv) && (best < 0 || scores[mv] > bv) {
				best, bv = mv, scores[mv]
			}
		}
		s.apply(best)
	}
}

// projectivize lifts non-projective arcs (each to its head's head) until
// the tree is projective, so that the dynamic oracle can follow it.
func projectivize(heads []int) []int {
	h := append([]int(nil), heads...)
	for iter := 0; iter < len(h)*len(h); iter++ {
		// Find the shortest non-projective arc.
		bestD, bestLen := -1, 1<<30
		for d := 1; d < len(h); d++ {
			hd := h[d]
			if hd < 0 {
				continue
			}
			a, b := d, hd
			if a > b {
				a, b = b, a
			}
			for k := a + 1; k < b; k++ {
				// k must be dominated by hd.
				if !dominates(h, hd, k) {
					if b-a < bestLen {
						bestD, bestLen = d, b-a
					}
					break
				}
			}
		}
		if bestD < 0 {
			return h
		}
		if h[h[bestD]] < 0 || h[bestD] == 0 {
			return h
		}
		h[bestD] = h[h[bestD]]
	}
	return h
}

func dominates(h []int, a, k int) bool {
	for steps := 0; k > 0 && steps <= len(h); steps++ {
		if k == a {
			return true
		}
		k = h[k]
	}
	return k == a
}
