package timex

// infoTable maps a lower-case token to its wordInfo: an open-addressing
// table with a short FNV-1a hash, looked up once per token. Misses (most
// tokens) usually stop at the first empty slot; words longer than every
// key are rejected before hashing.
type infoTable struct {
	keys   []string
	vals   []wordInfo
	used   []bool
	mask   uint32
	maxLen int
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
	n := 16
	for n < 4*len(m) {
		n *= 2
	}
	t := &infoTable{keys: make([]string, n), vals: make([]wordInfo, n), used: make([]bool, n), mask: uint32(n - 1)}
	for w, wi := range m {
		t.maxLen = max(t.maxLen, len(w))
		i := hashWord(w) & t.mask
		for t.used[i] {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i], t.used[i] = w, wi, true
	}
	return t
}

// get returns the wordInfo of w, &noInfo when it has none. The result
// must not be modified.
func (t *infoTable) get(w string) *wordInfo {
	if len(w) > t.maxLen {
		return &noInfo
	}
	i := hashWord(w) & t.mask
	for t.used[i] {
		if t.keys[i] == w {
			return &t.vals[i]
		}
		i = (i + 1) & t.mask
	}
	return &noInfo
}
