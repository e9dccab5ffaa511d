package ner

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

// The decoder copies a token per word of a document, and a word cache
// entry spans whole cache lines (its first line for the lookup, the next
// for the token).
func TestLayout(t *testing.T) {
	if s := unsafe.Sizeof(token{}); s != 64 {
		t.Errorf("token: %d bytes, want 64", s)
	}
	var e wordEntry
	if s, o := unsafe.Sizeof(e), unsafe.Offsetof(e.tok); s != 512 || o != 64 {
		t.Errorf("wordEntry: %d bytes, token at %d; want 512, 64", s, o)
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
		if e, h, slot := c.lookup(w); e != nil {
			t.Fatalf("%q found before it was added", w)
		} else {
			c.add(w, h, slot).lid = int32(len(w))
		}
	}
	for _, w := range words {
		e, _, _ := c.lookup(w)
		if e == nil || e.word != w || e.lid != int32(len(w)) {
			t.Fatalf("%q: entry %v", w, e)
		}
	}
	if e, _, _ := c.lookup(strings.Repeat("x", 40) + "x"); e != nil {
		t.Errorf("unknown word found: %q", e.word)
	}
}
