package timex

import (
	"sort"
	"strings"
)

// infoTable maps a lower-case token to its wordInfo: an open-addressing
// table with a short FNV-1a hash, looked up once per token. It is laid
// out to stay in cache: a slot is 8 bytes (the hash and an index into
// dense arrays of keys and values), the keys' bytes are one string.
// Misses (most tokens) usually stop at the first empty slot; words
// longer than every key are rejected before hashing.
type infoTable struct {
	slots  []infoSlot
	keys   []string // slot idx-1 -> key, all slices of one string
	vals   []wordInfo
	mask   uint32
	maxLen int
}

type infoSlot struct {
	hash uint32
	idx  int32 // 1 + index into keys and vals; 0 for an empty slot
}

// noInfo is the wordInfo of a word the lexicon and patterns do not know.
var noInfo wordInfo

func hashWord(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h ^ h>>15
}

func newInfoTable(m map[string]wordInfo) *infoTable {
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	sort.Strings(words)
	all := strings.Join(words, "")
	n := 16
	for n < 3*len(m) {
		n *= 2
	}
	t := &infoTable{slots: make([]infoSlot, n), mask: uint32(n - 1)}
	off := 0
	for _, w := range words {
		key := all[off : off+len(w)]
		off += len(w)
		t.maxLen = max(t.maxLen, len(w))
		t.keys = append(t.keys, key)
		t.vals = append(t.vals, m[w])
		h := hashWord(w)
		i := h & t.mask
		for t.slots[i].idx != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = infoSlot{hash: h, idx: int32(len(t.keys))}
	}
	return t
}

// get returns the wordInfo of w, &noInfo when it has none. The result
// must not be modified.
func (t *infoTable) get(w string) *wordInfo {
	if len(w) > t.maxLen {
		return &noInfo
	}
	h := hashWord(w)
	i := h & t.mask
	for {
		s := t.slots[i]
		if s.idx == 0 {
			return &noInfo
		}
		if s.hash == h && t.keys[s.idx-1] == w {
			return &t.vals[s.idx-1]
		}
		i = (i + 1) & t.mask
	}
}
