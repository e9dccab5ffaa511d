package event

import (
	"reflect"
	"testing"

	"github.com/chronicle-news/chronicle/internal/wordset"
)

// TestWordInfo checks the per-token table against its plain definition:
// the word lists' Has and the lexicon's Lookup.
func TestWordInfo(t *testing.T) {
	sets := []struct {
		set *wordset.Set
		bit uint8
	}{{&sayVerbs, wcSay}, {&preps, wcPrep}, {&clauseWords, wcClauseWord}, {&clausePunct, wcClausePunct},
		{&determiners, wcDet}, {&verbContext, wcVerbCtx}}
	words := []string{"", "x", "meeting", "Meeting", "met", "the", "said", ",", "“", "talks", "zzzz", "summits", "n’t", "a long word nobody uses"}
	for _, c := range sets {
		words = append(words, c.set.Words()...)
	}
	for w := range defaultLexicon().surface {
		words = append(words, w, w+"s", "x"+w)
	}
	for _, w := range words {
		wi := wordInfoOf(w)
		var cls uint8
		for _, c := range sets {
			if c.set.Has(w) {
				cls |= c.bit
			}
		}
		if wi.cls != cls {
			t.Errorf("%q: classes %b, want %b", w, wi.cls, cls)
		}
		if !reflect.DeepEqual(wi.trig, Lookup(w)) {
			t.Errorf("%q: triggers %v, want %v", w, wi.trig, Lookup(w))
		}
	}
}

func FuzzWordInfo(f *testing.F) {
	for _, w := range []string{"", "meeting", "said", "the", ",", "qq"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		wi := wordInfoOf(w)
		if len(wi.trig) != len(Lookup(w)) || (wi.cls&wcDet != 0) != determiners.Has(w) || (wi.cls&wcSay != 0) != sayVerbs.Has(w) {
			t.Fatalf("%q: %+v", w, wi)
		}
	})
}
