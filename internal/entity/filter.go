package entity

import "slices"

// wordFilter is a one-hash Bloom filter over words: mayHave is false for
// most words never added, true for every word added. It looks at the
// length and three bytes of a word, so a test costs a few instructions
// where a map lookup hashes the whole word; the per-token tests of the
// recognizer (is this word a connector, a title, a gazetteer name?) reject
// most tokens this way.
//
// Make one with newWordFilter; the zero value is not usable.
type wordFilter struct {
	bits  []uint64
	shift uint // 64 - log2(len(bits)*64)
}

// newWordFilter returns an empty filter of 2^logBits bits (6 ≤ logBits).
func newWordFilter(logBits uint) wordFilter {
	return wordFilter{bits: make([]uint64, 1<<(logBits-6)), shift: 64 - logBits}
}

func filterHash(w string) uint64 {
	n := len(w)
	if n == 0 {
		return 0
	}
	x := uint64(n)<<24 | uint64(w[0])<<16 | uint64(w[n-1])<<8 | uint64(w[n/2])
	return x * 0x9E3779B97F4A7C15
}

func (f *wordFilter) add(w string) {
	i := filterHash(w) >> f.shift
	f.bits[i>>6] |= 1 << (i & 63)
}

func (f *wordFilter) mayHave(w string) bool {
	i := filterHash(w) >> f.shift
	return f.bits[i>>6]&(1<<(i&63)) != 0
}

// Flags of a lower-case word, in tokView.fl: the word lists the recognizer
// tests on every token, looked up once per token.
const (
	wConnector  uint32 = 1 << iota // connectors ("of", "de", "&")
	wTitleMod                      // titleModifiers ("deputy", "former")
	wTitleFirst                    // first word of a title ("prime", "president", "mr")
	wNonEntity                     // cue list nonentity
	wOrgSuffix                     // cue list orgsuffix
	wOrgHead                       // cue list orghead
	wLocSuffix                     // cue list locsuffix
	wLocHead                       // cue list lochead
	wCurrency                      // cue list currency
	wCommon                        // commonWords
	wAbbrevDot                     // abbrevDot
	// Lists tested on Token.Lower rather than on low (see tokView.lowerIs).
	wHeadLower // headlineLower
	wPrepIn    // prepsIn
	wPrepFrom  // prepsFrom
	wReporting // cue list reporting
	wLocNoun   // cue list locnoun
	wFixture   // fixtureWords
	wSports    // sportsWords (tested on low)
)

// buildWordFlags fills l.wordFlags from the word lists.
func (l *Lexicon) buildWordFlags() {
	l.wordFlags = map[string]uint32{}
	set := func(f uint32, words []string) {
		for _, w := range words {
			l.wordFlags[w] |= f
		}
	}
	set(wConnector, connectors.Words())
	set(wTitleMod, titleModifiers.Words())
	set(wTitleFirst, l.titleFirst.Words())
	set(wNonEntity, l.nonEntity.Words())
	set(wOrgSuffix, l.orgSuffix.Words())
	set(wOrgHead, l.orgHead.Words())
	set(wLocSuffix, l.locSuffix.Words())
	set(wLocHead, l.locHead.Words())
	set(wCurrency, l.currency.Words())
	set(wCommon, commonWords.Words())
	set(wAbbrevDot, abbrevDot.Words())
	set(wHeadLower, headlineLower.Words())
	set(wPrepIn, prepsIn.Words())
	set(wPrepFrom, prepsFrom.Words())
	set(wReporting, l.reporting.Words())
	set(wLocNoun, l.locNoun.Words())
	set(wFixture, mapWords(fixtureWords))
	set(wSports, mapWords(sportsWords))
}

// mapWords returns the words of a word list kept as a map.
func mapWords(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for w, ok := range m {
		if ok {
			out = append(out, w)
		}
	}
	return out
}

// buildWordTable fills l.words from the first tokens of the gazetteer
// forms and the given names (index, see Lexicon.words) and from
// l.wordFlags.
func (l *Lexicon) buildWordTable(index map[string]uint32) {
	m := make(map[string]uint64, len(index)+len(l.wordFlags))
	for w, i := range index {
		m[w] = uint64(i)
	}
	for w, f := range l.wordFlags {
		m[w] |= uint64(f) << 32
	}
	l.words = newWordTable(m)
}

// wordTable maps words to small values, for lookups on every token: an
// open-addressing table hashed like wordFilter, so that a word not in it
// costs a hash and one probe of a compact array, and a word in it a string
// comparison more, where a map lookup hashes every byte of every word.
type wordTable struct {
	slots []uint32 // 0 when empty, else 1 + the index in keys and vals
	keys  []string
	vals  []uint64
	shift uint
}

// newWordTable returns the table of m, with at least four slots per word.
func newWordTable(m map[string]uint64) wordTable {
	logSlots := uint(6)
	for 1<<logSlots < 4*len(m) {
		logSlots++
	}
	t := wordTable{slots: make([]uint32, 1<<logSlots), shift: 64 - logSlots}
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	slices.Sort(words) // the same table on every run
	mask := uint64(len(t.slots) - 1)
	for _, w := range words {
		t.keys = append(t.keys, w)
		t.vals = append(t.vals, m[w])
		i := filterHash(w) >> t.shift
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint32(len(t.keys))
	}
	return t
}

// get returns the value of w, 0 when w is not in the table.
func (t *wordTable) get(w string) uint64 {
	mask := uint64(len(t.slots) - 1)
	for i := filterHash(w) >> t.shift; ; i = (i + 1) & mask {
		j := t.slots[i]
		if j == 0 {
			return 0
		}
		if t.keys[j-1] == w {
			return t.vals[j-1]
		}
	}
}
