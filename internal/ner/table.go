package ner

// table maps feature keys to weight rows: open addressing with linear
// probing, at most half full. Keys are already well-mixed hashes, so their
// low bits pick the slot and each slot keeps only the high 32 bits (a
// false match needs two keys equal in 32 + log2(slots) bits and is
// harmless: one feature borrows another's weights).
type table struct {
	slots []slot
	mask  uint64
	n     int
	// seen is a one-bit-per-key filter (bit (k>>40) mod len) small enough
	// to stay in cache: most feature lookups are for keys the model does
	// not have (unseen word pairs), and the filter answers those without
	// touching the slots.
	seen     []uint64
	seenMask uint64
}

type slot struct {
	fp  uint32 // key >> 32
	row int32  // -1: empty
}

func newTable(n int) *table {
	size := 16
	for size < 2*n {
		size *= 2
	}
	bits := 1 << 12
	for bits < 8*n && bits < 1<<21 {
		bits *= 2
	}
	t := &table{slots: make([]slot, size), mask: uint64(size - 1), seen: make([]uint64, bits/64), seenMask: uint64(bits - 1)}
	for i := range t.slots {
		t.slots[i].row = -1
	}
	return t
}

// get returns the row of k, or -1.
func (t *table) get(k uint64) int32 {
	if b := (k >> 40) & t.seenMask; t.seen[b/64]&(1<<(b%64)) == 0 {
		return -1
	}
	fp := uint32(k >> 32)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.fp == fp || s.row < 0 {
			return s.row
		}
	}
}

// put sets the row of k; the table must not be more than half full.
func (t *table) put(k uint64, row int32) {
	b := (k >> 40) & t.seenMask
	t.seen[b/64] |= 1 << (b % 64)
	fp := uint32(k >> 32)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.row < 0 {
			s.fp, s.row = fp, row
			t.n++
			return
		}
		if s.fp == fp {
			s.row = row
			return
		}
	}
}

// wtable is the table of a loaded model with the weights in the slots: a
// feature's slot holds its label mask and, when it has at most four
// weights (nine features in ten), the weights themselves, so that a lookup
// touches one cache line instead of two. Probing, fingerprints and the
// seen filter are those of table; the table is up to three quarters full
// (rather than half) to keep it small enough for the cache.
type wtable struct {
	slots    []wslot
	mask     uint64
	seen     []uint64
	seenMask uint64
	// dense holds the rows with more than maxInline weights (the
	// frequent features), all labels, packed together so that they tend
	// to stay in cache.
	dense [][nLabels]int16
}

// wslot is one slot of a wtable (16 bytes).
type wslot struct {
	fp uint32 // key >> 32
	// meta is wFull for an occupied slot, plus the label mask (bit l:
	// label l has a weight).
	meta uint32
	// v are the weights in label order when the mask has at most
	// maxInline bits; otherwise v[0], v[1] hold the index of the row in
	// wtable.dense (low, high 16 bits).
	v [maxInline]int16
}

const (
	maxInline = 4
	wFull     = 1 << 31
	labelMask = 1<<nLabels - 1
)

func newWTable(n int) *wtable {
	t := newTable(n)
	size := 16
	for size < n+n/3 { // at most 3/4 full
		size *= 2
	}
	return &wtable{slots: make([]wslot, size), mask: uint64(size - 1), seen: t.seen, seenMask: t.seenMask}
}

// get returns the slot of k, or nil.
func (t *wtable) get(k uint64) *wslot {
	if b := (k >> 40) & t.seenMask; t.seen[b/64]&(1<<(b%64)) == 0 {
		return nil
	}
	fp := uint32(k >> 32)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.meta == 0 {
			return nil
		}
		if s.fp == fp {
			return s
		}
	}
}

// put sets the weights of k: ws, in label order, with label mask mask.
// The table must have a free slot.
func (t *wtable) put(k uint64, mask uint32, ws []weight) {
	b := (k >> 40) & t.seenMask
	t.seen[b/64] |= 1 << (b % 64)
	fp := uint32(k >> 32)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.meta == 0 || s.fp == fp {
			*s = wslot{fp: fp, meta: wFull | mask}
			if len(ws) <= maxInline {
				for j, w := range ws {
					s.v[j] = w.v
				}
			} else {
				var row [nLabels]int16
				for _, w := range ws {
					row[w.label] = w.v
				}
				d := len(t.dense)
				t.dense = append(t.dense, row)
				s.v[0], s.v[1] = int16(uint16(d)), int16(uint16(d>>16))
			}
			return
		}
	}
}
