package learn

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestPerfectHash(t *testing.T) {
	for _, n := range []int{0, 1, 2, 5, 1000, 50000} {
		r := rand.New(rand.NewPCG(uint64(n), 7))
		seen := map[uint32]bool{}
		var keys []uint32
		for len(keys) < n {
			k := r.Uint32() | 1
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
		h, at := buildHash(keys)
		if len(at) != n {
			t.Fatalf("n=%d: %d slots for %d keys", n, len(at), n)
		}
		used := map[uint64]bool{}
		for i, k := range keys {
			if at[i] >= h.m || used[at[i]] {
				t.Fatalf("n=%d: key %d: slot %d out of %d or taken twice", n, i, at[i], h.m)
			}
			used[at[i]] = true
			if got := h.slot(k); got != at[i] {
				t.Fatalf("n=%d: key %d: look-up gives slot %d, build gave %d", n, i, got, at[i])
			}
		}
		// Any key, in the set or not, has a slot in the table.
		for range 1000 {
			if s := h.slot(r.Uint32()); s >= h.m {
				t.Fatalf("n=%d: slot %d out of %d", n, s, h.m)
			}
		}
		h2, at2 := buildHash(keys)
		if h2.m != h.m || !slices.Equal(h2.pilot, h.pilot) || !slices.Equal(at2, at) {
			t.Fatalf("n=%d: two builds differ", n)
		}
	}
}
