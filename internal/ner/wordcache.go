package ner

import (
	"hash/maphash"
	"strings"
)

// wordCache maps the words a scratch has seen to their entries (analysis
// and summed word-feature weights). It is an open-addressing table of
// small slots over entries laid out in slabs, each entry a whole number
// of cache lines: the lookup of a word reads one slot and the first line
// of its entry (which holds the word's bytes), and the token it copies is
// the next line.
type wordCache struct {
	seed  maphash.Seed
	slots []wordSlot // power of two, at most half full
	slabs [][]wordEntry
	n     int
}

// wordSlot is a slot of the table: the high half of the word's hash and
// its entry's number plus one (0: empty).
type wordSlot struct {
	h uint32
	i int32
}

const slabSize = 128 // entries per slab (64 KB: page-aligned)

// wordEntry is a cached word (512 bytes, see TestLayout).
type wordEntry struct {
	word string
	lid  int32         // number of the lower-case form (see scratch.lowerIDs)
	inl  [inlineW]byte // the word's bytes, if it has at most inlineW
	tok  token
	ws   wordScores
	_    [44]byte
}

const inlineW = 44

type wordScores [5][nLabels]float32

func newWordCache() *wordCache {
	return &wordCache{seed: maphash.MakeSeed(), slots: make([]wordSlot, 2048)}
}

func (c *wordCache) entry(i int32) *wordEntry {
	return &c.slabs[i/slabSize][i%slabSize]
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

// lookup returns the entry of w, or nil and the hash and free slot where
// add puts it.
func (c *wordCache) lookup(w string) (*wordEntry, uint64, int) {
	h := maphash.String(c.seed, w)
	mask := len(c.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := c.slots[i]
		if s.i == 0 {
			return nil, h, i
		}
		if s.h == uint32(h>>32) {
			if e := c.entry(s.i - 1); e.is(w) {
				return e, h, i
			}
		}
	}
}

// add makes an entry for w (of hash h, not in the cache) at slot i, as
// found by lookup; the entry holds a copy of w.
func (c *wordCache) add(w string, h uint64, i int) *wordEntry {
	if c.n%slabSize == 0 {
		c.slabs = append(c.slabs, make([]wordEntry, slabSize))
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
	return e
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
