package detect

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// Detect spends most of its time adding up feature weights. Most features
// of a token depend on the word alone (wordFeatures) or on one neighbour
// word and its offset (contextFeatures), so their summed weights are
// computed once per distinct word form and kept in a cache; per token only
// the conjunctions with the neighbours (pairFeatures) are looked up.
//
// Caches outlive a call: a Detector keeps a few of them (each used by one
// call at a time, no locking inside a call), each bounded in size, since
// news vocabulary repeats across documents far more than inside one.

type vec [8]float32

// ctxOffsets are the offsets of wordEntry.ctx: ctx[k] holds the weights
// this word adds to the token whose neighbour at offset ctxOffsets[k] it
// is (ctx[0]: the token two places after it).
var ctxOffsets = [4]int{-2, -1, 1, 2}

func (v *vec) add(w *vec) {
	for i := range v {
		v[i] += w[i]
	}
}

// wordEntry is what the cache keeps of one word form.
// Fields are ordered by use: what every token reads first, together.
type wordEntry struct {
	kind  text.Kind
	cand  bool // scored at all (see Detector.candidate)
	clsOK bool
	// left and right memoize leftFeatures and rightFeatures by the
	// neighbour's closed class.
	left, right memo4
	lower       string
	key         string // the index key ("" if not indexed)
	self        vec    // wordFeatures (only for candidates)
	ctx         [4]vec // contextFeatures as the neighbour at offset ctxOffsets[k]
	info        tokInfo
	leftV       [4]vec // left's sums
	rightV      [4]vec
	// cls is classWordFeatures' sum, computed when the word is first an
	// event (clsOK).
	cls [7]float32
}

// memo4 keys the sums of the last four neighbour classes seen (0: empty;
// tokInfo.cc is at least 1); the sums are in a [4]vec beside it.
type memo4 struct {
	cc   [4]uint8
	next uint8
}

// find returns the index of cc's sum and true, or on a miss the index to
// fill (the oldest given up) and false.
func (m *memo4) find(cc uint64) (int, bool) {
	k := uint8(cc)
	for i, c := range m.cc {
		if c == k {
			return i, true
		}
	}
	i := int(m.next & 3)
	m.next++
	m.cc[i] = k
	return i, false
}

// maxCacheWords bounds a cache; a full one starts over.
const maxCacheWords = 1 << 15

type wordCache struct {
	// index finds an entry by its key: open addressing on a hash of the
	// key (seed), each slot the key's high hash bits and 1 + its entry's
	// number (0: empty); nkeys is the number of keys indexed. (A map
	// look-up was about half of lookup's time in a profile of the event stage.)
	seed    maphash.Seed
	index   []cacheSlot
	nkeys   int
	entries []wordEntry
	base    int      // entries[:base] are the warm ones (see restore)
	feats   []uint64 // scratch for fill
}

// cacheSlot is a slot of wordCache.index.
type cacheSlot struct {
	h uint32
	i int32
}

// newWordCache returns an empty cache with room for about n keys.
func newWordCache(n int) *wordCache {
	size := 64
	for size < 2*n {
		size *= 2
	}
	return &wordCache{seed: maphash.MakeSeed(), index: make([]cacheSlot, size)}
}

// find returns the number of the entry of key and true, or the slot where
// key goes and false.
func (c *wordCache) find(key string, h uint64) (int32, int, bool) {
	mask := len(c.index) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := c.index[i]
		if s.i == 0 {
			return 0, i, false
		}
		if s.h == uint32(h>>32) && c.entries[s.i-1].key == key {
			return s.i - 1, i, true
		}
	}
}

// insert indexes entry n under its key (not yet in the index).
func (c *wordCache) insert(n int32) {
	key := c.entries[n].key
	h := maphash.String(c.seed, key)
	_, i, _ := c.find(key, h)
	c.index[i] = cacheSlot{uint32(h >> 32), n + 1}
	c.nkeys++
	if 2*c.nkeys > len(c.index) {
		c.reindex(2 * len(c.index))
	}
}

// reindex rebuilds the index with size slots from the entries' keys.
func (c *wordCache) reindex(size int) {
	c.index = make([]cacheSlot, size)
	c.nkeys = 0
	for n := range c.entries {
		if c.entries[n].key != "" {
			c.insert(int32(n))
		}
	}
}

// cachePool hands out word caches of one model.
type cachePool struct {
	// free holds the idle scratch spaces with their word caches. Not a
	// sync.Pool: that one is emptied by every garbage collection, and a
	// cache is worth keeping for as long as the detector is used.
	mu   sync.Mutex
	free []*work
	// boundary's context vectors (the padding beyond sentence ends).
	once  sync.Once
	bound [4]vec
	first vec // tFirst
	// Dense tables of the small-alphabet pairs: capitalization of the
	// previous token and this one (capIndex), WordNet class bits of the
	// previous and this token, of this and the next one (wnPos).
	capPair    [7][7]vec
	posL, posR [65][65]vec
	// warm holds the entries of the model's frequent forms (metaWarm);
	// every new cache starts as a copy (a full one starts over from it).
	warm *wordCache
}

// sums adds up the weights of feats.
func (d *Detector) sums(feats []uint64, v *vec) {
	d.fm.sum(feats, v)
}

// clone returns a copy of c to grow on its own.
func (c *wordCache) clone() *wordCache {
	e := make([]wordEntry, len(c.entries), max(2*len(c.entries), 1024))
	copy(e, c.entries)
	return &wordCache{seed: c.seed, index: slices.Clone(c.index), nkeys: c.nkeys, entries: e, base: len(e)}
}

// restore takes c back to its warm entries (their memos kept).
func (c *wordCache) restore() {
	for i := c.base; i < len(c.entries); i++ {
		c.entries[i] = wordEntry{}
	}
	c.entries = c.entries[:c.base]
	c.reindex(len(c.index))
}

// lookup returns the index of token t's cache entry, filling it on first
// sight. Entries are addressed by index: the slice grows during a call
// (reset only between calls, see Detect).
func (d *Detector) lookup(c *wordCache, t *text.Token, lx *lexicon) int32 {
	h := maphash.String(c.seed, t.Text)
	k, _, ok := c.find(t.Text, h)
	if ok {
		e := &c.entries[k]
		// Lower is a function of Text (text.Tokenize); the length check
		// only guards against tokens made otherwise, without reading the
		// cached string (a cache miss per token).
		if e.kind == t.Kind && len(e.lower) == len(t.Lower) {
			return k
		}
	}
	c.entries = append(c.entries, wordEntry{})
	n := int32(len(c.entries) - 1)
	e := &c.entries[n]
	d.fill(c, e, t, lx)
	if !ok { // a form seen with another tokenization stays unindexed
		key := e.lower
		if key != t.Text {
			key = strings.Clone(t.Text) // not a slice of the document
		}
		e.key = key
		c.insert(n)
	}
	return n
}

func (d *Detector) fill(c *wordCache, e *wordEntry, t *text.Token, lx *lexicon) {
	e.info = info(t, lx)
	e.lower = strings.Clone(t.Lower)
	e.kind = t.Kind
	e.cand = d.candidate(t)
	if e.cand {
		c.feats = wordFeatures(c.feats[:0], t, &e.info)
		d.sums(c.feats, &e.self)
	}
	for k, off := range ctxOffsets {
		c.feats = contextFeatures(c.feats[:0], &e.info, off)
		d.sums(c.feats, &e.ctx[k])
	}
}

// tables returns the model's precomputed sums: the context vectors of the
// sentence padding, the first-token vector and the dense pair tables.
func (d *Detector) tables() *cachePool {
	p := d.caches
	p.once.Do(func() {
		var feats []uint64
		for k, off := range ctxOffsets {
			feats = contextFeatures(feats[:0], &boundary, off)
			d.sums(feats, &p.bound[k])
		}
		one := func(k uint64, v *vec) {
			feats = append(feats[:0], k)
			d.sums(feats, v)
		}
		one(tFirst, &p.first)
		for a, ca := range capValues {
			for b, cb := range capValues {
				one(capPairKey(ca, cb), &p.capPair[a][b])
			}
		}
		p.warm = newWordCache(len(d.warm))
		lx := theLexicon()
		for _, f := range d.warm {
			if toks := text.Tokenize(f, document.Span{Start: 0, End: len(f)}); len(toks) == 1 && toks[0].Text == f {
				d.lookup(p.warm, &toks[0], lx)
			}
		}
		for a := range p.posL {
			for b := range p.posL[a] {
				one(posLKey(uint64(a), uint64(b)), &p.posL[a][b])
				one(posRKey(uint64(a), uint64(b)), &p.posR[a][b])
			}
		}
	})
	return p
}
