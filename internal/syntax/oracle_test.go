package syntax

import (
	"math/rand/v2"
	"testing"
)

// randomProjective returns the heads (index 0 the root, -1) of a random
// projective tree over n words with one root word.
func randomProjective(rng *rand.Rand, n int) []int {
	heads := make([]int, n+1)
	heads[0] = -1
	var build func(lo, hi, head int)
	// build attaches words lo..hi (inclusive) under head, projectively.
	build = func(lo, hi, head int) {
		if lo > hi {
			return
		}
		r := lo + rng.IntN(hi-lo+1)
		heads[r] = head
		// Split the rest into contiguous parts under r.
		build(lo, r-1, r)
		build(r+1, hi, r)
	}
	build(1, n, 0)
	return heads
}

func isProjective(h []int) bool {
	for d := 1; d < len(h); d++ {
		a, b := d, h[d]
		if a > b {
			a, b = b, a
		}
		for k := a + 1; k < b; k++ {
			if !dominates(h, h[d], k) {
				return false
			}
		}
	}
	return true
}

// Following a zero-cost move at every step must rebuild a projective gold
// tree exactly: the dynamic oracle is then also a correct static oracle.
func TestOracleRebuildsProjectiveTrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 2000; trial++ {
		n := 1 + rng.IntN(25)
		gold := randomProjective(rng, n)
		var s state
		s.words = make([]pword, n+1)
		s.init(n)
		var cost [nMoves]int
		for steps := 0; !s.done(); steps++ {
			if steps > 4*n+4 {
				t.Fatalf("no end: %v", gold)
			}
			s.costs(gold, &cost)
			mv := -1
			for m := 0; m < nMoves; m++ {
				if cost[m] == 0 {
					mv = m
					break
				}
			}
			if mv < 0 {
				t.Fatalf("no zero-cost move for %v at stack %v b %d: %v", gold, s.stack, s.b, cost)
			}
			s.apply(mv)
		}
		for d := 1; d <= n; d++ {
			if s.words[d].head != gold[d] {
				t.Fatalf("word %d: head %d, gold %d (%v)", d, s.words[d].head, gold[d], gold)
			}
		}
	}
}

// After a wrong move the oracle's costs still count lost arcs exactly:
// following zero-cost moves from there loses no more than the move cost.
func TestOracleAfterMistakes(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 2000; trial++ {
		n := 2 + rng.IntN(20)
		gold := randomProjective(rng, n)
		var s state
		s.words = make([]pword, n+1)
		s.init(n)
		var cost [nMoves]int
		lost := 0
		for !s.done() {
			s.costs(gold, &cost)
			var valid []int
			best := -1
			for m := 0; m < nMoves; m++ {
				if cost[m] >= 0 {
					valid = append(valid, m)
					if best < 0 || cost[m] < cost[best] {
						best = m
					}
				}
			}
			mv := best
			if rng.IntN(4) == 0 {
				mv = valid[rng.IntN(len(valid))]
			}
			lost += cost[mv]
			s.apply(mv)
		}
		wrong := 0
		for d := 1; d <= n; d++ {
			if s.words[d].head != gold[d] {
				wrong++
			}
		}
		if wrong != lost {
			t.Fatalf("%d wrong heads, costs summed to %d (%v)", wrong, lost, gold)
		}
	}
}

func TestProjectivize(t *testing.T) {
	// 1 <- 3, 2 <- 4 crossing: "A hearing is scheduled on the issue today"
	// style; lifting must give a projective tree that keeps the root.
	h := []int{-1, 3, 0, 2, 2}
	h[1] = 3
	h[4] = 1 // 4 under 1 crosses 2->3
	p := projectivize(h)
	if !isProjective(p) {
		t.Fatalf("not projective: %v", p)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := 0; trial < 500; trial++ {
		n := 2 + rng.IntN(15)
		g := randomProjective(rng, n)
		// Re-attach a random word to a random non-descendant.
		d := 1 + rng.IntN(n)
		for k := 0; k < 10; k++ {
			c := rng.IntN(n + 1)
			if c != d && !dominates(g, d, c) && c != 0 {
				g[d] = c
				break
			}
		}
		p := projectivize(g)
		if !isProjective(p) {
			t.Fatalf("not projective: %v from %v", p, g)
		}
	}
}
