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
