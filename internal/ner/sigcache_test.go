package ner

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// randomDoc makes a document of made-up sentences mixing capitalized,
// lower-case, all-caps and punctuation tokens, some sentences headlines.
func randomDoc(rng *rand.Rand) [][]string {
	words := strings.Fields("Ann Lee met Bob ray in OSLO oslo Oslo , . 's the The THE acme Acme ACME Corp. 1999 U.S. -- said SAID Said x y")
	doc := make([][]string, 1+rng.IntN(8))
	for i := range doc {
		n := rng.IntN(12)
		caps := rng.IntN(5) == 0
		for j := 0; j < n; j++ {
			w := words[rng.IntN(len(words))]
			if caps {
				w = strings.ToUpper(w)
			}
			doc[i] = append(doc[i], w)
		}
	}
	return doc
}

// TestSignatureFeatures checks that the signature cache sees the same
// features as the plain decoder: small and pair features together are
// the context and dynamic features, and tokens with equal signatures have
// equal small features.
func TestSignatureFeatures(t *testing.T) {
	tg := tagger(t)
	rng := rand.New(rand.NewPCG(5, 6))
	bySig := map[signature][]uint64{}
	for trial := 0; trial < 300; trial++ {
		doc := randomDoc(rng)
		d := tg.m.prepare(doc, nil)
		for si, ts := range d.toks {
			for i := range ts {
				want := dynamicFeatures(contextFeatures(nil, ts, i, d.head[si]), ts, i)
				small := smallFeatures(nil, ts, i, d.head[si])
				if n := len(pairFeatures(nil, ts, i)); n != 6 {
					t.Fatalf("%d pair features, addPairs expects 6", n)
				}
				got := pairFeatures(slices.Clone(small), ts, i)
				slices.Sort(want)
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Fatalf("%q token %d: small+pair features differ from context+dynamic", doc[si], i)
				}
				slices.Sort(small)
				g := tokenSignature(ts, i, d.head[si])
				if prev, ok := bySig[g]; ok && !slices.Equal(prev, small) {
					t.Fatalf("%q token %d: same signature, other features", doc[si], i)
				}
				bySig[g] = small
			}
			// give the history features something to read
			labels := make([]int, len(ts))
			for i := range labels {
				if ts[i].cap {
					labels[i] = label(rng.IntN(nTypes), posU)
				}
			}
			record(ts, labels)
		}
	}
	if len(bySig) < 100 {
		t.Errorf("only %d signatures: the test documents are too uniform", len(bySig))
	}
}

// TestSignatureCacheSameTags: tagging with the caches and the tag
// dictionary (the default for a loaded model) gives the same emission
// scores at the free tokens as the plain decoder, and the same labels as
// Viterbi over whole sentences with the tokens the dictionary fixes
// allowed only O.
func TestSignatureCacheSameTags(t *testing.T) {
	tg := tagger(t)
	rng := rand.New(rand.NewPCG(7, 8))
	sc := &scratch{}
	for trial := 0; trial < 200; trial++ {
		doc := randomDoc(rng)
		var cached, plain [][][nLabels]float32
		var cachedLabels, plainLabels [][]int
		var frees [][]bool
		tg.m.tagDoc(tg.m.prepare(doc, sc), sc, func(_ int, s [][nLabels]float32, labels []int, free []bool) {
			cached = append(cached, slices.Clone(s))
			cachedLabels = append(cachedLabels, slices.Clone(labels))
			frees = append(frees, slices.Clone(free))
		})
		d := tg.m.prepare(doc, nil)
		for si, ts := range d.toks {
			scores := make([][nLabels]float32, len(ts))
			for i := range ts {
				for _, k := range staticFeatures(nil, ts, d.infos[si], i, d.head[si]) {
					tg.m.add(k, &scores[i])
				}
				for _, k := range dynamicFeatures(nil, ts, i) {
					tg.m.add(k, &scores[i])
				}
			}
			plain = append(plain, slices.Clone(scores))
			for i := range ts {
				if outsideOnly(ts, i) {
					for l := 1; l < nLabels; l++ {
						scores[i][l] = negInf
					}
				}
			}
			labels := make([]int, len(ts))
			tg.m.viterbi(scores, make([][nLabels]float32, len(ts)), labels)
			record(ts, labels)
			plainLabels = append(plainLabels, labels)
		}
		if len(cached) != len(plain) {
			t.Fatalf("%d sentences, want %d", len(cached), len(plain))
		}
		for si := range plain {
			for i, free := range frees[si] {
				if free && cached[si][i] != plain[si][i] {
					t.Fatalf("%q: scores of token %d differ with the caches", doc[si], i)
				}
			}
			if !slices.Equal(cachedLabels[si], plainLabels[si]) {
				t.Fatalf("%q: labels %v, want %v", doc[si], cachedLabels[si], plainLabels[si])
			}
		}
	}
}
