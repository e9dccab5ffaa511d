package ner

import (
	"slices"
	"unicode"
)

// Tag-dictionary pruning. Most tokens of news text are lower-case words,
// numbers and punctuation that are never part of a name ("said", "the",
// ",", "1996"). The model's tag dictionary, built from the training data,
// tells which forms without upper-case letters are (almost) never inside
// a name there; the decoder gives such a token the label O without
// scoring it. Forms the training data lacks are scored only next to a
// capitalized token ("es" in "Dar es Salaam", "bin" in "Osama bin
// Laden").
//
// This is exact for what remains: with position i fixed to O, every label
// sequence pays the same emission score there, so it cancels in Viterbi
// and in the posteriors, and the chain splits into independent segments
// between fixed positions, each entered from O (the transition weights
// O→label and the BILOU rules after O) and left to O (label→O, and no
// phrase left open). Only the free tokens are scored, and posteriors are
// computed only on the segments that hold a name.

// Kinds of forms in the tag dictionary.
const (
	pruneFree   uint8 = iota // scored as usual
	pruneAlways              // labeled O
	pruneRare                // labeled O unless next to a capitalized token
)

// pruneKinds are the kinds in the order of the model file.
var pruneKinds = [3]uint8{pruneAlways, pruneRare, pruneFree}

// pruneDict maps the 32-bit key of a form without upper-case letters seen
// in the training data (see formKey) to its kind; the forms it lacks are
// of kind pruneRare.
type pruneDict map[uint32]uint8

// kind is the kind of the form of word hash h.
func (d pruneDict) kind(h uint64) uint8 {
	if k, ok := d[formKey(h)]; ok {
		return k
	}
	return pruneRare
}

// formKey is the dictionary key of a form with word hash h.
func formKey(h uint64) uint32 { return uint32(h >> 32) }

// hashes returns the keys of one kind, ascending.
func (d pruneDict) hashes(kind uint8) []uint32 {
	var out []uint32
	for k, v := range d {
		if v == kind {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// noUpper reports whether w is a candidate for the dictionary: not empty
// and without upper-case letters (lower-case words, numbers, punctuation).
func noUpper(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// pruneDictOf builds the tag dictionary from training data: forms
// without upper-case letters seen at least minCount times, never inside a
// name (pruneAlways), or inside a name in less than maxShare of their
// occurrences (pruneRare: "of" in "Bank of Japan", "," in "Goldman ,
// Sachs"), which are scored only next to a capitalized token. Forms seen
// inside names more often than that ("de", "&") are free; forms seen less
// than minCount times are left out (and so are of kind pruneRare, like
// unseen ones).
func pruneDictOf(docs [][]TrainSentence, minCount int, maxShare float64) pruneDict {
	type count struct{ all, inName int }
	counts := map[string]*count{}
	for _, doc := range docs {
		for _, s := range doc {
			in := make([]bool, len(s.Tokens))
			for _, sp := range s.Spans {
				for i := max(sp.Start, 0); i < min(sp.End, len(in)); i++ {
					in[i] = true
				}
			}
			for i, w := range s.Tokens {
				if !noUpper(w) {
					continue
				}
				c := counts[w]
				if c == nil {
					c = &count{}
					counts[w] = c
				}
				c.all++
				if in[i] {
					c.inName++
				}
			}
		}
	}
	// Two forms may share a key: the more permissive kind wins
	// (free > rare > always), whatever the order of the map.
	rank := map[uint8]int{pruneAlways: 1, pruneRare: 2, pruneFree: 3}
	kinds := pruneDict{}
	for w, c := range counts {
		if c.all < minCount {
			continue
		}
		kind := pruneFree
		switch {
		case c.inName == 0:
			kind = pruneAlways
		case float64(c.inName) < maxShare*float64(c.all):
			kind = pruneRare
		}
		k := formKey(hashString(w))
		if old, ok := kinds[k]; !ok || rank[kind] > rank[old] {
			kinds[k] = kind
		}
	}
	return kinds
}

// outsideOnly reports whether the dictionary fixes token i of a sentence
// to O.
func outsideOnly(ts []token, i int) bool {
	switch ts[i].prune {
	case pruneAlways:
		return true
	case pruneRare:
		return (i == 0 || !ts[i-1].cap) && (i+1 >= len(ts) || !ts[i+1].cap)
	}
	return false
}
