package learn

import (
	"math"
	"sort"
)

// Merge returns a model over a's labels with the features of a and b and
// the given meta: a feature of both keeps a's row. b must have a's labels
// and neither may be inline. Weights are laid out again on one scale; a's
// raw weights stay the same when its largest weight is the larger (its
// scores are then exactly a's).
func Merge(a, b *Sparse, meta []Meta) *Sparse {
	var keys []uint64
	var rows [][]SparseEntry
	for _, m := range []*Sparse{a, b} {
		data := m.fileForm()
		for p := 0; p < len(data); {
			k := int(data[p+1])
			row := make([]SparseEntry, 0, k)
			for _, e := range data[p+2 : p+2+k] {
				row = append(row, SparseEntry{Label: uint16(e & 0xffff), W: float32(int16(e>>16)) * m.scale})
			}
			keys = append(keys, uint64(data[p])<<32)
			rows = append(rows, row)
			p += 2 + k
		}
	}
	s := &Sparse{Labels: a.Labels, Meta: meta}
	s.build(keys, rows)
	return s
}

// MixModels returns the mean of models over the same labels (parameter mixing:
// weights absent from a model count zero), dropping mean weights at most
// minWeight in absolute value, with meta.
func MixModels(models []*Sparse, minWeight float64, meta []Meta) *Sparse {
	sum := map[uint32][]float64{}
	var fps []uint32
	n := len(models[0].Labels)
	for _, m := range models {
		data := m.fileForm()
		for p := 0; p < len(data); {
			k := int(data[p+1])
			fp := data[p]
			row, ok := sum[fp]
			if !ok {
				row = make([]float64, n)
				sum[fp] = row
				fps = append(fps, fp)
			}
			for _, e := range data[p+2 : p+2+k] {
				row[e&0xffff] += float64(int16(e>>16)) * float64(m.scale)
			}
			p += 2 + k
		}
	}
	sort.Slice(fps, func(i, j int) bool { return fps[i] < fps[j] })
	var keys []uint64
	var rows [][]SparseEntry
	for _, fp := range fps {
		var row []SparseEntry
		for l, v := range sum[fp] {
			v /= float64(len(models))
			if math.Abs(v) <= minWeight || v == 0 {
				continue
			}
			row = append(row, SparseEntry{Label: uint16(l), W: float32(v)})
		}
		if len(row) > 0 {
			keys = append(keys, uint64(fp)<<32)
			rows = append(rows, row)
		}
	}
	s := &Sparse{Labels: models[0].Labels, Meta: meta}
	s.build(keys, rows)
	return s
}
