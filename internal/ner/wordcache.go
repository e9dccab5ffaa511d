package ner

import (
	"hash/maphash"
	"strings"
)

// wordCache maps the words a scratch has seen to their entries (analysis
// and summed word-feature weights). It is an open-addressing table of
// small slots over entries laid out in slabs, each entry one cache line:
// the lookup of a word reads one slot and the line of its entry, which
// holds the word's bytes (most of them) and its token. The summed weights
// are kept apart (decoding reads them only around free tokens).
type wordCache struct {
	seed  maphash.Seed
	slots []wordSlot // power of two, at most half full
	slabs [][]wordEntry
	ws    [][]wordScores // summed weights, by entry number like slabs
	n     int
}

// wordSlot is a slot of the table: the high half of the word's hash and
// its entry's number plus one (0: empty).
type wordSlot struct {
	h uint32
	i int32
}

const slabSize = 1024 // entries per slab (64 KB: page-aligned)

// wordEntry is a cached word (64 bytes, see TestLayout).
type wordEntry struct {
	word string
	lid  int32         // number of the lower-case form (see scratch.lowerIDs)
	inl  [inlineW]byte // the word's bytes, if it has at most inlineW
	tok  token
}

const inlineW = 12

type wordScores [5][nLabels]float32

func newWordCache() *wordCache {
	return &wordCache{seed: maphash.MakeSeed(), slots: make([]wordSlot, 2048)}
}

func (c *wordCache) entry(i int32) *wordEntry {
	return &c.slabs[i/slabSize][i%slabSize]
}

// scores returns the summed weights of entry i.
func (c *wordCache) scores(i int32) *wordScores {
	return &c.ws[i/slabSize][i%slabSize]
}

// is reports whether e is the entry of w.
func (e *wordEntry) is(w string) bool {
	if len(w) != len(e.word) {
		return false
	}
	if len(w) <= inlineW {
		return string(e.inl[:len(w)]) == w
	}
	return e.word == w
}

// lookup returns the entry of w and its number, or nil and the hash and
// free slot where add puts it.
func (c *wordCache) lookup(w string) (*wordEntry, int32, uint64, int) {
	h := maphash.String(c.seed, w)
	mask := len(c.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := c.slots[i]
		if s.i == 0 {
			return nil, 0, h, i
		}
		if s.h == uint32(h>>32) {
			if e := c.entry(s.i - 1); e.is(w) {
				return e, s.i - 1, h, i
			}
		}
	}
}

// add makes an entry for w (of hash h, not in the cache) at slot i, as
// found by lookup; the entry holds a copy of w.
func (c *wordCache) add(w string, h uint64, i int) (*wordEntry, int32) {
	if c.n%slabSize == 0 {
		c.slabs = append(c.slabs, make([]wordEntry, slabSize))
		c.ws = append(c.ws, make([]wordScores, slabSize))
	}
	k := int32(c.n)
	c.n++
	e := c.entry(k)
	e.word = strings.Clone(w)
	copy(e.inl[:], w)
	c.slots[i] = wordSlot{uint32(h >> 32), k + 1}
	if 2*c.n > len(c.slots) {
		c.grow()
	}
	return e, k
}

// grow doubles the table.
func (c *wordCache) grow() {
	c.slots = make([]wordSlot, 2*len(c.slots))
	mask := len(c.slots) - 1
	for k := int32(0); k < int32(c.n); k++ {
		h := maphash.String(c.seed, c.entry(k).word)
		i := int(h) & mask
		for c.slots[i].i != 0 {
			i = (i + 1) & mask
		}
		c.slots[i] = wordSlot{uint32(h >> 32), k + 1}
	}
}
