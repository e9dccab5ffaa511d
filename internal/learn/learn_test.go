package learn

import (
	"bytes"
	"fmt"
	"testing"
)

// toy: the label is decided by one of the word features; noise features are shared.
func toyData() ([]string, []Example) {
	labels := []string{"O", "A", "B"}
	var data []Example
	for i := 0; i < 300; i++ {
		lab := i % 3
		f := []uint64{Hash("bias"), HashPair("w", fmt.Sprint("word", lab)), HashPair("noise", fmt.Sprint(i%7))}
		if i%5 == 0 {
			f = append(f, HashPair("rare", fmt.Sprint(i)))
		}
		data = append(data, Example{Features: f, Label: lab})
	}
	return labels, data
}

func TestTrainPredict(t *testing.T) {
	labels, data := toyData()
	m := Train(labels, data, Options{Epochs: 5})
	for i, ex := range data {
		if p, _ := m.Predict(ex.Features); p != ex.Label {
			t.Fatalf("example %d: predicted %s, want %s", i, labels[p], labels[ex.Label])
		}
	}
	if got := m.Label("B"); got != 2 {
		t.Errorf("Label(B) = %d", got)
	}
}

func TestCutoffAndPrune(t *testing.T) {
	labels, data := toyData()
	all := Train(labels, data, Options{Epochs: 3})
	cut := Train(labels, data, Options{Epochs: 3, Cutoff: 2})
	if cut.NumFeatures() >= all.NumFeatures() {
		t.Errorf("cutoff 2 kept %d features, no cutoff %d", cut.NumFeatures(), all.NumFeatures())
	}
	pruned := Train(labels, data, Options{Epochs: 3, MinWeight: 1e9})
	if pruned.NumFeatures() != 0 {
		t.Errorf("huge MinWeight kept %d features", pruned.NumFeatures())
	}
}

func TestDeterministicRoundTrip(t *testing.T) {
	labels, data := toyData()
	meta := []Meta{{Key: "never", Values: []string{"the", "a"}}}
	var b1, b2 bytes.Buffer
	if err := Train(labels, data, Options{Epochs: 4, Seed: 7, Meta: meta}).Write(&b1); err != nil {
		t.Fatal(err)
	}
	if err := Train(labels, data, Options{Epochs: 4, Seed: 7, Meta: meta}).Write(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Fatal("two trainings with the same seed wrote different bytes")
	}
	m, err := Load(b1.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got := m.MetaValues("never"); len(got) != 2 || got[0] != "the" {
		t.Errorf("meta = %v", got)
	}
	for i, ex := range data {
		if p, _ := m.Predict(ex.Features); p != ex.Label {
			t.Fatalf("loaded model: example %d predicted %d, want %d", i, p, ex.Label)
		}
	}
	var b3 bytes.Buffer
	if err := m.Write(&b3); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b3.Bytes()) {
		t.Error("write(load(x)) != x")
	}
}

func TestLoadGarbage(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("not a model"), {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0}} {
		if _, err := Load(b); err == nil {
			t.Errorf("Load(%q) succeeded", b)
		}
	}
}

func TestHashes(t *testing.T) {
	if HashPair("ab", "c") == HashPair("a", "bc") {
		t.Error("HashPair collides on concatenation")
	}
	if Mix(1, 2) == Mix(2, 1) {
		t.Error("Mix is symmetric")
	}
	s := []float32{1, 2, 3}
	Softmax(s)
	if s[2] <= s[1] || s[1] <= s[0] || s[0]+s[1]+s[2] < 0.999 {
		t.Errorf("softmax = %v", s)
	}
}

func BenchmarkPredict(b *testing.B) {
	labels, data := toyData()
	m := Train(labels, data, Options{Epochs: 3})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Predict(data[i%len(data)].Features)
	}
}

func TestScoresUnrolledMatchesGeneric(t *testing.T) {
	labels := []string{"O", "a", "b", "c", "d", "e", "f", "g"}
	var data []Example
	for i := 0; i < 400; i++ {
		data = append(data, Example{Features: []uint64{Hash("bias"), HashPair("w", fmt.Sprint(i%13)), HashPair("v", fmt.Sprint(i%5))}, Label: i % 8})
	}
	m := Train(labels, data, Options{Epochs: 3})
	a, b := make([]float32, 8), make([]float32, 8)
	for _, ex := range data[:50] {
		m.Scores(ex.Features, a)
		m.scoresN(ex.Features, b)
		for i := range a {
			if d := a[i] - b[i]; d > 1e-4 || d < -1e-4 {
				t.Fatalf("unrolled %v != generic %v", a, b)
			}
		}
	}
}
