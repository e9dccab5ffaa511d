// The word table: what the extractor knows about each lower-case word form
// (its classes and trigger entries), found with one hash look-up per token.

package event

import (
	"sync"

	"github.com/chronicle-news/chronicle/internal/wordset"
)

// Word classes the extractor asks about, found with one look-up per token.
const (
	wcSay uint8 = 1 << iota
	wcPrep
	wcClauseWord
	wcClausePunct
	wcDet     // determiners
	wcVerbCtx // verbContext
)

// wordInfo is what the extractor knows about a lower-case word form: its
// classes and its trigger entries (Lookup).
type wordInfo struct {
	cls  uint8
	trig []Trigger
}

var (
	wordInfoOnce sync.Once
	wordInfos    wordTable
)

// wordTable is an open-addressing hash table of word forms with an FNV-1a
// hash, kept at most a quarter full: most tokens are in none of the
// extractor's word lists and miss on the first, usually empty, slot, which
// costs less than a Go map probe.
type wordTable struct {
	mask uint32
	keys []string
	vals []wordInfo
}

func fnv(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

func newWordTable(m map[string]wordInfo) wordTable {
	n := 64
	for n < 4*len(m) {
		n *= 2
	}
	t := wordTable{mask: uint32(n - 1), keys: make([]string, n), vals: make([]wordInfo, n)}
	for w, v := range m {
		if w == "" {
			continue // the empty slot marker; no list holds ""
		}
		i := fnv(w) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = w, v
	}
	return t
}

func (t *wordTable) get(w string) wordInfo {
	if w == "" {
		return wordInfo{}
	}
	for i := fnv(w) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case w:
			return t.vals[i]
		case "":
			return wordInfo{}
		}
	}
}

// wordInfoOf returns the classes and trigger entries of w.
func wordInfoOf(w string) wordInfo {
	wordInfoOnce.Do(func() {
		m := map[string]wordInfo{}
		for _, c := range []struct {
			set *wordset.Set
			bit uint8
		}{{&sayVerbs, wcSay}, {&preps, wcPrep}, {&clauseWords, wcClauseWord}, {&clausePunct, wcClausePunct},
			{&determiners, wcDet}, {&verbContext, wcVerbCtx}} {
			for _, w := range c.set.Words() {
				wi := m[w]
				wi.cls |= c.bit
				m[w] = wi
			}
		}
		for w, ts := range defaultLexicon().surface {
			wi := m[w]
			wi.trig = ts
			m[w] = wi
		}
		wordInfos = newWordTable(m)
	})
	return wordInfos.get(w)
}
