package learn

import (
	"bytes"
	"testing"
)

func trainedSparse(labels []string) *Sparse {
	o := NewOnline(labels)
	for i := 0; i < 200; i++ {
		f := []uint64{Hash("bias"), HashPair("w", string(rune('a'+i%7)))}
		gold := i % len(labels)
		out := make([]float32, len(labels))
		o.Scores(f, out)
		pred, _ := Argmax(out)
		o.Update(f, gold, pred)
		o.Tick()
	}
	return o.Average(0, []Meta{{Key: "k", Values: []string{"v1", "v2"}}})
}

// Written and read back, a model scores as before (within 16-bit
// rounding), for the inline (few labels) and the entry layouts; the bytes
// are the same every time.
func TestSparseRoundTrip(t *testing.T) {
	for _, labels := range [][]string{{"A", "B", "C"}, {"a", "b", "c", "d", "e", "f", "g"}} {
		m := trainedSparse(labels)
		var b1, b2 bytes.Buffer
		if err := m.WriteSparse(&b1); err != nil {
			t.Fatal(err)
		}
		m.WriteSparse(&b2)
		if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
			t.Fatal("two writes differ")
		}
		r, err := LoadSparse(b1.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if r.NumFeatures() != m.NumFeatures() || len(r.MetaValues("k")) != 2 {
			t.Fatalf("features %d vs %d, meta %v", r.NumFeatures(), m.NumFeatures(), r.Meta)
		}
		for i := 0; i < 7; i++ {
			f := []uint64{Hash("bias"), HashPair("w", string(rune('a'+i))), Hash("unknown")}
			a, b := make([]float32, len(labels)), make([]float32, len(labels))
			m.Scores(f, a)
			r.Scores(f, b)
			for j := range a {
				if d := a[j] - b[j]; d > 0.01 || d < -0.01 {
					t.Fatalf("label %d: %v vs %v", j, a[j], b[j])
				}
			}
		}
	}
}

func TestSparseDamaged(t *testing.T) {
	m := trainedSparse([]string{"a", "b", "c", "d"})
	var b bytes.Buffer
	m.WriteSparse(&b)
	if _, err := LoadSparse(b.Bytes()[:b.Len()/2]); err == nil {
		t.Fatal("truncated file read without error")
	}
	if _, err := LoadSparse([]byte("not a model")); err == nil {
		t.Fatal("garbage read without error")
	}
}

func FuzzLoadSparse(f *testing.F) {
	var b bytes.Buffer
	trainedSparse([]string{"a", "b", "c", "d"}).WriteSparse(&b)
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := LoadSparse(data)
		if err != nil {
			return
		}
		out := make([]float32, len(m.Labels))
		m.Scores([]uint64{1, 2, 3, Hash("bias")}, out)
	})
}

// Rows laid out dense (WithDenseRows) score exactly as sparse ones, in
// Scores and, for the labels asked for, in ScoresOf; the file written from
// either layout is the same.
func TestSparseDenseRows(t *testing.T) {
	labels := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i"}
	m := trainedSparse(labels)
	d := m.WithDenseRows()
	var b1, b2 bytes.Buffer
	m.WriteSparse(&b1)
	d.WriteSparse(&b2)
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Fatal("dense layout writes another file")
	}
	if d.NumWeights() != m.NumWeights() || d.NumFeatures() != m.NumFeatures() {
		t.Fatalf("weights %d/%d, features %d/%d", d.NumWeights(), m.NumWeights(), d.NumFeatures(), m.NumFeatures())
	}
	cands := []int16{1, 4, 8}
	for i := 0; i < 7; i++ {
		f := []uint64{Hash("bias"), HashPair("w", string(rune('a'+i))), Hash("unknown")}
		a, b, c := make([]float32, len(labels)), make([]float32, len(labels)), make([]float32, len(labels))
		m.Scores(f, a)
		d.Scores(f, b)
		d.ScoresOf(f, cands, c)
		for j := range a {
			if a[j] != b[j] {
				t.Fatalf("Scores, label %d: sparse %v, dense %v", j, a[j], b[j])
			}
		}
		for _, j := range cands {
			if a[j] != c[j] {
				t.Fatalf("ScoresOf, label %d: %v, want %v", j, c[j], a[j])
			}
		}
	}
}

// On huge pages, a model scores exactly as on the heap, inline or not,
// dense rows or not.
func TestSparseOnHugePages(t *testing.T) {
	for _, labels := range [][]string{{"A", "B", "C"}, {"a", "b", "c", "d", "e", "f", "g", "h", "i"}} {
		for _, m := range []*Sparse{trainedSparse(labels), trainedSparse(labels).WithDenseRows()} {
			h := m.onHugePages(0)
			if h == m {
				t.Skip("no memory mapped outside the heap on this system")
			}
			for i := 0; i < 7; i++ {
				f := []uint64{Hash("bias"), HashPair("w", string(rune('a'+i))), Hash("unknown")}
				a, b := make([]float32, len(labels)), make([]float32, len(labels))
				m.Scores(f, a)
				h.Scores(f, b)
				for j := range a {
					if a[j] != b[j] {
						t.Fatalf("label %d: heap %v, huge pages %v", j, a[j], b[j])
					}
				}
			}
		}
	}
}
