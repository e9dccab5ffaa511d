package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync/atomic"
)

// Entity types the model knows, in label order.
var Types = [nTypes]string{"PER", "ORG", "LOC", "MISC"}

const (
	nTypes  = 4
	nLabels = 1 + 4*nTypes // O, then B, I, L, U of each type (BILOU)
)

// Label positions within a type.
const (
	posB = iota
	posI
	posL
	posU
)

func label(typ, pos int) int { return 1 + 4*typ + pos }

// labelType is the type index of a label, -1 for O.
func labelType(l int) int {
	if l == 0 {
		return -1
	}
	return (l - 1) / 4
}

func labelPos(l int) int { return (l - 1) % 4 }

// allowed reports whether label b may follow label a under BILOU; a == -1
// is the start of the sentence, b == -1 its end.
func allowed(a, b int) bool {
	inside := a >= 0 && a != 0 && (labelPos(a) == posB || labelPos(a) == posI)
	if b == -1 {
		return !inside
	}
	if b == 0 {
		return !inside
	}
	switch labelPos(b) {
	case posB, posU:
		return !inside
	default: // I, L continue a phrase of the same type
		return inside && labelType(a) == labelType(b)
	}
}

// model is a linear model: one weight per (feature, label), and one per
// label pair (row nLabels is the start of the sentence).
type model struct {
	index *table // feature key -> row (training)
	// packed holds the weights of a loaded model by feature key (instead
	// of index).
	packed *wtable
	keys   []uint64  // row -> feature key, ascending
	w      []float32 // row*nLabels + label (training), or nil
	// A loaded model keeps only the non-zero weights of each row (most
	// rows have two or three), as 16-bit integers in units of scale; its
	// transition weights are in the same units. Decoding only compares
	// sums, so it never needs scale.
	off   []uint32 // row r's weights are ent[off[r]:off[r+1]]
	ent   []weight
	scale float32
	// lex holds the common lower-case words of the training text (hashes
	// of their forms).
	lex lexicon
	// outside is the tag dictionary (see pruneDict): forms without
	// upper-case letters that the decoder may label O only.
	outside pruneDict
	// vt holds the transition tables of the decoder (see vtabOf); nil
	// while training changes the transitions.
	vt *vtab
	// temp scales scores (in real units) into log-potentials for the
	// confidence of a span.
	temp  float32
	trans [nLabels + 1][nLabels]float32
	// expCache holds the exponentials of the last temperature marginals
	// used.
	expCache atomic.Pointer[expTab]
}

const negInf = float32(-1e30)

// Model file layout (gzip-compressed, little-endian):
//
//	magic "chronicle-ner 5\n"
//	scale float32                 weights are int16 * scale
//	temp float32                  confidence temperature (see Tagger.Calibrate)
//	transitions (nLabels+1)*nLabels float32
//	lexicon: m uvarint, then m hashes as deltas (uvarint, ascending)
//	tag dictionary (see pruneDict): for each kind of pruneKinds (always
//	         O, O unless next to a capitalized token, free): k uvarint,
//	         then k 32-bit form keys as deltas (uvarint, ascending); no
//	         keys at all: no dictionary (every token is scored)
//	n uvarint                      number of features
//	n times: key delta uvarint (keys sorted ascending), label mask uvarint,
//	         then one zig-zag varint int16 per label in the mask
const magic = "chronicle-ner 5\n"

// magic3 is the previous format: no tag dictionary (no pruning).
const magic3 = "chronicle-ner 3\n"

// write stores the model, quantizing weights to 16 bits and dropping
// features whose weights all round to zero or fall below minWeight.
// It returns the number of features written.
func (m *model) write(out io.Writer, minWeight float32) (int, error) {
	w := m.w
	trans := m.trans
	if w == nil { // a loaded model: back to real units
		w = make([]float32, len(m.keys)*nLabels)
		for r := range m.keys {
			for _, e := range m.ent[m.off[r]:m.off[r+1]] {
				w[r*nLabels+int(e.label)] = float32(e.v) * m.scale
			}
		}
		for a := range trans {
			for b := range trans[a] {
				trans[a][b] *= m.scale
			}
		}
	}
	var maxW float32
	for _, v := range w {
		if a := float32(math.Abs(float64(v))); a > maxW {
			maxW = a
		}
	}
	if maxW == 0 {
		maxW = 1
	}
	scale := maxW / 32767

	zw, _ := gzip.NewWriterLevel(out, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	binary.Write(bw, binary.LittleEndian, scale)
	binary.Write(bw, binary.LittleEndian, m.temp)
	for a := range trans {
		binary.Write(bw, binary.LittleEndian, trans[a][:])
	}
	type row struct {
		key  uint64
		mask uint64
		q    []int16
	}
	var rows []row
	for r, k := range m.keys {
		var mask uint64
		var q []int16
		for l := 0; l < nLabels; l++ {
			v := w[r*nLabels+l]
			if float32(math.Abs(float64(v))) < minWeight {
				continue
			}
			qi := int16(math.Round(float64(v / scale)))
			if qi == 0 {
				continue
			}
			mask |= 1 << l
			q = append(q, qi)
		}
		if mask != 0 {
			rows = append(rows, row{k, mask, q})
		}
	}
	var buf [binary.MaxVarintLen64]byte
	put := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	lex := make([]uint64, 0, len(m.lex))
	for h := range m.lex {
		lex = append(lex, h)
	}
	sortKeys(lex)
	put(uint64(len(lex)))
	last := uint64(0)
	for _, h := range lex {
		put(h - last)
		last = h
	}
	for _, kind := range pruneKinds {
		hs := m.outside.hashes(kind)
		put(uint64(len(hs)))
		last := uint32(0)
		for _, h := range hs {
			put(uint64(h - last))
			last = h
		}
	}
	put(uint64(len(rows)))
	prev := uint64(0)
	for _, r := range rows {
		put(r.key - prev)
		prev = r.key
		put(r.mask)
		for _, q := range r.q {
			bw.Write(buf[:binary.PutVarint(buf[:], int64(q))])
		}
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return len(rows), zw.Close()
}

// readModel loads a model written by write.
func readModel(in io.Reader) (*model, error) {
	zr, err := gzip.NewReader(in)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || (string(head) != magic && string(head) != magic3) {
		return nil, errors.New("ner model: not a chronicle-ner 3 or 5 file")
	}
	var scale float32
	var temp float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	if err := binary.Read(br, binary.LittleEndian, &temp); err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	if !(temp > 0 && temp < 1e6) {
		temp = 1
	}
	if scale <= 0 || math.IsInf(float64(scale), 0) || math.IsNaN(float64(scale)) {
		return nil, errors.New("ner model: bad weight scale")
	}
	m := &model{temp: temp}
	for a := range m.trans {
		if err := binary.Read(br, binary.LittleEndian, m.trans[a][:]); err != nil {
			return nil, fmt.Errorf("ner model: %w", err)
		}
	}
	nl, err := binary.ReadUvarint(br)
	if err != nil || nl > 1<<22 {
		return nil, errors.New("ner model: bad lexicon size")
	}
	m.lex = make(lexicon, nl)
	h := uint64(0)
	for i := 0; i < int(nl); i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("ner model: lexicon: %w", err)
		}
		h += d
		m.lex[h] = struct{}{}
	}
	if string(head) == magic {
		for _, kind := range pruneKinds {
			k, err := binary.ReadUvarint(br)
			if err != nil || k > 1<<22 {
				return nil, errors.New("ner model: bad tag dictionary size")
			}
			if m.outside == nil && k > 0 {
				m.outside = make(pruneDict, k)
			}
			h := uint64(0)
			for i := 0; i < int(k); i++ {
				d, err := binary.ReadUvarint(br)
				if err != nil {
					return nil, fmt.Errorf("ner model: tag dictionary: %w", err)
				}
				if h += d; h > math.MaxUint32 || (i > 0 && d == 0) {
					return nil, errors.New("ner model: bad tag dictionary")
				}
				m.outside[uint32(h)] = kind
			}
		}
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<22 {
		return nil, errors.New("ner model: bad feature count")
	}
	m.packed = newWTable(int(n))
	m.keys = make([]uint64, n)
	for a := range m.trans {
		for b := range m.trans[a] {
			m.trans[a][b] /= scale
		}
	}
	m.off = make([]uint32, n+1)
	m.scale = scale
	key := uint64(0)
	for r := 0; r < int(n); r++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("ner model: feature %d: %w", r, err)
		}
		key += d
		mask, err := binary.ReadUvarint(br)
		if err != nil || mask >= 1<<nLabels {
			return nil, fmt.Errorf("ner model: feature %d: bad label mask", r)
		}
		for l := 0; l < nLabels; l++ {
			if mask&(1<<l) == 0 {
				continue
			}
			q, err := binary.ReadVarint(br)
			if err != nil {
				return nil, fmt.Errorf("ner model: feature %d: %w", r, err)
			}
			if q < math.MinInt16 || q > math.MaxInt16 {
				return nil, fmt.Errorf("ner model: feature %d: weight out of range", r)
			}
			m.ent = append(m.ent, weight{uint8(l), int16(q)})
		}
		if r > 0 && key <= m.keys[r-1] {
			return nil, fmt.Errorf("ner model: feature %d: keys out of order", r)
		}
		m.keys[r] = key
		m.off[r+1] = uint32(len(m.ent))
		if len(m.ent) >= 1<<26 {
			return nil, errors.New("ner model: too many weights")
		}
		m.packed.put(key, uint32(mask), m.ent[m.off[r]:])
	}
	m.vt = m.vtabOf()
	return m, nil
}

// weight is one non-zero weight of a row of a loaded model.
type weight struct {
	label uint8
	v     int16
}

// addLabels is written out for 17 labels.
var _ = [1]int{}[nLabels-17]
