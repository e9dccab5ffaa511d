// Package learn is a small, generic averaged multiclass perceptron
// (Collins 2002; Daumé's lazy averaging) over hashed string features.
//
// It knows nothing about language: a caller turns each instance into a list
// of 64-bit feature keys (Hash, HashPair, Mix make them from template and
// value strings without allocating), gives Train the labelled examples, and
// gets a Model whose Scores/Predict read those keys. Training is
// deterministic (fixed-seed shuffle, sorted iteration, no map order in the
// output), rare features are cut before training and small weights after
// it, and Write produces a compact gob+gzip file (16-bit weights, sorted
// keys) that Load reads back from an embedded byte slice.
//
// It was written for the TimeML event detector (internal/event/detect) and
// kept generic so that other token classifiers (the NER tagger in
// internal/ner has its own structured perceptron today) can move onto it.
package learn

import (
	"math"
	"math/bits"
	"sort"
)

// Hashing. Keys are FNV-1a over the bytes, finished with a 64-bit mixer so
// that low bits are well spread (the lookup table uses them directly).

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Hash returns the key of s.
func Hash(s string) uint64 { return fmix(HashAppend(fnvOffset, s)) }

// HashAppend continues an FNV-1a hash h with the bytes of s (not mixed:
// finish with Mix or use Hash/HashPair).
func HashAppend(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// HashPair returns the key of a (template, value) pair; it differs from
// Hash(template+value) so that templates cannot collide by concatenation.
func HashPair(template, value string) uint64 {
	h := HashAppend(fnvOffset, template)
	h ^= 0xff
	h *= fnvPrime
	return fmix(HashAppend(h, value))
}

// Mix combines two keys into a new one (order matters): use it to build
// conjunctions (template key with a value key, or two value keys).
func Mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a^0x9e3779b97f4a7c15, b+0x632be59bd9b4e019)
	return fmix(hi ^ lo ^ a)
}

func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Model is a trained linear multiclass model: for every known feature key,
// one weight per label. It is read-only and safe for concurrent use.
type Model struct {
	Labels []string
	// Meta carries caller data saved with the model (word lists, the
	// feature-set version), in the order given.
	Meta []Meta

	tab   *table
	w     []float32 // row-major: row r holds w[r*L : r*L+L]
	nrows int
	keyOf []uint64 // row -> key, for Write
}

// Meta is one named list of strings stored with a model.
type Meta struct {
	Key    string
	Values []string
}

// MetaValues returns the values stored under key, nil when absent.
func (m *Model) MetaValues(key string) []string {
	for _, x := range m.Meta {
		if x.Key == key {
			return x.Values
		}
	}
	return nil
}

// NumFeatures is the number of feature keys with weights.
func (m *Model) NumFeatures() int { return m.nrows }

// Label returns the index of a label name, -1 when unknown.
func (m *Model) Label(name string) int {
	for i, l := range m.Labels {
		if l == name {
			return i
		}
	}
	return -1
}

// Scores adds the weights of the given features into out (len(out) must be
// at least len(m.Labels); out is zeroed first). Unknown keys are ignored;
// a key listed twice counts twice.
func (m *Model) Scores(feats []uint64, out []float32) {
	L := len(m.Labels)
	out = out[:L]
	if L == 8 {
		m.scores8(feats, (*[8]float32)(out))
		return
	}
	m.scoresN(feats, out)
}

func (m *Model) scoresN(feats []uint64, out []float32) {
	L := len(out)
	for i := range out {
		out[i] = 0
	}
	for _, f := range feats {
		r := m.tab.get(f)
		if r < 0 {
			continue
		}
		row := m.w[int(r)*L : int(r)*L+L]
		for i, v := range row {
			out[i] += v
		}
	}
}

// scores8 is Scores for eight labels, unrolled.
func (m *Model) scores8(feats []uint64, out *[8]float32) {
	var a0, a1, a2, a3, a4, a5, a6, a7 float32
	w := m.w
	for _, f := range feats {
		r := m.tab.get(f)
		if r < 0 {
			continue
		}
		row := (*[8]float32)(w[int(r)*8:])
		a0 += row[0]
		a1 += row[1]
		a2 += row[2]
		a3 += row[3]
		a4 += row[4]
		a5 += row[5]
		a6 += row[6]
		a7 += row[7]
	}
	*out = [8]float32{a0, a1, a2, a3, a4, a5, a6, a7}
}

// Predict returns the best label for the features and its score (ties go
// to the lower label index).
func (m *Model) Predict(feats []uint64) (int, float32) {
	var buf [64]float32
	var out []float32
	if len(m.Labels) <= len(buf) {
		out = buf[:len(m.Labels)]
	} else {
		out = make([]float32, len(m.Labels))
	}
	m.Scores(feats, out)
	return Argmax(out)
}

// Argmax returns the index and value of the largest score (first on ties).
func Argmax(s []float32) (int, float32) {
	best, bv := 0, float32(math.Inf(-1))
	for i, v := range s {
		if v > bv {
			best, bv = i, v
		}
	}
	return best, bv
}

// Softmax turns scores into probabilities in place.
func Softmax(s []float32) {
	if len(s) == 0 {
		return
	}
	_, mx := Argmax(s)
	var sum float64
	for i, v := range s {
		e := math.Exp(float64(v - mx))
		s[i] = float32(e)
		sum += e
	}
	for i := range s {
		s[i] = float32(float64(s[i]) / sum)
	}
}

// build makes a model from sorted keys and their rows.
func build(labels []string, meta []Meta, keys []uint64, w []float32) *Model {
	m := &Model{Labels: labels, Meta: meta, w: w, nrows: len(keys), keyOf: keys}
	m.tab = newTable(len(keys))
	for i, k := range keys {
		m.tab.put(k, int32(i))
	}
	return m
}

// keys returns the model's feature keys in row order.
func (m *Model) keys() []uint64 { return m.keyOf }

func sortedKeys[V any](mp map[uint64]V) []uint64 {
	ks := make([]uint64, 0, len(mp))
	for k := range mp {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

// Hash2 returns Hash(a + b) without building the string.
func Hash2(a, b string) uint64 { return fmix(HashAppend(HashAppend(fnvOffset, a), b)) }
