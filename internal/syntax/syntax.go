// Package syntax gives every sentence its Universal Dependencies analysis:
// part-of-speech tags (universal and Penn), lemmas, morphological features
// looked up from the treebank, and a labelled dependency tree.
//
// It is three trained models and a lexicon, all learned from the UD English
// Web Treebank (CC BY-SA 4.0) by `go run ./internal/syntax/cmd/train`:
//
//   - a greedy left-to-right averaged-perceptron tagger over joint
//     UPOS|XPOS tags, with word, affix, shape and tag-dictionary features;
//   - a greedy arc-hybrid transition parser (Kuhlmann et al. 2011) trained
//     with the dynamic oracle and exploration of Goldberg and Nivre
//     (2012, 2013), on tags predicted by jackknifing;
//   - a labeller that names each arc once the tree is built, top-down, so
//     that it sees the head's own relation and the dependent's siblings.
//
// Models are embedded (model/*.gob.gz) and loaded once, on first use.
package syntax

import (
	"github.com/chronicle-news/chronicle/internal/document"
)

// Word is one syntactic word: a token of the text, or part of one ("do" and
// "n't" of "don't", "Putin" and "'s" of "Putin's").
type Word struct {
	// Span is the word's bytes in the document (zero for CoNLL-U input).
	document.Span
	// Token is the index, in its sentence, of the text token the word comes
	// from (-1 for CoNLL-U input).
	Token int
	Form  string
	Lemma string
	UPOS  string
	XPOS  string
	Feats string
	// Head is the 1-based index of the head word in the sentence, 0 for
	// the root, -1 when not parsed.
	Head int
	// Rel is the Universal Dependencies relation to the head (with its
	// subtype: "nsubj:pass", "obl:agent").
	Rel string
	// Deps and Misc are kept from CoNLL-U input and written back.
	Deps, Misc string
}

// Tree is one sentence's analysis: its words in order.
type Tree struct {
	Words []Word
}

// Children returns the 1-based indices of the dependents of word h (0 for
// the root), left to right.
func (t *Tree) Children(h int) []int {
	var out []int
	for i, w := range t.Words {
		if w.Head == h {
			out = append(out, i+1)
		}
	}
	return out
}

// Universal returns a relation without its subtype ("nsubj:pass" -> "nsubj").
func Universal(rel string) string {
	for i := 0; i < len(rel); i++ {
		if rel[i] == ':' {
			return rel[:i]
		}
	}
	return rel
}
