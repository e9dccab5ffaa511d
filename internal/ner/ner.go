// Package ner is a statistical named-entity tagger: it finds the names of
// people (PER), organizations (ORG), places (LOC) and other names (MISC:
// nationalities, events, products) in tokenized sentences.
//
// The model is an averaged structured perceptron over BILOU labels with
// first-order Viterbi decoding. Its features are computed from the tokens
// alone (no part-of-speech tags): the word, its lower-case form, shape and
// affixes, the words and shapes around it, and document-level facts (is the
// word written in lower case elsewhere in the document, is it capitalized
// mid-sentence elsewhere, which type was it given earlier in the document).
// The trained model (model.bin.gz, see README.md for its data and how to
// rebuild it) is embedded and loaded on first use.
package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
)

// Span is a name found by the tagger: tokens [Start, End) of a sentence.
type Span struct {
	Start, End int
	Type       string // PER, ORG, LOC or MISC
	// Confidence, filled by the Scored methods, is the model's probability
	// for this reading of the span's tokens: the smallest posterior
	// probability of the span's labels (calibrated on development data;
	// see Tagger.Calibrate). Zero when not computed.
	Confidence float64
}

// Tagger tags sentences with one model. It is safe for concurrent use.
type Tagger struct {
	m *model
	// free holds idle scratch memory (with its word cache); a plain list
	// rather than a sync.Pool so that the caches survive garbage collection.
	mu   sync.Mutex
	free []*scratch
}

//go:embed model.bin.gz
var modelFile []byte

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the tagger of the embedded model, loading it on first
// use.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		defaultTagger, defaultErr = Load(bytes.NewReader(modelFile))
	})
	return defaultTagger, defaultErr
}

// Load reads a model written by Tagger.Write.
func Load(r io.Reader) (*Tagger, error) {
	m, err := readModel(r)
	if err != nil {
		return nil, err
	}
	return &Tagger{m: m}, nil
}

// Write stores the model, dropping weights whose magnitude is below
// minWeight (0 keeps every weight that survives 16-bit quantization). It
// returns the number of features kept.
func (t *Tagger) Write(w io.Writer, minWeight float32) (int, error) {
	return t.m.write(w, minWeight)
}

// Features is the number of features of the model.
func (t *Tagger) Features() int { return len(t.m.keys) }

// TagDocument finds the names in every sentence of one document (sentences
// in reading order, each a list of tokens). Document context matters: a
// word capitalized mid-sentence elsewhere, or tagged earlier, is read in
// that light. The result has one list of spans per sentence, in token
// order. Tokens are expected split as in news treebanks: punctuation and
// the possessive 's apart, abbreviations ("U.S.", "Corp.") whole.
func (t *Tagger) TagDocument(sentences [][]string) [][]Span {
	return t.tag(sentences, false)
}

// TagDocumentScored is TagDocument with each span's Confidence filled
// (about half as fast).
func (t *Tagger) TagDocumentScored(sentences [][]string) [][]Span {
	return t.tag(sentences, true)
}

func (t *Tagger) tag(sentences [][]string, scored bool) [][]Span {
	var sc *scratch
	t.mu.Lock()
	if n := len(t.free); n > 0 {
		sc, t.free = t.free[n-1], t.free[:n-1]
	} else {
		sc = &scratch{}
	}
	t.mu.Unlock()
	out := make([][]Span, len(sentences))
	// One backing array for the spans of all sentences (each sentence's
	// slice capped at its own end).
	var slab []Span
	var visit func(int, [][nLabels]float32, []int, []bool)
	if scored {
		e := t.m.exps(float64(t.m.temp) * t.m.unit())
		visit = func(si int, scores [][nLabels]float32, labels []int, free []bool) {
			k0 := len(slab)
			slab = appendSpans(slab, labels)
			spans := slab[k0:len(slab):len(slab)]
			out[si] = spans
			// Posteriors are needed only on the segments of free tokens
			// that hold spans, from the first span to the last.
			for k := 0; k < len(spans); {
				a, b := spans[k].Start, spans[k].End
				for a > 0 && free[a-1] {
					a--
				}
				for b < len(free) && free[b] {
					b++
				}
				k2 := k + 1
				for k2 < len(spans) && spans[k2].Start < b {
					k2++
				}
				if cap(sc.post) < b-a {
					sc.post = make([][nLabels]float64, len(scores))
				}
				post := sc.post[:b-a]
				t.m.marginalsExp(scores[a:b], e, spans[k].Start-a, spans[k2-1].End-a, a == 0, b == len(free), post, &sc.fb)
				for ; k < k2; k++ {
					c := 1.0
					for i := spans[k].Start; i < spans[k].End; i++ {
						c = min(c, post[i-a][labels[i]])
					}
					spans[k].Confidence = c
				}
			}
		}
	}
	labels := t.m.tagDoc(t.m.prepare(sentences, sc), sc, visit)
	if !scored {
		for i, ls := range labels {
			k0 := len(slab)
			slab = appendSpans(slab, ls)
			out[i] = slab[k0:len(slab):len(slab)]
		}
	}
	// labels live in sc: read before it goes back on the free list.
	t.mu.Lock()
	t.free = append(t.free, sc)
	t.mu.Unlock()
	return out
}

// Tag finds the names in one sentence taken on its own.
func (t *Tagger) Tag(tokens []string) []Span {
	return t.TagDocument([][]string{tokens})[0]
}

// Calibrate sets the temperature that turns scores into confidences to the
// value (on a log grid) that best predicts the gold labels of docs
// (development data, not the training data): the one with the smallest
// mean negative log posterior of the gold label per token (of the tokens
// the tag dictionary leaves free). It returns the temperature and that
// mean.
func (t *Tagger) Calibrate(docs [][]TrainSentence) (float64, float64, error) {
	// The segments of free tokens (see tagDoc): the tokens fixed to O
	// have posterior 1 for O whatever the temperature, so they do not
	// count.
	type segment struct {
		scores      [][nLabels]float32
		gold        []int
		first, last bool
	}
	var all []segment
	for di, doc := range docs {
		sents := make([][]string, len(doc))
		gold := make([][]int, len(doc))
		for i, s := range doc {
			sents[i] = s.Tokens
			g, err := goldLabels(len(s.Tokens), s.Spans)
			if err != nil {
				return 0, 0, fmt.Errorf("document %d, sentence %d: %w", di+1, i+1, err)
			}
			gold[i] = g
		}
		sc := &scratch{}
		t.m.tagDoc(t.m.prepare(sents, sc), sc, func(si int, scores [][nLabels]float32, _ []int, free []bool) {
			for a := 0; a < len(free); {
				if !free[a] {
					a++
					continue
				}
				b := a + 1
				for b < len(free) && free[b] {
					b++
				}
				all = append(all, segment{append([][nLabels]float32(nil), scores[a:b]...), gold[si][a:b], a == 0, b == len(free)})
				a = b
			}
		})
	}
	bestT, bestL := 1.0, math.Inf(1)
	var post [][nLabels]float64
	var fb fbBuf
	for temp := 1.0 / 256; temp <= 4; temp *= math.Sqrt2 {
		e := t.m.exps(temp * t.m.unit())
		loss, n := 0.0, 0
		for _, s := range all {
			if cap(post) < len(s.scores) {
				post = make([][nLabels]float64, len(s.scores))
			}
			post = post[:len(s.scores)]
			t.m.marginalsExp(s.scores, e, 0, len(s.scores), s.first, s.last, post, &fb)
			for i, g := range s.gold {
				loss -= math.Log(max(post[i][g], 1e-12))
				n++
			}
		}
		if n > 0 && loss/float64(n) < bestL {
			bestT, bestL = temp, loss/float64(n)
		}
	}
	t.m.temp = float32(bestT)
	return bestT, bestL, nil
}

// TagDocument tags a document with the embedded model; see
// Tagger.TagDocument. It returns nil spans for every sentence if the
// embedded model cannot be loaded (which the package tests rule out).
func TagDocument(sentences [][]string) [][]Span {
	t, err := Default()
	if err != nil {
		return make([][]Span, len(sentences))
	}
	return t.TagDocument(sentences)
}

// TagDocumentScored tags a document with the embedded model and fills
// each span's Confidence.
func TagDocumentScored(sentences [][]string) [][]Span {
	t, err := Default()
	if err != nil {
		return make([][]Span, len(sentences))
	}
	return t.TagDocumentScored(sentences)
}

// Tag tags one sentence with the embedded model.
func Tag(tokens []string) []Span {
	return TagDocument([][]string{tokens})[0]
}

// IOB2 writes spans as one tag per token: B-TYPE on the first token of a
// name, I-TYPE on the others, O outside names.
func IOB2(n int, spans []Span) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, s := range spans {
		for i := max(s.Start, 0); i < min(s.End, n); i++ {
			if i == s.Start {
				tags[i] = "B-" + s.Type
			} else {
				tags[i] = "I-" + s.Type
			}
		}
	}
	return tags
}

// spansOf reads phrases off a BILOU label sequence (which Viterbi keeps
// well-formed).
func spansOf(labels []int) []Span { return appendSpans(nil, labels) }

// appendSpans appends the spans of labels to out.
func appendSpans(out []Span, labels []int) []Span {
	start := -1
	for i, l := range labels {
		if l == 0 {
			start = -1
			continue
		}
		typ := labelType(l)
		switch labelPos(l) {
		case posU:
			out = append(out, Span{Start: i, End: i + 1, Type: Types[typ]})
			start = -1
		case posB:
			start = i
		case posL:
			if start >= 0 {
				out = append(out, Span{Start: start, End: i + 1, Type: Types[typ]})
			}
			start = -1
		}
	}
	return out
}

func sortKeys(k []uint64) { slices.Sort(k) }
