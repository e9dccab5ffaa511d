package entity

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/ner"
	"github.com/chronicle-news/chronicle/internal/seedtest"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// benchDoc is one document of the benchmark corpus with the inputs of the
// entity stage and the tagger's output, computed once.
type benchDoc struct {
	doc    *document.Document
	sents  []text.Sentence
	tx     []timex.Timex
	tagged [][]ner.Span
}

// BenchTimeML is the TimeML parser benchCorpus reads the .tml files with.
// internal/timeml imports this package, so these internal tests cannot
// import it; the external test package, linked into the same test binary,
// sets it (timeml_bench_test.go).
var BenchTimeML document.TimeMLParser

// benchCorpus reads the TempEval-3 corpus (TBAQ-cleaned, what `chronicle
// bench` measures) or skips.
func benchCorpus(b *testing.B) ([]benchDoc, int) {
	ds, size := seedtest.TBAQ(b, BenchTimeML)
	docs := make([]benchDoc, 0, len(ds))
	for _, doc := range ds {
		sents := text.Segment(doc)
		bd := benchDoc{doc: doc, sents: sents, tx: timex.Tag(doc, sents)}
		in, _ := newRecognizer(doc, sents, DefaultLexicon()).nerInput()
		bd.tagged = ner.TagDocumentScored(in)
		docs = append(docs, bd)
	}
	return docs, size
}

// BenchmarkRecognizeCorpus runs the whole entity stage over the corpus.
func BenchmarkRecognizeCorpus(b *testing.B) {
	docs, size := benchCorpus(b)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Recognize(d.doc, d.sents, d.tx)
		}
	}
}

// BenchmarkRulesCorpus runs the entity stage over the corpus without the
// statistical tagger (its output is computed once): the rules of this
// package, from the token views to the entities.
func BenchmarkRulesCorpus(b *testing.B) {
	docs, size := benchCorpus(b)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			recognizeTagged(d.doc, d.sents, d.tx, d.tagged)
		}
	}
}

// recognizeTagged is Recognize with the tagger's output given.
func recognizeTagged(doc *document.Document, sents []text.Sentence, tx []timex.Timex, tagged [][]ner.Span) []Entity {
	r := newRecognizer(doc, sents, DefaultLexicon())
	defer r.release()
	r.timexes = tx
	_, idxs := r.nerInput()
	cands := r.combine(r.candidates(), r.nerSpans(tagged, idxs))
	return r.addPublisher(r.resolve(cands))
}
