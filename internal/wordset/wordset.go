// Package wordset is a set of words, and a map keyed by words, for the
// lexical tests every stage makes on every token ("is this a reporting
// verb?", "what does this month name mean?").
//
// Most tokens are in none of the sets, so a Set or Map first checks the
// word's length and its first and last bytes against bit masks of its
// members and hashes the word only when all three match: a miss usually
// costs a few instructions instead of a hash-map probe. A plain
// map[string]bool is the alternative; this exists because those probes
// were a tenth of the pipeline's time.
package wordset

import "slices"

// filter rejects most words that are not members without hashing them.
type filter struct {
	lens  uint64    // bit n: a member has length n (n ≥ 63 shares bit 63)
	first [4]uint64 // bit b: a member starts with byte b
	last  [4]uint64 // bit b: a member ends with byte b
	empty bool      // "" is a member
}

func (f *filter) add(w string) {
	if w == "" {
		f.empty = true
		return
	}
	f.lens |= 1 << min(len(w), 63)
	a, z := w[0], w[len(w)-1]
	f.first[a>>6] |= 1 << (a & 63)
	f.last[z>>6] |= 1 << (z & 63)
}

// may reports whether w can be a member.
func (f *filter) may(w string) bool {
	n := len(w)
	if n == 0 {
		return f.empty
	}
	a, z := w[0], w[n-1]
	return f.lens&(1<<min(n, 63)) != 0 && f.first[a>>6]&(1<<(a&63)) != 0 && f.last[z>>6]&(1<<(z&63)) != 0
}

// Set is an immutable set of strings. The zero value is empty.
type Set struct {
	filter
	m map[string]struct{}
}

// New returns the set of the words.
func New(words ...string) Set {
	s := Set{m: make(map[string]struct{}, len(words))}
	for _, w := range words {
		s.m[w] = struct{}{}
		s.add(w)
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
	if !s.may(w) {
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

// Map is an immutable map from words to values, with the same filter in
// front of its hash map. The zero value is empty.
type Map[V any] struct {
	filter
	m map[string]V
}

// NewMap returns a Map holding a copy of m.
func NewMap[V any](m map[string]V) Map[V] {
	out := Map[V]{m: make(map[string]V, len(m))}
	for w, v := range m {
		out.m[w] = v
		out.add(w)
	}
	return out
}

// Get returns the value of w, and whether w is a key.
func (m *Map[V]) Get(w string) (V, bool) {
	if !m.may(w) {
		var zero V
		return zero, false
	}
	v, ok := m.m[w]
	return v, ok
}

// Len returns the number of keys.
func (m *Map[V]) Len() int { return len(m.m) }
