package learn

// table maps feature keys to weight rows: open addressing with linear
// probing, at most half full. Keys are well-mixed hashes, so their low bits
// pick the slot. A small bit filter answers most lookups of unknown keys
// (unseen word pairs are the common case) without touching the slots.
type table struct {
	slots    []slot
	mask     uint64
	seen     []uint64
	seenMask uint64
}

// slot keeps the high 32 bits of its key: a false match needs two keys
// equal in those and in the low bits that chose the slot, and is harmless
// (one feature reads another's weights).
type slot struct {
	fp  uint32
	row int32 // -1: empty
}

func newTable(n int) *table {
	size := 16
	for size < 2*n {
		size *= 2
	}
	bitsN := 1 << 12
	for bitsN < 8*n && bitsN < 1<<22 {
		bitsN *= 2
	}
	t := &table{slots: make([]slot, size), mask: uint64(size - 1), seen: make([]uint64, bitsN/64), seenMask: uint64(bitsN - 1)}
	for i := range t.slots {
		t.slots[i].row = -1
	}
	return t
}

// get returns the row of k, or -1.
func (t *table) get(k uint64) int32 {
	if b := (k >> 40) & t.seenMask; t.seen[b>>6]&(1<<(b&63)) == 0 {
		return -1
	}
	fp := uint32(k >> 32)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.row < 0 || s.fp == fp {
			return s.row
		}
	}
}

// put sets the row of k; the table must stay at most half full.
func (t *table) put(k uint64, row int32) {
	b := (k >> 40) & t.seenMask
	t.seen[b>>6] |= 1 << (b & 63)
	fp := uint32(k >> 32)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.row < 0 || s.fp == fp {
			s.fp, s.row = fp, row
			return
		}
	}
}
