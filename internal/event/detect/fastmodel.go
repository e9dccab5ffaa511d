package detect

import (
	"bytes"
	"compress/gzip"
	"encoding/gob"
	"errors"
	"fmt"

	"github.com/chronicle-news/chronicle/internal/learn"
)

// weights is Detect's read-only copy of a model (at most 8 labels): the
// 16-bit weights of a feature inline in its hash slot, so that a lookup
// reads one cache line (learn.Model keeps slots and float rows apart: two).
// Sums are exact integers, scaled once. A bit filter answers most lookups
// of keys the model does not have (unseen word pairs) without touching the
// slots.
type weights struct {
	slots    []wslot
	mask     uint64
	seen     []uint64
	seenMask uint64
	scale    float32
}

// wslot holds a key's high bits (| 1, so 0 marks an empty slot) and its
// weights.
type wslot struct {
	fp uint32
	w  [8]int16
}

// writtenModel mirrors the layout learn.Model.Write encodes (gob matches the
// fields by name): sorted, delta-coded keys and 16-bit weights times Scale.
type writtenModel struct {
	Version int
	Labels  []string
	Deltas  []uint64
	Scale   float32
	W       []int16
}

// newWeights builds the lookup copy of m from its written form (written
// here if raw is nil: a model trained in this process).
func newWeights(m *learn.Model, raw []byte) (*weights, error) {
	if raw == nil {
		var buf bytes.Buffer
		if err := m.Write(&buf); err != nil {
			return nil, err
		}
		raw = buf.Bytes()
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	var f writtenModel
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("detect: model weights: %w", err)
	}
	L := len(f.Labels)
	if L == 0 || L > 8 || len(f.W) != len(f.Deltas)*L {
		return nil, errors.New("detect: model weights: unexpected layout")
	}
	n := len(f.Deltas)
	size := 16
	for size < n+n/2 { // at most 2/3 full
		size *= 2
	}
	bitsN := 1 << 12
	for bitsN < 8*n && bitsN < 1<<22 {
		bitsN *= 2
	}
	t := &weights{slots: make([]wslot, size), mask: uint64(size - 1), seen: make([]uint64, bitsN/64), seenMask: uint64(bitsN - 1), scale: f.Scale}
	var k uint64
	for r, dk := range f.Deltas {
		k += dk
		b := (k >> 40) & t.seenMask
		t.seen[b>>6] |= 1 << (b & 63)
		fp := uint32(k>>32) | 1
		for i := k & t.mask; ; i = (i + 1) & t.mask {
			s := &t.slots[i]
			if s.fp == 0 || s.fp == fp {
				s.fp = fp
				copy(s.w[:], f.W[r*L:r*L+L])
				break
			}
		}
	}
	return t, nil
}

// acc is an integer score accumulator.
type acc [8]int32

// add adds the weights of key k, if the model has it.
func (t *weights) add(k uint64, a *acc) {
	if b := (k >> 40) & t.seenMask; t.seen[b>>6]&(1<<(b&63)) == 0 {
		return
	}
	fp := uint32(k>>32) | 1
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.fp == fp {
			for j, w := range s.w {
				a[j] += int32(w)
			}
			return
		}
		if s.fp == 0 {
			return
		}
	}
}

// sum sets v to the summed weights of feats.
func (t *weights) sum(feats []uint64, v *vec) {
	var a acc
	for _, k := range feats {
		t.add(k, &a)
	}
	for i, x := range a {
		v[i] = float32(x) * t.scale
	}
}
