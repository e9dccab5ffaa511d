package permute

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestApply(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 50 {
		s := make([]string, n)
		for i := range s {
			s[i] = string(rune('a' + i%26))
		}
		idx := make([]int32, n)
		for i := range idx {
			idx[i] = int32(i)
		}
		r.Shuffle(n, func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		want := make([]string, n)
		for i, k := range idx {
			want[i] = s[k]
		}
		Apply(s, slices.Clone(idx))
		if !slices.Equal(s, want) {
			t.Fatalf("n=%d: %q, want %q", n, s, want)
		}
	}
}
