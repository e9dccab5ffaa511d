package semeval

import (
	"bytes"
	"strings"
	"testing"
)

func tl(t *testing.T, s string) Timeline {
	t.Helper()
	x, err := ReadTimeline(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func TestScore(t *testing.T) {
	gold := "X\n1\t2010\ta\n2\t2011\tb\n3\t2012\tc\n"
	for _, tc := range []struct {
		name, sys                        string
		pCorrect, pTotal, rCorrect, rTot int
	}{
		// Gold relations: a<b, b<c and three datings; closure adds a<c.
		{"identical", gold, 5, 5, 5, 5},
		// a<c alone: implied by the gold (precision 1); it implies neither
		// gold relation nor any dating.
		{"skips the middle", "X\n1\t2010\ta\n2\t2012\tc\n", 3, 3, 2, 5},
		// The order reversed: only the datings hold.
		{"reversed", "X\n1\t2012\tc\n2\t2011\tb\n3\t2010\ta\n", 3, 5, 3, 5},
		// Simultaneous where the gold orders: wrong relations, and a, b
		// keep no dating of the gold.
		{"all at once", "X\n1\t2010\ta\n1\t2010\tb\n1\t2010\tc\n", 1, 6, 1, 5},
		// Unplaced events relate nothing.
		{"unplaced", "X\n0\tXXXX-XX-XX\ta\n0\tXXXX-XX-XX\tb\n", 0, 0, 0, 5},
		{"empty", "X\n", 0, 0, 0, 5},
	} {
		c := Score(tl(t, gold), tl(t, tc.sys))
		if c.PCorrect != tc.pCorrect || c.PTotal != tc.pTotal || c.RCorrect != tc.rCorrect || c.RTotal != tc.rTot {
			t.Errorf("%s: got P %d/%d R %d/%d, want P %d/%d R %d/%d", tc.name, c.PCorrect, c.PTotal, c.RCorrect, c.RTotal, tc.pCorrect, tc.pTotal, tc.rCorrect, tc.rTot)
		}
	}
}

func TestClosureThroughSimultaneous(t *testing.T) {
	// a = b, b < c  =>  a < c; and a shares b's date.
	_, c := graphOf(tl(t, "X\n1\t2010\ta\tb\n2\t2011\tc\n"))
	for _, r := range []relation{{"a", relBefore, "c"}, {"b", relBefore, "c"}, {"a", relSimultaneous, "b"}, {"a", relIncluded, "date:2010"}} {
		if !c[r] {
			t.Errorf("closure lacks %v", r)
		}
	}
}

func TestReadTimelineErrors(t *testing.T) {
	for _, bad := range []string{"", "X\nnot a line\n", "X\n-1\t2010\ta\n", "X\n1\t2010\n"} {
		if _, err := ReadTimeline(strings.NewReader(bad)); err == nil {
			t.Errorf("%q read without error", bad)
		}
	}
}

func FuzzReadTimeline(f *testing.F) {
	f.Add("iPhone 3G\n1\t2008-06-09\t12315-2-launched\t12315-3-launching\n0\tXXXX-XX-XX\t1-2-x\n")
	f.Fuzz(func(t *testing.T, s string) {
		x, err := ReadTimeline(strings.NewReader(s))
		if err != nil {
			return
		}
		// What reads, writes and reads back the same, and scores without
		// panicking against itself.
		var b bytes.Buffer
		if err := x.Write(&b); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadTimeline(&b); err != nil && strings.TrimSpace(x.Entity) == x.Entity {
			t.Fatalf("written timeline does not read back: %v\n%s", err, b.String())
		}
		c := Score(x, x)
		if c.PCorrect != c.PTotal || c.RCorrect != c.RTotal {
			t.Fatalf("a timeline does not score 100 against itself: %+v", c)
		}
	})
}
