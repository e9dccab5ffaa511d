package learn

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sort"
)

// Sparse is a trained linear model whose features keep weights only for the
// labels they were trained on: the form for many labels (a part-of-speech
// tagger's hundred tags, a dependency labeller's fifty relations), where a
// word feature speaks for two or three of them. It is read-only and safe for
// concurrent use. Online.Average makes one; WriteSparse and ReadSparse store
// it (16-bit weights, gzipped gob, byte-for-byte deterministic).
type Sparse struct {
	Labels []string
	Meta   []Meta

	// slots is an open-addressing table (linear probing, at most half
	// full) whose slot holds where its feature's entries are, so that a
	// look-up costs two memory reads: the slot, then the entries.
	slots  []sslot
	islots []islot // instead of slots when there are few labels
	scale  float32 // weight = int16 value * scale
	size   uint64
	ents   []sentry
	nfeat  int
}

type sslot struct {
	fp  uint32 // high bits of the key
	off uint32
	n   uint32 // entries; 0 marks an empty slot
}

// Weights are kept as 16-bit integers times the model's scale (what the
// file stores anyway): half the memory of float32, so more of the table
// stays in cache.
type sentry struct {
	w   int16
	lab uint16
}

// SparseEntry is one label's weight in a feature's row.
type SparseEntry struct {
	Label uint16
	W     float32
}

func sortUint64(ks []uint64) { sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] }) }

func sortEntries(es []SparseEntry) {
	sort.Slice(es, func(i, j int) bool { return es[i].Label < es[j].Label })
}

func (s *Sparse) build(keys []uint64, rows [][]SparseEntry) {
	s.nfeat = len(keys)
	var mx float64
	for _, r := range rows {
		for _, e := range r {
			mx = math.Max(mx, math.Abs(float64(e.W)))
		}
	}
	s.scale = 1
	if mx > 0 {
		s.scale = float32(mx / 32767)
	}
	q := func(v float32) int16 { return int16(math.Round(float64(v / s.scale))) }
	// At most three quarters full: linear probing stays short with the
	// fingerprints, and a smaller table misses the cache less.
	s.size = uint64(len(keys) + len(keys)/3 + 16)
	if len(s.Labels) <= inlineLabels {
		// Few labels (a parser's moves): the weights live in the slot,
		// one memory read a look-up.
		s.islots = make([]islot, s.size)
		for i, k := range keys {
			if len(rows[i]) == 0 {
				continue
			}
			fp := uint32(k>>32) | 1
			for j := s.slot(k); ; j = s.next(j) {
				sl := &s.islots[j]
				if sl.fp == 0 || sl.fp == fp {
					sl.fp = fp
					for _, e := range rows[i] {
						sl.w[e.Label] = q(e.W)
					}
					break
				}
			}
		}
		return
	}
	n := 0
	for _, r := range rows {
		n += len(r)
	}
	s.ents = make([]sentry, 0, n)
	s.slots = make([]sslot, s.size)
	for i, k := range keys {
		if len(rows[i]) == 0 {
			continue
		}
		off := uint32(len(s.ents))
		for _, e := range rows[i] {
			s.ents = append(s.ents, sentry{w: q(e.W), lab: e.Label})
		}
		fp := uint32(k >> 32)
		for j := s.slot(k); ; j = s.next(j) {
			sl := &s.slots[j]
			if sl.n == 0 || sl.fp == fp {
				*sl = sslot{fp: fp, off: off, n: uint32(len(rows[i]))}
				break
			}
		}
	}
}

const inlineLabels = 3

type islot struct {
	fp uint32 // 0: empty
	w  [inlineLabels]int16
}

// slot maps a key to its first slot (multiply-shift: any table size).
func (s *Sparse) slot(k uint64) uint64 {
	hi, _ := bits.Mul64(k, s.size)
	return hi
}

func (s *Sparse) next(j uint64) uint64 {
	j++
	if j == s.size {
		return 0
	}
	return j
}

// find returns the entries of key k (nil when unknown). A false match needs
// two keys equal in their high 32 bits and in the bits that chose the
// slot, and is harmless (one feature reads another's weights).
func (s *Sparse) find(k uint64) []sentry {
	if s.islots != nil {
		panic("learn: find on an inline table")
	}
	fp := uint32(k >> 32)
	for j := s.slot(k); ; j = s.next(j) {
		sl := s.slots[j]
		if sl.n == 0 {
			return nil
		}
		if sl.fp == fp {
			return s.ents[sl.off : sl.off+sl.n]
		}
	}
}

// NumFeatures is the number of features with weights; NumWeights the
// number of weights.
func (s *Sparse) NumFeatures() int { return s.nfeat }

// NumWeights is the number of (feature, label) weights kept.
func (s *Sparse) NumWeights() int { return len(s.ents) }

// MetaValues returns the values stored under key, nil when absent.
func (s *Sparse) MetaValues(key string) []string {
	for _, x := range s.Meta {
		if x.Key == key {
			return x.Values
		}
	}
	return nil
}

// Scores adds the weights of the features into out (zeroed first; len(out)
// at least len(Labels)). Unknown keys are ignored.
func (s *Sparse) Scores(feats []uint64, out []float32) {
	out = out[:len(s.Labels)]
	for i := range out {
		out[i] = 0
	}
	if s.islots != nil {
		// Two passes here too: the slot reads first, with nothing
		// depending on them, so that their cache misses overlap.
		var acc [inlineLabels]int32
		var js [64]uint64
		var fps [64]uint32
		for len(feats) > 0 {
			chunk := feats
			if len(chunk) > len(js) {
				chunk = chunk[:len(js)]
			}
			feats = feats[len(chunk):]
			for i, f := range chunk {
				j := s.slot(f)
				js[i] = j
				fps[i] = s.islots[j].fp
			}
			for i, f := range chunk {
				fp := uint32(f>>32) | 1
				j, got := js[i], fps[i]
				for got != fp && got != 0 {
					j = s.next(j)
					got = s.islots[j].fp
				}
				if got == 0 {
					continue
				}
				w := &s.islots[j].w
				for k := range acc {
					acc[k] += int32(w[k])
				}
			}
		}
		for k := range acc[:min(len(acc), len(out))] {
			out[k] = float32(acc[k]) * s.scale
		}
		return
	}
	// Two passes: first every feature's slot, then the entries. The slot
	// reads do not depend on each other, so the processor overlaps their
	// cache misses (the tables are megabytes); reading the entries right
	// after each slot made every look-up wait for the one before.
	var found [32]sslot // small: Go zeroes it on every call
	for len(feats) > 0 {
		chunk := feats
		if len(chunk) > len(found) {
			chunk = chunk[:len(found)]
		}
		feats = feats[len(chunk):]
		n := 0
		for _, f := range chunk {
			fp := uint32(f >> 32)
			j := s.slot(f)
			sl := s.slots[j]
			for sl.n != 0 && sl.fp != fp {
				j = s.next(j)
				sl = s.slots[j]
			}
			if sl.n != 0 {
				found[n] = sl
				n++
			}
		}
		for _, sl := range found[:n] {
			for _, e := range s.ents[sl.off : sl.off+sl.n] {
				out[e.lab] += float32(e.w)
			}
		}
	}
	for i := range out {
		out[i] *= s.scale
	}
}

// Row returns the weights of one feature (nil when unknown), for callers
// that score a few labels of interest themselves.
func (s *Sparse) Row(f uint64) (labels []uint16, weights []float32) {
	if s.islots != nil {
		out := make([]float32, len(s.Labels))
		s.Scores([]uint64{f}, out)
		for l, w := range out {
			if w != 0 {
				labels = append(labels, uint16(l))
				weights = append(weights, w)
			}
		}
		return labels, weights
	}
	for _, e := range s.find(f) {
		labels = append(labels, e.lab)
		weights = append(weights, float32(e.w)*s.scale)
	}
	return labels, weights
}

// The stored form is the look-up table itself, so that loading is a
// decompression and a pass over arrays, with no hashing and no per-feature
// allocation (the gob form this replaced took 0.7 s to load the syntax
// models): a header, then the slots, then the entries, little-endian,
// weights as 16-bit integers times a scale, all gzipped.

const sparseMagic = "CHRSPARSE2\n"

// WriteSparse stores the model; weights are rounded to 16 bits of the
// largest one. The output is byte-for-byte deterministic.
func (s *Sparse) WriteSparse(w io.Writer) error {
	scale := s.scale
	q := func(v int16) uint16 { return uint16(v) }
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var hdr bytes.Buffer
	hdr.WriteString(sparseMagic)
	putStrings := func(ss []string) {
		hdr.Write(binary.AppendUvarint(nil, uint64(len(ss))))
		for _, x := range ss {
			hdr.Write(binary.AppendUvarint(nil, uint64(len(x))))
			hdr.WriteString(x)
		}
	}
	putStrings(s.Labels)
	hdr.Write(binary.AppendUvarint(nil, uint64(len(s.Meta))))
	for _, m := range s.Meta {
		putStrings([]string{m.Key})
		putStrings(m.Values)
	}
	inline := uint64(0)
	if s.islots != nil {
		inline = 1
	}
	for _, v := range []uint64{inline, s.size, uint64(len(s.ents)), uint64(s.nfeat), uint64(math.Float32bits(scale))} {
		hdr.Write(binary.AppendUvarint(nil, v))
	}
	bw.Write(hdr.Bytes())
	var b [16]byte
	if s.islots != nil {
		for _, sl := range s.islots {
			binary.LittleEndian.PutUint32(b[0:], sl.fp)
			for i, v := range sl.w {
				binary.LittleEndian.PutUint16(b[4+2*i:], q(v))
			}
			bw.Write(b[:4+2*inlineLabels])
		}
	} else {
		for _, sl := range s.slots {
			binary.LittleEndian.PutUint32(b[0:], sl.fp)
			binary.LittleEndian.PutUint32(b[4:], sl.off)
			binary.LittleEndian.PutUint32(b[8:], sl.n)
			bw.Write(b[:12])
		}
		for _, e := range s.ents {
			binary.LittleEndian.PutUint16(b[0:], e.lab)
			binary.LittleEndian.PutUint16(b[2:], q(e.w))
			bw.Write(b[:4])
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadSparse loads a model written by WriteSparse; a damaged file is an
// error, never a panic or an out-of-range read later.
func ReadSparse(r io.Reader) (*Sparse, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("learn: sparse model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("learn: sparse model: %w", err)
	}
	bad := errors.New("learn: sparse model: damaged or of another version")
	if !bytes.HasPrefix(raw, []byte(sparseMagic)) {
		return nil, bad
	}
	p := raw[len(sparseMagic):]
	uv := func() (uint64, bool) {
		v, n := binary.Uvarint(p)
		if n <= 0 {
			return 0, false
		}
		p = p[n:]
		return v, true
	}
	strs := func() ([]string, bool) {
		n, ok := uv()
		if !ok || n > uint64(len(p)) {
			return nil, false
		}
		out := make([]string, n)
		for i := range out {
			l, ok := uv()
			if !ok || l > uint64(len(p)) {
				return nil, false
			}
			out[i] = string(p[:l])
			p = p[l:]
		}
		return out, true
	}
	s := &Sparse{}
	var ok bool
	if s.Labels, ok = strs(); !ok || len(s.Labels) == 0 || len(s.Labels) > 1<<16 {
		return nil, bad
	}
	nm, ok := uv()
	if !ok || nm > uint64(len(p)) {
		return nil, bad
	}
	for i := uint64(0); i < nm; i++ {
		k, ok1 := strs()
		v, ok2 := strs()
		if !ok1 || !ok2 || len(k) != 1 {
			return nil, bad
		}
		s.Meta = append(s.Meta, Meta{Key: k[0], Values: v})
	}
	var h [5]uint64
	for i := range h {
		if h[i], ok = uv(); !ok {
			return nil, bad
		}
	}
	inline, size, nents, nfeat, scale := h[0] == 1, h[1], h[2], h[3], math.Float32frombits(uint32(h[4]))
	if size == 0 || size > uint64(len(p)) {
		return nil, bad
	}
	s.size, s.nfeat, s.scale = size, int(nfeat), scale
	if inline {
		if len(s.Labels) > inlineLabels || uint64(len(p)) != size*(4+2*inlineLabels) {
			return nil, bad
		}
		s.islots = make([]islot, size)
		for i := range s.islots {
			b := p[i*(4+2*inlineLabels):]
			s.islots[i].fp = binary.LittleEndian.Uint32(b)
			for j := range s.islots[i].w {
				s.islots[i].w[j] = int16(binary.LittleEndian.Uint16(b[4+2*j:]))
			}
		}
		for _, sl := range s.islots {
			if sl.fp == 0 {
				return s, nil
			}
		}
		return nil, bad
	}
	if uint64(len(p)) != size*12+nents*4 {
		return nil, bad
	}
	s.slots = make([]sslot, size)
	for i := range s.slots {
		b := p[i*12:]
		sl := sslot{fp: binary.LittleEndian.Uint32(b), off: binary.LittleEndian.Uint32(b[4:]), n: binary.LittleEndian.Uint32(b[8:])}
		if uint64(sl.off)+uint64(sl.n) > nents {
			return nil, bad
		}
		s.slots[i] = sl
	}
	p = p[size*12:]
	s.ents = make([]sentry, nents)
	for i := range s.ents {
		l := binary.LittleEndian.Uint16(p[i*4:])
		if int(l) >= len(s.Labels) {
			return nil, bad
		}
		s.ents[i] = sentry{lab: l, w: int16(binary.LittleEndian.Uint16(p[i*4+2:]))}
	}
	// Every probe must end: at least one empty slot.
	empty := false
	for _, sl := range s.slots {
		if sl.n == 0 {
			empty = true
			break
		}
	}
	if !empty {
		return nil, bad
	}
	return s, nil
}

// LoadSparse reads a sparse model from bytes (an embedded file, say).
func LoadSparse(b []byte) (*Sparse, error) { return ReadSparse(bytes.NewReader(b)) }
