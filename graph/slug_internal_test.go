package graph

import "testing"

// TestASCIISlug checks the ASCII fast path of Slug and NodeID against the
// general one on every printable ASCII character and a few names.
func TestASCIISlug(t *testing.T) {
	names := []string{"Vladimir Putin", "  A.B.C.  ", "O'Neil & Sons Ltd", "G-7", "3M", "", "...", "a", "--X--y__Z09"}
	for c := byte(0); c < 0x80; c++ {
		names = append(names, string(c), "a"+string(c)+"B", string(c)+"Q")
	}
	for _, n := range names {
		if got, want := Slug(n), slugUnicode(n); got != want {
			t.Errorf("Slug(%q) = %q; the general path gives %q", n, got, want)
		}
		if got, want := NodeID(Person, n), "person:"+slugUnicode(n); got != want {
			t.Errorf("NodeID(person, %q) = %q; want %q", n, got, want)
		}
	}
}
