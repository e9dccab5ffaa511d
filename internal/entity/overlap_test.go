package entity

import (
	"math/rand"
	"testing"
)

// overlapping must find exactly the spans a scan of all of them finds
// (combine relies on it to stay linear in sentence length), and fall back
// to all spans when they are not in order.
func TestOverlappingMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 500; trial++ {
		var ns []nerSpan
		for k := rng.Intn(3); k < 200 && len(ns) < rng.Intn(40); k += 1 + rng.Intn(4) {
			e := k + rng.Intn(3)
			ns = append(ns, nerSpan{first: k, last: e})
			k = e
		}
		sorted := spansSorted(ns)
		if !sorted {
			t.Fatalf("generated spans not sorted: %v", ns)
		}
		first := rng.Intn(210)
		last := first + rng.Intn(6)
		lo, hi := overlapping(ns, sorted, first, last)
		for j, n := range ns {
			over := n.last >= first && n.first <= last
			if over && (j < lo || j >= hi) {
				t.Fatalf("span %v overlaps [%d,%d] but lies outside [%d,%d) of %v", n, first, last, lo, hi, ns)
			}
		}
	}
	bad := []nerSpan{{first: 5, last: 6}, {first: 1, last: 2}}
	if spansSorted(bad) {
		t.Fatal("out-of-order spans taken as sorted")
	}
	if lo, hi := overlapping(bad, false, 1, 1); lo != 0 || hi != 2 {
		t.Fatalf("unsorted: [%d,%d), want all", lo, hi)
	}
}
