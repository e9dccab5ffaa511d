// Package wordset is a set of words for the lexical tests every stage makes
// on every token ("is this a reporting verb?", "a preposition?").
//
// Most tokens are in none of the sets, so a Set first checks the word's
// length and its first and last bytes against bit masks of its members and
// hashes the word only when all three match: a miss usually costs a few
// instructions instead of a hash-map probe. A plain map[string]bool is the
// alternative; this exists because those probes were a tenth of the
// pipeline's time.
package wordset

import "slices"

// Set is an immutable set of strings. The zero value is empty.
type Set struct {
	m     map[string]struct{}
	lens  uint64    // bit n: a member has length n (n ≥ 63 shares bit 63)
	first [4]uint64 // bit b: a member starts with byte b
	last  [4]uint64 // bit b: a member ends with byte b
	empty bool      // "" is a member
}

// New returns the set of the words.
func New(words ...string) Set {
	s := Set{m: make(map[string]struct{}, len(words))}
	for _, w := range words {
		s.m[w] = struct{}{}
		if w == "" {
			s.empty = true
			continue
		}
		s.lens |= 1 << min(len(w), 63)
		f, l := w[0], w[len(w)-1]
		s.first[f>>6] |= 1 << (f & 63)
		s.last[l>>6] |= 1 << (l & 63)
	}
	return s
}

// Of returns the set of the keys of m whose value is true.
func Of(m map[string]bool) Set {
	words := make([]string, 0, len(m))
	for w, ok := range m {
		if ok {
			words = append(words, w)
		}
	}
	return New(words...)
}

// Has reports whether w is in the set.
func (s *Set) Has(w string) bool {
	n := len(w)
	if n == 0 {
		return s.empty
	}
	f, l := w[0], w[len(w)-1]
	if s.lens&(1<<min(n, 63)) == 0 || s.first[f>>6]&(1<<(f&63)) == 0 || s.last[l>>6]&(1<<(l&63)) == 0 {
		return false
	}
	_, ok := s.m[w]
	return ok
}

// Len returns the number of members.
func (s *Set) Len() int { return len(s.m) }

// Words returns the members, sorted.
func (s *Set) Words() []string {
	out := make([]string, 0, len(s.m))
	for w := range s.m {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}
