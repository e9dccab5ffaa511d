package learn

import (
	"bytes"
	"compress/gzip"
	"encoding/gob"
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
// it (16-bit weights, gzipped gob, byte-for-byte deterministic).
type Sparse struct {
	Labels []string
	Meta   []Meta

	tab   *table
	start []uint32 // row r: entries start[r] .. start[r+1]
	lab   []uint16
	w     []float32
	keyOf []uint64
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
	s.keyOf = keys
	s.tab = newTable(len(keys))
	s.start = make([]uint32, len(keys)+1)
	n := 0
	for _, r := range rows {
		n += len(r)
	}
	s.lab = make([]uint16, 0, n)
	s.w = make([]float32, 0, n)
	for i, k := range keys {
		s.tab.put(k, int32(i))
		s.start[i] = uint32(len(s.lab))
		for _, e := range rows[i] {
			s.lab = append(s.lab, e.Label)
			s.w = append(s.w, e.W)
		}
	}
	s.start[len(keys)] = uint32(len(s.lab))
}

// NumFeatures is the number of features with weights; NumWeights the
// number of weights.
func (s *Sparse) NumFeatures() int { return len(s.keyOf) }

// NumWeights is the number of (feature, label) weights kept.
func (s *Sparse) NumWeights() int { return len(s.w) }

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
	for _, f := range feats {
		r := s.tab.get(f)
		if r < 0 {
			continue
		}
		a, b := s.start[r], s.start[r+1]
		lab, w := s.lab[a:b], s.w[a:b]
		for i, l := range lab {
			out[l] += w[i]
		}
	}
}

// Row returns the weights of one feature (nil when unknown), for callers
// that score a few labels of interest themselves.
func (s *Sparse) Row(f uint64) (labels []uint16, weights []float32) {
	r := s.tab.get(f)
	if r < 0 {
		return nil, nil
	}
	a, b := s.start[r], s.start[r+1]
	return s.lab[a:b], s.w[a:b]
}

const sparseVersion = 1

type sparseFile struct {
	Version int
	Labels  []string
	Meta    []Meta
	Deltas  []uint64
	Counts  []uint16
	Lab     []uint16
	Scale   float32
	W       []int16
}

// WriteSparse stores the model; weights are rounded to 16 bits of the
// largest one, and those that round to zero are dropped.
func (s *Sparse) WriteSparse(w io.Writer) error {
	var mx float64
	for _, v := range s.w {
		mx = math.Max(mx, math.Abs(float64(v)))
	}
	scale := float32(1)
	if mx > 0 {
		scale = float32(mx / 32767)
	}
	f := sparseFile{Version: sparseVersion, Labels: s.Labels, Meta: s.Meta, Scale: scale}
	var prev uint64
	for r, k := range s.keyOf {
		n := 0
		for i := s.start[r]; i < s.start[r+1]; i++ {
			q := int16(math.Round(float64(s.w[i] / scale)))
			if q == 0 {
				continue
			}
			f.Lab = append(f.Lab, s.lab[i])
			f.W = append(f.W, q)
			n++
		}
		if n == 0 {
			continue
		}
		f.Deltas = append(f.Deltas, k-prev)
		prev = k
		f.Counts = append(f.Counts, uint16(n))
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return err
	}
	return zw.Close()
}

// ReadSparse loads a model written by WriteSparse.
func ReadSparse(r io.Reader) (*Sparse, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("learn: sparse model: %w", err)
	}
	var f sparseFile
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("learn: sparse model: %w", err)
	}
	if f.Version != sparseVersion {
		return nil, fmt.Errorf("learn: sparse model version %d, want %d", f.Version, sparseVersion)
	}
	if len(f.Counts) != len(f.Deltas) || len(f.Lab) != len(f.W) {
		return nil, errors.New("learn: sparse model: inconsistent sizes")
	}
	keys := make([]uint64, len(f.Deltas))
	rows := make([][]SparseEntry, len(f.Deltas))
	var k uint64
	j := 0
	for i, d := range f.Deltas {
		k += d
		keys[i] = k
		n := int(f.Counts[i])
		if j+n > len(f.Lab) {
			return nil, errors.New("learn: sparse model: inconsistent sizes")
		}
		row := make([]SparseEntry, n)
		for x := range row {
			l := f.Lab[j+x]
			if int(l) >= len(f.Labels) {
				return nil, errors.New("learn: sparse model: label out of range")
			}
			row[x] = SparseEntry{Label: l, W: float32(f.W[j+x]) * f.Scale}
		}
		rows[i] = row
		j += n
	}
	if j != len(f.Lab) {
		return nil, errors.New("learn: sparse model: inconsistent sizes")
	}
	s := &Sparse{Labels: f.Labels, Meta: f.Meta}
	s.build(keys, rows)
	return s, nil
}

// LoadSparse reads a sparse model from bytes (an embedded file, say).
func LoadSparse(b []byte) (*Sparse, error) { return ReadSparse(bytes.NewReader(b)) }
