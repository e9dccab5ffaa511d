package event_test

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/seedtest"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timeml"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// corpusDoc is one document of the benchmark corpus with the inputs of the
// event stage computed once.
type corpusDoc struct {
	doc   *document.Document
	sents []text.Sentence
	tx    []timex.Timex
	ents  []entity.Entity
}

// benchCorpus reads the TempEval-3 corpus (TBAQ-cleaned, what `chronicle
// bench` measures) or skips.
func benchCorpus(b *testing.B) ([]corpusDoc, int) {
	ds, size := seedtest.TBAQ(b, timeml.ParseDocument)
	docs := make([]corpusDoc, 0, len(ds))
	for _, doc := range ds {
		sents := text.Segment(doc)
		tx := timex.Tag(doc, sents)
		docs = append(docs, corpusDoc{doc: doc, sents: sents, tx: tx, ents: entity.Recognize(doc, sents, tx)})
	}
	return docs, size
}

// BenchmarkExtractCorpus runs the event stage over the corpus.
func BenchmarkExtractCorpus(b *testing.B) {
	docs, size := benchCorpus(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		extractAll(docs)
	}
}

// extractAll runs Extract over the documents: one pass over the corpus
// (a function of its own so that valgrind --toggle-collect can count it).
//
//go:noinline
func extractAll(docs []corpusDoc) {
	for _, d := range docs {
		event.Extract(d.doc, d.sents, d.tx, d.ents)
	}
}
