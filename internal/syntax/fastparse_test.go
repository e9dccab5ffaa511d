package syntax

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// fastSameText is our own prose: names, numbers, quotes, a long sentence
// and words the tag dictionary has never seen.
const fastSameText = `Zorvath Industries, a maker of drone batteries, said on Tuesday it would cut 1,200 jobs by 2027 after its quarterly loss widened to $48.5 million. "We didn't see this coming," chief executive Ilse Marrow told analysts in Rotterdam. The company, which was founded in 1998 and listed in Amsterdam in 2011, plans to close two plants in Brabant and to sell its Polish unit to a Czech rival, according to people familiar with the talks who asked not to be named because the negotiations are private. Shares fell 14% in early trading. Can they recover? nobody knows... IN CAPITALS TOO.`

// TestFastSame checks that the tagger's, parser's and labeller's run-time
// scorers (cached sums) give the tags and trees that scoring every feature
// gives: on the sentences
// above, and on EWT dev when ../shared is there.
func TestFastSame(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !m.fast {
		t.Fatal("the embedded model does not use the fast scorers")
	}
	slow := newModel(m.Lex, m.tagger, m.parser, m.labeler, m.rels)
	slow.fast = false
	var sents [][]Word
	doc := &document.Document{Text: fastSameText + " " + benchText}
	for _, s := range text.Segment(doc) {
		sents = append(sents, FromTokens(s.Tokens))
	}
	if f, err := os.Open("../../../shared/data/ud-ewt/en_ewt-ud-dev.conllu"); err == nil {
		dev, err := ReadCoNLLU(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range dev {
			ws := make([]Word, len(s.Words))
			for i, w := range s.Words {
				ws[i].Form = w.Form
			}
			sents = append(sents, ws)
		}
	} else {
		t.Log("EWT dev not found (../shared/data/ud-ewt); checking our own sentences only")
	}
	compare(t, m, slow, sents)
	// The same when the caches are full: sums computed and not kept.
	keep := maxCached
	maxCached = 40
	defer func() { maxCached = keep }()
	full := newModel(m.Lex, m.tagger, m.parser, m.labeler, m.rels)
	compare(t, full, slow, sents)
}

func compare(t *testing.T, m, slow *Model, sents [][]Word) {
	t.Helper()
	diff := 0
	for _, ws := range sents {
		a := append([]Word(nil), ws...)
		b := append([]Word(nil), ws...)
		m.Annotate(a)
		slow.Annotate(b)
		for i := range a {
			if a[i] != b[i] {
				diff++
				if diff <= 5 {
					t.Errorf("%q: word %d %q: fast %d %s, slow %d %s", strings.Join(formsOf(ws), " "), i+1, a[i].Form, a[i].Head, a[i].Rel, b[i].Head, b[i].Rel)
				}
			}
		}
	}
	if diff > 0 {
		t.Errorf("%d words differ in %d sentences", diff, len(sents))
	}
}

func formsOf(ws []Word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Form
	}
	return out
}

// TestBatchSame checks that ParseSentences and ParseDocuments, which take
// sentences through each stage together (annotateBatch), give the trees
// ParseTokens gives each sentence alone: with datelines, a sentence longer
// than maxWords, empty sentences, and batches of every size down to one
// sentence; on TBAQ's TimeBank articles too when ../shared is there.
func TestBatchSame(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := []string{
		fastSameText + " " + benchText,
		"ISMAILIA, Egypt (Reuters) - Salvage teams freed the ship on Monday, the canal authority said. " +
			strings.Repeat("the talks went on and ", 300) + ". WASHINGTON -- Officials agreed.",
	}
	files, _ := filepath.Glob("../../../shared/data/tempeval3/TBAQ-cleaned/TimeBank/*.tml")
	markup := regexp.MustCompile(`<[^>]*>`)
	for i, f := range files {
		if i%4 != 0 {
			continue
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, markup.ReplaceAllString(string(raw), ""))
	}
	var all [][]text.Sentence
	for _, d := range docs {
		sents := text.Segment(&document.Document{Text: d})
		all = append(all, append(sents, text.Sentence{})) // the last with no tokens
	}
	keep := batchWords
	defer func() { batchWords = keep }()
	for _, bw := range []int{keep, 50, 1} {
		batchWords = bw
		diff := 0
		check := func(got []Tree, sents []text.Sentence) {
			for i, s := range sents {
				want := m.ParseTokens(s.Tokens)
				if !slices.Equal(got[i].Words, want.Words) {
					diff++
					if diff <= 3 {
						t.Errorf("batch of %d words: %q: %v, alone %v", bw, strings.Join(formsOf(want.Words), " "), got[i].Words, want.Words)
					}
				}
			}
		}
		for _, sents := range all {
			check(m.ParseSentences(sents), sents)
		}
		for d, trees := range m.ParseDocuments(all) {
			check(trees, all[d])
		}
		if diff > 0 {
			t.Errorf("batch of %d words: %d sentences differ", bw, diff)
		}
	}
}
