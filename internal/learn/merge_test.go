package learn

import (
	"math"
	"testing"
)

// Merged with a model of smaller weights over other features, a model
// scores its own features exactly as before and the other's within
// rounding; the meta is the one given.
func TestMerge(t *testing.T) {
	labels := []string{"a", "b", "c", "d", "e", "f", "g"}
	a := trainedSparse(labels)
	o := NewOnline(labels)
	f := []uint64{Hash("other")}
	o.Update(f, 1, 2)
	o.Tick()
	b := o.Average(0, nil)
	m := Merge(a, b, []Meta{{Key: "x", Values: []string{"1"}}})
	if m.NumFeatures() != a.NumFeatures()+1 || len(m.MetaValues("x")) != 1 {
		t.Fatalf("merged: %d features (want %d), meta %v", m.NumFeatures(), a.NumFeatures()+1, m.Meta)
	}
	want, got := make([]float32, len(labels)), make([]float32, len(labels))
	for i := 0; i < 7; i++ {
		g := []uint64{Hash("bias"), HashPair("w", string(rune('a'+i)))}
		a.Scores(g, want)
		m.Scores(g, got)
		for k := range want {
			if want[k] != got[k] {
				t.Fatalf("feature %d label %d: %v, want %v", i, k, got[k], want[k])
			}
		}
	}
	b.Scores(f, want)
	m.Scores(f, got)
	for k := range want {
		if math.Abs(float64(want[k]-got[k])) > float64(m.Scale()) {
			t.Fatalf("other feature label %d: %v, want %v", k, got[k], want[k])
		}
	}
}

// The mix of a model with itself is the model; of two, the mean.
func TestMixModels(t *testing.T) {
	labels := []string{"a", "b", "c", "d", "e", "f", "g"}
	a := trainedSparse(labels)
	m := MixModels([]*Sparse{a, a}, 0, nil)
	want, got := make([]float32, len(labels)), make([]float32, len(labels))
	g := []uint64{Hash("bias"), HashPair("w", "c")}
	a.Scores(g, want)
	m.Scores(g, got)
	for k := range want {
		if math.Abs(float64(want[k]-got[k])) > float64(a.Scale()) {
			t.Fatalf("label %d: %v, want %v", k, got[k], want[k])
		}
	}
	o := NewOnline(labels)
	o.Update([]uint64{Hash("bias")}, 0, 1)
	o.Tick()
	b := o.Average(0, nil)
	mm := MixModels([]*Sparse{a, b}, 0, nil)
	a.Scores(g, want)
	b.Scores(g, got)
	mean := make([]float32, len(labels))
	for k := range mean {
		mean[k] = (want[k] + got[k]) / 2
	}
	mm.Scores(g, got)
	for k := range mean {
		if math.Abs(float64(mean[k]-got[k])) > 2*float64(mm.Scale()) {
			t.Fatalf("mean label %d: %v, want %v", k, got[k], mean[k])
		}
	}
}
