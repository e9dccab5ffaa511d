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
	"sort"
)

// Sparse is a trained linear model whose features keep weights only for the
// labels they were trained on: the form for many labels (a part-of-speech
// tagger's hundred tags, a dependency labeller's fifty relations), where a
// word feature speaks for two or three of them. It is read-only and safe for
// concurrent use. Online.Average makes one; WriteSparse and ReadSparse store
// it (16-bit weights, gzipped, byte-for-byte deterministic).
//
// Layout: every feature is a record (its 32-bit fingerprint, then its
// weights) in one array of 32-bit words, sorted by fingerprint (the form
// files keep), and a perfect hash over the fingerprints gives each feature
// a slot of its own (PTHash's scheme: the fingerprint's bucket names a
// pilot, and fingerprint and pilot name the slot). A slot holds the
// fingerprint and the weights (three labels or fewer, a parser's moves) or
// the record's offset. A look-up reads the pilot (the pilots of a parser
// fit in the second-level cache) and the slot, and compares the slot's
// fingerprint without a branch: a missing feature (a third of a parser's)
// gets zero weights or the empty record's offset from a mask. The sorted
// array and bucket index this replaced read the index, then scanned the
// bucket; its data-dependent branches, mispredicted about once a look-up,
// made a look-up cost about 14 ns even with the table in cache.
type Sparse struct {
	Labels []string
	Meta   []Meta

	// inline: few labels (a parser's moves), every record is three words:
	// fingerprint, weights of labels 0 and 1, weight of label 2.
	// Otherwise a record is fingerprint, entry count, then one word per
	// entry (label in the low half, weight in the high half).
	inline bool
	scale  float32 // weight = int16 value * scale
	nfeat  int
	hash   perfectHash
	slots  []uint64 // per slot of hash, see slotFor
	zero   uint32   // offset of the empty record in data
	data   []uint32 // records, then an empty record (no weights)
}

// slotFor is what the slot of the record at offset p holds. Inline: the
// fingerprint's bits 1 to 16 (its bucket is read from the high ones) and
// the three 16-bit weights, in eight bytes,
// so that a parser's half million features take 4.3 MB; a feature the
// model lacks whose fingerprint shares those bits with the slot's (one in
// 65,536) reads the slot's weights. Otherwise the fingerprint and the
// record's offset. An empty slot is 0: weights of zero, which a
// look-up that matches it adds harmlessly.
func (s *Sparse) slotFor(p uint32) uint64 {
	fp := s.data[p]
	if s.inline {
		return uint64(uint16(fp>>1)) | uint64(s.data[p+1])<<16 | uint64(s.data[p+2]&0xffff)<<48
	}
	return uint64(fp) | uint64(p)<<32
}

// SparseEntry is one label's weight in a feature's row.
type SparseEntry struct {
	Label uint16
	W     float32
}

const inlineLabels = 3

func sortUint64(ks []uint64) { sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] }) }

func sortEntries(es []SparseEntry) {
	sort.Slice(es, func(i, j int) bool { return es[i].Label < es[j].Label })
}

// fingerprint is what a record keeps of a feature's 64-bit key: its high
// half, never 0. Two keys with the same fingerprint read the same weights,
// a harmless (and, in a model of a million features, rare) confusion.
func fingerprint(k uint64) uint32 { return uint32(k>>32) | 1 }

// eqMask is all ones when a == b, else 0.
func eqMask(a, b uint32) uint32 { return uint32((uint64(a^b) - 1) >> 32) }

// find returns fp's slot, which holds fp if the model has the feature.
func (s *Sparse) find(fp uint32) uint64 { return s.slots[s.hash.slot(fp)] }

// inlineMask is all ones when the inline slot w may be fp's, else 0.
func inlineMask(w uint64, fp uint32) uint64 {
	return uint64(int64(uint64(uint16(w)^uint16(fp>>1))-1) >> 63)
}

// build lays out rows (sorted by key, each sorted by label).
func (s *Sparse) build(keys []uint64, rows [][]SparseEntry) {
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
	q := func(v float32) uint32 { return uint32(uint16(int16(math.Round(float64(v / s.scale))))) }
	s.inline = len(s.Labels) <= inlineLabels
	idx := make([]int, 0, len(keys))
	for i := range keys {
		if len(rows[i]) > 0 {
			idx = append(idx, i)
		}
	}
	// By fingerprint; of two features with one fingerprint the first key
	// keeps it.
	sort.SliceStable(idx, func(a, b int) bool { return fingerprint(keys[idx[a]]) < fingerprint(keys[idx[b]]) })
	var data []uint32
	last := uint32(0)
	for _, i := range idx {
		fp := fingerprint(keys[i])
		if fp == last {
			continue
		}
		last = fp
		if s.inline {
			var w [inlineLabels]uint32
			for _, e := range rows[i] {
				w[e.Label] = q(e.W)
			}
			data = append(data, fp, w[0]|w[1]<<16, w[2])
			continue
		}
		at := len(data)
		data = append(data, fp, 0)
		for _, e := range rows[i] {
			if w := q(e.W); w != 0 {
				data = append(data, uint32(e.Label)|w<<16)
			}
		}
		if n := len(data) - at - 2; n > 0 {
			data[at+1] = uint32(n)
		} else {
			data = data[:at] // every weight rounded to zero
		}
	}
	if err := s.index(data); err != nil {
		panic("learn: " + err.Error()) // cannot happen: the records were just written
	}
}

// index checks the records and builds the bucket index; s.Labels and
// s.inline must be set.
func (s *Sparse) index(data []uint32) error {
	bad := errors.New("damaged records")
	// Count the records, checking every one.
	n := 0
	last := uint32(0)
	for p := 0; p < len(data); n++ {
		fp := data[p]
		if fp&1 == 0 || (n > 0 && fp <= last) {
			return bad
		}
		last = fp
		if s.inline {
			if p+3 > len(data) {
				return bad
			}
			p += 3
			continue
		}
		if p+2 > len(data) {
			return bad
		}
		k := int(data[p+1])
		if k == 0 || k > len(s.Labels) || p+2+k > len(data) {
			return bad
		}
		prev := -1
		for _, e := range data[p+2 : p+2+k] {
			l := int(e & 0xffff)
			if l >= len(s.Labels) || l <= prev {
				return bad
			}
			prev = l
		}
		p += 2 + k
	}
	s.nfeat = n
	s.layout(data)
	return nil
}

// layout builds the perfect hash over checked records and appends the
// empty record.
func (s *Sparse) layout(data []uint32) {
	s.zero = uint32(len(data))
	s.data = append(data[:len(data):len(data)], 0, 0, 0)
	var fps, offs []uint32
	for p := 0; p < len(data); p += s.recordWords(data[p+1]) {
		fps, offs = append(fps, data[p]), append(offs, uint32(p))
	}
	var at []uint64
	s.hash, at = buildHash(fps)
	s.slots = make([]uint64, s.hash.m)
	for k, sl := range at {
		s.slots[sl] = s.slotFor(offs[k])
	}
}

// WithDenseRows returns the model laid out for ScoresOf: rows with at
// least a quarter of the labels dense, so that the few labels wanted are
// read directly instead of found among the row's entries. Full Scores
// gets slower with it (a dense row adds every label).
func (s *Sparse) WithDenseRows() *Sparse {
	if s.inline {
		return s
	}
	c := *s
	c.layout(s.densify(s.fileForm()))
	return &c
}

// A row with at least a quarter of the labels is kept dense in memory
// by WithDenseRows (denseRow in its count word, then every label's weight,
// two to a word): at most twice its sparse size. Files keep every row
// sparse.
const denseRow = 1 << 31

func (s *Sparse) dense(n int) bool { return 4*n >= len(s.Labels) }

// recordWords is the size of a record whose second word is k.
func (s *Sparse) recordWords(k uint32) int {
	switch {
	case s.inline:
		return 3
	case k&denseRow != 0:
		return 2 + (len(s.Labels)+1)/2
	}
	return 2 + int(k)
}

// densify returns the checked file-form records with long rows dense.
func (s *Sparse) densify(data []uint32) []uint32 {
	out := make([]uint32, 0, len(data))
	for p := 0; p < len(data); {
		k := int(data[p+1])
		row := data[p+2 : p+2+k]
		p += 2 + k
		if !s.dense(k) {
			out = append(out, data[p-2-k:p]...)
			continue
		}
		out = append(out, data[p-2-k], denseRow|uint32(len(s.Labels)))
		at := len(out)
		out = append(out, make([]uint32, (len(s.Labels)+1)/2)...)
		for _, e := range row {
			l := e & 0xffff
			out[at+int(l/2)] |= (e >> 16) << (16 * (l & 1))
		}
	}
	return out
}

// fileForm returns the records with every row sparse (zero weights left
// out), as files keep them.
func (s *Sparse) fileForm() []uint32 {
	data := s.data[:s.zero]
	if s.inline {
		return data
	}
	out := make([]uint32, 0, len(data))
	for p := 0; p < len(data); p += s.recordWords(data[p+1]) {
		k := data[p+1]
		if k&denseRow == 0 {
			out = append(out, data[p:p+2+int(k)]...)
			continue
		}
		at := len(out)
		out = append(out, data[p], 0)
		for l := range s.Labels {
			w := data[p+2+l/2] >> (16 * (l & 1)) & 0xffff
			if w != 0 {
				out = append(out, uint32(l)|w<<16)
			}
		}
		out[at+1] = uint32(len(out) - at - 2)
	}
	return out
}

// NumFeatures is the number of features with weights.
func (s *Sparse) NumFeatures() int { return s.nfeat }

// NumWeights is the number of (feature, label) weights kept.
func (s *Sparse) NumWeights() int {
	if s.inline {
		return s.nfeat * inlineLabels
	}
	return len(s.fileForm()) - 2*s.nfeat
}

// MetaValues returns the values stored under key, nil when absent.
func (s *Sparse) MetaValues(key string) []string {
	for _, x := range s.Meta {
		if x.Key == key {
			return x.Values
		}
	}
	return nil
}

// scoreChunk is how many features Scores looks up together.
const scoreChunk = 64

// Scores adds the weights of the features into out (zeroed first; len(out)
// at least len(Labels)). Unknown keys are ignored.
func (s *Sparse) Scores(feats []uint64, out []float32) { s.scores(feats, nil, out) }

// ScoresOf is Scores for a caller that reads only the labels in cands (a
// tagger choosing among a word's possible tags): those come out exactly as
// Scores gives them, the others are not to be read.
func (s *Sparse) ScoresOf(feats []uint64, cands []int16, out []float32) {
	s.scores(feats, cands, out)
}

func (s *Sparse) scores(feats []uint64, cands []int16, out []float32) {
	out = out[:len(s.Labels)]
	clear(out)
	if s.nfeat == 0 {
		return
	}
	if s.inline {
		var acc [inlineLabels]int32
		s.AddInline(feats, &acc)
		for k := range out {
			out[k] = float32(acc[k]) * s.scale
		}
		return
	}
	s.AddRaw(feats, cands, out)
	for i := range out {
		out[i] *= s.scale
	}
}

// locate sets at[i] to the offset of chunk[i]'s record, the empty
// record's when the model does not have it; len(chunk) is at most
// scoreChunk. No branch depends on the look-up.
func (s *Sparse) locate(chunk []uint64, at *[scoreChunk]uint32) {
	for i, f := range chunk {
		fp := fingerprint(f)
		w := s.find(fp)
		ok := eqMask(uint32(w), fp)
		at[i] = uint32(w>>32)&ok | s.zero&^ok
	}
}

// Scale is the factor that turns the raw integer weights of AddInline,
// InlineRows and AddRaw into scores. Raw weights add exactly (integers, in
// int32 or in float32 below 2^24), so sums of them may be cached and added
// in any order: the scores come out the same.
func (s *Sparse) Scale() float32 { return s.scale }

// Inline reports whether the model keeps its (at most three) labels'
// weights inline, as a parser's moves: AddInline and InlineRows need it.
func (s *Sparse) Inline() bool { return s.inline }

// AddInline adds the raw weights of the features into acc (an inline model).
func (s *Sparse) AddInline(feats []uint64, acc *[inlineLabels]int32) {
	if s.nfeat == 0 {
		return
	}
	// Two passes over a chunk: the slots (pilot reads, in cache), then the
	// slots' reads, which a short loop keeps many of in flight at once.
	var at [inlineChunk]uint64
	for len(feats) > 0 {
		chunk := feats[:min(len(feats), inlineChunk)]
		feats = feats[len(chunk):]
		for i, f := range chunk {
			at[i] = s.hash.slot(fingerprint(f))
		}
		for i, f := range chunk {
			w := s.slots[at[i]]
			w &= inlineMask(w, fingerprint(f))
			acc[0] += int32(int16(w >> 16))
			acc[1] += int32(int16(w >> 32))
			acc[2] += int32(int16(w >> 48))
		}
	}
}

// inlineChunk is how many features AddInline looks up together.
const inlineChunk = 64

// InlineRows sets rows[i] to the raw weights of feats[i] (zeros when the
// model does not have it), for an inline model.
func (s *Sparse) InlineRows(feats []uint64, rows [][inlineLabels]int32) {
	clear(rows[:len(feats)])
	if s.nfeat == 0 {
		return
	}
	for i, f := range feats {
		fp := fingerprint(f)
		w := s.find(fp)
		w &= inlineMask(w, fp)
		rows[i] = [inlineLabels]int32{int32(int16(w >> 16)), int32(int16(w >> 32)), int32(int16(w >> 48))}
	}
}

// AddRaw adds the raw weights of the features into out (not zeroed first;
// len(out) at least len(Labels)), of a model that is not inline. With cands,
// only those labels are sure to be added (see ScoresOf).
func (s *Sparse) AddRaw(feats []uint64, cands []int16, out []float32) {
	if s.nfeat == 0 {
		return
	}
	out = out[:len(s.Labels)]
	var at [scoreChunk]uint32
	data := s.data
	for len(feats) > 0 {
		chunk := feats[:min(len(feats), scoreChunk)]
		feats = feats[len(chunk):]
		s.locate(chunk, &at)
		// Read every record's count word first: the reads do not depend
		// on each other, so their cache misses overlap, where the loop
		// below would wait on each behind its branches.
		touchRecords(data, at[:len(chunk)])
		for _, p := range at[:len(chunk)] {
			k := data[p+1]
			if k&denseRow == 0 {
				for _, e := range data[p+2 : p+2+k] {
					out[e&0xffff] += float32(int16(e >> 16))
				}
				continue
			}
			row := data[p+2 : p+2+uint32(len(out)+1)/2]
			if cands != nil {
				for _, c := range cands {
					out[c] += float32(int16(row[c/2] >> (16 * (c & 1))))
				}
				continue
			}
			for j, w := range row[:len(out)/2] {
				out[2*j] += float32(int16(w))
				out[2*j+1] += float32(int16(w >> 16))
			}
			if len(out)%2 == 1 {
				out[len(out)-1] += float32(int16(row[len(row)-1]))
			}
		}
	}
}

// AppendRows appends to dst the raw entries of the sparse rows of the
// features the model has (label in the low 16 bits, weight in the high
// 16, as in the records), and to dense the features whose rows are dense
// (WithDenseRows; many labels, so better looked up, with candidates, by
// AddRaw). For a model that is not inline: adding the entries into scores
// and the dense features by AddRaw adds what AddRaw adds for the features.
func (s *Sparse) AppendRows(feats []uint64, dst []uint32, dense []uint64) ([]uint32, []uint64) {
	if s.nfeat == 0 || s.inline {
		return dst, dense
	}
	for _, f := range feats {
		fp := fingerprint(f)
		w := s.slots[s.hash.slot(fp)]
		if uint32(w) != fp {
			continue
		}
		p := uint32(w >> 32)
		k := s.data[p+1]
		if k&denseRow != 0 {
			dense = append(dense, f)
			continue
		}
		dst = append(dst, s.data[p+2:p+2+k]...)
	}
	return dst, dense
}

// AddEntries adds raw entries (of AppendRows) into out.
func AddEntries(entries []uint32, out []float32) {
	for _, e := range entries {
		out[e&0xffff] += float32(int16(e >> 16))
	}
}

// touchRecords reads the count word of the records at offsets at, so
// that their cache misses overlap; the sum keeps the reads (not inlined,
// so that they are not dropped).
//
//go:noinline
func touchRecords(data []uint32, at []uint32) uint32 {
	var t uint32
	for _, p := range at {
		t += data[p+1]
	}
	return t
}

// The stored form is the record array itself, so that loading is a
// decompression and one pass over it, with no hashing and no per-feature
// allocation: a header, then the records as little-endian 32-bit words,
// all gzipped. The bucket index is rebuilt on loading.

const sparseMagic = "CHRSPARSE3\n"

// WriteSparse stores the model. The output is byte-for-byte deterministic.
func (s *Sparse) WriteSparse(w io.Writer) error {
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
	data := s.fileForm()
	for _, v := range []uint64{uint64(len(data)), uint64(math.Float32bits(s.scale))} {
		hdr.Write(binary.AppendUvarint(nil, v))
	}
	bw.Write(hdr.Bytes())
	var b [4]byte
	for _, v := range data {
		binary.LittleEndian.PutUint32(b[:], v)
		bw.Write(b[:])
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
	var h [2]uint64
	for i := range h {
		if h[i], ok = uv(); !ok {
			return nil, bad
		}
	}
	words, scale := h[0], math.Float32frombits(uint32(h[1]))
	if words*4 != uint64(len(p)) {
		return nil, bad
	}
	s.scale = scale
	s.inline = len(s.Labels) <= inlineLabels
	data := make([]uint32, words, words+1)
	for i := range data {
		data[i] = binary.LittleEndian.Uint32(p[4*i:])
	}
	if err := s.index(data); err != nil {
		return nil, fmt.Errorf("learn: sparse model: %w", err)
	}
	return s, nil
}

// LoadSparse reads a sparse model from bytes (an embedded file, say).
func LoadSparse(b []byte) (*Sparse, error) { return ReadSparse(bytes.NewReader(b)) }
