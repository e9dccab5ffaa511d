package timex

import (
	"slices"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// buildTokens marks the sentence's pattern words and returns the union of
// its classes in the pass that classifies: the same as sentenceWords
// computes from the finished tokens.
func TestBuildTokensMarksWords(t *testing.T) {
	e, err := defaultEngine()
	if err != nil {
		t.Fatal(err)
	}
	doc := &document.Document{Text: "The board met on Jan. 14 and again in the third quarter of 1998. " +
		"Jan Kavan said twenty-four hours later that the 15-minute talks would resume next week. " +
		"Sales rose 4.5% over the past two years, since mid-2017, every other Friday’s meeting aside."}
	for _, s := range text.Segment(doc) {
		n := len(e.vocab)/64 + 1
		got, want := make([]uint64, n), make([]uint64, n)
		toks, cls := e.buildTokens(s, nil, got)
		if wcls := sentenceWords(toks, want); cls != wcls || !slices.Equal(got, want) {
			t.Errorf("sentence %d: classes %x, words %x; sentenceWords gives %x, %x", s.Index, cls, got, wcls, want)
		}
		if cls == 0 {
			t.Errorf("sentence %d: no classes", s.Index)
		}
	}
}
