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

// fileVersion is the layout of a written model.
const fileVersion = 1

// file is what Write encodes: keys sorted and delta-coded, weights as
// 16-bit integers times Scale, row-major.
type file struct {
	Version int
	Labels  []string
	Meta    []Meta
	Deltas  []uint64
	Scale   float32
	W       []int16
}

// Write stores the model as gzipped gob. Weights are rounded to 16 bits
// (relative error below 2e-5 of the largest weight); rows that round to
// zero are dropped. The output is byte-for-byte deterministic.
func (m *Model) Write(w io.Writer) error {
	L := len(m.Labels)
	keys := m.keys()
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return keys[order[a]] < keys[order[b]] })
	var mx float64
	for _, v := range m.w {
		mx = math.Max(mx, math.Abs(float64(v)))
	}
	scale := float32(1)
	if mx > 0 {
		scale = float32(mx / 32767)
	}
	f := file{Version: fileVersion, Labels: m.Labels, Meta: m.Meta, Scale: scale}
	var prev uint64
	q := make([]int16, L)
	for _, r := range order {
		zero := true
		for i, v := range m.w[r*L : r*L+L] {
			q[i] = int16(math.Round(float64(v / scale)))
			if q[i] != 0 {
				zero = false
			}
		}
		if zero {
			continue
		}
		f.Deltas = append(f.Deltas, keys[r]-prev)
		prev = keys[r]
		f.W = append(f.W, q...)
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

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("learn: model: %w", err)
	}
	var f file
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("learn: model: %w", err)
	}
	if f.Version != fileVersion {
		return nil, fmt.Errorf("learn: model version %d, want %d", f.Version, fileVersion)
	}
	L := len(f.Labels)
	if L == 0 || len(f.W) != len(f.Deltas)*L {
		return nil, errors.New("learn: model: inconsistent sizes")
	}
	keys := make([]uint64, len(f.Deltas))
	var k uint64
	for i, d := range f.Deltas {
		k += d
		keys[i] = k
	}
	w := make([]float32, len(f.W))
	for i, v := range f.W {
		w[i] = float32(v) * f.Scale
	}
	return build(f.Labels, f.Meta, keys, w), nil
}

// Load reads a model from bytes (an embedded file, say).
func Load(b []byte) (*Model, error) { return Read(bytes.NewReader(b)) }
