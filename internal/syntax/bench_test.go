package syntax

import (
	"os"

	"testing"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// benchText is our own prose, about 1 KB of news-like sentences.
const benchText = `Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin met on Friday night in Danang, on the sidelines of the Asia-Pacific Economic Cooperation summit. The two leaders agreed to speed up talks on joint economic projects on four disputed islands off Hokkaido, which Soviet troops seized at the end of World War II. Abe said he plans to visit Russia in May, and officials in Tokyo didn't rule out a further meeting before then. "We had a frank exchange," Putin told reporters after the talks, which lasted about an hour. The islands, called the Northern Territories in Japan and the Southern Kurils in Russia, have kept the two countries from signing a peace treaty for more than seventy years. Earlier in the week Abe hosted U.S. President Donald Trump in Tokyo, where the two men discussed North Korea's missile launches.`

func BenchmarkSyntax(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	doc := &document.Document{Text: benchText}
	sents := text.Segment(doc)
	words := 0
	for _, s := range sents {
		words += len(FromTokens(s.Tokens))
	}
	b.SetBytes(int64(len(benchText)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.ParseSentences(sents)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// recorder keeps every feature list a model is asked to score.
type recorder struct {
	scorer
	calls [][]uint64
	cands [][]int16
}

func (r *recorder) Scores(f []uint64, out []float32) {
	r.calls = append(r.calls, append([]uint64(nil), f...))
	r.cands = append(r.cands, nil)
	r.scorer.Scores(f, out)
}

func (r *recorder) ScoresOf(f []uint64, c []int16, out []float32) {
	r.calls = append(r.calls, append([]uint64(nil), f...))
	r.cands = append(r.cands, c)
	r.scorer.(candScorer).ScoresOf(f, c, out)
}

// BenchmarkScorers replays the look-ups that the tagger, parser and
// labeller make on EWT dev (about 3 million features, so that the tables'
// cache misses count as in real use) and reports each model's time per
// word.
func BenchmarkScorers(b *testing.B) {
	f, err := os.Open("../../../shared/data/ud-ewt/en_ewt-ud-dev.conllu")
	if err != nil {
		b.Skip("EWT dev not found (../shared/data/ud-ewt):", err)
	}
	sents, err := ReadCoNLLU(f)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	rec := []*recorder{{scorer: m.tagger}, {scorer: m.parser}, {scorer: m.labeler}}
	rm := newModel(m.Lex, rec[0], rec[1], rec[2], m.rels)
	words := 0
	for _, s := range sents {
		ws := make([]Word, len(s.Words))
		for i, w := range s.Words {
			ws[i].Form = w.Form
		}
		words += len(ws)
		rm.Annotate(ws)
	}
	out := make([]float32, 512)
	for i, name := range []string{"tagger", "parser", "labeller"} {
		r := rec[i]
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				for j, f := range r.calls {
					if c := r.cands[j]; c != nil {
						r.scorer.(candScorer).ScoresOf(f, c, out)
					} else {
						r.scorer.Scores(f, out)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
		})
	}
}
