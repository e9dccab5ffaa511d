package learn

import (
	"slices"
	"sort"
)

// perfectHash gives each of a set of distinct 32-bit keys (already hash
// values: fingerprints) a slot of its own, after PTHash (Pibiri and
// Trani, 2021): the key's high bits choose a bucket, the bucket's pilot
// and the key choose the slot. A look-up is two reads, the pilot (a
// sixteenth of a word per key, so the pilots stay in cache) and the slot,
// and no branch. Hand-written: the Go PTHash and CHD packages build from
// strings or 64-bit keys with their own slot layouts, and a look-up here
// must be a few inlined instructions in the taggers' inner loops.
type perfectHash struct {
	nb    uint64   // buckets
	pilot []uint16 // per bucket: the number of its pilot
	m     uint64   // slots
}

// The hash fills this share of its slots, with this many keys a bucket on
// average; a build takes about 0.1 s for half a million keys.
const (
	hashLoad    = 0.8
	hashBucket  = 4
	pilotTries  = 1 << 16 // a pilot's number is 16 bits
	slotMixer   = 0x9e3779b1
	pilotMixer  = 0x85ebca6b
	pilotOffset = 0x27d4eb2f
)

// slotOf is the slot of key k with pilot p, in a table of m slots.
func slotOf(k, p uint32, m uint64) uint64 { return uint64(k*slotMixer^p) * m >> 32 }

// pilotValue is the i-th pilot tried.
func pilotValue(i uint32) uint32 { return (i + pilotOffset) * pilotMixer }

// slot returns k's slot (any slot, for a key not in the set).
func (h *perfectHash) slot(k uint32) uint64 {
	return slotOf(k, pilotValue(uint32(h.pilot[uint64(k)*h.nb>>32])), h.m)
}

// buildHash builds a perfect hash over keys (distinct) and returns it
// with each key's slot. Deterministic: buckets are placed largest first
// (then in order), each with the first pilot that puts its keys in free
// slots; when a bucket finds none, the table grows and the build starts
// over.
func buildHash(keys []uint32) (perfectHash, []uint64) {
	for m := uint64(float64(len(keys))/hashLoad) + 1; ; m += m/16 + 1 {
		if h, at, ok := tryHash(keys, m); ok {
			return h, at
		}
	}
}

func tryHash(keys []uint32, m uint64) (perfectHash, []uint64, bool) {
	h := perfectHash{m: m, nb: uint64(len(keys)/hashBucket) + 1}
	h.pilot = make([]uint16, h.nb)
	// Keys by bucket.
	first := make([]int32, h.nb+1)
	for _, k := range keys {
		first[uint64(k)*h.nb>>32+1]++
	}
	for b := range h.nb {
		first[b+1] += first[b]
	}
	members := make([]int32, len(keys))
	fill := append([]int32(nil), first[:h.nb]...)
	for i, k := range keys {
		b := uint64(k) * h.nb >> 32
		members[fill[b]] = int32(i)
		fill[b]++
	}
	order := make([]int32, h.nb)
	for b := range order {
		order[b] = int32(b)
	}
	size := func(b int32) int32 { return first[b+1] - first[b] }
	sort.SliceStable(order, func(i, j int) bool { return size(order[i]) > size(order[j]) })
	taken := make([]bool, m)
	slots := make([]uint64, len(keys))
	var at []uint64
	for _, b := range order {
		ms := members[first[b]:first[b+1]]
		if len(ms) == 0 {
			break
		}
		found := false
		for i := uint32(0); i < pilotTries && !found; i++ {
			p := pilotValue(i)
			at = at[:0]
			found = true
			for _, k := range ms {
				sl := slotOf(keys[k], p, m)
				if taken[sl] || slices.Contains(at, sl) {
					found = false
					break
				}
				at = append(at, sl)
			}
			if !found {
				continue
			}
			h.pilot[b] = uint16(i)
			for j, k := range ms {
				taken[at[j]] = true
				slots[k] = at[j]
			}
		}
		if !found {
			return h, nil, false
		}
	}
	return h, slots, true
}
