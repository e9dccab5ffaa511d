package timex_test

import (
	"testing"

	"github.com/chronicle-news/chronicle/internal/seedtest"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/timeml"
	"github.com/chronicle-news/chronicle/internal/timex"
)

// BenchmarkTagCorpus runs Tag over the TempEval-3 corpus (TBAQ-cleaned,
// what `chronicle bench --stage timex` measures), read and segmented once.
func BenchmarkTagCorpus(b *testing.B) {
	docs, size := seedtest.TBAQ(b, timeml.ParseDocument)
	sents := make([][]text.Sentence, len(docs))
	for k, d := range docs {
		sents[k] = text.Segment(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, d := range docs {
			timex.Tag(d, sents[k])
		}
	}
}
