package wordset

import "testing"

func TestHas(t *testing.T) {
	long := "internationalization-of-a-very-long-compound-word-beyond-sixty-four-bytes"
	s := New("said", "says", "“", "a", long, "")
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"said", true}, {"says", true}, {"say", false}, {"sair", false}, {"Said", false},
		{"“", true}, {"”", false}, {"a", true}, {"b", false}, {"", true},
		{long, true}, {long + "s", false}, {long[:64], false},
	} {
		if got := s.Has(tc.w); got != tc.want {
			t.Errorf("Has(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	var zero Set
	if zero.Has("") || zero.Has("a") {
		t.Error("the zero Set is not empty")
	}
	if o := Of(map[string]bool{"x": true, "y": false}); !o.Has("x") || o.Has("y") || o.Len() != 1 {
		t.Error("Of keeps exactly the true keys")
	}
}

func FuzzHas(f *testing.F) {
	f.Add("said", "said")
	f.Add("a\xffb", "a\xff")
	f.Fuzz(func(t *testing.T, member, probe string) {
		s := New(member, "the")
		if got, want := s.Has(probe), probe == member || probe == "the"; got != want {
			t.Fatalf("New(%q).Has(%q) = %v, want %v", member, probe, got, want)
		}
	})
}

var sink bool

func BenchmarkHasMiss(b *testing.B) {
	s := New("said", "says", "say", "added", "stated", "announced", "declared", "noted")
	words := []string{"the", "president", "of", "Russia", "met", "with", "his", "counterpart", "on", "Friday"}
	for i := 0; b.Loop(); i++ {
		sink = s.Has(words[i%len(words)])
	}
}

func BenchmarkMapMiss(b *testing.B) {
	m := map[string]bool{"said": true, "says": true, "say": true, "added": true, "stated": true, "announced": true, "declared": true, "noted": true}
	words := []string{"the", "president", "of", "Russia", "met", "with", "his", "counterpart", "on", "Friday"}
	for i := 0; b.Loop(); i++ {
		sink = m[words[i%len(words)]]
	}
}

func TestMap(t *testing.T) {
	m := NewMap(map[string]int{"may": 5, "june": 6, "": 0})
	for _, tc := range []struct {
		w    string
		v    int
		want bool
	}{{"may", 5, true}, {"june", 6, true}, {"", 0, true}, {"mar", 0, false}, {"July", 0, false}} {
		if v, ok := m.Get(tc.w); v != tc.v || ok != tc.want {
			t.Errorf("Get(%q) = %d, %v", tc.w, v, ok)
		}
	}
	var zero Map[int]
	if _, ok := zero.Get("x"); ok || m.Len() != 3 {
		t.Error("zero Map not empty, or Len wrong")
	}
}
