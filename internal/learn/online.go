package learn

import "math"

// Online is an averaged perceptron trained one decision at a time, for
// learners whose instances depend on earlier predictions (a greedy tagger
// reading its own previous tags, a transition parser following its own
// moves under a dynamic oracle), which Train's fixed example list cannot
// express.
//
// Weights are sparse per feature: a feature keeps entries only for the
// labels it was ever updated for, so a model with a hundred labels costs
// what its updates cost, not a hundred weights per feature. Averaging is
// Daumé's: w - u/c, with c the number of Tick calls.
type Online struct {
	Labels []string
	index  map[uint64]int32
	rows   [][]onlineEntry
	c      float64
}

type onlineEntry struct {
	label int32
	w     float32
	u     float64
}

// NewOnline returns an empty learner over the labels.
func NewOnline(labels []string) *Online {
	return &Online{Labels: labels, index: map[uint64]int32{}, c: 1}
}

// Scores writes the current (not averaged) scores of the features into out
// (len(out) >= len(Labels)); unknown keys count nothing.
func (o *Online) Scores(feats []uint64, out []float32) {
	out = out[:len(o.Labels)]
	for i := range out {
		out[i] = 0
	}
	for _, f := range feats {
		r, ok := o.index[f]
		if !ok {
			continue
		}
		for _, e := range o.rows[r] {
			out[e.label] += e.w
		}
	}
}

// Update moves the weights of feats by +1 toward gold and -1 away from
// pred (nothing when they are equal).
func (o *Online) Update(feats []uint64, gold, pred int) {
	if gold == pred {
		return
	}
	for _, f := range feats {
		r, ok := o.index[f]
		if !ok {
			r = int32(len(o.rows))
			o.index[f] = r
			o.rows = append(o.rows, nil)
		}
		o.add(r, int32(gold), 1)
		o.add(r, int32(pred), -1)
	}
}

func (o *Online) add(r, label int32, d float32) {
	row := o.rows[r]
	for i := range row {
		if row[i].label == label {
			row[i].w += d
			row[i].u += float64(d) * o.c
			return
		}
	}
	o.rows[r] = append(row, onlineEntry{label: label, w: d, u: float64(d) * o.c})
}

// Tick counts one training decision (call it once per decision, updated or
// not): the average weighs each weight by how long it stood.
func (o *Online) Tick() { o.c++ }

// NumFeatures is the number of features updated so far.
func (o *Online) NumFeatures() int { return len(o.rows) }

// Average returns the averaged model, dropping weights smaller than
// minWeight in absolute value (and features left with none), with meta
// stored as is. The learner can go on training afterwards.
func (o *Online) Average(minWeight float64, meta []Meta) *Sparse {
	keys := make([]uint64, 0, len(o.index))
	for k := range o.index {
		keys = append(keys, k)
	}
	sortUint64(keys)
	s := &Sparse{Labels: o.Labels, Meta: meta}
	var ks []uint64
	var ents [][]SparseEntry
	var mx float64
	for _, k := range keys {
		var row []SparseEntry
		for _, e := range o.rows[o.index[k]] {
			v := float64(e.w) - e.u/o.c
			if math.Abs(v) <= minWeight || v == 0 {
				continue
			}
			mx = math.Max(mx, math.Abs(v))
			row = append(row, SparseEntry{Label: uint16(e.label), W: float32(v)})
		}
		if len(row) == 0 {
			continue
		}
		sortEntries(row)
		ks = append(ks, k)
		ents = append(ents, row)
	}
	s.build(ks, ents)
	return s
}
