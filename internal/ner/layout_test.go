package ner

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

// The decoder copies a token per word of a document, and a word cache
// entry (the word and its token) is one cache line.
func TestLayout(t *testing.T) {
	if s := unsafe.Sizeof(token{}); s != 32 {
		t.Errorf("token: %d bytes, want 32", s)
	}
	if s := unsafe.Sizeof(wordEntry{}); s != 64 {
		t.Errorf("wordEntry: %d bytes, want 64", s)
	}
}

// The word cache finds every word it was given, short or long, through
// growth, and tells apart words that differ late.
func TestWordCache(t *testing.T) {
	c := newWordCache()
	var words []string
	for i := 0; i < 5000; i++ {
		words = append(words, fmt.Sprintf("w%d", i), strings.Repeat("x", 40)+fmt.Sprint(i))
	}
	for _, w := range words {
		if e, _, h, slot := c.lookup(w); e != nil {
			t.Fatalf("%q found before it was added", w)
		} else {
			e, k := c.add(w, h, slot)
			e.lid = int32(len(w))
			c.scores(k)[0][0] = float32(len(w))
		}
	}
	for _, w := range words {
		e, k, _, _ := c.lookup(w)
		if e == nil || e.word != w || e.lid != int32(len(w)) || c.scores(k)[0][0] != float32(len(w)) {
			t.Fatalf("%q: entry %v", w, e)
		}
	}
	if e, _, _, _ := c.lookup(strings.Repeat("x", 40) + "x"); e != nil {
		t.Errorf("unknown word found: %q", e.word)
	}
}
