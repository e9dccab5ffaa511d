package learn

import (
	"math"
	"math/rand/v2"
)

// Example is one labelled instance: its feature keys and the index of its
// label in the label list given to Train.
type Example struct {
	Features []uint64
	Label    int
}

// Options control training. The zero value means: 10 epochs, seed 1,
// every feature kept, no weight pruning.
type Options struct {
	Epochs int    // passes over the data
	Seed   uint64 // seed of the per-epoch shuffle (same seed, same model)
	// Cutoff keeps only features that occur in at least Cutoff examples.
	Cutoff int
	// MinWeight drops features whose averaged weights are all smaller than
	// this in absolute value.
	MinWeight float64
	// Meta is stored with the model as is.
	Meta []Meta
	// Progress, when set, is called after every epoch with the number of
	// training mistakes in it and the averaged model so far.
	Progress func(epoch, mistakes int, m *Model)
}

// Train learns an averaged perceptron over the examples. It is
// deterministic: the same examples, labels and options give the same model.
// Example features are not modified.
func Train(labels []string, data []Example, opt Options) *Model {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	L := len(labels)
	// Feature counts, then the kept keys in sorted order.
	count := map[uint64]int{}
	for _, ex := range data {
		for _, f := range ex.Features {
			count[f]++
		}
	}
	var keys []uint64
	for _, k := range sortedKeys(count) {
		if count[k] >= opt.Cutoff {
			keys = append(keys, k)
		}
	}
	index := make(map[uint64]int32, len(keys))
	for i, k := range keys {
		index[k] = int32(i)
	}
	rows := make([][]int32, len(data))
	for i, ex := range data {
		r := make([]int32, 0, len(ex.Features))
		for _, f := range ex.Features {
			if j, ok := index[f]; ok {
				r = append(r, j)
			}
		}
		rows[i] = r
	}
	count, index = nil, nil

	w := make([]float64, len(keys)*L)
	u := make([]float64, len(keys)*L) // sum of c * update
	c := 1.0
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	scores := make([]float64, L)
	average := func() []float32 {
		avg := make([]float32, len(w))
		for i := range w {
			avg[i] = float32(w[i] - u[i]/c)
		}
		return avg
	}
	for ep := 0; ep < opt.Epochs; ep++ {
		rng := rand.New(rand.NewPCG(opt.Seed, uint64(ep)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes := 0
		for _, di := range order {
			gold := data[di].Label
			if gold < 0 || gold >= L {
				continue
			}
			for i := range scores {
				scores[i] = 0
			}
			for _, f := range rows[di] {
				row := w[int(f)*L : int(f)*L+L]
				for i, v := range row {
					scores[i] += v
				}
			}
			pred, best := 0, math.Inf(-1)
			for i, v := range scores {
				if v > best {
					pred, best = i, v
				}
			}
			if pred != gold {
				mistakes++
				for _, f := range rows[di] {
					b := int(f) * L
					w[b+gold]++
					u[b+gold] += c
					w[b+pred]--
					u[b+pred] -= c
				}
			}
			c++
		}
		if opt.Progress != nil {
			opt.Progress(ep+1, mistakes, prune(labels, opt.Meta, keys, average(), opt.MinWeight))
		}
	}
	return prune(labels, opt.Meta, keys, average(), opt.MinWeight)
}

// prune drops rows whose weights are all below min in absolute value (all
// zero when min is 0) and builds the model.
func prune(labels []string, meta []Meta, keys []uint64, w []float32, min float64) *Model {
	L := len(labels)
	var ok []uint64
	var ow []float32
	for i, k := range keys {
		row := w[i*L : i*L+L]
		keep := false
		for _, v := range row {
			if math.Abs(float64(v)) > min || (min == 0 && v != 0) {
				keep = true
				break
			}
		}
		if keep {
			ok = append(ok, k)
			ow = append(ow, row...)
		}
	}
	return build(labels, meta, ok, ow)
}
