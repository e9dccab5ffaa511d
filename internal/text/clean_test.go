package text

import "testing"

// FuzzClean checks that the allocation-free path of Clean agrees with the
// general one, and that Clean's result is clean.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "Đà Nẵng", "x\u00a0y", "x\u2028y", "\xff", "a\x7fb", "\u0085", "“quoted”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := Clean(s), cleanSlow(s)
		if got != want {
			t.Fatalf("Clean(%q) = %q, general path gives %q", s, got, want)
		}
		if !isClean(got) {
			t.Fatalf("Clean(%q) = %q is not clean", s, got)
		}
	})
}
