package entity

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
	wConnector  uint16 = 1 << iota // connectors ("of", "de", "&")
	wTitleMod                      // titleModifiers ("deputy", "former")
	wTitleFirst                    // first word of a title ("prime", "president", "mr")
	wNonEntity                     // cue list nonentity
	wOrgSuffix                     // cue list orgsuffix
	wOrgHead                       // cue list orghead
	wLocSuffix                     // cue list locsuffix
	wLocHead                       // cue list lochead
	wCurrency                      // cue list currency
)

// buildWordFlags fills l.wordFlags and l.flagFilter from the word lists.
func (l *Lexicon) buildWordFlags() {
	l.wordFlags = map[string]uint16{}
	set := func(f uint16, words []string) {
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
	l.flagFilter = newWordFilter(14)
	for w := range l.wordFlags {
		l.flagFilter.add(w)
	}
}
